"""Periods longer than the day (docs/move-events.md, "period"): calendar words that name no span of the move (a
rate, the time between two events, an extreme of the year, a range of months, another figure's period) and
spans the calendar words alone miss. Passages written for these tests."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest

from streams.model import Article
from tests.unit.extraction import EX, rows_of

run = rows_of("instrument.key", "change_pct", "period")


CASES = [
    # a rate after a figure or a count of times is no span of the move
    ("As households weighed bills capped at £1,800 a year, Quillmere Robotics rose 1.4%.",
     [("name:quillmere-robotics", 1.4, "day")]),
    ("After the firm said it would pay $2 billion a year in dividends, Quillmere Robotics rose 2.2%.",
     [("name:quillmere-robotics", 2.2, "day")]),
    ("Quillmere Robotics, which reports twice a year, fell 3.1%.",
     [("name:quillmere-robotics", -3.1, "day")]),
    ("With rents of $900 a month now common, Quillmere Robotics slid 0.8%.",
     [("name:quillmere-robotics", -0.8, "day")]),
    # the span stays where the calendar word is the move's
    ("Quillmere Robotics has risen 14% in a year.", [("name:quillmere-robotics", 14.0, "year")]),
    ("Quillmere Robotics lost 6% over the past month.", [("name:quillmere-robotics", -6.0, "month")]),
    # the time between two events
    ("The rally came about a month after Quillmere Robotics jumped 40% in a matter of days.",
     [("name:quillmere-robotics", 40.0, "other")]),
    ("Quillmere Robotics fell 2.5% on Tuesday, a week before its annual meeting.",
     [("name:quillmere-robotics", -2.5, "day")]),
    # "the year to" a figure: the running year's total, not a fiscal year
    ("Quillmere Robotics rose 4%, taking its gains for the year to more than 60%.",
     [("name:quillmere-robotics", 4.0, "day"), ("name:quillmere-robotics", 60.0, "ytd")]),
    ("Quillmere Robotics rose 3%, lifting its gain for the year to 25%.",
     [("name:quillmere-robotics", 3.0, "day"), ("name:quillmere-robotics", 25.0, "ytd")]),
    # an extreme of the year is no span of the move
    ("Quillmere Robotics fell 2.4% last week, marking a fresh low for the year on Friday.",
     [("name:quillmere-robotics", -2.4, "week")]),
    # the time of an extreme named before the period phrase
    ("Quillmere Robotics rose 0.4% to 612p, just below a three-month high reached last week.",
     [("name:quillmere-robotics", 0.4, "day")]),
    # a range of months in an aside names no month's span
    ("After a 5% rise in profit for April-December, Quillmere Robotics climbed 3.2%.",
     [("name:quillmere-robotics", 3.2, "day")]),
    # a few sessions told as a count after "in the"
    ("Quillmere Robotics was up 21% in the three trading sessions since its results.",
     [("name:quillmere-robotics", 21.0, "other")]),
    ("Quillmere Robotics soared 210% in a matter of weeks.", [("name:quillmere-robotics", 210.0, "other")]),
    # a projection of a longer period after the figure is not the figure's period
    ("Quillmere Robotics was up 0.3% and set for a fourth straight month of gains.",
     [("name:quillmere-robotics", 0.3, "day")]),
    ("Quillmere Robotics closed 0.6% higher on Friday, on track for a weekly loss.",
     [("name:quillmere-robotics", 0.6, "day")]),
    ("Quillmere Robotics is on track for a 9% weekly gain.", [("name:quillmere-robotics", 9.0, "week")]),
    # a relative clause after the rest of a company's name has its own period
    ("Tencent Holdings Ltd., which bought a games studio last year, fell 2.2 percent.", [("0700.HK", -2.2, "day")]),
    # "HSCE", the wire's code of the China Enterprises Index, under a fronted week
    ("Though for the week, HSI declined 2.1%, while HSCE shed 2.7%.", [("HSI", -2.1, "week"), ("HSCEI", -2.7, "week")]),
    # a year the subject had: the running year when the article's date says so, else a completed one
    ("It has been a bruising year for Tencent, with its shares down 41%.",
     [("0700.HK", -41.0, "year")]),
    ("Tencent shares have had a stellar 2019, surging almost 53%.",
     [("0700.HK", 53.0, "year")]),
    # since the market last traded: several sessions
    ("Quillmere Robotics gained 6% since the market last traded on Monday.",
     [("name:quillmere-robotics", 6.0, "other")]),
    # the time of an expected event is not the move's span
    ("Quillmere Robotics rose 1.2% as traders bet on rate cuts this month.",
     [("name:quillmere-robotics", 1.2, "day")]),
    ("Quillmere Robotics, whose results are due this week, fell 0.7%.",
     [("name:quillmere-robotics", -0.7, "day")]),
    ("Quillmere Robotics has fallen 9% this month.", [("name:quillmere-robotics", -9.0, "month")]),
    ("Quillmere Robotics rose 3% due to strong demand this week.", [("name:quillmere-robotics", 3.0, "week")]),
    # a period phrase after another figure is that figure's
    ("Quillmere Robotics rose 2.6% after data showed export prices climbed 4.1% last week.",
     [("name:quillmere-robotics", 2.6, "day")]),
    ("Quillmere Robotics gained 1.9% as orders rose 12% last month.",
     [("name:quillmere-robotics", 1.9, "day")]),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:48] for c in CASES])
def test_periods_beyond_the_day(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected


DATED = [
    # the year still running at the article's date
    ("It has been a bruising year for Tencent, with its shares down 41%.", "2019-08-01",
     [("0700.HK", -41.0, "ytd")]),
    ("Tencent shares have had a stellar 2019, surging almost 53%.", "2019-08-01",
     [("0700.HK", 53.0, "ytd")]),
    # a completed year
    ("Tencent shares had a dismal 2018, sliding 38%.", "2019-08-01",
     [("0700.HK", -38.0, "year")]),
    # in the year's last week the year is complete
    ("It has been a bruising year for Tencent, with its shares down 41%.", "2019-12-30",
     [("0700.HK", -41.0, "year")]),
]


@pytest.mark.parametrize("text, published, expected", DATED, ids=[c[0][:40] + c[1] for c in DATED])
def test_year_against_the_date(text: str, published: str, expected: list[tuple[Any, ...]]) -> None:
    article = Article(id="t", body=text, published_at=datetime.fromisoformat(published + "T12:00:00+00:00"))
    assert [(e.instrument.key, e.change_pct, e.period) for e in EX.extract(article)] == expected
