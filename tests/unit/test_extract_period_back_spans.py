"""Table-driven tests of period phrases that look back or ahead: a count of sessions before a day named earlier
("in the previous four trading sessions"), a span that points back at the move before ("over the same period",
"in that time"), a mark after a possessive ("since last year's low"), and a week, month or year still to come
("data due next week"), which is no span of a move.

The passages are written for these tests (the instruments are directory entries, the sentences invented).
"""

from __future__ import annotations

import pytest

from streams.model import Article
from tests.unit.extraction import EX


def periods(body: str) -> list[tuple[str, float | None, str]]:
    article = Article(id="t", body=body)
    return [(e.instrument.key, e.change_pct, e.period) for e in EX.extract(article)]


COUNTED_BEFORE = [
    # a count of sessions after "previous", "prior", "preceding": `other`, as after "past" and "last"
    ("Sony Group fell 2% on Friday. The stock had surged more than 18% in the previous four trading sessions.",
     [("6758.T", -2.0, "day"), ("6758.T", 18.0, "other")]),
    ("HSBC has gained 12% over the prior three sessions.", [("0005.HK", 12.0, "other")]),
    ("Tencent Holdings fell 9% in the preceding two days.", [("0700.HK", -9.0, "other")]),
    ("The Nikkei 225 rose 3% in the previous six weeks.", [("N225", 3.0, "other")]),
    # five sessions or seven days are a week, as after "past"
    ("HSBC fell 4% over the previous five sessions.", [("0005.HK", -4.0, "week")]),
    ("HSBC fell 4% over the prior seven days.", [("0005.HK", -4.0, "week")]),
    # ... not the previous session alone, nor a count of something else
    ("HSBC fell 2%, after rising in the previous session.", [("0005.HK", -2.0, "day")]),
    ("Tencent Holdings rose 3% after beating the prior three quarters' estimates.", [("0700.HK", 3.0, "day")]),
]


@pytest.mark.parametrize(("body", "expected"), COUNTED_BEFORE)
def test_counted_sessions_before(body: str, expected: list[tuple[str, float | None, str]]) -> None:
    assert periods(body) == expected


SAME_SPAN = [
    # a span that points back at the move before takes its longer period, in the next sentence too
    ("So far this year, the Hang Seng Index has risen 12%. The CSI 300 Index has climbed about 5% over the same "
     "period.", [("HSI", 12.0, "ytd"), ("CSI300", 5.0, "ytd")]),
    ("The Hang Seng Index has risen 12% this year. The CSI 300 Index has gained 5% for the period.",
     [("HSI", 12.0, "ytd"), ("CSI300", 5.0, "ytd")]),
    ("The Nikkei 225 has gained 20% over the past year. In that time, Sony Group shares have climbed 45%.",
     [("N225", 20.0, "year"), ("6758.T", 45.0, "year")]),
    ("The Nasdaq Composite lost 3% last week. Over the same stretch, the Dow Jones fell 2%.",
     [("IXIC", -3.0, "week"), ("DJI", -2.0, "week")]),
    ("HSBC shares are down 8% this month. During that time, the Hang Seng Index has slipped 1%.",
     [("0005.HK", -8.0, "month"), ("HSI", -1.0, "month")]),
    # ... a day's move before it stays the day's; without such words the next sentence states its own
    ("The Hang Seng Index fell 1% on Monday. Over the same period, HSBC lost 2%.",
     [("HSI", -1.0, "day"), ("0005.HK", -2.0, "day")]),
    ("The Hang Seng Index has risen 12% this year. The CSI 300 Index rose 1% on Friday.",
     [("HSI", 12.0, "ytd"), ("CSI300", 1.0, "day")]),
    ("The Hang Seng Index has risen 12% this year. At the same time, the CSI 300 Index rose 1%.",
     [("HSI", 12.0, "ytd"), ("CSI300", 1.0, "day")]),
]


@pytest.mark.parametrize(("body", "expected"), SAME_SPAN)
def test_same_span(body: str, expected: list[tuple[str, float | None, str]]) -> None:
    assert periods(body) == expected


POSSESSIVE_MARKS = [
    # a high, low or peak named by a possessive is the point a move since or from it starts at
    ("The FTSE 250 is up 89% since last year's pandemic low.", [("MCX", 89.0, "other")]),
    ("HSBC shares have gained 40% since March's low.", [("0005.HK", 40.0, "other")]),
    ("The Nikkei 225 has fallen 12% from last year\u2019s record high.", [("N225", -12.0, "other")]),
    ("Sony Group is down 20% from the index's peak in April.", [("6758.T", -20.0, "other")]),
    # ... not the session's own extreme, nor a possessive without a mark
    ("Sony Group rebounded 2% from the session's low.", [("6758.T", 2.0, "day")]),
    ("HSBC rose 2% on Friday, helped by profits from the bank's Asian unit.", [("0005.HK", 2.0, "day")]),
    ("Sony Group rose 3% on Friday, since the group's payout was raised.", [("6758.T", 3.0, "day")]),
]


@pytest.mark.parametrize(("body", "expected"), POSSESSIVE_MARKS)
def test_possessive_marks(body: str, expected: list[tuple[str, float | None, str]]) -> None:
    assert periods(body) == expected


AHEAD = [
    # a week, month or year still to come is when something else happens, not the move's span
    ("The Kospi fell 1.2% as traders awaited data due next week.", [("KOSPI", -1.2, "day")]),
    ("HSBC rose 2% ahead of results later this month.", [("0005.HK", 2.0, "day")]),
    ("Sony Group fell 3% after it cut its outlook for the coming week.", [("6758.T", -3.0, "day")]),
    ("The Nikkei 225 slipped 0.4% as investors weighed the outlook for the year ahead.", [("N225", -0.4, "day")]),
    ("Tencent Holdings gained 2.5% before a launch planned later this year.", [("0700.HK", 2.5, "day")]),
    # ... a week, month or year already run still states it
    ("The Kospi fell 1.2% this week.", [("KOSPI", -1.2, "week")]),
    ("HSBC has risen 2% this month.", [("0005.HK", 2.0, "month")]),
    ("Tencent Holdings has gained 25% this year.", [("0700.HK", 25.0, "ytd")]),
]


@pytest.mark.parametrize(("body", "expected"), AHEAD)
def test_ahead(body: str, expected: list[tuple[str, float | None, str]]) -> None:
    assert periods(body) == expected


RELATIVE_CLAUSES = [
    # a relative clause between the subject and its move states its own time, not the move's period
    ("Tencent Holdings, which listed its games unit last week, fell 3.1%.", [("0700.HK", -3.1, "day")]),
    ("HSBC, which took over a rival bank last year, plunged 6.2%.", [("0005.HK", -6.2, "day")]),
    ("Sony Group, whose chief executive stepped down this month, slid 2% on Friday.", [("6758.T", -2.0, "day")]),
    ("The Hang Seng Index, which the exchange revamped in 2020, rose 1.4%.", [("HSI", 1.4, "day")]),
    # ... the move's own period after the clause still counts
    ("Tencent Holdings, which listed its games unit last month, has gained 9% this week.",
     [("0700.HK", 9.0, "week")]),
    ("HSBC, which reports results on Tuesday, has fallen 4% over the past three sessions.",
     [("0005.HK", -4.0, "other")]),
]


@pytest.mark.parametrize(("body", "expected"), RELATIVE_CLAUSES)
def test_relative_clauses(body: str, expected: list[tuple[str, float | None, str]]) -> None:
    assert periods(body) == expected
