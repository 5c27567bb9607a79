"""The liveness watchdog: stall verdicts from activity and backlog (time injected), and the backlog test."""

from __future__ import annotations

from typing import Any

import pytest
from faust.types.tuples import TP

from agents.watchdog import GIVE_UP, OK, STALLED, StallDetector, backlog

# One row a case: a list of (seconds, records handed over since the last step, backlog, recovering) and the
# verdicts expected at each step; the timeout is 10 s.
CASES = [
    ("busy", [(0, 1, True, False), (5, 3, True, False), (20, 1, True, False), (40, 2, True, False)],
     [OK, OK, OK, OK]),
    ("idle, nothing to read", [(0, 0, False, False), (30, 0, False, False), (90, 0, False, False)], [OK, OK, OK]),
    ("stalled, then given up", [(0, 0, True, False), (9, 0, True, False), (10, 0, True, False),
                                (15, 0, True, False), (20, 0, True, False), (25, 0, True, False)],
     [OK, OK, STALLED, OK, GIVE_UP, GIVE_UP]),
    ("the remedy works", [(0, 0, True, False), (10, 0, True, False), (12, 4, True, False),
                          (20, 0, True, False), (22, 0, True, False)], [OK, STALLED, OK, OK, STALLED]),
    ("stalled in recovery: reported, never given up", [(0, 0, True, True), (10, 0, True, True),
                                                       (60, 0, True, True)], [OK, STALLED, OK]),
    ("backlog gone", [(0, 0, True, False), (10, 0, True, False), (11, 0, False, False), (25, 0, True, False),
                      (35, 0, True, False)], [OK, STALLED, OK, OK, STALLED]),
]


@pytest.mark.parametrize(("name", "steps", "verdicts"), CASES, ids=[c[0] for c in CASES])
def test_stall_verdicts(name: str, steps: list[tuple[float, int, bool, bool]], verdicts: list[str]) -> None:
    detector = StallDetector(timeout_s=10.0)
    got = []
    for now_s, records, behind, recovering in steps:
        for _ in range(records):
            detector.tick()
        got.append(detector.observe(now_s, behind, recovering))
    assert got == verdicts


class FakeConsumer:
    def __init__(self, highwaters: dict[TP, int | None], committed: dict[TP, int | None]) -> None:
        self.highwaters = highwaters
        self._committed_offset = committed

    def assignment(self) -> set[TP]:
        return set(self.highwaters)

    def highwater(self, tp: TP) -> int | None:
        return self.highwaters[tp]


A0, A1, M0, C0 = TP("a", 0), TP("a", 1), TP("m", 0), TP("a-changelog", 0)


@pytest.mark.parametrize(
    ("highwaters", "committed", "nexts", "behind"),
    [
        ({A0: 10, A1: 5}, {A0: 10, A1: 5}, {}, []),
        ({A0: 10, A1: 5}, {A0: 4, A1: 5}, {}, [A0]),
        ({A0: 10}, {A0: 4}, {A0: 10}, []),                 # processed beyond the commit
        ({A0: 10}, {A0: None}, {A0: 9}, []),               # one transaction marker left
        ({A0: 10}, {A0: None}, {}, [A0]),                  # nothing committed: from 0
        ({A0: None, M0: 3}, {A0: 0, M0: 0}, {}, [M0]),     # high-water mark not known yet
        ({C0: 100}, {C0: 0}, {}, []),                      # not a source topic
    ],
)
def test_backlog(highwaters: dict[TP, int | None], committed: dict[TP, int | None], nexts: dict[Any, int | None],
                 behind: list[TP]) -> None:
    consumer = FakeConsumer(highwaters, committed)
    assert sorted(backlog(consumer, {"a", "m"}, nexts)) == sorted(behind)
