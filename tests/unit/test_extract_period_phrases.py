"""Table-driven tests of how far a period phrase reaches: comparisons, extremes, the running year, the words
between the subject and its move.

The passages are written for these tests (the instruments are directory entries, the sentences invented).
"""

from __future__ import annotations

import pytest

from streams.extract import Extractor
from streams.model import Article

EX = Extractor()


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
