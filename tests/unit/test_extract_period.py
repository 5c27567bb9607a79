"""Table-driven tests of the period of moves: intraday snapshots, other sessions, section headers.

The passages are written for these tests (the instruments are directory entries, the sentences invented).
"""

from __future__ import annotations

import pytest

from streams.model import Article
from tests.unit.extraction import EX


def periods(text: str) -> list[tuple[str, float | None, str]]:
    return [(e.instrument.key, e.change_pct, e.period) for e in EX.extract(Article(id="t", body=text))]


CASES = [
    # a time of the session makes its sentence and the sentences after it intraday
    ("The Nikkei share average was up 0.4% at 38,120.50 as of 0215 GMT.\n\nSony Group rose 2.1%.",
     [("N225", 0.4, "intraday"), ("6758.T", 2.1, "intraday")]),
    ("The Hang Seng Index fell 1.2% to 17,800.10 at the end of the morning session.\n\nHSBC slipped 0.6%.",
     [("HSI", -1.2, "intraday"), ("0005.HK", -0.6, "intraday")]),
    ("Shares of Sony Group rose 1.8% to 3,150 yen by the afternoon.", [("6758.T", 1.8, "intraday")]),
    # ... and so is the lead, when the first time of the session comes before any close
    ("Japanese shares edged up on Wednesday.\n\nThe Nikkei share average rose 0.5%.\n\n"
     "The Topix was up 0.3% at 2,750.10, as of 0130 GMT.",
     [("N225", 0.5, "intraday"), ("TOPIX", 0.3, "intraday")]),
    # a close ends the snapshot; a sentence with a close is not one
    ("The Nikkei share average rose 0.5% by the midday break.\n\nThe Nikkei closed 0.9% higher.\n\n"
     "Sony Group rose 2.1%.",
     [("N225", 0.5, "intraday"), ("N225", 0.9, "day"), ("6758.T", 2.1, "day")]),
    ("The Hang Seng Index rallied in the afternoon session and closed up 1.4%.", [("HSI", 1.4, "day")]),
    # a close that belongs to another session or to a reporting year does not end it
    ("The Hang Seng Index was up 0.8% at midday.\n\nHSBC rose 1.1%, above its previous close.\n\n"
     "Tencent Holdings gained 2.2% after it raised its forecast for the year ending March.",
     [("HSI", 0.8, "intraday"), ("0005.HK", 1.1, "intraday"), ("0700.HK", 2.2, "intraday")]),
    # an opening or after-hours move is intraday, for its own sentence only
    ("The Nikkei share average opened 0.6% lower.\n\nSony Group rose 2.1% on the day.",
     [("N225", -0.6, "intraday"), ("6758.T", 2.1, "day")]),
    ("Tesla fell 4% in after-hours trading.", [("TSLA", -4.0, "intraday")]),
    # a sentence about another session keeps its own period
    ("The Hang Seng Index was up 0.8% at midday.\n\nOvernight, the Nasdaq Composite rose 1.3%.",
     [("HSI", 0.8, "intraday"), ("IXIC", 1.3, "day")]),
    # no snapshot phrase: a plain day move
    ("The Hang Seng Index rose 0.8% on Tuesday.", [("HSI", 0.8, "day")]),
    # section headers set the period of the short lines below them
    ("Stocks closed higher on Friday.\n\nFor the week:\n\nThe S&P 500 is up 40.20 points, or 1.1%.\n\n"
     "The Nasdaq is up 101.30 points, or 0.7%.\n\nFor the year:\n\nThe S&P 500 is up 600.10 points, or 14.2%.",
     [("SPX", 1.1, "week"), ("IXIC", 0.7, "week"), ("SPX", 14.2, "ytd")]),
    ("For the week:\n\nThe S&P 500 is up 40.20 points, or 1.1%.\n\n"
     "The Nasdaq Composite rose 0.4% on Friday, the day after a long holiday that kept many traders away from "
     "their desks and left the market thin for most of the session, analysts said.",
     [("SPX", 1.1, "week"), ("IXIC", 0.4, "day")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_period(text: str, expected: list[tuple[str, float | None, str]]) -> None:
    assert periods(text) == expected
