"""Window states changed since the last commit: kept in memory by the aggregate, written at the commit.

Before, each take of the aggregate agent wrote the state of every instrument it changed, with a changelog
record each. In small takes (a steady feed, not a backlog) that was the largest cost per take: an instrument
named in most articles holds thousands of event digests, and its state was encoded and sent a few times a
second. Now a take leaves its changed states here, and they are written once per commit:

- the consumer's commit takes the commit gate (no record in progress, none starts), calls
  :meth:`PendingStates.flush`, and only then takes the offsets to commit (``agents.transactions``). The
  changelog therefore holds, at every committed offset, the state of every moves record before it, as when
  each take wrote its own; under ``exactly_once`` the writes join the transaction that commits the offsets;
  under ``at_least_once`` their changelog records are handed to the producer once the offsets are taken, with
  the agents running again, and before the producer is flushed and the offsets committed;
- a crash loses only what no commit covered: the moves records after the last committed offset are read
  again, onto the state written with that commit;
- the fold reads a pending state before the table (:meth:`PendingStates.get`), and a pending state keeps
  the offset of the last moves record folded into it (the ``o`` of its table value) and the panes and fired
  records the watermark evicted since its last write (``carried``, see ``agents.fold._Carried``);
- alerts are still delivered at the end of their take, before the state that marks them fired is written.

The sweeps of idle keys (``agents.sweep``) run with these writes, per moves partition.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from agents.batches import current_event
from streams.state import InstrumentState

if TYPE_CHECKING:
    from agents.sweep import Sweeper


@dataclass(slots=True)
class Pending:
    """One instrument's state not yet written: the moves offset of its last record, and what was evicted."""

    state: InstrumentState
    offset: int
    carried: Any = None  # agents.fold._Carried, or None


@dataclass(slots=True)
class _Partition:
    states: dict[str, Pending]
    event: Any  # the last moves record of the partition folded (its current event for the writes)
    offset: int = -1
    watermark_ms: int | None = None


class PendingStates:
    """Per moves partition, the instruments' states changed since the last flush (see the module docstring)."""

    def __init__(self, sweeper: Sweeper, keys_per_state: int) -> None:
        self.sweeper, self.keys_per_state = sweeper, keys_per_state  # sweep budget: idle keys per state written
        self._partitions: dict[int, _Partition] = {}

    def __len__(self) -> int:
        return sum(len(part.states) for part in self._partitions.values())

    def get(self, partition: int, key: str) -> Pending | None:
        part = self._partitions.get(partition)
        return part.states.get(key) if part is not None else None

    def put(self, partition: int, event: Any, offset: int, watermark_ms: int | None,
            states: dict[str, Pending]) -> None:
        """After a take's alerts are delivered: its changed states, folded up to the record at ``offset``."""
        part = self._partitions.get(partition)
        if part is None:
            part = self._partitions[partition] = _Partition({}, event)
        part.states.update(states)
        part.event, part.offset = event, max(part.offset, offset)
        if watermark_ms is not None:
            part.watermark_ms = watermark_ms

    async def flush(self, table: Any, publish: bool = True) -> int:
        """Write every pending state to ``table`` (the ``windows`` table), each under its partition's last
        record, sweep a few idle keys of each partition, and hand the changelog records to the producer.
        Call with no record in progress (the commit gate). Returns how many states were written.

        With ``publish`` False the changelog records stay queued in the table, in order, for the caller to
        hand to the producer once the offsets are taken (``at_least_once``: the commit flushes the producer
        before it commits the offsets, so they are durable first; meanwhile the agents go on)."""
        written = 0
        for partition, part in self._take().items():
            with current_event(part.event):
                written += self._write(table, partition, part)
                if publish:
                    await table.flush_changelog()
        return written

    def write_through(self, table: Any) -> int:
        """:meth:`flush` under the caller's current event, leaving the changelog records to the caller (a
        record processed on its own, as by ``agents.fold.handle_moves``)."""
        return sum(self._write(table, partition, part) for partition, part in self._take().items())

    def _take(self) -> dict[int, _Partition]:
        partitions, self._partitions = self._partitions, {}
        return partitions

    def _write(self, table: Any, partition: int, part: _Partition) -> int:
        sweeper, cache = self.sweeper, self.sweeper.cache
        for key, pending in part.states.items():
            stored = sweeper.stored_value(pending.state, partition, pending.offset, pending.carried)
            table[key] = stored
            cache.put(key, stored, pending.state)
            sweeper.touched(partition, key)
        if part.watermark_ms is not None:
            sweeper.sweep(partition, part.watermark_ms, "", part.offset, skip=part.states.keys(),
                          budget=self.keys_per_state * max(1, len(part.states)))
        return len(part.states)

    def forget(self, partitions: set[int]) -> None:
        """Partitions revoked: their pending states are the new owner's to rebuild from the committed offset."""
        for partition in partitions:
            self._partitions.pop(partition, None)
