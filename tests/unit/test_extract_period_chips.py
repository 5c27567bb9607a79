"""Table-driven tests of more period signals: a time of the session with words inside it ("in early Thursday
trading"), "initially", a level "not seen since" a date, a longer period after a subject's day move in a list of
subjects, the quote chips web pages set after a code inside a sentence, and a move "in regular trading" beside an
after-hours one.

The passages are written for these tests (the instruments are directory entries, the sentences invented).
"""

from __future__ import annotations

import pytest

from tests.unit.test_extract_period_signals import periods  # the same article date and fields

CASES = [
    # a time of the session with a weekday or a market between "early" and "trading" makes the article a
    # snapshot from its start, as "in early trading" does
    ("The FTSE 100 dipped 0.3% in early Tuesday trading as lenders fell.\n\nTesco rose 1.2% and Barclays lost 0.8%.",
     [("UKX", -0.3, "intraday"), ("TSCO.L", 1.2, "intraday"), ("BARC.L", -0.8, "intraday")]),
    ("The Nikkei share average rose 0.6% in morning Tokyo trade. Sony Group gained 2.1%.",
     [("N225", 0.6, "intraday"), ("6758.T", 2.1, "intraday")]),
    ("The Hang Seng Index added 0.9% in early Hong Kong trading. Tencent Holdings climbed 1.4%.",
     [("HSI", 0.9, "intraday"), ("0700.HK", 1.4, "intraday")]),
    # ... not a month: "in early March trading" makes no snapshot of the article (HSBC's move is a day's)
    ("Tencent Holdings rose 12% in early March trading.\n\nHSBC Holdings gained 1.1%.",
     [("0700.HK", 12.0, "intraday"), ("0005.HK", 1.1, "day")]),
    # "initially": the first move of a session that went on
    ("Shares of Tesco initially jumped 9% but closed up 4%.", [("TSCO.L", 9.0, "intraday"), ("TSCO.L", 4.0, "day")]),
    ("Sony Group initially slid 3% after the report.", [("6758.T", -3.0, "intraday")]),
    # a level "not seen since" a date is compared, not the move's span
    ("The Hang Seng Index fell 1.5% to a level not seen since January 2019.", [("HSI", -1.5, "day")]),
    ("The Kospi rose 2% to levels not seen since March.", [("KOSPI", 2.0, "day")]),
    ("The Kospi has risen 4% since March.", [("KOSPI", 4.0, "other")]),
    # a longer period stated after a subject's day move stays that subject's: the next subject's move is a day's
    ("The Kospi rose 1.9% and posted a weekly gain of 4.4%, while the Kosdaq climbed 1.2%.",
     [("KOSPI", 1.9, "day"), ("KOSPI", 4.4, "week"), ("KOSDAQ", 1.2, "day")]),
    ("The Nikkei share average rose 0.5%, gaining 1.1% on the week, while Sony Group added 0.8% to 3,100 yen.",
     [("N225", 0.5, "day"), ("N225", 1.1, "week"), ("6758.T", 0.8, "day")]),
    # (the period of a subject's only move still reaches the next subject's)
    ("The Kospi posted a weekly gain of 4.4%, while the Kosdaq climbed 1.2%.",
     [("KOSPI", 4.4, "week"), ("KOSDAQ", 1.2, "week")]),
    # a quote chip: a signed percent after a code inside a sentence is a live quote (intraday); the sentence's
    # own figure keeps its period
    ("The Hang Seng Index HSI -0.62% fell 0.5% on Monday.", [("HSI", -0.62, "intraday"), ("HSI", -0.5, "day")]),
    ("Shares of Tesco TSCO, +3.15% rose 2% after the update.", [("TSCO.L", 3.15, "intraday"), ("TSCO.L", 2.0, "day")]),
    ("The Nikkei share average 100000018 +0.41% ended 1.1% higher.",
     [("N225", 0.41, "intraday"), ("N225", 1.1, "day")]),
    # ... and neither takes nor passes the period another subject's move shares with the sentence
    ("Tesco has lost 31% over the past 12 months, while the FTSE 100 UKX, +0.84% has gained 9%.",
     [("TSCO.L", -31.0, "year"), ("UKX", 0.84, "intraday"), ("UKX", 9.0, "year")]),
    ("Sony Group has risen 22% this year, while the Nikkei share average 100000018 -0.35% has added 11%.",
     [("6758.T", 22.0, "ytd"), ("N225", -0.35, "intraday"), ("N225", 11.0, "ytd")]),
    # ... not a table row ending its line, nor a code that is the subject's name, nor a bracketed change
    ("Biggest movers:\nTesco 412.10 -1.85%\nBarclays 201.40 +0.95%",
     [("TSCO.L", -1.85, "day"), ("BARC.L", 0.95, "day")]),
    ("Worst days:\n1.) BARC -8.4% on 03/16/2020 after the lockdown.", [("name:barc", -8.4, "day")]),
    ("Tesco (TSCO -1.2%) fell on Monday.", [("TSCO.L", -1.2, "day")]),
    ("The Hang Seng Index closed 0.4% lower. Tencent Holdings 0700 -1.5% to HK$300, HSBC Holdings 0005 +0.8% to HK$62.",
     [("HSI", -0.4, "day"), ("0700.HK", -1.5, "day"), ("0005.HK", 0.8, "day")]),
]

REGULAR = [
    # a move in the regular session, stated with an after-hours one, is the completed session's
    ("Apple shares fell 4.7% in extended trading after falling 8.4% in regular trading.",
     [("AAPL", -4.7, "intraday"), ("AAPL", -8.4, "day")]),
    ("Nvidia rose 3% in after-hours trade, having gained 1.2% during the regular session.",
     [("NVDA", 3.0, "intraday"), ("NVDA", 1.2, "day")]),
    # ... and the snapshot goes on for the moves that name no session
    ("Apple shares fell 4.7% in extended trading.\n\nNvidia slipped 1.1%.",
     [("AAPL", -4.7, "intraday"), ("NVDA", -1.1, "intraday")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES + REGULAR)
def test_period_chips(text: str, expected: list[tuple[str, float | None, str]]) -> None:
    assert periods(text) == expected
