"""Event-time watermarks aligned across the partitions of the articles topic.

Why: the ingest stage reads several article partitions at different speeds (a backfill may read days of one
partition before another), so the moves of one instrument reach the aggregator out of event-time order
across partitions. A per-instrument "newest event time seen" would then call good events late. Instead,
each ingest task tracks, per article partition it owns, the newest event time of the records it has read
*and committed* (its watermark) and broadcasts ``(partition, watermark, idle)`` records into every moves
partition, after the moves of those records, which the commit made durable.
The aggregator takes the minimum over all article partitions (the *low watermark*): an event is late only
when its window closed under that minimum, which happens only when its own partition carried it out of
order by more than the grace period. The result does not depend on how partitions interleave.

A partition with no records for a while and nothing left to read is *idle*: it stops holding the low
watermark back (otherwise one quiet partition would keep every window open forever). Until every partition
has reported, the low watermark is unknown and nothing is late or evicted.

Everything here is pure; wall-clock readings are passed in (``now_s``) so tests are deterministic.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class WatermarkMark:
    """What one article partition says about its progress."""

    partition: int
    watermark_ms: int
    idle: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {"partition": self.partition, "watermark_ms": self.watermark_ms, "idle": self.idle}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> WatermarkMark:
        return cls(int(data["partition"]), int(data["watermark_ms"]), bool(data.get("idle", False)))


NO_TIME_MS = -(2**62)


@dataclass(slots=True)
class SourceClock:
    """Ingest side: per owned article partition, the newest event time that is safe to advertise.

    Safe means *committed*: a record's event time enters the watermark only once the consumer group has
    committed an offset past the record, because only then are the moves sent for it durable (flushed before
    the commit with ``at_least_once``, committed in the same transaction with ``exactly_once``). Advertising
    the event time of a record read but not committed would be wrong after a crash: the moves of that record
    can be lost with the crash (or aborted with its transaction) and are then sent again by whichever worker
    re-reads the record, behind a watermark that already passed them, so they would be judged late.

    ``observe`` records each handled record as a checkpoint ``(offset after it, newest event time so far)``;
    ``committed`` moves the checkpoints at or before a committed offset into the watermark.
    """

    interval_s: float = 0.2
    idle_after_s: float = 5.0
    watermarks_ms: dict[int, int] = field(default_factory=dict)
    pending: dict[int, deque[tuple[int, int]]] = field(default_factory=dict)
    last_record_s: dict[int, float] = field(default_factory=dict)
    last_sent: dict[int, tuple[int, bool]] = field(default_factory=dict)
    last_sent_s: dict[int, float] = field(default_factory=dict)

    def observe(self, partition: int, offset: int, event_time_ms: int, now_s: float) -> None:
        """The record at ``offset`` of ``partition``, of ``event_time_ms``, was handled (its moves sent)."""
        checkpoints = self.pending.get(partition)
        if checkpoints is None:
            checkpoints = self.pending[partition] = deque()
        newest = checkpoints[-1][1] if checkpoints else self.watermarks_ms.get(partition, NO_TIME_MS)
        newest = max(newest, event_time_ms)
        if checkpoints and checkpoints[-1][1] == newest:
            checkpoints[-1] = (offset + 1, newest)  # same newest time: one checkpoint, moved forward
        else:
            checkpoints.append((offset + 1, newest))
        self.last_record_s[partition] = now_s

    def committed(self, partition: int, offset: int) -> None:
        """The group committed ``offset`` of ``partition``: records before it are durable downstream."""
        checkpoints = self.pending.get(partition)
        while checkpoints and checkpoints[0][0] <= offset:
            _, newest = checkpoints.popleft()
            if newest > self.watermarks_ms.get(partition, NO_TIME_MS):
                self.watermarks_ms[partition] = newest

    def uncommitted(self, partition: int) -> int:
        """How many checkpoints of ``partition`` wait for a commit (bounded by the commit interval)."""
        return len(self.pending.get(partition, ()))

    def register(self, partition: int, now_s: float) -> None:
        """Know an owned partition before any record of it is committed: it reports idle until one is."""
        if partition not in self.watermarks_ms:
            self.watermarks_ms[partition] = 0
            self.last_record_s.setdefault(partition, now_s - self.idle_after_s)

    def due(self, now_s: float, caught_up: dict[int, bool] | None = None) -> list[WatermarkMark]:
        """The marks to broadcast now: changed ones at most every ``interval_s``, all as a heartbeat.

        A partition is idle when no record was read for ``idle_after_s`` and, per ``caught_up``, everything up
        to its end offset is committed (a partition missing from ``caught_up`` counts as caught up).
        """
        marks: list[WatermarkMark] = []
        for partition, wm in self.watermarks_ms.items():
            quiet = now_s - self.last_record_s.get(partition, now_s) >= self.idle_after_s
            idle = quiet and not self.pending.get(partition) and (caught_up or {}).get(partition, True)
            mark = WatermarkMark(partition, wm, idle)
            since = now_s - self.last_sent_s.get(partition, -1e18)
            changed = self.last_sent.get(partition) != (wm, idle)
            if (changed and since >= self.interval_s) or since >= self.idle_after_s:
                marks.append(mark)
                self.last_sent[partition] = (wm, idle)
                self.last_sent_s[partition] = now_s
        return marks

    def forget(self, partitions: set[int]) -> None:
        """Drop partitions that were revoked from this task."""
        for table in (self.watermarks_ms, self.pending, self.last_record_s, self.last_sent, self.last_sent_s):
            for partition in partitions:
                table.pop(partition, None)


@dataclass(slots=True)
class LowWatermark:
    """Aggregator side: the marks received in one moves partition, and their minimum."""

    source_partitions: int
    marks: dict[int, WatermarkMark] = field(default_factory=dict)

    def update(self, mark: WatermarkMark) -> None:
        current = self.marks.get(mark.partition)
        if current is None or mark.watermark_ms >= current.watermark_ms or mark.idle != current.idle:
            wm = max(mark.watermark_ms, current.watermark_ms) if current else mark.watermark_ms
            self.marks[mark.partition] = WatermarkMark(mark.partition, wm, mark.idle)

    def value_ms(self) -> int | None:
        """The low watermark, or None while some article partition has not reported yet."""
        if len(self.marks) < self.source_partitions:
            return None
        active = [m.watermark_ms for m in self.marks.values() if not m.idle]
        if active:
            return min(active)
        return max(m.watermark_ms for m in self.marks.values())
