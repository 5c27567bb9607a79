"""A lead that tells a move in the present progressive ("the index is rising", "miners are losing ground") or as a
present state ("shares are firmer") is written during the session: an article that never says its market closed
is a snapshot, its same-day moves intraday (docs/move-events.md, "period"). A wrap that says its market closed
keeps its moves the day's.

Passages are written for these tests (invented sentences; names from the built-in directory).
"""

from __future__ import annotations

import pytest

from streams.model import Article
from tests.unit.extraction import EX

ROWS = [
    ("Stocks in Europe are firmer. The DAX is gaining 0.5% while the CAC 40 adds 0.3%.",
     [("DAX", "intraday"), ("CAC", "intraday")]),
    ("London's blue chips are edging up. The FTSE 100 added 0.4% and BP gained 1.5%.",
     [("UKX", "intraday"), ("BP.L", "intraday")]),
    ("Miners are losing ground in Sydney. The S&P/ASX 200 fell 0.6%, and BHP dropped 2.1%.",
     [("XJO", "intraday"), ("BHP.AX", "intraday")]),
    ("Tokyo shares are weaker as the yen firms. The Nikkei 225 slipped 0.9%, with Toyota down 1.4%.",
     [("N225", "intraday"), ("7203.T", "intraday")]),
    ("Hong Kong stocks are extending their rally. The Hang Seng Index climbed 1.3% and Tencent rose 2.2%.",
     [("HSI", "intraday"), ("0700.HK", "intraday")]),
    # a present state that names the article's own weekday is the session running
    ("European shares are rising on Wednesday. The STOXX 600 advanced 0.7% and Siemens climbed 2.1%.",
     [("SXXP", "intraday"), ("SIE.DE", "intraday")]),
    ("On Thursday, Tokyo stocks are sliding. The Nikkei 225 lost 1.1% and Toyota shed 1.8%.",
     [("N225", "intraday"), ("7203.T", "intraday")]),
    ("Wall Street is higher on Friday. The S&P 500 rose 0.5% and Apple gained 1.2%.",
     [("SPX", "intraday"), ("AAPL", "intraday")]),
    # a past state with a weekday is that day's
    ("The FTSE 100 was down 0.8% on Tuesday, and BP was lower by 1.9%.",
     [("UKX", "day"), ("BP.L", "day")]),
    # a wrap: its market closed, its moves are the day's
    ("Stocks in Europe are firmer after the rally. The DAX closed 0.5% higher and the CAC 40 ended up 0.3%.",
     [("DAX", "day"), ("CAC", "day")]),
    ("Miners are losing ground. The S&P/ASX 200 closed 0.6% lower, and BHP finished down 2.1%.",
     [("XJO", "day"), ("BHP.AX", "day")]),
]


@pytest.mark.parametrize("body, expected", ROWS, ids=[f"row{i}" for i in range(len(ROWS))])
def test_present_state_lead_is_a_snapshot(body: str, expected: list[tuple[str, str]]) -> None:
    events = EX.extract(Article(id="t", body=body))
    assert [(e.instrument.key, e.period) for e in events] == expected
