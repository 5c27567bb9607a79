"""Cross-market wraps (stocks, bonds, currencies and commodities in one text): the regional and world gauges
as subjects, gauges of other things than stocks, and the period of each move in a wrap told across time zones.

Passages are written for these tests (invented sentences; instruments from the built-in directory).
"""

from __future__ import annotations

from typing import Any

import pytest

from streams.extract import Extractor
from streams.model import Article

EX = Extractor()


def run(text: str) -> list[tuple[Any, ...]]:
    return [(e.instrument.key, e.direction, e.change_pct) for e in EX.extract(Article(id="t", body=text))]


# A generic phrase for a region's or the world's stocks is that region's gauge (docs/move-events.md: "Korean
# shares" is Korea's benchmark): emerging markets, Europe's bourses, world stocks, Asian shares.
REGIONAL = [
    ("Markets wrap\nEmerging market stocks rose 1.2% on Tuesday as the dollar eased.", [("MXEF", "up", 1.2)]),
    ("Markets wrap\nThe yen firmed while emerging-market equities slipped 0.6% on Wednesday.",
     [("MXEF", "down", -0.6)]),
    ("Markets wrap\nEurope's main bourses were down about 1.9% on Monday, led by carmakers.",
     [("SXXP", "down", -1.9)]),
    ("Markets wrap\nEuropean bourses gained 0.8% on Thursday, while bunds were steady.", [("SXXP", "up", 0.8)]),
    ("Markets wrap\nWorld stocks fell 0.7% on Friday as Treasury yields climbed.", [("MXWD", "down", -0.7)]),
    ("Markets wrap\nGold was steady and global equities added 0.4% on Monday.", [("MXWD", "up", 0.4)]),
    ("Markets wrap\nAsian shares slipped 0.5% on Tuesday after a weak lead from New York.",
     [("MXAPJ", "down", -0.5)]),
    ("Markets wrap\nThe FTSE slipped 0.6% on Monday and the worldwide MSCI stock gauge lost 0.9%.",
     [("UKX", "down", -0.6), ("MXWD", "down", -0.9)]),
]


@pytest.mark.parametrize(("text", "expected"), REGIONAL)
def test_a_generic_phrase_of_a_region_is_its_gauge(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected


# "The dollar index", "the volatility gauge", "the bond index": a gauge of something other than stocks is no
# reference to the stock index named before it.
NOT_STOCKS = [
    ("Wall Street close\nThe Nasdaq Composite fell 1.2% on Monday. The dollar index rose 0.3% against a basket.",
     [("IXIC", "down", -1.2)]),
    ("Wall Street close\nThe S&P 500 lost 0.8% on Tuesday, and the volatility index jumped 9%.",
     [("SPX", "down", -0.8)]),
    ("Europe close\nThe STOXX 600 gained 0.5% on Friday. The bond index slipped 0.2% as yields rose.",
     [("SXXP", "up", 0.5)]),
    ("Tokyo close\nThe Nikkei rose 1.1% on Thursday. The consumer price index rose 2.8% in the year to May.",
     [("N225", "up", 1.1)]),
]


@pytest.mark.parametrize(("text", "expected"), NOT_STOCKS)
def test_a_gauge_of_something_else_is_no_reference(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected
