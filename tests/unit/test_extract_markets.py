"""A generic market phrase ("Australian shares", "stocks in Frankfurt") is that market's benchmark index.

Table-driven, one row a case; the passages are invented.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.extraction import rows_of

run = rows_of("instrument.key", "direction", "change_pct")


CASES: list[tuple[str, list[tuple[Any, ...]]]] = [
    ("Australian shares gained 0.8 percent on Monday.", [("XJO", "up", 0.8)]),
    ("The Australian sharemarket rose 0.3 per cent at the close.", [("XJO", "up", 0.3)]),
    ("Stocks in Frankfurt slipped 0.4% as exporters fell.", [("DAX", "down", -0.4)]),
    ("Japanese shares fell 1.2% in afternoon trade after the data.", [("N225", "down", -1.2)]),
    ("Hong Kong stocks rose 2% on the stimulus news.", [("HSI", "up", 2.0)]),
    ("South Korean shares ended 0.6% higher.", [("KOSPI", "up", 0.6)]),
    ("European shares closed down 0.9% on Friday.", [("SXXP", "down", -0.9)]),
    # a market phrase and its benchmark in one passage: one move
    ("Hong Kong stocks rise 1.4%\n\nThe Hang Seng Index rose 1.43% to 20,100.55.", [("HSI", "up", 1.43)]),
    # a flow into the market is not a move of it
    ("Investors made a net inflow of HK$12 billion into Hong Kong stocks, up 15 percent from last week.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_market_phrase_is_the_benchmark(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected
