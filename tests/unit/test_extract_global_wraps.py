"""Cross-market wraps (stocks, bonds, currencies and commodities in one text): the regional and world gauges
as subjects, gauges of other things than stocks, and the period of each move in a wrap told across time zones.

Passages are written for these tests (invented sentences; instruments from the built-in directory).
"""

from __future__ import annotations

from typing import Any

import pytest

from streams.model import Article
from tests.unit.extraction import EX, rows_of

run = rows_of("instrument.key", "direction", "change_pct")


def periods(text: str) -> list[tuple[Any, ...]]:
    return [(e.instrument.key, e.change_pct, e.period) for e in EX.extract(Article(id="t", body=text))]


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


# A time of day holds for the moves after it until the session closes: "at the end of a strong year" or "its
# closing high" is no close of the session, and "to an eight-week closing low" is a level, not a span.
SESSION = [
    ("Stocks slide as yields rise at the end of a strong year for equities\n"
     "US indexes were down more than 1% in early trading.\nThe Dow fell 1.5% to 42,300.10.",
     [("DJI", -1.5, "intraday")]),
    ("Shares slip at the end of 2024\nWall Street stocks were lower in morning trade.\nThe Nasdaq Composite fell 0.9%.",
     [("IXIC", -0.9, "intraday")]),
    ("Stocks slip at the end of the quarter\nWall Street stocks were lower by midday.\nThe S&P 500 fell 0.4%.",
     [("SPX", -0.4, "intraday")]),
    ("Banks rally\nThe S&P 500 rose 0.6% in morning trade. Banks climbed past their closing high of 2007.\n"
     "The Dow Jones Industrial Average added 0.5%.",
     [("SPX", 0.6, "intraday"), ("DJI", 0.5, "intraday")]),
]


@pytest.mark.parametrize(("text", "expected"), SESSION)
def test_a_longer_span_or_a_closing_high_ends_no_session(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert periods(text) == expected


CLOSING_EXTREMES = [
    ("Tokyo close\nThe Nikkei dropped 2.4% to an eight-week closing low.", [("N225", -2.4, "day")]),
    ("Seoul close\nThe Kospi rose 1.3% to a two-month closing high.", [("KOSPI", 1.3, "day")]),
    ("Hong Kong close\nThe Hang Seng fell 0.8% to its three-week intraday low.", [("HSI", -0.8, "day")]),
    ("Sydney close\nThe ASX 200 slipped 0.7% to a one-month trading low.", [("XJO", -0.7, "day")]),
]


@pytest.mark.parametrize(("text", "expected"), CLOSING_EXTREMES)
def test_a_closing_extreme_is_no_span(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert periods(text) == expected


# A snapshot told in New York's afternoon ("as of 2:15 p.m. New York time") is of the Americas and the world
# gauges; Europe and Asia (and their regional gauges) had closed, so their moves are their completed sessions.
NEW_YORK = [
    ("Main moves in markets:\n- The S&P 500 rose 0.5% as of 2:15 p.m. New York time.\n"
     "- The Dow Jones Industrial Average gained 0.4%.\n- The Stoxx Europe 600 Index fell 0.2%.\n"
     "- The MSCI All-World Index rose 0.3%.\n- The MSCI Asia Pacific Index fell 0.6%.",
     [("SPX", 0.5, "intraday"), ("DJI", 0.4, "intraday"), ("SXXP", -0.2, "day"), ("MXWD", 0.3, "intraday"),
      ("MXAP", -0.6, "day")]),
    ("Markets snapshot\nThe Nasdaq Composite slid 1.1% as of 1:40 pm New York time. The Nikkei fell 0.9% and "
     "the DAX lost 0.7%.",
     [("IXIC", -1.1, "intraday"), ("N225", -0.9, "day"), ("DAX", -0.7, "day")]),
    # a morning in New York: Europe is still trading
    ("Markets snapshot\nThe S&P 500 rose 0.2% as of 10:05 a.m. New York time, and the DAX gained 0.6%.",
     [("SPX", 0.2, "intraday"), ("DAX", 0.6, "intraday")]),
]


@pytest.mark.parametrize(("text", "expected"), NEW_YORK)
def test_a_new_york_afternoon_snapshot_leaves_closed_markets_alone(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert periods(text) == expected


# A session on course for a result is still running: its own moves are intraday.
HEADED = [
    ("Markets wrap\nThe MSCI All-World Index dropped 1.3%, putting it on target for its worst day since March.",
     [("MXWD", -1.3, "intraday")]),
    ("Markets wrap\nThe STOXX 600 fell 1.1%, on course for its biggest drop in a month.", [("SXXP", -1.1, "intraday")]),
    ("Markets wrap\nThe Nasdaq Composite rose 1.4%, on pace for its best day in weeks.", [("IXIC", 1.4, "intraday")]),
]


@pytest.mark.parametrize(("text", "expected"), HEADED)
def test_a_session_headed_for_a_result_is_intraday(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert periods(text) == expected
