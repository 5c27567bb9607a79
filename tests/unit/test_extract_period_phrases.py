"""Table-driven tests of how far a period phrase reaches: comparisons, extremes, the running year, the words
between the subject and its move.

The passages are written for these tests (the instruments are directory entries, the sentences invented).
"""

from __future__ import annotations

import pytest

from streams.model import Article
from tests.unit.extraction import EX


def periods(text: str) -> list[tuple[str, float | None, str]]:
    return [(e.instrument.key, e.change_pct, e.period) for e in EX.extract(Article(id="t", body=text))]


CASES = [
    # a period after a superlative is a comparison, not the span of the move
    ("The Hang Seng Index rose 0.8% to its highest close since March last year.", [("HSI", 0.8, "day")]),
    ("The Nikkei share average fell 2.1% for the first time in more than a year.", [("N225", -2.1, "day")]),
    ("Tencent Holdings rose 3%, its biggest gain this year.", [("0700.HK", 3.0, "day")]),
    ("The S&P 500 slipped 0.4% to a two-week low.", [("SPX", -0.4, "day")]),
    # ... while a period of its own still counts
    ("The Nikkei share average has fallen 2.1% in the past year.", [("N225", -2.1, "year")]),
    ("Tencent Holdings has gained 12% this year.", [("0700.HK", 12.0, "ytd")]),
    # an intraday extreme named after a close is not the move's period
    ("The S&P 500 closed up 0.6%, just below the record it set earlier in the session.", [("SPX", 0.6, "day")]),
    ("Sony Group gained 1.4% to 3,100 yen, short of its intraday high.", [("6758.T", 1.4, "day")]),
    # ... and an extreme before a close keeps its own
    ("Sony Group jumped as much as 6% at one point, closing up 4.1%.",
     [("6758.T", 6.0, "intraday"), ("6758.T", 4.1, "day")]),
    # "for the year" while the year runs; a fiscal year is no period of a move
    ("The S&P 500 is up 9.5% for the year.", [("SPX", 9.5, "ytd")]),
    ("The Hang Seng Index is set to end the year down 4%.", [("HSI", -4.0, "ytd")]),
    # the words between the subject and its move carry the move's period
    ("The Hang Seng Index finished the week 3.2% higher.", [("HSI", 3.2, "week")]),
    ("The Hang Seng Index ended the month 2.5% lower.", [("HSI", -2.5, "month")]),
    # ... but the day a week began on is a day
    ("The Hang Seng Index began the week 1.1% higher.", [("HSI", 1.1, "day")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_period_phrase(text: str, expected: list[tuple[str, float | None, str]]) -> None:
    assert periods(text) == expected


SNAPSHOT_CASES = [
    # an article that opens on an opening or after-hours move and never says the market closed is a snapshot
    ("Sony Group rose 1.2% at the open on Tuesday.\n\nThe Nikkei share average gained 0.4%.",
     [("6758.T", 1.2, "intraday"), ("N225", 0.4, "intraday")]),
    ("Tesla fell 4% in after-hours trading on Wednesday.\n\nNvidia slipped 1%.",
     [("TSLA", -4.0, "intraday"), ("NVDA", -1.0, "intraday")]),
    # ... but not when it goes on to a close or a move "on the day"
    ("Sony Group rose 1.2% at the open on Tuesday.\n\nThe Nikkei share average gained 0.4%.\n\n"
     "The Topix closed 0.6% higher.",
     [("6758.T", 1.2, "intraday"), ("N225", 0.4, "day"), ("TOPIX", 0.6, "day")]),
    ("Sony Group rose 1.2% at the open on Tuesday.\n\nThe Nikkei share average gained 0.4% on the day.",
     [("6758.T", 1.2, "intraday"), ("N225", 0.4, "day")]),
    # time elapsed in the session is a time of the session, even where the sentence says "closed"
    ("After three hours of trading, the Hang Seng Index was up 0.9%.\n\nHSBC rose 1.1%.",
     [("HSI", 0.9, "intraday"), ("0005.HK", 1.1, "intraday")]),
    ("The Milan bourse closed the morning higher after two hours of trade, with Sony Group up 0.5%.",
     [("6758.T", 0.5, "intraday")]),
    # a stock "trading" higher is a snapshot of its own sentence
    ("The Hang Seng Index closed up 0.3%.\n\nHSBC was trading 2.3% higher.",
     [("HSI", 0.3, "day"), ("0005.HK", 2.3, "intraday")]),
]


@pytest.mark.parametrize(("text", "expected"), SNAPSHOT_CASES)
def test_snapshot(text: str, expected: list[tuple[str, float | None, str]]) -> None:
    assert periods(text) == expected


OTHER_CASES = [
    # moves since a high, a low, a date or a listing, over several sessions, over a quarter: `other`
    ("The Hang Seng Index has fallen 21% from its record high.", [("HSI", -21.0, "other")]),
    ("Sony Group has rallied 18% since reaching a low in March.", [("6758.T", 18.0, "other")]),
    ("Tencent Holdings has gained 9% since May 12.", [("0700.HK", 9.0, "other")]),
    ("The S&P 500 rose 4.5% in the first quarter.", [("SPX", 4.5, "other")]),
    ("HSBC slid 3.2% over the past two days.", [("0005.HK", -3.2, "other")]),
    ("HSBC has slumped 12% over a three-week span.", [("0005.HK", -12.0, "other")]),
    # ... but not a report, a streak, a share, a cause or a comparison
    ("Sony Group jumped 6% on third-quarter results.", [("6758.T", 6.0, "day")]),
    ("Tencent Holdings rose 1.2%, ending a three-day losing streak.", [("0700.HK", 1.2, "day")]),
    ("Tencent Holdings rose 2% since investors expect a rebound.", [("0700.HK", 2.0, "day")]),
    ("The Nikkei share average rose 1.1% to its highest close since March 7.", [("N225", 1.1, "day")]),
    ("Sony Group rose 2% to 3,200 yen, its first finish above the 3,000 yen mark since June.",
     [("6758.T", 2.0, "day")]),
    ("HSBC rebounded 1.5% from the day's low.", [("0005.HK", 1.5, "day")]),
]


@pytest.mark.parametrize(("text", "expected"), OTHER_CASES)
def test_other_period(text: str, expected: list[tuple[str, float | None, str]]) -> None:
    assert periods(text) == expected
