"""The aggregate agent's window state written at the commit, not at every take (``at_least_once``).

At a moderate rate the agent's takes are small (a few moves records), and writing each changed instrument's
state at the end of every take cost a table write and a changelog record per instrument and take, plus a
wait for the take's alerts to be delivered before the next take could start. Here, as in Kafka Streams'
record cache, the fold of a moves partition (:class:`agents.fold.Fold`) lives on across takes: each take
folds its records into it and sends its alerts at once, and the fold is *flushed* (its alerts' and dead
letters' delivery awaited, then each changed state written once, then the sweep) right before the consumer
commits (:meth:`agents.transactions.InOrderConsumer.commit`, every ``broker_commit_interval``), or once it
holds :data:`MAX_PENDING_RECORDS` records. The guarantees stay those of a write per take:

- a record is marked processed, and so its offset committable (agents.transactions), only when the fold
  holding it is flushed: the state a record changed is written before its offset is committed, so after a
  SIGKILL the records since the last flush are read again and folded again into the last written state;
- a state that marks an alert fired is written only after that alert's delivery (at the flush);
- a moves partition revoked with a fold pending (a rebalance: Faust commits first, which flushes) drops
  whatever is left: its records are read again by the next owner.

Under ``exactly_once`` the agent does not use this: it writes the states of every take at once, as before
(:func:`agents.fold.handle_moves`): a transaction commit must not hold a record's alerts without its offset.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from agents.batches import current_event
from agents.fold import Fold, fold_records
from agents.sweep import Sweeper

#: a moves partition's fold is flushed once it holds this many records, whatever the commit interval
MAX_PENDING_RECORDS = 5000


class _Pending:
    __slots__ = ("events", "fold")

    def __init__(self, fold: Fold) -> None:
        self.fold = fold
        self.events: list[Any] = []


class PendingFolds:
    """Per moves partition, the fold of the records taken since its last flush (see the module docstring)."""

    def __init__(self, ctx: Any, marks: Any, sweeper: Sweeper, processed: Callable[[Any], None],
                 defer: bool = True) -> None:
        self.ctx, self.marks, self.sweeper, self.processed, self.defer = ctx, marks, sweeper, processed, defer
        self._folds: dict[int, _Pending] = {}
        #: held by a take and by a flush: one at a time
        self.lock = asyncio.Lock()

    @property
    def records(self) -> int:
        """Records folded and not yet flushed."""
        return sum(len(p.events) for p in self._folds.values())

    async def take(self, events: list[Any]) -> None:
        """Fold records of one moves partition, in offset order (the caller holds :attr:`lock`, and makes the
        last of them Faust's current event); flushed at once when not deferred or when the fold is full."""
        partition = events[0].message.partition
        pending = self._folds.get(partition)
        if pending is None:
            pending = self._folds[partition] = _Pending(Fold(self.ctx, self.marks, self.sweeper, partition))
        else:
            pending.fold.now = datetime.now(UTC)
        consumed = await fold_records(self.ctx, self.marks, pending.fold, events, pending.events)
        if consumed:  # folded, their alerts sent (delivered, and the state written, by the flush)
            self.ctx.metrics.moves_consumed.inc(consumed)
        if not self.defer or len(pending.events) >= MAX_PENDING_RECORDS:
            await self._flush(partition)

    async def flush(self) -> None:
        """Flush every pending fold (the caller holds :attr:`lock`)."""
        for partition in sorted(self._folds):
            await self._flush(partition)

    async def flush_locked(self) -> None:
        """:meth:`flush`, taking :attr:`lock` (after the take in progress, if any)."""
        if self._folds:
            async with self.lock:
                await self.flush()

    async def _flush(self, partition: int) -> None:
        pending = self._folds[partition]
        if pending.events:
            last = pending.events[-1]
            with current_event(last):  # the state writes go to this partition's changelog
                await pending.fold.finish(self.ctx, last.message.offset)
                flush_changelog = getattr(self.ctx.windows, "flush_changelog", None)
                if flush_changelog is not None:
                    await flush_changelog()  # before the records are marked processed
        del self._folds[partition]
        for event in pending.events:
            self.processed(event)

    def forget(self, partitions: set[int]) -> None:
        """Drop the folds of revoked partitions: their records are read again from the committed offset."""
        for partition in partitions:
            self._folds.pop(partition, None)
