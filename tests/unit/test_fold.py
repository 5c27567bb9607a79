"""The aggregate's fold of a run of moves records: one write per instrument and run, and every version of a pane
that the changelog must hold (its last one before eviction) is in one of those writes."""

from __future__ import annotations

from typing import Any

import orjson

from agents.fold import handle_moves
from agents.pipeline import Watermarks, broadcast_marks
from agents.stored import StateCodec
from agents.sweep import Sweeper
from streams.aggregations import event_digest
from streams.watermarks import WatermarkMark
from tests.unit.test_agents import T0, article, event, ingest, make_ctx, move_records, moves_in

H_MS = 3_600_000
AT_0820_MS = 1_741_249_200_000  # 2025-03-06T08:20:00Z


class RecordingTable(dict[str, Any]):
    """A table that keeps every value written, in order (what its changelog would hold)."""

    def __init__(self) -> None:
        super().__init__()
        self.writes: list[tuple[str, Any]] = []

    def __setitem__(self, key: str, value: Any) -> None:
        self.writes.append((key, orjson.loads(StateCodec().dumps(value))))  # the changelog record's JSON
        super().__setitem__(key, value)


def as_events(records: list[dict[str, Any]]) -> list[Any]:
    return [event(r["value"], key=r["key"], partition=0, offset=i, topic="headlines.moves", headers=r["headers"])
            for i, r in enumerate(records)]


async def test_a_pane_evicted_within_a_run_is_in_the_runs_single_write() -> None:
    ctx = make_ctx(partitions=1)
    ctx.windows = RecordingTable()
    early, late = article("a1", "Kuaishou rose 16%."), article("a2", "Kuaishou rose 3%.", "2025-03-06T10:30:00Z")
    await ingest(ctx, event(early, offset=0), event(late, offset=1, ts=T0 + 1))
    [first, second] = move_records(ctx)
    ctx.moves.sent.clear()  # type: ignore[attr-defined]
    # between the two records, a mark two hours later: it evicts the 08:15 pane that the first record changed
    await broadcast_marks(ctx, [WatermarkMark(0, AT_0820_MS + 2 * H_MS + 10 * 60_000)])
    [mark] = ctx.moves.sent  # type: ignore[attr-defined]
    marks = Watermarks(1)
    await handle_moves(ctx, marks, Sweeper(ctx.windows, ctx.window_config), as_events([first, mark, second]))
    writes = [value for key, value in ctx.windows.writes if key == "1024.HK"]
    assert len(writes) == 1  # once per run
    [value] = writes
    starts = [pane["s"] for pane in value["panes"]]
    assert starts == sorted(starts) and len(starts) == 2
    early_pane, late_pane = value["panes"]
    [m1], [m2] = moves_in([first]), moves_in([second])
    event_id = "{}:{}:{}"
    assert early_pane["seen"] == [event_digest(event_id.format(m1["article_id"], "1024.HK", m1["span"]["start"]))]
    assert late_pane["seen"] == [event_digest(event_id.format(m2["article_id"], "1024.HK", m2["span"]["start"]))]
    # the early window's alerts fired, and its fired record is written although it left the state too
    assert {(s, sev) for s, _, _, _, sev in value["fired"]} >= {(early_pane["s"], "high")}
    assert value["o"] == 2
    # The next run restores that value and evicts the early pane again: it is not written a second time.
    ctx.moves.sent.clear()  # type: ignore[attr-defined]
    await ingest(ctx, event(article("a3", "Kuaishou rose 1%.", "2025-03-06T10:40:00Z"), offset=2, ts=T0 + 2))
    third = move_records(ctx)
    await handle_moves(ctx, marks, Sweeper(ctx.windows, ctx.window_config),
                       [event(third[0]["value"], key=third[0]["key"], partition=0, offset=3, topic="headlines.moves",
                              headers=third[0]["headers"])])
    last = [value for key, value in ctx.windows.writes if key == "1024.HK"][-1]
    assert [pane["s"] for pane in last["panes"]] == [late_pane["s"]]


async def test_a_version_1_moves_record_is_read_as_its_compact_form() -> None:
    """Records written before the compact form (moves as objects) are still folded, to the same moves."""
    from agents.batches import decode

    ctx = make_ctx(partitions=1)
    await ingest(ctx, event(article("a1", "Kuaishou rose 16%; BYD rose 3.6%."), offset=4),
                 event(article("a1", "Kuaishou rose 16%; BYD rose 3.6%."), offset=4))  # the second: a replay
    records = move_records(ctx)
    version_1 = orjson.dumps({"moves": moves_in(records)})
    compact = [item for record in records for item in decode(record["value"])]
    assert decode(version_1) == compact
    assert [replay for _, replay in compact] == [False, False, True, True]
    assert len(version_1) > sum(len(r["value"]) for r in records)
