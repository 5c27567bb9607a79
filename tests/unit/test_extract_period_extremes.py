"""Table-driven tests of period phrases near extremes and counted spans: an extreme named with a period word is
no period of the move ("to monthly highs", "an intraday maximum"), an extreme reached before the move in its
own clause is not the move's time ("having touched an intraday high"), a move measured from a low is `other`
("from a low of"), five weeks or months are a span of sessions (five days are a week), and a time just before
the close or during trading is a time of the session in progress. A move since an event ("since the election
last month") is `other`; the end of a reporting period ("the quarter that ended in September") is no close.
An annual or yearly move is the year's, or the running year's when the year is still going ("set for an annual
gain"). The start of the week is a day of it, not its span.

The passages are written for these tests (the instruments are directory entries, the sentences invented).
"""

from __future__ import annotations

import pytest

from streams.model import Article
from tests.unit.extraction import EX


def periods(body: str) -> list[tuple[str, float | None, str]]:
    article = Article(id="t", headline="Markets report", body=body)
    return [(e.instrument.key, e.change_pct, e.period) for e in EX.extract(article)]


ROWS = [
    # an extreme with a period word (plural or "maximum") names no period of the move
    ("The Nikkei 225 rose 0.8% to 38,100, near weekly highs.", [("N225", 0.8, "day")]),
    ("The Hang Seng Index climbed 1.2% on Tuesday and stayed close to monthly highs.", [("HSI", 1.2, "day")]),
    ("The Nikkei 225 fell 0.7% on Monday, after touching an intraday minimum of 37,050.", [("N225", -0.7, "day")]),
    # ... and an extreme reached before the move, in a clause of its own, is not its time
    ("The Hang Seng Index rose 0.6% on Thursday, to 19,900, having touched an intraday high of 20,010.",
     [("HSI", 0.6, "day")]),
    # (the move's own extreme still is)
    ("The Hang Seng Index fell 0.6% to hit an intraday low of 19,500.", [("HSI", -0.6, "intraday")]),
    # a move from a low or a peak is measured from a point
    ("Sony Group has rallied, gaining 48% from a low of 2,100 yen in March.", [("6758.T", 48.0, "other")]),
    ("Tencent Holdings is trading 30% below its peak.", [("0700.HK", -30.0, "other")]),
    # five weeks or months are a span of sessions; five days or sessions are a week
    ("Sony Group shares have risen 35% over the past five months.", [("6758.T", 35.0, "other")]),
    ("Tencent Holdings has gained 12% in the past 5 weeks.", [("0700.HK", 12.0, "other")]),
    ("Tencent Holdings has gained 4% over the past five sessions.", [("0700.HK", 4.0, "week")]),
    # a time just before the close, or during trading, is the session in progress
    ("Sony Group shares dropped 9% shortly before trading closed on Monday.", [("6758.T", -9.0, "intraday")]),
    ("Tencent Holdings was down 3% just before the closing bell.", [("0700.HK", -3.0, "intraday")]),
    ("The Nikkei 225 hit a record during trading, up 1.1%, but closed 0.3% lower.",
     [("N225", 1.1, "intraday"), ("N225", -0.3, "day")]),
    # (a move before the close said as the close is the day's)
    ("Sony Group shares rose 2% before the company's results.", [("6758.T", 2.0, "day")]),
]


@pytest.mark.parametrize(("body", "expected"), ROWS)
def test_extremes_and_spans(body: str, expected: list[tuple[str, float | None, str]]) -> None:
    assert periods(body) == expected


EVENTS = [
    # a move since an event is measured from a point, whatever period word follows
    ("Tesla has soared 40% since Donald Trump's election victory last month.", [("TSLA", 40.0, "other")]),
    ("Tesco shares have climbed 18% since the takeover bid was announced.", [("TSCO.L", 18.0, "other")]),
    ("Sony Group has lost 9% since the profit warning in May.", [("6758.T", -9.0, "other")]),
    # ... not a cause
    ("Tesla rose 3% since investors expect lower rates.", [("TSLA", 3.0, "day")]),
    # the end of a reporting period is no close: the article stays a snapshot of its session
    ("Sony Group said its profit for the quarter that ended in June rose 30%.\n\n"
     "Sony Group shares rose 2% in early trade, then pared gains to trade 0.5% higher.",
     [("6758.T", 2.0, "intraday"), ("6758.T", 0.5, "intraday")]),
]


@pytest.mark.parametrize(("body", "expected"), EVENTS)
def test_events_and_reporting_periods(body: str, expected: list[tuple[str, float | None, str]]) -> None:
    assert periods(body) == expected


ANNUAL = [
    # an annual or yearly move: a year's; one the running year is set for: the year to date
    ("The Nikkei 225 posted an annual gain of 12%.", [("N225", 12.0, "year")]),
    ("The Hang Seng Index recorded a yearly drop of 14%.", [("HSI", -14.0, "year")]),
    ("The Nikkei 225 is set for an annual gain of 19%.", [("N225", 19.0, "ytd")]),
    ("The Hang Seng Index is on track for a yearly rise of 8%.", [("HSI", 8.0, "ytd")]),
    # ... not a report, a rate nor an extreme
    ("Sony Group shares rose 4% after its annual report.", [("6758.T", 4.0, "day")]),
    ("The Nikkei 225 rose 1.2% to an annual high.", [("N225", 1.2, "day")]),
    ("Tesco shares fell 3% after the company cut its annual forecast.", [("TSCO.L", -3.0, "day")]),
    ("Sony Group shares fell 5% after it reported an annual loss.", [("6758.T", -5.0, "day")]),
    ("The Hang Seng Index is heading for an annual loss of 11%.", [("HSI", -11.0, "ytd")]),
]


@pytest.mark.parametrize(("body", "expected"), ANNUAL)
def test_annual_moves(body: str, expected: list[tuple[str, float | None, str]]) -> None:
    assert periods(body) == expected


WEEK_START = [
    # the start of the week is a day of it; a move since then is the week's so far, as before
    ("The beginning of the week brought sharp falls: the CAC 40 closed down 2.1%.", [("CAC", -2.1, "day")]),
    ("At the start of the week, the Nikkei 225 fell 1.4%.", [("N225", -1.4, "day")]),
    ("The Nikkei 225 has gained 3% this week.", [("N225", 3.0, "week")]),
]


@pytest.mark.parametrize(("body", "expected"), WEEK_START)
def test_week_start(body: str, expected: list[tuple[str, float | None, str]]) -> None:
    assert periods(body) == expected
