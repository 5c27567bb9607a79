"""Two figures of one subject in one clause, each with a date of its own ("rose 7% on January 2 and 5% on
January 5"): two sessions, an event each, although both have the same period. Figures with one date, or a
date only on one of them, or a date a move is measured from ("since March 2"), stay as before.

Table-driven, one row a case; the passages are invented (instruments of the built-in directory).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.extraction import rows_of

run = rows_of("instrument.key", "change_pct", "period")


DATED = [
    # a month's day, spelt out or shortened
    ("Sony rose 4.12% on March 3 and 2.05% on March 6.", [("6758.T", 4.12, "day"), ("6758.T", 2.05, "day")]),
    ("Toyota shares fell 3.1 per cent on Feb. 10 and 1.4 per cent on Feb. 11.",
     [("7203.T", -3.1, "day"), ("7203.T", -1.4, "day")]),
    # weekdays
    ("Sony gained 1.8% on Monday and 2.6% on Thursday.", [("6758.T", 1.8, "day"), ("6758.T", 2.6, "day")]),
    # one date for both, or a date on one only: as before, the clause's one move
    ("Sony rose 4.12% on March 3 and 2.05% on March 3.", [("6758.T", 4.12, "day")]),
    ("Sony rose 4.12% and then 2.05% on March 6.", [("6758.T", 4.12, "day")]),
    # a date a move is measured from is no date of the figure's own (the two periods differ, as before)
    ("Sony rose 4.12% on March 3 and 2.05% since March 2.", [("6758.T", 4.12, "day"), ("6758.T", 2.05, "other")]),
]


@pytest.mark.parametrize(("text", "expected"), DATED)
def test_dated_figures(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected
