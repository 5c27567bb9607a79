"""A weekday's morning or afternoon ("lost ground Monday morning", "on Thursday afternoon"), its early trade ("in
early Friday trading") and the course of the session ("slumped during the course of the day") are times of a
session still running: a story that opens on one and has not said its market closed is a snapshot, its same-day
moves intraday (docs/move-events.md, "period"). A sentence or a lead that says the market closed keeps its moves
the day's, and so does a story that names no time of the session.

Passages are written for these tests (invented sentences; names from the built-in directory).
"""

from __future__ import annotations

import pytest

from streams.model import Article
from tests.unit.extraction import EX

ROWS = [
    # a weekday's morning or afternoon in the lead: the story is a snapshot
    ("European bourses slipped Monday morning as bank shares fell. The DAX lost 0.8% to 18,120 and the CAC 40 "
     "eased 0.4%.",
     [("DAX", "intraday"), ("CAC", "intraday")]),
    ("Tokyo stocks were firmer on Tuesday morning. The Nikkei 225 rose 0.6%, and Toyota gained 1.3%.",
     [("N225", "intraday"), ("7203.T", "intraday")]),
    ("London shares drifted lower on Wednesday afternoon, with the FTSE 100 down 0.3% and BP off 1.2%.",
     [("UKX", "intraday"), ("BP.L", "intraday")]),
    ("Hong Kong stocks rallied Thursday afternoon. The Hang Seng Index climbed 1.1% and Tencent added 2.4%.",
     [("HSI", "intraday"), ("0700.HK", "intraday")]),
    # a weekday's early trade
    ("The FTSE 100 slipped 0.2% in early Thursday trading as retailers reported, while BP fell 0.9%.",
     [("UKX", "intraday"), ("BP.L", "intraday")]),
    ("In early Friday trade, the S&P/ASX 200 added 0.5%. BHP climbed 1.7%.",
     [("XJO", "intraday"), ("BHP.AX", "intraday")]),
    # the course of the session
    ("Siemens shares slid during the course of the day on Tuesday. The stock fell 3.1% and the DAX lost 0.5%.",
     [("SIE.DE", "intraday"), ("DAX", "intraday")]),
    ("In the course of trading, the CAC 40 gained 0.7% and TotalEnergies rose 1.4%.",
     [("CAC", "intraday"), ("TTE.PA", "intraday")]),
    # the market closed: a wrap, its moves the day's
    ("The DAX closed 0.8% lower on Monday after falling in the morning, and the CAC 40 ended 0.4% down.",
     [("DAX", "day"), ("CAC", "day")]),
    # (after the close, the time is the move's own: "had gained 1.3% by Tuesday morning")
    ("The Nikkei 225 ended 0.6% higher. Toyota had gained 1.3% by Tuesday morning, and Sony rose 0.9%.",
     [("N225", "day"), ("7203.T", "intraday"), ("6758.T", "day")]),
    # no time of the session: the day's
    ("The FTSE 100 fell 0.3% on Wednesday and BP lost 1.2%.",
     [("UKX", "day"), ("BP.L", "day")]),
    ("Early on Monday the company said sales rose. Its shares fell 4.2% on the day, and the DAX lost 0.5%.",
     [("DAX", "day")]),
]


@pytest.mark.parametrize("body, expected", ROWS, ids=[f"row{i}" for i in range(len(ROWS))])
def test_weekday_time_of_session(body: str, expected: list[tuple[str, str]]) -> None:
    events = EX.extract(Article(id="t", body=body))
    assert [(e.instrument.key, e.period) for e in events] == expected
