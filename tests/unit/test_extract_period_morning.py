"""Table-driven tests of the morning as a time of a session still running: a wrap written "as the morning drew to
a close", "in late morning" or "this morning" is a snapshot, its same-day moves intraday ("drew to a close" after
the morning is not the session's close), while a sentence that says the session closed keeps its moves the day's.

The passages are written for these tests (the instruments are directory entries, the sentences invented).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.test_extract_period_late_trade import events  # the same article date and fields

CASES = [
    # the morning ending: a snapshot of the session, its moves (and the next sentences') intraday
    ("European bourses were still weak as the morning drew to a close. In Frankfurt the DAX shed 0.8% to 18,120 "
     "points, and in Paris the CAC 40 gave up 1.1%.",
     [("DAX", -0.8, "intraday"), ("CAC", -1.1, "intraday")]),
    ("As the morning session came to a close, the DAX was 0.6% higher.",
     [("DAX", 0.6, "intraday")]),
    ("Shares in Paris firmed as the morning draws to a close, the CAC 40 adding 0.4%.",
     [("CAC", 0.4, "intraday")]),
    # late morning, this morning
    ("After a soft open, the European markets stayed in the red in late morning. The DAX lost 0.7% and the CAC 40 "
     "dropped 0.9%.",
     [("DAX", -0.7, "intraday"), ("CAC", -0.9, "intraday")]),
    ("The DAX dropped 1.3% this morning, and the CAC 40 eased 0.2%.",
     [("DAX", -1.3, "intraday"), ("CAC", -0.2, "intraday")]),
    # the session's own close stays a close
    ("The DAX closed 0.9% lower. The CAC 40 slid 1.4% as the session drew to a close.",
     [("DAX", -0.9, "day"), ("CAC", -1.4, "day")]),
    ("The DAX gained 0.5% this morning. It later closed 0.3% lower, and the CAC 40 fell 1.2%.",
     [("DAX", 0.5, "intraday"), ("DAX", -0.3, "day"), ("CAC", -1.2, "day")]),
    # no time of the morning: a wrap of the day
    ("The DAX lost 0.9% to 18,233 points and the CAC 40 fell 1.4% on Wednesday.",
     [("DAX", -0.9, "day"), ("CAC", -1.4, "day")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_morning_snapshot(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert events(text) == expected
