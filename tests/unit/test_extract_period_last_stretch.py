"""The session's last stretch ("towards the close", "heading into the close", "nearing the close"), an extreme the
session reached before ("paring earlier gains of 1.2%") and a close of Europe told as a time of New York's session
("after markets had closed in Europe") are times of a session still running: the move stated with them is intraday
(docs/move-events.md, "period"). A clause that says its session closed, or the close of a longer span ("towards
the close of the week"), keeps its own period.

Passages are written for these tests (invented sentences; names from the built-in directory).
"""

from __future__ import annotations

import pytest

from streams.model import Article
from tests.unit.extraction import EX

ROWS = [
    # the last stretch of the session
    ("Heading towards close, the Nikkei 225 was down 0.2% while the Hang Seng Index was up 1.3%.",
     [("N225", -0.2, "intraday"), ("HSI", 1.3, "intraday")]),
    ("The Nikkei 225 was down 0.23% heading into the close.",
     [("N225", -0.23, "intraday")]),
    ("The FTSE 100 slipped 0.4% towards the close, and BP rose 1.1% earlier on Thursday.",
     [("UKX", -0.4, "intraday"), ("BP.L", 1.1, "day")]),
    ("Nearing the close, the DAX was 0.5% higher.",
     [("DAX", 0.5, "intraday")]),
    ("The CAC 40 was 0.7% lower approaching the closing bell.",
     [("CAC", -0.7, "intraday")]),
    ("Toward the end of trading, the Kospi had gained 0.9%.",
     [("KOSPI", 0.9, "intraday")]),
    # an extreme reached earlier in the session
    ("The Hang Seng Index closed 0.3% higher, paring earlier gains of 1.2%.",
     [("HSI", 0.3, "day"), ("HSI", 1.2, "intraday")]),
    ("The S&P/ASX 200 ended up 0.1%, trimming earlier gains of as much as 0.8%.",
     [("XJO", 0.1, "day"), ("XJO", 0.8, "intraday")]),
    # a close of Europe told as a time of New York's session
    ("In New York, after markets had closed in Europe, the S&P 500 had gained 0.47%.",
     [("SPX", 0.47, "intraday")]),
    ("The Dow Jones Industrial Average was 0.3% higher by the time trading closed in London.",
     [("DJI", 0.3, "intraday")]),
    # the clause says its session closed, or names the close of a longer span
    ("BP drifted back towards the end of the day to close 1.4% higher.",
     [("BP.L", 1.4, "day")]),
    ("The FTSE 100 fell 0.4% towards the close of the week.",
     [("UKX", -0.4, "week")]),
    ("The DAX closed 0.6% lower, and the CAC 40 ended 0.3% down.",
     [("DAX", -0.6, "day"), ("CAC", -0.3, "day")]),
]


@pytest.mark.parametrize("body, expected", ROWS, ids=[f"row{i}" for i in range(len(ROWS))])
def test_last_stretch_of_the_session(body: str, expected: list[tuple[str, float, str]]) -> None:
    events = EX.extract(Article(id="t", body=body))
    assert [(e.instrument.key, e.change_pct, e.period) for e in events] == expected
