"""Table-driven tests of periods that span more than one session or sentence: a running total over a counted
span of sessions ("extending its two-day gain to 24%"), the week of a weekly wrap carried to the next sentence.

The passages are written for these tests (the instruments are directory entries, the sentences invented).
"""

from __future__ import annotations

import pytest

from streams.model import Article
from tests.unit.extraction import EX


def periods(headline: str, body: str) -> list[tuple[str, float | None, str]]:
    article = Article(id="t", headline=headline or None, body=body)
    return [(e.instrument.key, e.change_pct, e.period) for e in EX.extract(article)]


SESSION_SPANS = [
    # a count of sessions before the nominal move a light clause carries: the running total is `other`
    ("Sony Group rose 5%, extending its two-day gain to 24%.",
     [("6758.T", 5.0, "day"), ("6758.T", 24.0, "other")]),
    ("Sony Group rose 5% on Friday, extending its three-day rally to 11%.",
     [("6758.T", 5.0, "day"), ("6758.T", 11.0, "other")]),
    ("HSBC fell 2%, taking its 4-session slide to 7%.",
     [("0005.HK", -2.0, "day"), ("0005.HK", -7.0, "other")]),
    ("Tencent Holdings posted a two-day gain of 9%.", [("0700.HK", 9.0, "other")]),
    # ... not a streak, nor an extreme the move is compared with
    ("HSBC fell 2%, its biggest drop in three sessions.", [("0005.HK", -2.0, "day")]),
]


@pytest.mark.parametrize(("body", "expected"), SESSION_SPANS)
def test_session_spans(body: str, expected: list[tuple[str, float | None, str]]) -> None:
    assert periods("", body) == expected


WEEKLY_WRAPS = [
    # a weekly wrap: the week of the sentence before reaches the next sentence's moves
    ("Asian stocks post weekly gain",
     "The Hang Seng Index gained 0.7% this week. The Nikkei 225 fell 0.8% and HSBC rose 1%.",
     [("HSI", 0.7, "week"), ("N225", -0.8, "week"), ("0005.HK", 1.0, "week")]),
    ("Tokyo shares end the week lower",
     "The Nikkei 225 slumped 1.6% for the week. Sony Group rose 1.1%. Tencent Holdings added 0.5%.",
     [("N225", -1.6, "week"), ("6758.T", 1.1, "week"), ("0700.HK", 0.5, "week")]),
    # ... not a sentence that names its day or session
    ("Asian stocks post weekly gain",
     "The Hang Seng Index gained 0.7% this week. The Nikkei 225 fell 0.8% on Friday.",
     [("HSI", 0.7, "week"), ("N225", -0.8, "day")]),
    # ... nor after a sentence with a day's move beside the week's
    ("Hong Kong stocks post weekly gain",
     "The Hang Seng Index fell 0.6%, paring the gain for the week to 3.1%. Sony Group lost 0.5%.",
     [("HSI", -0.6, "day"), ("HSI", 3.1, "week"), ("6758.T", -0.5, "day")]),
    # a daily wrap that mentions a weekly move in passing carries nothing
    ("Asian stocks rise on Friday",
     "The Hang Seng Index gained 0.7% this week. The Nikkei 225 fell 0.8%.",
     [("HSI", 0.7, "week"), ("N225", -0.8, "day")]),
    ("Hong Kong stocks rise",
     "Sony Group rose 0.3%. The Hang Seng Index gained 0.7% this week. The Nikkei 225 fell 0.8%.",
     [("6758.T", 0.3, "day"), ("HSI", 0.7, "week"), ("N225", -0.8, "day")]),
]


@pytest.mark.parametrize(("headline", "body", "expected"), WEEKLY_WRAPS)
def test_weekly_wraps(headline: str, body: str, expected: list[tuple[str, float | None, str]]) -> None:
    assert periods(headline, body) == expected
