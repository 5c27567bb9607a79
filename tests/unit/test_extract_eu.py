"""Table-driven tests of forms of European market wraps:

- verbs of a move that machine translations of French, Italian, Spanish, German and Greek wraps write with the
  figure right after them ("Delta earned 0.6%", "Gamma won 4.2%"; not "earned 5% more", "earned 5% of");
- a nominal move pointed forward to a subject after a description of it ("a 10% slide in truck maker Volvo");
- "minus" before a figure ("were behind with minus two percent"), and "negative by 2.5%";
- a Reuters sector code after a sector phrase ("Telecoms stocks (.SXKP) slid 0.9%");
- German size indices named with their size ("In the SDax small-cap index, ...");
- a reference that an aside after it names ("The leading eurozone index, the Euro Stoxx 50, rose 0.6%");
- a price right after the move's percent ("Airbus took 0.23% 131.48 euros");
- large caps of Athens the shared lists lack ("Ellaktor", "Motor Oil").

The passages are written for these tests.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.extraction import rows_of

moves = rows_of("instrument.key", "change_pct", "level")

CASES: list[tuple[str, list[tuple[Any, ...]]]] = [
    # bare verbs of machine-translated wraps
    ("Stocks rose. Zeta Motors earned 0.59% and Kappa Foods added 1%.",
     [("name:zeta-motors", 0.59, None), ("name:kappa-foods", 1.0, None)]),
    ("In Milan, Zeta Motors earns 0.58%.", [("name:zeta-motors", 0.58, None)]),
    ("Chip supplier Zeta Motors won 4.2%, making it the best performer.", [("name:zeta-motors", 4.2, None)]),
    ("Siemens won 2.1% to 150.20 euros.", [("SIE.DE", 2.1, 150.2)]),
    ("Zeta Motors arrogated 5.49% to 12.50 euros.", [("name:zeta-motors", 5.49, 12.5)]),
    ("Michelin took 2.66% to 27.63 euros.", [("ML.PA", 2.66, 27.63)]),
    ("Airbus ceded 0.5%.", [("AIR.PA", -0.5, None)]),
    # ... but not a quantity that goes on after the figure
    ("Zeta Motors sold 10% more cars in May.", []),
    ("Zeta Motors earned 5% more than a year ago.", []),
    ("Zeta Motors sold 5% of its unit to a fund.", []),
    ("The Korean won 0.5% weaker against the dollar weighed.", []),
    # a nominal move pointed forward to a described subject
    ("The index fell 2%, hit by a 10.1% slide in Swedish truck maker Volvo.", [("VOLV-A.ST", -10.1, None)]),
    ("Stocks fell, led by a 6% drop in German engineering group Siemens.", [("SIE.DE", -6.0, None)]),
    ("Stocks rose after a 3.1% rise in shares of carmaker Renault.", [("RNL.PA", 3.1, None)]),
    ("Stocks fell 1%, hit by a 12% rise in revenue at the group Zeta Motors.", []),
    # "minus" before a figure
    ("The shares of Zeta Motors (ZM) were behind with minus two percent.", [("name:zeta-motors", -2.0, None)]),
    ("Zeta Motors was minus 2.5% at the close.", [("name:zeta-motors", -2.5, None)]),
    # a sector phrase followed by the Reuters code of a sector index the directory has
    ("Telecoms stocks (.SXKP) slid 0.9%, to their lowest level since May.", [("SXKP", -0.9, None)]),
    ("Utilities (.SX6P) rose 1.1% while media stocks (.SXMP) fell 0.4%.", [("SX6P", 1.1, None), ("SXMP", -0.4, None)]),
    ("Telecom stocks (.XYZQ) slid 0.9%.", [("name:telecom-sub-index", -0.9, None)]),
    # "negative by" and "positive by" a figure
    ("Amsterdam closed down by 3%, and Frankfurt and Madrid negative by two and a half percentage points.",
     [("AEX", -3.0, None), ("DAX", -2.5, None), ("IBEX", -2.5, None)]),
    ("Milan ended positive by 0.8%.", [("FTSEMIB", 0.8, None)]),
    # a national small-cap or mid-cap index named with its size ("In the SDax small-cap index, ...") sets a scene
    ("In the SDax small-cap index, Siemens rose by a good five percent.", [("SIE.DE", 5.0, None)]),
    ("The MDax mid-cap index closed 1.3 percent up at 28,162.23 points.", [("MDAX", 1.3, 28162.23)]),
    # a reference that an aside right after it names is that instrument
    ("The DAX rose 0.8%. The leading eurozone index, the Euro Stoxx 50, rose by 0.6 percent.",
     [("DAX", 0.8, None), ("SX5E", 0.6, None)]),
    ("The DAX rose 0.8%. The pan-European index, the STOXX 600, fell 0.2%.",
     [("DAX", 0.8, None), ("SXXP", -0.2, None)]),
    ("The DAX rose 0.8%. The index, the CAC 40 and the FTSE MIB all rose 1%.",
     [("DAX", 0.8, None), ("CAC", 1.0, None), ("FTSEMIB", 1.0, None)]),
    # a price right after the move's percent, without "to" or "at"
    ("Airbus took 0.23% 131.48 euros, while Safran rose 1.74%.", [("AIR.PA", 0.23, 131.48), ("SAF.PA", 1.74, None)]),
    ("Luxury stocks weighed (LVMH -1.75% 853.40 euros).", [("MC.PA", -1.75, 853.4)]),
    ("Safran finished best in the CAC 40 with +1.74% 142.90 euros.", [("SAF.PA", 1.74, 142.9)]),
    ("Airbus rose 2% to 131.48 euros.", [("AIR.PA", 2.0, 131.48)]),
    # Athens large caps
    ("Ellaktor parted with 6.1%, Jumbo rose 1.2% and Motor Oil shrank 3.3%.",
     [("ELLAKTOR.AT", -6.1, None), ("BELA.AT", 1.2, None), ("MOH.AT", -3.3, None)]),
    ("Helleniq Energy slid 1.4% while Aegean Airlines gained 0.8%.",
     [("ELPE.AT", -1.4, None), ("AEGN.AT", 0.8, None)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_eu_forms(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert moves(text) == expected
