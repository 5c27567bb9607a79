"""The aggregate's window state written at the commit (agents.pending): the records of several takes are folded
into one pending fold, their alerts sent at once, and each state is written once, at the flush, before the
records are marked processed (so before their offsets can be committed)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from agents.fold import handle_moves
from agents.pending import PendingFolds
from agents.pipeline import Watermarks, broadcast_marks
from agents.sweep import Sweeper
from streams.watermarks import WatermarkMark
from tests.unit.test_agents import T0, article, event, ingest, make_ctx, move_records
from tests.unit.test_fold import RecordingTable
from tests.unit.test_fold import as_events as moves_events


class _Event(SimpleNamespace):
    """A test event that can be Faust's current event (which holds a weak reference to it)."""


def as_events(records: list[dict[str, Any]]) -> list[Any]:
    return [_Event(**vars(e)) for e in moves_events(records)]


async def _records() -> tuple[Any, list[dict[str, Any]]]:
    ctx = make_ctx(partitions=1)
    ctx.windows = RecordingTable()
    await ingest(ctx, event(article("a1", "Kuaishou rose 16%; BYD rose 3.6%."), offset=0),
                 event(article("a2", "Kuaishou rose 3%.", "2025-03-06T08:25:00Z"), offset=1, ts=T0 + 1))
    records = move_records(ctx)
    assert len(records) == 2
    return ctx, records


async def test_takes_are_written_once_at_the_flush_and_processed_only_then() -> None:
    ctx, records = await _records()
    processed: list[Any] = []
    pending = PendingFolds(ctx, Watermarks(1), Sweeper(ctx.windows, ctx.window_config), processed.append)
    events = as_events(records)
    async with pending.lock:
        await pending.take(events[:1])
        await pending.take(events[1:])
    # the alerts went out at once; no state is written and no record is processed before the flush
    assert [a["severity"] for a in ctx.alerts.values()] == ["medium", "high"]  # type: ignore[attr-defined]
    assert ctx.windows.writes == [] and processed == [] and pending.records == 2
    await pending.flush_locked()
    assert processed == events and pending.records == 0
    assert sorted(key for key, _ in ctx.windows.writes) == ["1024.HK", "1211.HK"]  # one write per instrument
    assert ctx.windows["1024.HK"]["o"] == 1  # the last record folded in
    # the same state as written take by take
    again, _ = await _records()
    sweeper = Sweeper(again.windows, again.window_config)
    marks = Watermarks(1)
    await handle_moves(again, marks, sweeper, events[:1])
    await handle_moves(again, marks, sweeper, events[1:])
    # the same states as written take by take, but for ``o``: the last record of the run (1), not of the last
    # take that changed the instrument (0 for BYD): every record up to it is folded into the state written
    assert again.windows["1211.HK"]["o"] == 0 and ctx.windows["1211.HK"]["o"] == 1
    assert {k: {**v, "o": None} for k, v in again.windows.items()} == {k: {**v, "o": None}
                                                                       for k, v in ctx.windows.items()}


async def test_not_deferred_each_take_is_written_and_processed_at_once() -> None:
    ctx, records = await _records()
    processed: list[Any] = []
    pending = PendingFolds(ctx, Watermarks(1), Sweeper(ctx.windows, ctx.window_config), processed.append,
                           defer=False)
    events = as_events(records)
    async with pending.lock:
        await pending.take(events[:1])
        assert processed == events[:1] and {key for key, _ in ctx.windows.writes} == {"1024.HK", "1211.HK"}
        await pending.take(events[1:])
    assert processed == events and [key for key, _ in ctx.windows.writes].count("1024.HK") == 2


async def test_a_revoked_partitions_fold_is_dropped_unwritten() -> None:
    ctx, records = await _records()
    processed: list[Any] = []
    pending = PendingFolds(ctx, Watermarks(1), Sweeper(ctx.windows, ctx.window_config), processed.append)
    async with pending.lock:
        await pending.take(as_events(records))
    pending.forget({0})
    await pending.flush_locked()
    assert ctx.windows.writes == [] and processed == [] and pending.records == 0


async def test_a_take_of_watermark_marks_alone_is_processed_at_the_flush() -> None:
    ctx = make_ctx(partitions=1)
    await broadcast_marks(ctx, [WatermarkMark(0, 1_000)])
    processed: list[Any] = []
    pending = PendingFolds(ctx, Watermarks(1), Sweeper(ctx.windows, ctx.window_config), processed.append)
    events = as_events(ctx.moves.sent)  # type: ignore[attr-defined]
    async with pending.lock:
        await pending.take(events)
    assert processed == []
    await pending.flush_locked()
    assert processed == events  # its offset can be committed: a partition ending in marks is not held back
