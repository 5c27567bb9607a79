"""The aggregate's window states between commits (agents.pending): changed states wait in memory and are
written once per commit, under their partition's last record, with the offset of the last record folded in."""

from __future__ import annotations

from typing import Any

import faust
import pytest

from agents.fold import deliver, fold_moves
from agents.pipeline import Watermarks
from agents.sweep import Sweeper
from tests.unit.test_agents import T0, article, event, ingest, make_ctx, move_records
from tests.unit.test_fold import RecordingTable


class ChangelogTable(RecordingTable):
    """A recording table that also notes the current event of each write and its changelog flushes."""

    def __init__(self) -> None:
        super().__init__()
        self.under: list[int | None] = []
        self.flushes = 0

    def __setitem__(self, key: str, value: Any) -> None:
        current = faust.current_event()
        self.under.append(None if current is None else current.message.offset)
        super().__setitem__(key, value)

    async def flush_changelog(self) -> None:
        self.flushes += 1


class Event:
    """A moves record as the agent gets it (weakly referable, as Faust's events are)."""

    def __init__(self, base: Any) -> None:
        self.message = base.message


async def take(ctx: Any, sweeper: Sweeper, events: list[Any]) -> Any:
    """One take of the aggregate agent, as agents.pipeline runs it: fold, one delivery wait, states left pending."""
    fold = await fold_moves(ctx, Watermarks(1), sweeper, events)
    await deliver([fold])
    fold.write()
    return fold


async def moves_events(ctx: Any, *bodies: str) -> list[Any]:
    await ingest(ctx, *(event(article(f"a{i}", body), offset=i, ts=T0 + i) for i, body in enumerate(bodies)))
    return [Event(event(r["value"], key=r["key"], partition=0, offset=i, topic="headlines.moves", headers=r["headers"]))
            for i, r in enumerate(move_records(ctx))]


@pytest.mark.parametrize(("bodies", "key", "moves"), [
    (("Kuaishou rose 16%.", "Kuaishou rose 3%."), "1024.HK", 2),
    (("Kuaishou rose 16%.", "Kuaishou fell 2%.", "Kuaishou rose 1%."), "1024.HK", 3),
    (("BYD rose 3.6%.", "BYD fell 1.2%."), "1211.HK", 2),
])
async def test_states_changed_by_several_takes_are_written_once_at_the_commit(
        bodies: tuple[str, ...], key: str, moves: int) -> None:
    ctx = make_ctx(partitions=1)
    ctx.windows = table = ChangelogTable()
    records = await moves_events(ctx, *bodies)
    sweeper = Sweeper(table, ctx.window_config)
    for record in records:
        await take(ctx, sweeper, [record])
    assert table.writes == []  # nothing written between commits
    assert sweeper.pending.get(0, key) is not None
    assert await sweeper.pending.flush(table) == 1
    [(written_key, value)] = table.writes
    assert written_key == key
    assert value["o"] == len(records) - 1  # the offset of the last record folded in
    assert sum(pane["n"] for pane in value["panes"]) == moves
    assert table.under == [len(records) - 1]  # written under the partition's last record
    assert table.flushes == 1
    assert await sweeper.pending.flush(table) == 0  # nothing left for the next commit
    assert len(table.writes) == 1


async def test_a_pending_state_is_what_the_next_take_folds_into() -> None:
    ctx = make_ctx(partitions=1)
    ctx.windows = table = ChangelogTable()
    first, second = await moves_events(ctx, "Kuaishou rose 16%.", "Kuaishou rose 3%.")
    sweeper = Sweeper(table, ctx.window_config)
    await take(ctx, sweeper, [first])
    pending = sweeper.pending.get(0, "1024.HK")
    assert pending is not None
    await take(ctx, sweeper, [second])
    again = sweeper.pending.get(0, "1024.HK")
    assert again is not None and again.state is pending.state and again.offset == 1
    assert sum(p.mentions for p in again.state.panes.values()) == 2


async def test_a_record_at_or_before_a_pending_states_offset_is_a_redelivery() -> None:
    ctx = make_ctx(partitions=1)
    ctx.windows = table = ChangelogTable()
    [first] = await moves_events(ctx, "Kuaishou rose 16%.")
    sweeper = Sweeper(table, ctx.window_config)
    await take(ctx, sweeper, [first])
    fold = await take(ctx, sweeper, [first])
    assert fold.redelivered == 1 and fold.alerts == []
    state = sweeper.pending.get(0, "1024.HK")
    assert state is not None and sum(p.mentions for p in state.state.panes.values()) == 1


async def test_revoked_partitions_pending_states_are_dropped() -> None:
    ctx = make_ctx(partitions=1)
    ctx.windows = table = ChangelogTable()
    [first] = await moves_events(ctx, "Kuaishou rose 16%.")
    sweeper = Sweeper(table, ctx.window_config)
    await take(ctx, sweeper, [first])
    sweeper.pending.forget({0})
    assert len(sweeper.pending) == 0
    assert await sweeper.pending.flush(table) == 0 and table.writes == []
