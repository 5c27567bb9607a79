"""Coreference in market wraps (docs/move-events.md, "instrument"): descriptions that name a market's benchmark,
references to an index named before, and pronouns after an opening conjunction. Passages written for these tests;
companies and figures are invented."""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.extraction import rows_of

run = rows_of("instrument.key", "direction", "change_pct", "change_points")


# a place's possessive before "leading", "main", "key" or "benchmark" index, and a market's own word for its
# bellwether, name that market's benchmark
DESCRIPTIONS = [
    ("Miners weighed on the FTSE 100. London's leading index closed 0.4 per cent lower at 8,120.50.",
     [("UKX", "down", -0.4, None)]),
    ("Britain's main index rose 1.1% to 7,905.20 as banks rallied.", [("UKX", "up", 1.1, None)]),
    ("Britain's leading share index slipped 0.6 per cent on Tuesday.", [("UKX", "down", -0.6, None)]),
    ("The FTSE 100 opened higher. The main market was up 0.5%, or 36 points, to trade at 7,052.",
     [("UKX", "up", 0.5, 36.0)]),
    ("Over the week, the BSE bellwether gauge has slumped 1,290.21 points or 1.71 per cent.",
     [("SENSEX", "down", -1.71, -1290.21)]),
    ("The 30-share BSE bellwether rose 0.8 per cent to 74,120.33.", [("SENSEX", "up", 0.8, None)]),
    # (a figure of another thing in the sentence is not the index's move)
    ("Quillmere Games moved to the main market, where volume rose 40% on Tuesday.", []),
    ("London's leading index edged higher, while the pound rose 0.3%.", []),
]


@pytest.mark.parametrize("text, expected", DESCRIPTIONS, ids=[c[0][:48] for c in DESCRIPTIONS])
def test_descriptions(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected


# an index named by its size class ("the midcap index") is the index a later bare "the benchmark" or "the index"
# names, as a named one would be
CLASS_REFERENCES = [
    ("The FTSE 250 outpaced the FTSE 100. The midcap index rose 1.2% to 21,400.50. The benchmark is now up 14% "
     "this year.", [("MCX", "up", 1.2, None), ("MCX", "up", 14.0, None)]),
    ("The FTSE 100 fell 0.3%. The midcap index rose 0.9%. The index is up 6% this month.",
     [("UKX", "down", -0.3, None), ("MCX", "up", 0.9, None), ("MCX", "up", 6.0, None)]),
]


@pytest.mark.parametrize("text, expected", CLASS_REFERENCES, ids=[c[0][:48] for c in CLASS_REFERENCES])
def test_class_references(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected


# "it" after a conjunction that opens its sentence, alone or before an opening phrase of time without a comma
CONJUNCTIONS = [
    ("Vodafone jumped 9% after a rival bought a stake. But it ended up 3%.",
     [("VOD", "up", 9.0, None), ("VOD", "up", 3.0, None)]),
    ("Tesco rose 4% in early deals. But through the day it gave up most of that to close 1% higher.",
     [("TSCO.L", "up", 4.0, None), ("TSCO.L", "up", 1.0, None)]),
    ("Tesco fell 2% in the morning. And later it recovered to close 0.5% higher.",
     [("TSCO.L", "down", -2.0, None), ("TSCO.L", "up", 0.5, None)]),
    # (not a forecast in a clause reported after it)
    ("Tesco rose 2%. But analysts said it could fall 10% next year.", [("TSCO.L", "up", 2.0, None)]),
]


@pytest.mark.parametrize("text, expected", CONJUNCTIONS, ids=[c[0][:48] for c in CONJUNCTIONS])
def test_conjunctions(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected


# "shares in Acme" make Acme the subject of its sentence, and a phrase opening with "Outside" holds none
SUBJECTS = [
    ("Outside the FTSE 100, shares in Tesco jumped 6% after a bid. It ended the day 2% higher.",
     [("TSCO.L", "up", 6.0, None), ("TSCO.L", "up", 2.0, None)]),
    ("Shares in Vodafone fell 3% on Monday. It has lost 11% this month.",
     [("VOD", "down", -3.0, None), ("VOD", "down", -11.0, None)]),
]


@pytest.mark.parametrize("text, expected", SUBJECTS, ids=[c[0][:48] for c in SUBJECTS])
def test_subjects(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected


# "the index of" a capitalised name is a gauge named there, not the index named before
GAUGES_NAMED = [
    ("The S&P 500 fell 0.4%. The index of Aerospace and Defence was up 1.9%.", [("SPX", "down", -0.4, None)]),
    ("The S&P 500 fell 0.4%. The index of leading stocks is down 3% this year.",
     [("SPX", "down", -0.4, None), ("SPX", "down", -3.0, None)]),
]


@pytest.mark.parametrize("text, expected", GAUGES_NAMED, ids=[c[0][:48] for c in GAUGES_NAMED])
def test_gauges_named(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected


# the wire services' description of a sector gauge names it ("a gauge tracking mainland developers"), and so does
# a sector fund's name in another order
SECTOR_DESCRIPTIONS = [
    ("The Hang Seng Index fell 1%. A gauge tracking mainland developers listed in Hong Kong tumbled 3.2 per cent.",
     [("HSI", "down", -1.0, None), ("HSMLCI", "down", -3.2, None)]),
    ("An index of mainland developers rose 2.5% on Tuesday, while the Hang Seng Index gained 0.4%.",
     [("HSMLCI", "up", 2.5, None), ("HSI", "up", 0.4, None)]),
    # a sector fund's name with "SPDR Select Sector" first
    ("The SPDR Select Sector Utilities exchange-traded fund, which tracks the utility group, added more than 3%.",
     [("XLU", "up", 3.0, None)]),
    ("The SPDR Select Sector Energy fund fell 1.2% while the S&P 500 rose 0.3%.",
     [("XLE", "down", -1.2, None), ("SPX", "up", 0.3, None)]),
    # (not the bare "the gauge", which is the index named before)
    ("The Hang Seng Index fell 1%. The gauge has lost 6% this month.",
     [("HSI", "down", -1.0, None), ("HSI", "down", -6.0, None)]),
]


@pytest.mark.parametrize("text, expected", SECTOR_DESCRIPTIONS, ids=[c[0][:48] for c in SECTOR_DESCRIPTIONS])
def test_sector_descriptions(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected
