"""Table-driven tests of "in late trade" as a period: in a closing report (the article has already said that its
market closed: "closed", "ended", "finished", "at the close") the last moves of the session told "in late trade",
"in late deals" or "in late session" are the day's, while in a report written during the session (no close said
before) the same words mean the session still running: intraday. "In late trading" stays a time of its own sentence
after a close too (it is also said of after-hours trading), unless that sentence says the close itself.

The passages are written for these tests (the instruments are directory entries, the sentences invented).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from streams.model import Article
from tests.unit.extraction import EX

WEDNESDAY = datetime(2026, 3, 11, tzinfo=UTC)


def events(text: str) -> list[tuple[Any, ...]]:
    article = Article(id="t", body=text, published_at=WEDNESDAY)
    return [(e.instrument.key, e.change_pct, e.period) for e in EX.extract(article) if e.change_pct is not None]


CASES = [
    # closing reports: the close said in an earlier sentence
    ("Hong Kong shares closed higher on Wednesday, with the Hang Seng Index up 1.2%. In late trade, Tencent "
     "Holdings gained 3.1%.",
     [("HSI", 1.2, "day"), ("0700.HK", 3.1, "day")]),
    ("The Hang Seng Index ended the session 0.8% lower at 25,010. Meituan was down 2.4% to 140.20 in late trade.",
     [("HSI", -0.8, "day"), ("3690.HK", -2.4, "day")]),
    ("At the close, the Hang Seng Index had slipped 0.5 per cent. Baidu dropped 1.9 per cent in late deals.",
     [("HSI", -0.5, "day"), ("9888.HK", -1.9, "day")]),
    ("Hong Kong stocks finished the day flat. Meituan added 2.2 pc in late trade and Tencent Holdings shed 1.4 pc "
     "in late session.",
     [("3690.HK", 2.2, "day"), ("0700.HK", -1.4, "day")]),
    ("The Hang Seng Index closed up 212 points, or 0.9 percent. Among the best performers, Tencent Holdings rose "
     "4 percent in late trade, while Baidu fell 1.1 percent.",
     [("HSI", 0.9, "day"), ("0700.HK", 4.0, "day"), ("9888.HK", -1.1, "day")]),
    # a time of the session of its own beside "late trade" still holds
    ("The Hang Seng Index closed 0.4% higher. Tencent Holdings rose as much as 3% in late trade.",
     [("HSI", 0.4, "day"), ("0700.HK", 3.0, "intraday")]),
    ("The Hang Seng Index closed 0.4% higher. Meituan fell 1.3% in early trade.",
     [("HSI", 0.4, "day"), ("3690.HK", -1.3, "intraday")]),
    # snapshots: no close said before
    ("In late trade, the Hang Seng Index was up 0.6% and Tencent Holdings was 2.1% higher.",
     [("HSI", 0.6, "intraday"), ("0700.HK", 2.1, "intraday")]),
    ("Hong Kong stocks were firmer on Wednesday afternoon. The Hang Seng Index rose 0.7% in late trade, with "
     "Meituan adding 1.8% in late deals.",
     [("HSI", 0.7, "intraday"), ("3690.HK", 1.8, "intraday")]),
    ("Baidu was down 3.2 per cent in late deals, while Tencent Holdings gained 1.5 per cent in late trade.",
     [("9888.HK", -3.2, "intraday"), ("0700.HK", 1.5, "intraday")]),
    # a close of another session said before is not this session's
    ("The Hang Seng Index rose 0.3% in late trade after Wall Street's previous close. Meituan was up 1.2% in late "
     "trade.",
     [("HSI", 0.3, "intraday"), ("3690.HK", 1.2, "intraday")]),
    # "in late trading" keeps its own sentence's time (also said of after-hours trading)
    ("The Hang Seng Index closed 0.4% higher. Tencent Holdings rose 2.5% in late trading.",
     [("HSI", 0.4, "day"), ("0700.HK", 2.5, "intraday")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:60] for c in CASES])
def test_late_trade_period(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert events(text) == expected
