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


@pytest.mark.parametrize(
    ("steps", "expected"),
    [
        # (action, partition, event_time_ms, now_s) ... -> marks emitted by the last due()
        ([("observe", 0, 100, 0.0), ("due", 0, 0, 0.0)], [M(0, 100)]),
        # unchanged and within the heartbeat period: nothing
        ([("observe", 0, 100, 0.0), ("due", 0, 0, 0.0), ("due", 0, 0, 1.0)], []),
        # changed but within the rate limit: nothing yet
        ([("observe", 0, 100, 0.0), ("due", 0, 0, 0.0), ("observe", 0, 200, 0.1), ("due", 0, 0, 0.1)], []),
        # changed after the rate limit: sent
        ([("observe", 0, 100, 0.0), ("due", 0, 0, 0.0), ("observe", 0, 200, 0.3), ("due", 0, 0, 0.3)],
         [M(0, 200)]),
        # an older event does not move the watermark back
        ([("observe", 0, 100, 0.0), ("observe", 0, 50, 0.0), ("due", 0, 0, 0.0)], [M(0, 100)]),
        # quiet for idle_after_s: reported idle (caught up by default)
        ([("observe", 0, 100, 0.0), ("due", 0, 0, 0.0), ("due", 0, 0, 6.0)], [M(0, 100, idle=True)]),
        # a registered partition without records reports idle at once
        ([("register", 1, 0, 0.0), ("due", 0, 0, 0.0)], [M(1, 0, idle=True)]),
    ],
)
def test_source_clock(steps: list[tuple[str, int, int, float]], expected: list[WatermarkMark]) -> None:
    clock = SourceClock(interval_s=0.2, idle_after_s=5.0)
    out: list[WatermarkMark] = []
    for action, partition, t_ms, now_s in steps:
        if action == "observe":
            clock.observe(partition, t_ms, now_s)
        elif action == "register":
            clock.register(partition, now_s)
        else:
            out = clock.due(now_s)
    assert out == expected


def test_quiet_but_behind_is_not_idle() -> None:
    clock = SourceClock(idle_after_s=5.0)
    clock.observe(0, 100, 0.0)
    clock.due(0.0)
    assert clock.due(6.0, caught_up={0: False}) == [M(0, 100, idle=False)]


def test_forget_revoked_partitions() -> None:
    clock = SourceClock()
    clock.observe(0, 100, 0.0)
    clock.observe(1, 200, 0.0)
    clock.forget({0})
    assert [m.partition for m in clock.due(0.0)] == [1]


def test_mark_round_trip() -> None:
    mark = M(3, 1_700_000_000_000, idle=True)
    assert WatermarkMark.from_dict(mark.to_dict()) == mark
