"""Event-time watermarks aligned across the partitions of the articles topic.

Why: the ingest stage reads several article partitions at different speeds (a backfill may read days of one
partition before another), so the moves of one instrument reach the aggregator out of event-time order
across partitions. A per-instrument "newest event time seen" would then call good events late. Instead,
each ingest task tracks, per article partition it owns, the newest event time of the records it has read
(its watermark) and broadcasts ``(partition, watermark, idle)`` records into every moves partition, after
the moves of those records and never without them (see :class:`SourceClock`).
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
    """Ingest side: per owned article partition, how far it has got in event time, in two forms.

    - *Read* progress, :meth:`due_inline`: the newest event time of the records handled. Sent by the ingest
      task while it handles a record, right after that record's moves and by the same producer (with
      ``exactly_once``, in the same transaction), so a mark can never land without the moves it covers:
      if they are lost or aborted by a crash, so is the mark.
    - *Committed* progress, :meth:`due`: the newest event time of the records before the group's committed
      offset, whose moves are durable whatever happens next. Only this is sent by the periodic heartbeat,
      which runs outside any record and any transaction, and only this form can report a partition *idle*
      (quiet, and nothing read is left uncommitted, and the partition is caught up).

    ``observe`` records each handled record as a checkpoint ``(offset after it, newest event time so far)``;
    ``committed`` moves the checkpoints at or before a committed offset into the committed watermark.
    """

    interval_s: float = 0.2
    idle_after_s: float = 5.0
    #: an inline mark also goes out, before ``interval_s``, once read progress has advanced this much event
    #: time: in a replay at full speed a fraction of a second is hours of event time, and windows would stay
    #: open (state would grow) for that long behind the read position
    step_ms: int = 15 * 60 * 1000
    read_ms: dict[int, int] = field(default_factory=dict)
    watermarks_ms: dict[int, int] = field(default_factory=dict)
    pending: dict[int, deque[tuple[int, int]]] = field(default_factory=dict)
    last_record_s: dict[int, float] = field(default_factory=dict)
    inline_sent: dict[int, tuple[int, float]] = field(default_factory=dict)
    last_sent: dict[int, tuple[int, bool]] = field(default_factory=dict)
    last_sent_s: dict[int, float] = field(default_factory=dict)

    def observe(self, partition: int, offset: int, event_time_ms: int, now_s: float) -> None:
        """The record at ``offset`` of ``partition``, of ``event_time_ms``, was handled (its moves sent)."""
        newest = max(self.read_ms.get(partition, NO_TIME_MS), event_time_ms)
        self.read_ms[partition] = newest
        checkpoints = self.pending.get(partition)
        if checkpoints is None:
            checkpoints = self.pending[partition] = deque()
        if checkpoints and checkpoints[-1][1] == newest:
            checkpoints[-1] = (offset + 1, newest)  # same newest time: one checkpoint, moved forward
        else:
            checkpoints.append((offset + 1, newest))
        self.last_record_s[partition] = now_s

    def due_inline(self, partition: int, now_s: float) -> WatermarkMark | None:
        """The read-progress mark of ``partition`` to send now, with the record just handled: on progress, at
        most every ``interval_s``, or at once after ``step_ms`` of event time."""
        wm = self.read_ms.get(partition)
        if wm is None:
            return None
        sent = self.inline_sent.get(partition)
        if sent is not None and (sent[0] == wm or (now_s - sent[1] < self.interval_s
                                                   and wm - sent[0] < self.step_ms)):
            return None
        self.inline_sent[partition] = (wm, now_s)
        return WatermarkMark(partition, wm)

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
        """The committed-progress marks to broadcast now: changed ones at most every ``interval_s``, all as a
        heartbeat every ``idle_after_s``.

        A partition is idle when no record was read for ``idle_after_s``, nothing read is uncommitted and, per
        ``caught_up``, everything up to its end offset is committed (missing from ``caught_up``: caught up).
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
        for table in (self.read_ms, self.watermarks_ms, self.pending, self.last_record_s, self.inline_sent,
                      self.last_sent, self.last_sent_s):
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
