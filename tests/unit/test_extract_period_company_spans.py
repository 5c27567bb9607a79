"""Table-driven tests of the period phrases of company stories: spans since a listing, over the past 52 weeks or
year on year, months and weeks to date, half years and quarters, a session's debut or a named earlier session, and
times of the session ("at one stage", "in the final hour"), a close that ends a time stated before it ("climbed
in the final hour before settling 0.5% higher").

The passages are written for these tests (the instruments are directory entries, the sentences invented).
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from streams.model import Article
from tests.unit.extraction import EX

FRIDAY = datetime(2026, 3, 6, 9, 0, tzinfo=UTC)


def periods(text: str) -> list[str]:
    article = Article(id="t", body=text, published_at=FRIDAY)
    return [e.period for e in EX.extract(article) if e.change_pct is not None]


CASES = [
    # since a listing, however the company is named
    ("Meituan shares have fallen 40% since its IPO in 2018.", "other"),
    ("Meituan shares have fallen 40% since their stock market debut.", "other"),
    ("Meituan shares have fallen 40% since listing.", "other"),
    ("Meituan shares have risen 40% since its initial public offering.", "other"),
    # a year: the past 52 weeks, year on year, the last twelve months
    ("Meituan shares have risen 12% in the past 52 weeks.", "year"),
    ("Meituan shares have risen 12% over the last 52 weeks.", "year"),
    ("Meituan shares have risen 12% over the past 12 months.", "year"),
    ("Meituan shares are down 12% year-on-year.", "year"),
    ("Meituan's stock price has fallen 12% year over year.", "year"),
    ("Meituan shares are down 12% from a year ago.", "year"),
    # a month or a week to date, and calendar spans
    ("Meituan shares are down 12% over the past month.", "month"),
    ("Meituan shares have risen 12% month-to-date.", "month"),
    ("Meituan shares have risen 12% so far in March.", "month"),
    ("Meituan shares rose 12% in February.", "month"),
    ("Meituan shares have fallen 12% in the past week.", "week"),
    ("Meituan shares are down 12% week-to-date.", "week"),
    ("Meituan shares have fallen 12% over the past five sessions.", "week"),
    ("Meituan shares have risen 12% since the start of 2026.", "ytd"),
    ("Meituan shares have gained 12% since January.", "ytd"),
    ("Meituan shares rose 12% in 2025.", "year"),
    # half years and quarters (not the first half hour of the session)
    ("Meituan shares rose 12% in the first half.", "other"),
    ("Meituan shares fell 12% in the second half of last year.", "other"),
    ("Meituan shares have risen 12% this quarter.", "other"),
    ("Meituan shares rose 12% in the first half hour of trading.", "intraday"),
    # several sessions
    ("Meituan shares have slumped 12% over the past two weeks.", "other"),
    ("Meituan shares are down 12% over the last three months.", "other"),
    # one session: a debut, a named or previous session
    ("Meituan shares rose 12% in their trading debut.", "day"),
    ("Meituan shares rose 12% in the previous session.", "day"),
    ("Meituan shares rose 12% in Thursday's session.", "day"),
    ("Meituan shares fell 12% for a second day.", "day"),
    # times of the session
    ("Meituan shares rose 12% at one stage.", "intraday"),
    ("Meituan shares rose 12% at one point on Tuesday.", "intraday"),
    ("Meituan shares rose 12% in the final hour of trading.", "intraday"),
    ("Meituan shares fell 12% in the last half hour.", "intraday"),
    ("Meituan shares rose 12% in late morning trade.", "intraday"),
    # a close after a time of the session: the close's move
    ("Meituan climbed to HK$130 in the final hour before settling at HK$128, gaining 12%.", "day"),
]


@pytest.mark.parametrize(("text", "period"), CASES, ids=[c[0][:60] for c in CASES])
def test_company_story_period(text: str, period: str) -> None:
    assert periods(text) == [period]
