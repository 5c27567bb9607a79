"""Sector names of several words as subjects ("Oil & gas stocks", "consumer staples", "real estate"): the
longest name wins, and a one-word name stays itself when no longer name starts with it (the engine stops
growing a phrase that begins no name).

Passages are written for these tests (invented sentences).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.extraction import rows_of

run = rows_of("instrument.key", "direction", "change_pct")

ROWS = [
    ("Oil & gas stocks fell 1.2% while consumer staples rose 0.4%.",
     [("name:oil-and-gas-sub-index", "down", -1.2), ("name:consumer-staples-sub-index", "up", 0.4)]),
    ("Consumer discretionary slipped 0.8% and real estate gained 1.1%.",
     [("name:consumer-discretionary-sub-index", "down", -0.8), ("name:real-estate-sub-index", "up", 1.1)]),
    ("Information technology climbed 2.3%, the best of the day.",
     [("name:information-technology-sub-index", "up", 2.3)]),
    ("Materials dropped 2.2% on Monday.", [("name:materials-sub-index", "down", -2.2)]),
    ("Energy stocks added 2.3% as crude rose.", [("name:energy-sub-index", "up", 2.3)]),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_sector_names_of_several_words(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected
