"""Table-driven tests of the period of the words before a sentence's first subject: a period phrase there frames
the moves after it ("So far this year, ..."), but one stated with a figure of its own is that figure's ("After
being up as much as 0.9% early, the index closed 0.4% lower"); and, in a sentence about a session in progress, the
moves stated after a phrase of another session ("... taking cues from Wall Street overnight, where the Dow gained
1.4%") are that session's; a period phrase in front of a later subject ("..., and so far this year it is up 4%") is
that subject's.

The passages are written for these tests (the instruments are directory entries, the sentences invented).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from streams.model import Article
from tests.unit.extraction import EX

TUESDAY = datetime(2026, 3, 10, tzinfo=UTC)


def events(text: str) -> list[tuple[Any, ...]]:
    article = Article(id="t", body=text, published_at=TUESDAY)
    return [(e.instrument.key, e.change_pct, e.period) for e in EX.extract(article)]


CASES = [
    # an extreme before the subject is its own figure's, a move of that subject (test_extract_approx_hedges.py):
    # the subject's close is the day's
    ("After being up as much as 0.8 per cent early, the S&P/ASX 200 finished 0.3 per cent lower at 8,120.4.",
     [("XJO", -0.3, "day"), ("XJO", 0.8, "intraday")]),
    ("Having risen as much as 1.2% in the morning, the Nikkei share average closed down 0.4%.",
     [("N225", -0.4, "day"), ("N225", 1.2, "intraday")]),
    ("After climbing as much as 2 percent, the Hang Seng Index ended 0.6 percent higher, while the Hang Seng "
     "China Enterprises Index settled up 0.9 percent.",
     [("HSI", 0.6, "day"), ("HSI", 2.0, "intraday"), ("HSCEI", 0.9, "day")]),
    ("Having been down as much as 1.5 pc at one stage, the FTSE 100 closed 0.2 pc higher.",
     [("UKX", 0.2, "day"), ("UKX", -1.5, "intraday")]),
    # an opening move before the subject: the other session's moves after it are that session's
    ("The market opened up 1.3 percent and rose to the day's high, taking cues from Wall Street overnight, where "
     "the Dow Jones Industrial Average gained 1.4 percent and the Nasdaq Composite rose 1.1 percent.",
     [("DJI", 1.4, "day"), ("IXIC", 1.1, "day")]),
    ("Seoul shares opened 0.9% higher after a strong overnight session in New York, where the S&P 500 rose 1.2%.",
     [("KOSPI", 0.9, "intraday"), ("SPX", 1.2, "day")]),
    ("The Kospi opened 0.9% higher, tracking gains on Wall Street overnight, where the S&P 500 rose 1.2%.",
     [("KOSPI", 0.9, "intraday"), ("SPX", 1.2, "day")]),
    ("The Kospi was trading 0.9% higher at 2,650, tracking gains on Wall Street overnight, where the S&P 500 "
     "rose 1.2%.",
     [("KOSPI", 0.9, "intraday"), ("SPX", 1.2, "day")]),
    ("Tracking gains on Wall Street overnight, the Kospi was trading 0.9% higher.", [("KOSPI", 0.9, "intraday")]),
    # a period phrase framing the sentence still holds for the moves after the subject
    ("So far this year, the mainland benchmark is up 6.5 percent and the CSI 300 index is up 5.1 percent.",
     [("CSI300", 5.1, "ytd")]),
    ("In early trade, the Nikkei share average rose 0.7%.", [("N225", 0.7, "intraday")]),
    ("In morning trade on Tuesday, the Kospi added 1.1 per cent.", [("KOSPI", 1.1, "intraday")]),
    ("After a 2 percent drop in the previous session, the Taiex rose 1.2 percent in early trade.",
     [("TWII", 1.2, "intraday")]),
    # a longer period stated with a figure before the subject carries over to a parallel move
    ("The mainland benchmark has shed 12% over the past 12 months, while the S&P 500 has rallied 9%.",
     [("SPX", 9.0, "year")]),
    ("The mainland benchmark has gained 8% so far this year, while the Nikkei share average has added 5%.",
     [("N225", 5.0, "ytd")]),
    # the open's own move stays the open's
    ("The Taiex opened up 1.16 percent after a strong session on Wall Street overnight.",
     [("TWII", 1.16, "intraday")]),
    ("After a weak overnight lead, the Hang Seng Index was trading 0.8% lower.", [("HSI", -0.8, "intraday")]),
    # a period phrase in front of a later subject, after a clause break, is that subject's (over the sentence's
    # fronted phrase); a close there ends a time of the session carried from the front
    ("For the week, the Hang Seng Index lost 2.5%, and so far this year it is up 4.1%.",
     [("HSI", -2.5, "week"), ("HSI", 4.1, "ytd")]),
    ("Tencent rose 1% on Tuesday, and so far this year it is up 4.1%.",
     [("0700.HK", 1.0, "day"), ("0700.HK", 4.1, "ytd")]),
    ("Tencent rose 1% on Tuesday, while over the past year the stock has gained 40%.",
     [("0700.HK", 1.0, "day"), ("0700.HK", 40.0, "year")]),
    ("Tencent rose 1% on Tuesday; this year, Meituan has lost 20%.",
     [("0700.HK", 1.0, "day"), ("3690.HK", -20.0, "ytd")]),
    ("Tencent rose 1% on Tuesday, while for the week Meituan lost 3%.",
     [("0700.HK", 1.0, "day"), ("3690.HK", -3.0, "week")]),
    ("In early trade Tencent rose 1%, and at the close Meituan was down 3%.",
     [("0700.HK", 1.0, "intraday"), ("3690.HK", -3.0, "day")]),
    ("In early trade Tencent rose 1%, while Meituan lost 3%.",
     [("0700.HK", 1.0, "intraday"), ("3690.HK", -3.0, "intraday")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:60] for c in CASES])
def test_prefix_period(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert events(text) == expected
