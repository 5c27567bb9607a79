"""The aggregate agent's work on one record of the moves topic: a watermark mark, or moves to fold.

A moves record (:mod:`agents.batches`) carries many moves of one moves partition; a record of one move
event (the format before batching, still accepted) is a batch of one. The moves are folded per instrument,
in record order, into the instrument's window state, which is then written once per record: one table
write and one changelog record per instrument and record. Every check stays at move granularity:

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
from typing import Any

import orjson

from agents import batches
from agents.deadletter import send_dead_letter
from agents.sweep import KEYS_PER_RECORD, Sweeper
from streams.model import MoveEvent
from streams.state import apply
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
    fold = _Fold(ctx, marks, sweeper, events[0].message.partition)
    consumed = 0
    for event in events:
        msg = event.message
        kind = record_kind(msg)
        if kind == b"watermark":
            marks.update(msg.partition, WatermarkMark.from_dict(orjson.loads(msg.value)["watermark"]))
            continue
        try:
            items = _decode(kind, msg.value)
        except (orjson.JSONDecodeError, KeyError, TypeError, ValueError, AttributeError) as exc:
            consumed += 1
            fold.futures.append(await send_dead_letter(ctx, event, "bad_move_event", f"{type(exc).__name__}: {exc}"))
            continue
        consumed += len(items)
        received_at: datetime | None = None
        by_key: dict[str, list[tuple[MoveEvent, bool]]] = {}
        for move, replay in items:
            if move.event_time is None:
                received_at = received_at or _received_at(msg)
                move = replace(move, received_at=received_at)
            by_key.setdefault(move.instrument.key, []).append((move, replay))
        fold.record(event, by_key)
    await fold.finish(ctx, events[-1].message.offset)
    if consumed:  # counted once folded and their alerts delivered
        ctx.metrics.moves_consumed.inc(consumed)


class _Fold:
    """The in-memory fold of a run of records of one moves partition."""

    def __init__(self, ctx: Any, marks: Any, sweeper: Sweeper, partition: int) -> None:
        self.ctx, self.marks, self.sweeper, self.partition = ctx, marks, sweeper, partition
        self.floor = sweeper.floor(partition)
        self.now = datetime.now(UTC)
        self.states: dict[str, list[Any]] = {}  # key -> [state, changed since written, value last written]
        self.snapshots: dict[str, list[dict[str, Any]]] = {}  # key -> values to write before the final one
        self.alerts: list[tuple[Any, MoveEvent]] = []
        self.late: list[tuple[Any, MoveEvent]] = []
        self.futures: list[Any] = []
        self.redelivered = 0
        self.watermark_ms: int | None = None
        self.previous_offset = -1

    def record(self, event: Any, by_key: dict[str, list[tuple[MoveEvent, bool]]]) -> None:
        ctx, offset, floor = self.ctx, event.message.offset, self.floor
        self.watermark_ms = watermark_ms = _max_known(self.marks.low_ms(self.partition),
                                                      floor["wm"] if floor is not None else None)
        for key, moves in by_key.items():
            entry = self.states.get(key)
            if entry is None:
                stored = ctx.windows.get(key)
                if _processed_before(offset, stored, floor):
                    self.redelivered += len(moves)  # read again from the committed offset
                    continue
                entry = self.states[key] = [self.sweeper.cache.get(key, stored), False, stored]
            for move, replay in moves:
                if entry[1] and _evicts_unwritten(entry[0], watermark_ms, ctx.window_config, entry[2]):
                    # A pane or fired record changed since the last write is written before it leaves the
                    # state, as when every move was written: the changelog holds every pane and fired record
                    # as it was last (what the reliability tests compare), and the value is a valid recovery
                    # point (``o``: the previous record).
                    entry[2] = self.sweeper.stored_value(entry[0], self.partition, self.previous_offset)
                    self.snapshots.setdefault(key, []).append(entry[2])
                    entry[1] = False
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
        self.previous_offset = offset

    async def finish(self, ctx: Any, offset: int) -> None:
        """Deliver the alerts and dead letters, then write each changed state once, with ``o`` = ``offset``,
        the last record of the run; then sweep a few idle keys."""
        if self.redelivered:
            ctx.metrics.redelivered_moves.inc(self.redelivered)
        await _deliver(ctx, self.alerts, self.late, self.futures)
        windows, cache, sweeper = ctx.windows, self.sweeper.cache, self.sweeper
        for key, (state, changed, _) in self.states.items():
            for snapshot in self.snapshots.get(key, ()):
                windows[key] = snapshot
            if not changed:
                cache.drop(key)  # the state may have moved its watermark: decode the stored one next time
                continue
            stored = windows[key] = sweeper.stored_value(state, self.partition, offset)
            cache.put(key, stored, state)
            sweeper.touched(self.partition, key)
        if self.watermark_ms is not None:
            sweeper.sweep(self.partition, self.watermark_ms, "", offset, skip=self.states.keys(),
                          budget=KEYS_PER_RECORD * max(1, len(self.states)))


async def _deliver(ctx: Any, alerts: list[tuple[Any, MoveEvent]], late: list[tuple[Any, MoveEvent]],
                   futures: list[Any]) -> None:
    """Send the alerts and the late moves' dead letters and wait for their delivery (the sends overlap)."""
    for alert, _ in alerts:
        futures.append(await ctx.alerts.send(key=alert.instrument.key.encode(),
                                             value=orjson.dumps(alert.to_dict())))
    # The late moves' dead letters are awaited too: a later sweep's floor may mark their offset processed.
    for event, move in late:
        futures.append(await send_dead_letter(
            ctx, event, "late", f"event time {move.event_time} of move {move.event_id} is behind the closed "
            "window", value=orjson.dumps(move.to_dict())))
    if futures:
        await asyncio.gather(*futures)
    if late:
        ctx.metrics.late_events.inc(len(late))
    now_s = time.time()
    for alert, move in alerts:
        ctx.metrics.alert(alert.severity, alert.rule)
        if move.received_at is not None:
            ctx.metrics.end_to_end_latency.observe(max(0.0, now_s - move.received_at.timestamp()))


def _evicts_unwritten(state: Any, watermark_ms: int | None, config: Any, written: Any) -> bool:
    """Would ``watermark_ms`` evict (see streams.state._evict) a pane of ``state`` changed since it was last
    written, or a fired record other than in ``written``, the value last written?"""
    wm = state.watermark_ms
    if watermark_ms is None or (wm is not None and watermark_ms <= wm):
        return False
    horizon_ms = config.rolling_ms + config.grace_ms
    if any(start + horizon_ms <= watermark_ms and pane.changed for start, pane in state.panes.items()):
        return True
    leaving = [(key, severity) for key, severity in state.fired.items() if key[1] + config.grace_ms <= watermark_ms]
    if not leaving:
        return False
    known = {(int(s), int(e), str(d), str(r)): str(sev) for s, e, d, r, sev in (written or {}).get("fired", ())}
    return any(known.get(key) != severity for key, severity in leaving)


def _processed_before(offset: int, stored: Any, floor: dict[str, int] | None) -> bool:
    """Was the record at ``offset`` folded into this instrument before? Its value records the last moves
    offset it folded in (``o``); an instrument swept since has only its partition's floor (agents.sweep)."""
    if stored is not None:
        return offset <= int(stored.get("o", -1))
    return floor is not None and offset <= int(floor["o"])


def _max_known(*values_ms: int | None) -> int | None:
    known = [int(v) for v in values_ms if v is not None]
    return max(known) if known else None


def _already_applied(outcome: Any, move: MoveEvent) -> bool:
    """After a crash, moves are read again from the last committed offset while the window state restored
    from the changelog may have closed their windows already; those still held are recognised here."""
    pane = outcome.state.panes.get(outcome.window.start_ms) if outcome.window is not None else None
    return pane is not None and bool(pane.has_seen(move))
