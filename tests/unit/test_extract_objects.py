"""Who moves when the subject is not beside the figure: a bare "shares" naming the company of a sentence before
("Acme cut its outlook. The dividend was kept. Shares fell 5%."; "But shares fell 2%"), "the former" and "the
latter" naming the first and the second of the last two instruments named, the object of a
causative verb ("pulled the sector 2.8% higher": the object's move, never the subject's), and an index that is
only the board a company leads or tops ("topped the index with a 2% jump", "the biggest loser on the Hang Seng
Index, falling 6%").

Table-driven, one row a case; the passages are invented (instruments of the built-in directory, or names it lacks).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.extraction import rows_of

run = rows_of("instrument.key", "direction", "change_pct", sort=True)


SHARES: list[tuple[str, list[tuple[Any, ...]]]] = [
    # a bare "Shares" after sentences without a mention, up to two of them
    ("Toyota cut its outlook for the year. The dividend was kept at 30 yen. Investors were told to wait. "
     "Shares fell 5.2 percent to 2,400 yen.", [("7203.T", "down", -5.2)]),
    ("Toyota cut its outlook for the year. The dividend was kept at 30 yen. Shares fell 5.2 percent.",
     [("7203.T", "down", -5.2)]),
    # ... not over three
    ("Toyota cut its outlook for the year. The dividend was kept at 30 yen. Investors were told to wait. "
     "Analysts were unhappy. Shares fell 5.2 percent to 2,400 yen.", []),
    # a lower-case "shares" opening its sentence after a conjunction or an opening phrase without a name
    ("Toyota won a contract from the army. But shares fell 2.6 per cent to 3,056 yen.",
     [("7203.T", "down", -2.6)]),
    ("Sony missed its forecast. During early morning trade, just after the warning, shares were down by "
     "as much as 7 per cent.", [("6758.T", "down", -7.0)]),
    ("Sony missed its forecast, with shares currently down by 4.2 per cent at 12,300 yen.",
     [("6758.T", "down", -4.2)]),
    # ... not after an opening phrase with a name, nor after an index, nor "shares of" something else
    ("Toyota missed its forecast. In Tokyo, shares were down by 1.1 per cent.", []),
    ("The Nikkei rose 1% on Monday. But shares fell 2.6 per cent in Seoul.", [("N225", "up", 1.0)]),
    ("Sony rose 1.2% on Monday. But shares of exporters fell 0.8%.", [("6758.T", "up", 1.2)]),
    # "Shares" before a relative clause
    ("Sony extended its gains. Shares, which rose 3 per cent on Monday, added 1.1 per cent to 12,640 yen.",
     [("6758.T", "up", 1.1), ("6758.T", "up", 3.0)]),
    # a name the directory lacks before "shares" stays the subject
    ("Banks were firm. Orrinvale Bank shares climbed 2.1 per cent.", [("name:orrinvale-bank", "up", 2.1)]),
]

FORMER_LATTER: list[tuple[str, list[tuple[Any, ...]]]] = [
    ("Sony and Toyota reported results. The former rose 2.1%, the latter fell 0.8%.",
     [("6758.T", "up", 2.1), ("7203.T", "down", -0.8)]),
    ("The Nikkei and the Hang Seng Index parted ways, with the former closing at 38,100, down 0.4%, while the "
     "latter ended at 17,020, with a gain of 1.2%.", [("HSI", "up", 1.2), ("N225", "down", -0.4)]),
    # an adjective, not a reference
    ("Sony hired the former chief of Toyota. The former chief rose 2% in the poll.", []),
    # too far from the pair
    ("Sony and Toyota reported results. Analysts were pleased. Traders bought. The former rose 2.1%.", []),
]

OBJECTS: list[tuple[str, list[tuple[Any, ...]]]] = [
    # the figure after the object of a causative verb is the object's: no event when no mention names it
    ("Toyota pulled the sector 2.8 per cent higher, with Sony up as well.", []),
    ("Sony sent its rivals 3% lower on Tuesday.", []),
    # ... the subject's own figures stand
    ("Toyota was dragged 3% lower by the stronger yen.", [("7203.T", "down", -3.0)]),
    ("Toyota rose 1.4% and pulled the sector higher.", [("7203.T", "up", 1.4)]),
    ("Strong results sent the Nikkei 1.9% higher.", [("N225", "up", 1.9)]),
    # the index a company leads or tops, or of which it is the biggest loser, is only the board
    ("Sony topped the Nikkei with a 4.2 per cent jump after its results.", [("6758.T", "up", 4.2)]),
    # (a name the directory lacks too, across its predicate nominal: never the index's)
    ("Kestrelmoor Holdings was the biggest loser on the Hang Seng Index, falling as much as 6.5% to HK$4.10.",
     [("name:kestrelmoor-holdings", "down", -6.5)]),
    ("HSBC was the biggest loser on the Hang Seng Index, falling as much as 6.5% to HK$54.10.",
     [("0005.HK", "down", -6.5)]),
    ("The country's biggest miner led the benchmark lower, falling 3.5% to $36.25.", []),
    ("Sony was the top gainer on the Nikkei, rising 4.4%.", [("6758.T", "up", 4.4)]),
]


@pytest.mark.parametrize(("text", "expected"), SHARES)
def test_bare_shares(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == sorted(expected)


@pytest.mark.parametrize(("text", "expected"), FORMER_LATTER)
def test_former_and_latter(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == sorted(expected)


@pytest.mark.parametrize(("text", "expected"), OBJECTS)
def test_objects_and_boards(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == sorted(expected)
