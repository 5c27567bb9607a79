"""Table-driven tests of the morning as Asian reports name it (``snapshot`` of ``streams/data/lexicon.toml``): "the
lunch recess", "the first half of the session" or "of the day", and Jakarta's "first session" (its morning: "in
first session", "ended the first session", "at the end of the first session") make a move intraday; a first session
of a year or since an event is a whole day.

The passages are written for these tests.
"""

from __future__ import annotations

import pytest

from streams.model import Article
from tests.unit.extraction import EX


def periods(text: str) -> list[tuple[str, str]]:
    return [(e.instrument.key, e.period) for e in EX.extract(Article(id="t", body=text))]


CASES = [
    ("The Nikkei rose 0.6 percent to 38,201.2 at the lunch recess.", [("N225", "intraday")]),
    ("Toyota added 1.1 percent by the lunchtime recess in Tokyo.", [("7203.T", "intraday")]),
    ("The Nikkei rose 0.6 percent in the first half of the session.", [("N225", "intraday")]),
    ("The Kospi closed the first half of the day 0.4 percent lower.", [("KOSPI", "intraday")]),
    ("The Taiex gained 0.8 percent in the first half of trading.", [("TWII", "intraday")]),
    ("JCI slips 1.3 percent in first session", [("JKSE", "intraday")]),
    ("The JCI ended the first session 1.3 percent lower at 5,760.", [("JKSE", "intraday")]),
    ("The JCI fell 1.3 percent at the end of the first session, and Bank Central Asia lost 2 percent.",
     [("JKSE", "intraday"), ("BBCA.JK", "intraday")]),
    # a first session of a year or since an event is a whole day
    ("The Nikkei rose 0.6 percent in the first session of the year.", [("N225", "day")]),
    ("Toyota rose 0.6 percent in its first session since the recall.", [("7203.T", "day")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_asia_session_periods(text: str, expected: list[tuple[str, str]]) -> None:
    assert periods(text) == expected
