"""Sector lists after a shared verb and a bare "under" before a figure (docs/move-events.md, "Lists", "approx",
"range_pct"): list items that carry their figure after "by" ("energy rose by 0.9 percent, utilities by 0.7
percent"), names listed before a comma and a shared verb or adverb ("financials and mining & oil, up 0.03
percent and 0.21 percent, respectively"), a size between the article and the noun of a nominal move ("recorded
a sharp decline of 1.04 percent") or a superlative after it with the figure later ("posted the biggest gains,
rising more than 1 percent"), and "fell under 2%", a range from nothing to the figure as "less than".
Passages written for these tests (invented sentences; names from the built-in directory or made up).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.extraction import rows_of

run = rows_of("instrument.key", "direction", "change_pct", "range_pct", "approx")

QUILL = "name:quillmere-robotics"


def sub(name: str) -> str:
    return f"name:{name}-sub-index"


UNDER = [
    ("Tencent shares fell under 2% on Tuesday.", [("0700.HK", "down", None, (-2.0, 0.0), True)]),
    ("The Nikkei was down under 1 per cent at the close.", [("N225", "down", None, (-1.0, 0.0), True)]),
    ("Quillmere Robotics rose under 3% on Tuesday.", [(QUILL, "up", None, (0.0, 3.0), True)]),
    ("BHP lost under 1.5 percent in Sydney.", [("BHP.AX", "down", None, (-1.5, 0.0), True)]),
    # a word before "under" hedges one figure; "under" a price is no range
    ("Tencent fell just under 2% on Tuesday.", [("0700.HK", "down", -2.0, None, True)]),
    ("HSBC closed a tad under 1 per cent higher on Tuesday.", [("0005.HK", "up", 1.0, None, True)]),
    ("Tencent fell 2% to trade under HK$300 on Tuesday.", [("0700.HK", "down", -2.0, None, False)]),
]

BY_ITEMS = [
    ("Energy rose by 0.89 percent, utilities by 0.73 percent and property by 0.11 percent.",
     [(sub("energy"), "up", 0.89, None, False), (sub("utilities"), "up", 0.73, None, False),
      (sub("property"), "up", 0.11, None, False)]),
    ("Banks lost 1.2 per cent, miners by 0.8 per cent, and retailers by 0.3 per cent.",
     [(sub("banks"), "down", -1.2, None, False), (sub("miners"), "down", -0.8, None, False),
      (sub("retailers"), "down", -0.3, None, False)]),
    ("The financial sector advanced 2.1%, followed by the property sector by 1.4%, materials by 0.9% and "
     "healthcare by 0.2%.",
     [(sub("financial"), "up", 2.1, None, False), (sub("property"), "up", 1.4, None, False),
      (sub("materials"), "up", 0.9, None, False), (sub("healthcare"), "up", 0.2, None, False)]),
    # "by" a cause is no item
    ("Energy rose 0.9 percent, helped by higher crude prices.", [(sub("energy"), "up", 0.9, None, False)]),
]

COMMA_LISTS = [
    ("Among sectors, financials and mining & oil, up 0.03 percent and 0.21 percent, respectively.",
     [(sub("financials"), "up", 0.03, None, False), (sub("mining-and-oil"), "up", 0.21, None, False)]),
    ("Holding firms gained 0.5 percent, followed by utilities and energy, down 0.5% and 0.2%, respectively.",
     [(sub("holding-firms"), "up", 0.5, None, False), (sub("utilities"), "down", -0.5, None, False),
      (sub("energy"), "down", -0.2, None, False)]),
    ("Realty and banks, falling 1.1% and 0.6%, led the losses.",
     [(sub("realty"), "down", -1.1, None, False), (sub("banks"), "down", -0.6, None, False)]),
    # one capitalised name after "of" may be a company's short name: no sector
    ("Orion Gravel rose in the wake of Energy, climbing 3 per cent.", []),
]

SIZED = [
    ("The infrastructure and miscellaneous industry sectors recorded a sharp decline of 1.04 percent and 0.73 "
     "percent, respectively.",
     [(sub("infrastructure"), "down", -1.04, None, False),
      (sub("miscellaneous-industry"), "down", -0.73, None, False)]),
    ("Utilities posted a modest gain of 0.4%.", [(sub("utilities"), "up", 0.4, None, False)]),
    ("Banks and insurers saw a steep drop of 2.1% and 1.5%, respectively.",
     [(sub("banks"), "down", -2.1, None, False), (sub("insurers"), "down", -1.5, None, False)]),
    # a result is no move
    ("Utilities posted a modest profit of $4 billion, up 12%.", []),
]

# a nominal verb, "the" and a superlative, then the figure in a later clause, as after "led"
SUPERLATIVE = [
    ("Utilities and real estate posted the biggest gains, rising more than 1 percent.",
     [(sub("utilities"), "up", 1.0, None, True), (sub("real-estate"), "up", 1.0, None, True)]),
    ("Energy posted the biggest gain, rising 2 percent.", [(sub("energy"), "up", 2.0, None, False)]),
    ("Banks saw the steepest declines, down 2.3% on Tuesday.", [(sub("banks"), "down", -2.3, None, False)]),
    ("Miners recorded the sharpest fall, losing 1.8 per cent.", [(sub("miners"), "down", -1.8, None, False)]),
    # results are no move
    ("Banks posted the biggest profit in a decade, up 12% from last year.", []),
    ("Miners posted the biggest revenue gain, with sales rising 8%.", []),
]


@pytest.mark.parametrize(("text", "expected"), UNDER + BY_ITEMS + COMMA_LISTS + SIZED + SUPERLATIVE)
def test_sector_list_items_and_under(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected
