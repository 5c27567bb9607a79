"""Table-driven tests of three classes seen in fresh real news (audit, second pass):

- a broker named as the agent of a rating action ("downgraded by Beta", "rated hold by Beta", "after an upgrade
  from Beta") is not the stock that moves: the moves after it are the rated subject's before it, or, with no
  subject before it, nobody's (native/src/governed.rs `rating_agent`, clauses.rs);
- a name never starts inside a dotted initialism: "U.K's FTSE 100" names no company "K's" (directory.rs);
- "Euro Stoxx 600", a common slip for the STOXX Europe 600, is that index, not the EURO STOXX (aliases.tsv).

The passages are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.unit.extraction import rows_of

moves = rows_of("instrument.key", "change_pct")

CASES = [
    # the broker after a rating verb hands the move to the rated stock
    ("Retailers\nTesco was downgraded by HSBC to hold, forcing shares to close lower by 2.1%.", [("TSCO.L", -2.1)]),
    ("Retailers\nKingfisher, downgraded by Jefferies to hold on Tuesday, fell 1.8%.", [("KGF.L", -1.8)]),
    ("Retailers\nKingfisher, rated hold by Jefferies, slipped 0.9 percent.", [("KGF.L", -0.9)]),
    ("Luxury\nBurberry, upgraded to buy by Citi, jumped 5%.", [("BRBY.L", 5.0)]),
    ("Retailers\nMarks and Spencer was cut by Barclays to underweight, sending its shares down 3.4%.",
     [("MKS.L", -3.4)]),
    # with no subject before it, the broker opens nothing; the subject after the comma keeps its move
    ("Drinks\nAfter a downgrade by HSBC, Tesco fell 2.1%.", [("TSCO.L", -2.1)]),
    ("Drinks\nFollowing an upgrade from Jefferies, Diageo rose 1.4 percent.", [("DGE.L", 1.4)]),
    # negatives: the broker's own move stays its own
    ("Banks\nTesco was downgraded by HSBC, which itself rose 1%.", [("0005.HK", 1.0)]),
    ("London close\nThe FTSE 100 was dragged lower by HSBC, which fell 2%.", [("HSBA.L", -2.0)]),
    ("London close\nThe FTSE 100 was led by HSBC, up 2%.", [("HSBA.L", 2.0)]),
    ("Retailers\nTesco rose 2% after an upgrade from Barclays, while HSBC fell 1%.",
     [("TSCO.L", 2.0), ("0005.HK", -1.0)]),
    # a dotted initialism hides no name
    ("European stocks close\nThe U.K's FTSE100 ended 0.4% higher.", [("UKX", 0.4)]),
    ("European stocks close\nU.K's FTSE 100 rose 0.6 percent, while Germany's DAX fell 0.2 percent.",
     [("UKX", 0.6), ("DAX", -0.2)]),
    ("Tokyo stocks\nK's Holdings rose 3%. Later K's fell 2%.", [("8282.T", 3.0), ("8282.T", -2.0)]),
    # "Euro Stoxx 600" is the STOXX Europe 600; the Euro Stoxx 50 and the EURO STOXX stay themselves
    ("European close\nThe pan-European Euro Stoxx 600 Index closed 0.5 percent higher.", [("SXXP", 0.5)]),
    ("European close\nEurope's Euro Stoxx 600 fell 1.1% while the Euro Stoxx 50 lost 1.3%.",
     [("SXXP", -1.1), ("SX5E", -1.3)]),
    ("European close\nThe broader Euro Stoxx index rose 0.2%.", [("SXXE", 0.2)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_rating_agents_initialisms_stoxx(text: str, expected: list[tuple[str, float]]) -> None:
    assert moves(text) == expected
