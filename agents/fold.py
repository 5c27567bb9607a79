"""The aggregate agent's work on one record of the moves topic: a watermark mark, or moves to fold.

A moves record (:mod:`agents.batches`) carries many moves of one moves partition; a record of one move
event (the format before batching, still accepted) is a batch of one. The moves are folded per instrument,
in record order, into the instrument's window state, which is then written once per commit
(:mod:`agents.pending`): one table write and one changelog record per instrument changed since the last
commit. A pane or fired record changed since the last write and evicted by the watermark before the next is
added to that write (:class:`_Carried`), so the changelog still holds every pane's and fired record's last
version. A version-2 moves record of the plain form is folded without a MoveEvent per move
(:mod:`agents.moves_read`, :meth:`_Fold.record_read`), every other record the general way (:meth:`_Fold.record`),
to the same states, alerts and dead letters.
Every check stays at move granularity:

- a move read again after a restart is recognised by the offset ``o`` stored with its instrument's state
  (the last moves record folded into it; the state of an instrument is written whole or not at all for a
  record, so ``o`` covers all of that instrument's moves of the record), or by its partition's sweep floor;
- a move its window holds already is a duplicate (the window remembers event ids);
- a late move of an article processed again (``replay``) is a redelivery, other late moves are
  dead-lettered one by one (the dead letter holds the move, with the record's partition and offset).

Alerts are delivered, and late dead letters too, before the state that marks them fired is written.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import replace
from datetime import UTC, datetime
from functools import partial
from typing import Any

import orjson

from agents import batches, moves_read
from agents.deadletter import send_dead_letter
from agents.moves_read import ReadRecord
from agents.pending import Pending
from agents.sweep import Sweeper
from streams.alert_checks import alert_of
from streams.fold_rows import fold_rows
from streams.model import MoveEvent
from streams.state import apply, evicts
from streams.watermarks import WatermarkMark

WATERMARK_HEADER = "headlines-record"


def record_kind(message: Any) -> bytes | None:
    """``watermark``, ``moves``, ``replay`` or None (one move sent the first time), from the header."""
    headers = message.headers
    if not headers:
        return None
    items = headers.items() if isinstance(headers, dict) else headers
    return next((bytes(v) for k, v in items if k == WATERMARK_HEADER), None)


def _received_at(message: Any) -> datetime:
    return datetime.fromtimestamp(message.timestamp, UTC) if message.timestamp else datetime.now(UTC)


def _decode(kind: bytes | None, value: bytes) -> list[tuple[MoveEvent, bool]]:
    if kind == batches.MOVES_KIND:
        return batches.decode(value)
    return [(MoveEvent.from_dict(orjson.loads(value)), kind == b"replay")]


async def handle_move(ctx: Any, marks: Any, sweeper: Sweeper, event: Any) -> None:
    """Process one record of the moves topic (a batch of one, see :func:`handle_moves`)."""
    await handle_moves(ctx, marks, sweeper, [event])


async def handle_moves(ctx: Any, marks: Any, sweeper: Sweeper, events: list[Any]) -> None:
    """Process records of one moves partition, in offset order (see the module docstring): marks update the
    low watermark as they come, moves are folded in memory, and each instrument's state is written once,
    after the alerts and dead letters they caused are delivered."""
    fold = await fold_moves(ctx, marks, sweeper, events)
    await deliver([fold])
    fold.write()
    sweeper.pending.write_through(ctx.windows)


async def fold_moves(ctx: Any, marks: Any, sweeper: Sweeper, events: list[Any]) -> _Fold:
    """The first half of :func:`handle_moves`: fold the records of one moves partition and send the alerts and
    late moves' dead letters they cause (under the records' current event). Their delivery is awaited by
    :func:`deliver`, and only then are the states written (:meth:`_Fold.write`): an agent that takes records
    of several moves partitions at once folds them all, waits once for every delivery, then writes."""
    fold = _Fold(ctx, marks, sweeper, events[-1])
    for event in events:
        msg = event.message
        kind = record_kind(msg)
        if kind == b"watermark":
            marks.update(msg.partition, WatermarkMark.from_dict(orjson.loads(msg.value)["watermark"]))
            continue
        try:
            read = moves_read.read(msg.value, partial(_received_at, msg)) if kind == batches.MOVES_KIND else None
            items = _decode(kind, msg.value) if read is None else []
        except (orjson.JSONDecodeError, KeyError, IndexError, TypeError, ValueError, AttributeError) as exc:
            fold.consumed += 1
            fold.futures.append(await send_dead_letter(ctx, event, "bad_move_event", f"{type(exc).__name__}: {exc}"))
            continue
        if read is not None:  # a version-2 record of the plain form: no MoveEvent per move (agents.moves_read)
            fold.consumed += len(read)
            fold.record_read(event, read)
            await fold.send_alerts()
            continue
        fold.consumed += len(items)
        received_at: datetime | None = None
        by_key: dict[str, list[tuple[MoveEvent, bool]]] = {}
        for move, replay in items:
            if move.event_time is None:
                received_at = received_at or _received_at(msg)
                move = replace(move, received_at=received_at)
            by_key.setdefault(move.instrument.key, []).append((move, replay))
        fold.record(event, by_key)
        await fold.send_alerts()  # at once: a subscriber sees an alert without waiting for the whole run
    await fold.send_rest()
    return fold


async def deliver(folds: list[_Fold]) -> None:
    """Wait until every alert and dead letter the folds sent is delivered (one wait for all; the sends overlap),
    then count them."""
    futures = [fut for fold in folds for fut in fold.futures]
    if futures:
        await asyncio.gather(*futures)
    now_s = time.time()
    for fold in folds:
        fold.delivered(now_s)


class _Fold:
    """The in-memory fold of a run of records of one moves partition."""

    def __init__(self, ctx: Any, marks: Any, sweeper: Sweeper, last: Any) -> None:
        self.ctx, self.marks, self.sweeper, self.event = ctx, marks, sweeper, last
        self.partition, self.offset = last.message.partition, last.message.offset
        self.floor = sweeper.floor(self.partition)
        self.now = datetime.now(UTC)
        self.states: dict[str, list[Any]] = {}  # key -> [state, changed since written]
        self.carried: dict[str, _Carried] = {}  # key -> what left the state changed since its last write
        self.alerts: list[tuple[Any, MoveEvent]] = []
        self.sent = 0  # how many of ``alerts`` are sent
        self.late: list[tuple[Any, MoveEvent]] = []
        self.futures: list[Any] = []
        self.redelivered = 0
        self.consumed = 0  # moves (and undecodable records) read
        self.watermark_ms: int | None = None

    def record(self, event: Any, by_key: dict[str, list[tuple[MoveEvent, bool]]]) -> None:
        ctx, offset = self.ctx, event.message.offset
        watermark_ms = self._watermark()
        for key, moves in by_key.items():
            entry = self._entry(key, offset, len(moves))
            if entry is None:
                continue
            for move, replay in moves:
                self._carry(key, entry, watermark_ms)
                outcome = apply(entry[0], move, config=ctx.window_config, rules=ctx.rules, now=self.now,
                                watermark_ms=watermark_ms)
                entry[0] = outcome.state
                if outcome.late or outcome.duplicate:
                    if outcome.duplicate or _already_applied(outcome, move):
                        continue  # a redelivery (after a restart) of an event its window holds already
                    if replay:
                        # sent again for an article processed again: its first copy reached this partition
                        # before any watermark that closed its window, and was applied or dead-lettered then
                        self.redelivered += 1
                        continue
                    self.late.append((event, move))
                    continue
                entry[1] = True
                if outcome.alerts:
                    self.alerts.extend((alert, move) for alert in outcome.alerts)

    def record_read(self, event: Any, read: ReadRecord) -> None:
        """:meth:`record` of a record read without a MoveEvent per move (:mod:`agents.moves_read`): each
        instrument's moves are folded in one call (:func:`streams.fold_rows.fold_rows`), to the same states,
        alerts, late moves and redeliveries; a MoveEvent is built only for an alert or a late move."""
        ctx, offset, now = self.ctx, event.message.offset, self.now
        config, rules = ctx.window_config, ctx.rules
        watermark_ms = self._watermark()
        for key, indices in read.groups:
            entry = self._entry(key, offset, len(indices))
            if entry is None:
                continue
            # the record's watermark is applied with its first move: only then can it evict (see record)
            self._carry(key, entry, watermark_ms)
            entry[0], outcome = fold_rows(entry[0], read.moves, indices, config=config, rules=rules,
                                          watermark_ms=watermark_ms)
            if outcome.applied:
                entry[1] = True
            for i in outcome.late:  # in order, as record dead-letters them (a move is late or fires, not both)
                if read.replay(i):
                    self.redelivered += 1  # see record
                else:
                    self.late.append((event, read.move(i)))
            for i, specs in outcome.alerts:
                move = read.move(i)
                self.alerts.extend((alert_of(move, spec, now), move) for spec in specs)

    def _watermark(self) -> int | None:
        floor = self.floor
        self.watermark_ms = watermark_ms = _max_known(self.marks.low_ms(self.partition),
                                                      floor["wm"] if floor is not None else None)
        return watermark_ms

    def _entry(self, key: str, offset: int, n_moves: int) -> list[Any] | None:
        """The [state, changed] of ``key`` for a record at ``offset``, or None (its ``n_moves`` moves counted
        as redelivered) when the state holds that record already."""
        entry = self.states.get(key)
        if entry is not None:
            return entry
        pending = self.sweeper.pending.get(self.partition, key)
        if pending is not None:  # changed since the last commit (agents.pending)
            if offset <= pending.offset:
                self.redelivered += n_moves
                return None
            entry = self.states[key] = [pending.state, True]
            if pending.carried is not None:
                self.carried[key] = pending.carried
            return entry
        stored = self.ctx.windows.get(key)
        if _processed_before(offset, stored, self.floor):
            self.redelivered += n_moves  # read again from the committed offset
            return None
        entry = self.states[key] = [self.sweeper.cache.get(key, stored), False]
        return entry

    def _carry(self, key: str, entry: list[Any], watermark_ms: int | None) -> None:
        state = entry[0]
        if entry[1] and watermark_ms is not None and (state.watermark_ms is None
                                                      or watermark_ms > state.watermark_ms) \
                and evicts(state, watermark_ms, self.ctx.window_config):
            # A pane or fired record changed since the last write and about to leave the state goes
            # into this run's write of the state all the same: the changelog holds every pane and
            # fired record as it was last (what the reliability tests compare).
            carried = self.carried.get(key)
            if carried is None:
                carried = self.carried[key] = _Carried()
            carried.take(state, watermark_ms, self.ctx.window_config)

    async def send_alerts(self) -> None:
        """Send the alerts folded since the last call (their delivery is awaited by :func:`deliver`)."""
        alerts, send = self.alerts, self.ctx.alerts.send
        todo = alerts[self.sent:]
        self.sent = len(alerts)
        if len(todo) == 1 or not hasattr(self.ctx.alerts, "send_many"):
            for alert, _ in todo:
                self.futures.append(await send(key=alert.instrument.key.encode(), value=orjson.dumps(alert.to_dict())))
        elif todo:
            self.futures.extend(await self.ctx.alerts.send_many(
                [(alert.instrument.key.encode(), orjson.dumps(alert.to_dict())) for alert, _ in todo]))

    async def send_rest(self) -> None:
        """Send what is left to send: the alerts not sent yet and the late moves' dead letters."""
        await self.send_alerts()
        # The late moves' dead letters are awaited too: a later sweep's floor may mark their offset processed.
        for event, move in self.late:
            self.futures.append(await send_dead_letter(
                self.ctx, event, "late", f"event time {move.event_time} of move {move.event_id} is behind the "
                "closed window", value=orjson.dumps(move.to_dict())))

    def delivered(self, now_s: float) -> None:
        """Count what was delivered (see :func:`deliver`)."""
        metrics = self.ctx.metrics
        if self.redelivered:
            metrics.redelivered_moves.inc(self.redelivered)
        if self.late:
            metrics.late_events.inc(len(self.late))
        for alert, move in self.alerts:
            metrics.alert(alert.severity, alert.rule)
            if move.received_at is not None:
                metrics.end_to_end_latency.observe(max(0.0, now_s - move.received_at.timestamp()))
        if self.consumed:  # counted once folded and their alerts delivered
            metrics.moves_consumed.inc(self.consumed)

    def write(self) -> None:
        """After :func:`deliver`: leave each changed state, with ``o`` = the run's last record offset, to be
        written at the next commit (:class:`agents.pending.PendingStates`, which also sweeps idle keys)."""
        cache, carried = self.sweeper.cache, self.carried
        changed: dict[str, Pending] = {}
        for key, (state, was_changed) in self.states.items():
            if was_changed:
                changed[key] = Pending(state, self.offset, carried.get(key))
            else:
                cache.drop(key)  # the state may have moved its watermark: decode the stored one next time
        self.sweeper.pending.put(self.partition, self.event, self.offset, self.watermark_ms, changed)


class _Carried:
    """Panes changed since the state's last write, and fired records, that the watermark evicted during the run.

    They join the run's write of the state (see :meth:`sorted_panes`), so that no version of a pane or fired record
    is missing from the changelog while the state is written once per run. That value is still a valid
    recovery point: a pane or fired record past the horizon is evicted again by the next watermark, and until
    then no open window reads it (a rolling window holding an open pane starts after every evicted one).
    """

    __slots__ = ("fired", "panes")

    def __init__(self) -> None:
        self.panes: dict[int, Any] = {}
        self.fired: dict[tuple[int, int, str, str], str] = {}

    def take(self, state: Any, watermark_ms: int, config: Any) -> None:
        """Before ``watermark_ms`` is applied to ``state``: keep what it will evict (see streams.state._evict)."""
        horizon_ms = config.rolling_ms + config.grace_ms
        for start, pane in state.panes.items():
            if start + horizon_ms <= watermark_ms and pane.changed:
                self.panes[start] = pane
        grace_ms = config.grace_ms
        for key, severity in state.fired.items():
            if key[1] + grace_ms <= watermark_ms:
                self.fired[key] = severity

    def sorted_panes(self) -> list[Any]:
        """The carried panes in start order: they come before the state's own in its table value
        (:meth:`agents.stored.StoredState.of`, which also merges the fired records)."""
        return [pane for _, pane in sorted(self.panes.items())]


def _processed_before(offset: int, stored: Any, floor: dict[str, int] | None) -> bool:
    """Was the record at ``offset`` folded into this instrument before? Its value records the last moves
    offset it folded in (``o``); an instrument swept since has only its partition's floor (agents.sweep)."""
    if stored is not None:
        return offset <= int(stored.o)
    return floor is not None and offset <= int(floor["o"])


def _max_known(*values_ms: int | None) -> int | None:
    known = [int(v) for v in values_ms if v is not None]
    return max(known) if known else None


def _already_applied(outcome: Any, move: MoveEvent) -> bool:
    """After a crash, moves are read again from the last committed offset while the window state restored
    from the changelog may have closed their windows already; those still held are recognised here."""
    pane = outcome.state.panes.get(outcome.window.start_ms) if outcome.window is not None else None
    return pane is not None and bool(pane.has_seen(move))
