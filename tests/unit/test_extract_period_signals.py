"""Table-driven tests of the signals newsrooms give of a move's period: times stated with a time zone, the
close of another session, a figure before a close, a figure's own period phrase between two figures.

The passages are written for these tests (the instruments are directory entries, the sentences invented).
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from streams.model import Article
from tests.unit.extraction import EX


def periods(text: str) -> list[tuple[str, float | None, str]]:
    article = Article(id="t", body=text, published_at=datetime(2025, 6, 10, tzinfo=UTC))
    return [(e.instrument.key, e.change_pct, e.period) for e in EX.extract(article)]


CASES = [
    # a clock with a time zone is a time of the session: an early one makes the article a snapshot
    ("Miners weighed on the market.\n\nBHP Group fell 1.3%.\n\n"
     "The S&P/ASX 200 was down 0.7% at 7,510.2 at 1130 AEST.\n\nWestpac Banking lost 1.1%.",
     [("BHP.AX", -1.3, "intraday"), ("XJO", -0.7, "intraday"), ("WBC.AX", -1.1, "intraday")]),
    ("The Nikkei share average was up 0.9% as of 10:45 JST.", [("N225", 0.9, "intraday")]),
    ("The Dow Jones Industrial Average rose 0.4% at 11:20 ET.", [("DJI", 0.4, "intraday")]),
    ("The Dow Jones Industrial Average rose 0.4% by 13:05 EST, led by banks.", [("DJI", 0.4, "intraday")]),
    ("The Euro Stoxx 50 gained 0.6% at 1215 CET.", [("SX5E", 0.6, "intraday")]),
    # not a time zone: a figure followed by a word
    ("Tencent Holdings rose 1.25 et cetera.\n\nHSBC Holdings gained 2.1%.", [("0005.HK", 2.1, "day")]),
    # a close stated with its own time is still a close
    ("The Nikkei share average closed up 1.2% at 15:00 JST.", [("N225", 1.2, "day")]),
    # the words between two figures go to the second from their last clause break: a period phrase before
    # its own figure is that figure's
    ("BYD Company closed up 6.2% with a year-to-date gain of 71.5%.",
     [("1211.HK", 6.2, "day"), ("1211.HK", 71.5, "ytd")]),
    ("Sony Group jumped 9% at one point, closing up 6.1% with a year-to-date gain of 40.2%.",
     [("6758.T", 9.0, "intraday"), ("6758.T", 6.1, "day"), ("6758.T", 40.2, "ytd")]),
    ("The Kospi rose 0.4% on Friday, for a weekly gain of 2.3%.", [("KOSPI", 0.4, "day"), ("KOSPI", 2.3, "week")]),
    # a period phrase after its figure stays with it
    ("The Kospi added 0.3% on the day and 2.4% for the week.", [("KOSPI", 0.3, "day"), ("KOSPI", 2.4, "week")]),
    ("The Kospi rose 2.1% for the week, and has gained 9.5% this year.",
     [("KOSPI", 2.1, "week"), ("KOSPI", 9.5, "ytd")]),
    # in a snapshot, the weekday of publication (here a Tuesday) is its session's: a move stated with another day
    # is that day's, and the close of another day does not end the snapshot
    ("Shares of Toyota Motor rose on Tuesday after its results.\n\nToyota Motor was up 1.8% at 3,150 yen as of "
     "02:30 GMT.\n\nHonda Motor shares closed up 3.1% on Friday.\n\nPanasonic fell 0.6%.",
     [("7203.T", 1.8, "intraday"), ("7267.T", 3.1, "day"), ("6752.T", -0.6, "intraday")]),
    ("The Kospi was up 2.1% at midday on Tuesday.\n\nSK Hynix gained 3.5% on Monday.\n\n"
     "Samsung Electronics rose 1.5%.",
     [("KOSPI", 2.1, "intraday"), ("000660.KS", 3.5, "day"), ("005930.KS", 1.5, "intraday")]),
    ("The Nikkei share average was up 0.5% at midday on Tuesday.\n\nToyota Motor shares closed up 2.1% on Tuesday."
     "\n\nPanasonic fell 0.6%.",
     [("N225", 0.5, "intraday"), ("7203.T", 2.1, "day"), ("6752.T", -0.6, "day")]),
    # a day a move is measured from is not the move's day
    ("Shares of Tesco were currently down 6.9% at 174 pence compared to yesterday.", [("TSCO.L", -6.9, "intraday")]),
    # "currently up/down": a snapshot of its sentence
    ("Tesco shares are currently up 2.4%.\n\nThe FTSE 100 closed 0.3% higher.",
     [("TSCO.L", 2.4, "intraday"), ("UKX", 0.3, "day")]),
    # a time beside the close is no close: "after the close" does not end a pre-market move
    ("Zoom Video fell 11% in premarket trading after results issued after the close on Monday.",
     [("name:zoom-video", -11.0, "intraday")]),
    # "for the second time since last week": a comparison, not the span of the move
    ("The Taiex fell 1.4% to close below 10,000 points for the second time since last week.", [("TWII", -1.4, "day")]),
    # a figure right before "before closing", "before paring" is an extreme earlier in the session
    ("Toyota Motor shares jumped 13% to 3,205 yen before closing up 10.4% at 3,120 yen.",
     [("7203.T", 13.0, "intraday"), ("7203.T", 10.4, "day")]),
    ("Toyota Motor jumped 13% before paring gains to close up 10.4%.",
     [("7203.T", 13.0, "intraday"), ("7203.T", 10.4, "day")]),
    ("The Swiss Market Index climbed in the final hour before settling at 12,363.53, gaining 0.46%.",
     [("SMI", 0.46, "day")]),
    # another day named in a later clause is not the move's
    ("The Hang Seng Index was up 1.1% at midday on Tuesday.\n\nAlibaba Group Holding surged 4.3%, after a "
     "meeting on Monday.",
     [("HSI", 1.1, "intraday"), ("9988.HK", 4.3, "intraday")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_period_signals(text: str, expected: list[tuple[str, float | None, str]]) -> None:
    assert periods(text) == expected
