"""Table-driven tests of one subject's figures over different periods in one clause ("added 0.3% on the day and
2.4% for the week"): an event each, with its own period, points and level.

The passages are written for these tests (the instruments are directory entries, the sentences invented).
"""

from __future__ import annotations

from typing import Any

import pytest

from streams.model import Article
from tests.unit.extraction import EX


def events(text: str) -> list[tuple[Any, ...]]:
    return [(e.instrument.key, e.change_pct, e.change_points, e.level, e.period)
            for e in EX.extract(Article(id="t", body=text))]


CASES = [
    # a day and a longer period, each figure followed by its own
    ("The Hang Seng Index added 0.3% on the day and 2.4% for the week.",
     [("HSI", 0.3, None, None, "day"), ("HSI", 2.4, None, None, "week")]),
    ("The Hang Seng Index added 0.3% for the day and 2.4% this week.",
     [("HSI", 0.3, None, None, "day"), ("HSI", 2.4, None, None, "week")]),
    ("The Nikkei share average fell 1.1% on Friday and 3.5% over the week.",
     [("N225", -1.1, None, None, "day"), ("N225", -3.5, None, None, "week")]),
    ("Tencent Holdings rose 2.1% in morning trade and 12% this month.",
     [("0700.HK", 2.1, None, None, "intraday"), ("0700.HK", 12.0, None, None, "month")]),
    # the points and the level go with the figure they are stated beside
    ("The Hang Seng Index added 0.3%, or 60 points, on the day and 2.4% for the week to 20,100.",
     [("HSI", 0.3, 60.0, None, "day"), ("HSI", 2.4, None, 20100.0, "week")]),
    # a period after the last figure's noun, up to the end of its clause
    ("Sony Group has gained 14% so far this year after a 21% rise in 2023, analysts said.",
     [("6758.T", 14.0, None, None, "ytd"), ("6758.T", 21.0, None, None, "year")]),
    # a later figure's own noun gives its direction
    ("Tencent Holdings added 4% to HK$410, recovering some of its 5.7% loss over the past two days.",
     [("0700.HK", 4.0, None, 410.0, "day"), ("0700.HK", -5.7, None, None, "other")]),
    # an earlier session's move inside a longer one is its own day event
    ("The S&P 500 rose 1.2% this week, its 0.4% gain on Friday included.",
     [("SPX", 1.2, None, None, "week"), ("SPX", 0.4, None, None, "day")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:60] for c in CASES])
def test_figures_over_different_periods(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert events(text) == expected
