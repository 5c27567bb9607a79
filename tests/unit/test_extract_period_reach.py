"""Table-driven tests of a period stated once for the moves of several subjects in one sentence.

The passages are written for these tests (the instruments are directory entries, the sentences invented).
"""

from __future__ import annotations

import pytest

from streams.model import Article
from tests.unit.extraction import EX


def periods(text: str) -> list[tuple[str, float | None, str]]:
    return [(e.instrument.key, e.change_pct, e.period) for e in EX.extract(Article(id="t", body=text))]


CASES = [
    # the period of the move before reaches the next subject's move
    ("The Nikkei share average has climbed 4.1% this year, while the Hang Seng Index gained 2.2%.",
     [("N225", 4.1, "ytd"), ("HSI", 2.2, "ytd")]),
    ("Sony Group has risen 3.5% in June, while Tencent Holdings has added 6%.",
     [("6758.T", 3.5, "month"), ("0700.HK", 6.0, "month")]),
    # a period phrase ending the sentence reaches the moves of the subjects before
    ("Sony Group rose 7.5% and HSBC fell 2.1% during the week.",
     [("6758.T", 7.5, "week"), ("0005.HK", -2.1, "week")]),
    ("The Nikkei share average has gained 9% and the Hang Seng Index has risen 6% since the start of the year.",
     [("N225", 9.0, "ytd"), ("HSI", 6.0, "ytd")]),
    # ... but not a move that names its own day, nor another move of the same subject
    ("The Nikkei share average fell 1.3% on Friday, while the Hang Seng Index is down 5% this year.",
     [("N225", -1.3, "day"), ("HSI", -5.0, "ytd")]),
    ("The Hang Seng Index is up 8% this year, while Tencent Holdings fell 2% today.",
     [("HSI", 8.0, "ytd"), ("0700.HK", -2.0, "day")]),
    ("The Hang Seng Index rose 0.5% and is up 3.1% for the week.", [("HSI", 0.5, "day"), ("HSI", 3.1, "week")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_period_reach(text: str, expected: list[tuple[str, float | None, str]]) -> None:
    assert periods(text) == expected
