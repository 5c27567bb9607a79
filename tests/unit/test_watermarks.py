"""Aligned event-time watermarks: what the ingest side broadcasts and what the aggregator concludes."""

from __future__ import annotations

import pytest

from streams.watermarks import LowWatermark, SourceClock, WatermarkMark

M = WatermarkMark


@pytest.mark.parametrize(
    ("partitions", "marks", "expected"),
    [
        (2, [], None),                                          # nobody reported
        (2, [M(0, 100)], None),                                 # one partition still unknown
        (2, [M(0, 100), M(1, 50)], 50),                         # the slowest partition holds it back
        (2, [M(0, 100), M(1, 50), M(1, 70)], 70),               # progress of the slow one
        (2, [M(0, 100), M(1, 50), M(1, 40)], 50),               # a stale (older) mark never lowers it
        (2, [M(0, 100), M(1, 50, idle=True)], 100),             # an idle partition does not hold it back
        (2, [M(0, 100, idle=True), M(1, 50, idle=True)], 100),  # all idle: the newest
        (2, [M(0, 100), M(1, 50, idle=True), M(1, 60)], 60),    # idle partition woke up with data
        (3, [M(0, 10), M(1, 20), M(2, 30)], 10),
    ],
)
def test_low_watermark(partitions: int, marks: list[WatermarkMark], expected: int | None) -> None:
    low = LowWatermark(partitions)
    for mark in marks:
        low.update(mark)
    assert low.value_ms() == expected


# Steps of a SourceClock (interval 0.2 s, idle after 5 s): ("observe", partition, offset, event_time_ms, now_s),
# ("commit", partition, committed_offset, 0, 0), ("register", partition, 0, 0, now_s), ("due", 0, 0, 0, now_s).
OBS, C, R, D = "observe", "commit", "register", "due"


@pytest.mark.parametrize(
    ("steps", "expected"),
    [
        # read and committed: advertised
        ([(OBS, 0, 0, 100, 0.0), (C, 0, 1, 0, 0), (D, 0, 0, 0, 0.0)], [M(0, 100)]),
        # read but not committed: nothing to advertise yet (its moves may still be lost with a crash)
        ([(OBS, 0, 0, 100, 0.0), (D, 0, 0, 0, 0.0)], []),
        # committed up to the second record only: the third's event time waits
        ([(OBS, 0, 0, 100, 0.0), (OBS, 0, 1, 200, 0.0), (OBS, 0, 2, 300, 0.0), (C, 0, 2, 0, 0), (D, 0, 0, 0, 0.0)],
         [M(0, 200)]),
        # a commit at an older offset (a stale answer) takes nothing back
        ([(OBS, 0, 0, 100, 0.0), (OBS, 0, 1, 200, 0.0), (C, 0, 2, 0, 0), (C, 0, 1, 0, 0), (D, 0, 0, 0, 0.0)],
         [M(0, 200)]),
        # unchanged and within the heartbeat period: nothing
        ([(OBS, 0, 0, 100, 0.0), (C, 0, 1, 0, 0), (D, 0, 0, 0, 0.0), (D, 0, 0, 0, 1.0)], []),
        # changed but within the rate limit: nothing yet
        ([(OBS, 0, 0, 100, 0.0), (C, 0, 1, 0, 0), (D, 0, 0, 0, 0.0), (OBS, 0, 1, 200, 0.1), (C, 0, 2, 0, 0),
          (D, 0, 0, 0, 0.1)], []),
        # changed after the rate limit: sent
        ([(OBS, 0, 0, 100, 0.0), (C, 0, 1, 0, 0), (D, 0, 0, 0, 0.0), (OBS, 0, 1, 200, 0.3), (C, 0, 2, 0, 0),
          (D, 0, 0, 0, 0.3)], [M(0, 200)]),
        # an older event does not move the watermark back
        ([(OBS, 0, 0, 100, 0.0), (OBS, 0, 1, 50, 0.0), (C, 0, 2, 0, 0), (D, 0, 0, 0, 0.0)], [M(0, 100)]),
        # quiet for idle_after_s and all committed: idle (caught up by default)
        ([(OBS, 0, 0, 100, 0.0), (C, 0, 1, 0, 0), (D, 0, 0, 0, 0.0), (D, 0, 0, 0, 6.0)], [M(0, 100, idle=True)]),
        # quiet but a record still uncommitted: not idle
        ([(OBS, 0, 0, 100, 0.0), (OBS, 0, 1, 200, 0.0), (C, 0, 1, 0, 0), (D, 0, 0, 0, 0.0), (D, 0, 0, 0, 6.0)],
         [M(0, 100, idle=False)]),
        # a registered partition without records reports idle at once
        ([(R, 1, 0, 0, 0.0), (D, 0, 0, 0, 0.0)], [M(1, 0, idle=True)]),
        # registered after a record was read: not idle before the quiet time
        ([(OBS, 1, 0, 100, 0.0), (R, 1, 0, 0, 1.0), (D, 0, 0, 0, 1.0)], [M(1, 0)]),
    ],
)
def test_source_clock(steps: list[tuple[str, int, int, int, float]], expected: list[WatermarkMark]) -> None:
    clock = SourceClock(interval_s=0.2, idle_after_s=5.0)
    out: list[WatermarkMark] = []
    for action, partition, offset, t_ms, now_s in steps:
        if action == OBS:
            clock.observe(partition, offset, t_ms, now_s)
        elif action == C:
            clock.committed(partition, offset)
        elif action == R:
            clock.register(partition, now_s)
        else:
            out = clock.due(now_s)
    assert out == expected


def test_checkpoints_of_equal_newest_time_are_merged() -> None:
    clock = SourceClock()
    for offset in range(1000):
        clock.observe(0, offset, 100, 0.0)  # no newer event time: one checkpoint moved forward
    assert clock.uncommitted(0) == 1
    clock.committed(0, 1000)
    assert clock.uncommitted(0) == 0 and clock.watermarks_ms[0] == 100


@pytest.mark.parametrize(
    ("steps", "expected"),
    [
        # (partition, offset, event_time_ms, now_s) observed, then due_inline(partition 0, last now_s)
        ([(0, 0, 100, 0.0)], M(0, 100)),                       # read progress goes out at once, uncommitted
        ([(1, 0, 100, 0.0)], None),                            # nothing read of partition 0
    ],
)
def test_inline_marks(steps: list[tuple[int, int, int, float]], expected: WatermarkMark | None) -> None:
    clock = SourceClock(interval_s=0.2)
    for partition, offset, t_ms, now_s in steps:
        clock.observe(partition, offset, t_ms, now_s)
    assert clock.due_inline(0, steps[-1][3]) == expected


def test_inline_marks_are_rate_limited_and_only_sent_on_progress() -> None:
    clock = SourceClock(interval_s=0.2)
    clock.observe(0, 0, 100, 0.0)
    assert clock.due_inline(0, 0.0) == M(0, 100)
    clock.observe(0, 1, 200, 0.1)
    assert clock.due_inline(0, 0.1) is None          # within the interval
    assert clock.due_inline(0, 0.3) == M(0, 200)     # after it
    clock.observe(0, 2, 150, 0.6)
    assert clock.due_inline(0, 0.6) is None          # no progress (an older record)


def test_inline_marks_go_out_early_after_a_step_of_event_time() -> None:
    clock = SourceClock(interval_s=0.2, step_ms=1000)
    clock.observe(0, 0, 0, 0.0)
    assert clock.due_inline(0, 0.0) == M(0, 0)
    clock.observe(0, 1, 999, 0.01)
    assert clock.due_inline(0, 0.01) is None         # less than a step, within the interval
    clock.observe(0, 2, 1000, 0.02)
    assert clock.due_inline(0, 0.02) == M(0, 1000)   # a step of event time: at once (a fast replay)


def test_quiet_but_behind_is_not_idle() -> None:
    clock = SourceClock(idle_after_s=5.0)
    clock.observe(0, 0, 100, 0.0)
    clock.committed(0, 1)
    clock.due(0.0)
    assert clock.due(6.0, caught_up={0: False}) == [M(0, 100, idle=False)]


def test_forget_revoked_partitions() -> None:
    clock = SourceClock()
    clock.observe(0, 0, 100, 0.0)
    clock.observe(1, 0, 200, 0.0)
    clock.committed(0, 1)
    clock.committed(1, 1)
    clock.forget({0})
    assert [m.partition for m in clock.due(0.0)] == [1]
    assert clock.uncommitted(0) == 0


def test_mark_round_trip() -> None:
    mark = M(3, 1_700_000_000_000, idle=True)
    assert WatermarkMark.from_dict(mark.to_dict()) == mark
