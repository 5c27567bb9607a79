"""The aggregate agent's two ways to fold a moves record give the same results: a version-2 record of the plain
form read without a MoveEvent per move (agents.moves_read, _Fold.record_read), and every other record decoded
into MoveEvents (_Fold.record). The same seeded random records, with watermark marks between them, duplicates,
late moves, replays, bad records and a restart from the stored values, go through handle_moves both ways: the
changelog writes, alerts, dead letters and counters must be the same."""

from __future__ import annotations

import random
from dataclasses import replace
from typing import Any

import orjson
import pytest

from agents import moves_read
from agents.batches import MOVES_KIND
from agents.fold import WATERMARK_HEADER, handle_moves
from agents.pipeline import Watermarks
from agents.sweep import Sweeper
from streams.watermarks import WatermarkMark
from tests.unit.test_agents import counter, event, make_ctx
from tests.unit.test_fold import RecordingTable
from tests.unit.test_fold_reference import random_events
from tests.unit.test_fold_rows import encode, to_ms_

COUNTERS = [("headlines_redelivered_moves_total", {}), ("headlines_late_events_total", {}),
            ("headlines_moves_consumed_total", {})]


def records(seed: int) -> list[list[tuple[bytes, dict[str, bytes]]]]:
    """Runs of (value, headers) records of one moves partition: moves records and watermark marks."""
    rnd = random.Random(seed)
    events = random_events(rnd, 300, rnd.choice([1800, 4 * 3600]))
    events += rnd.sample(events, 60)
    if seed % 2:
        events.sort(key=to_ms_)
    if seed % 3 == 0:  # some moves without an event time: stamped with the record's time
        events = [replace(e, published_at=None) if rnd.random() < 0.1 else e for e in events]
    runs, run, at = [], [], 0
    moves_header = {WATERMARK_HEADER: MOVES_KIND}
    while at < len(events):
        size = rnd.choice([1, 3, 10, 40])
        chunk, at = events[at:at + size], at + size
        value = encode(chunk, replay=rnd.random() < 0.2)
        pick = rnd.random()
        if pick < 0.05:
            value = b"{not json"
        elif pick < 0.1:  # not of the plain form: taken the general way by both
            data = orjson.loads(value)
            data["moves"][0][3] = 7
            value = orjson.dumps(data)
        run.append((value, moves_header))
        if rnd.random() < 0.4:
            times = [to_ms_(e) for e in chunk if e.published_at is not None]
            if times:
                mark = WatermarkMark(0, max(times) - rnd.randrange(-600_000, 3_600_000))
                run.append((orjson.dumps({"watermark": mark.to_dict()}), {WATERMARK_HEADER: b"watermark"}))
        if rnd.random() < 0.3:
            runs.append(run)
            run = []
    runs.append(run)
    if seed % 2 == 0:
        runs.append([r for run in runs[:2] for r in run])  # read again: redeliveries
    return runs


def without(items: list[dict[str, Any]], *keys: str) -> list[dict[str, Any]]:
    out = []
    for item in items:
        value = orjson.loads(item["value"])
        for key in keys:
            value.pop(key, None)
        out.append({**item, "value": value})
    return out


async def run(seed: int) -> dict[str, Any]:
    ctx = make_ctx(partitions=1)
    ctx.windows = RecordingTable()
    marks = Watermarks(1)
    sweeper = Sweeper(ctx.windows, ctx.window_config)
    offset = 0
    for n, batch in enumerate(records(seed)):
        if n == 3:  # a restart: the states come back from the table, the cache and the pending writes are gone
            sweeper = Sweeper(ctx.windows, ctx.window_config)
        events = []
        for value, headers in batch:
            events.append(event(value, key=b"k", partition=0, offset=offset, topic="headlines.moves",
                                headers=headers))
            offset += 1
        if events:
            await handle_moves(ctx, marks, sweeper, events)
    sweeper.pending.write_through(ctx.windows)
    return {
        "writes": ctx.windows.writes,
        "alerts": without(ctx.alerts.sent, "emitted_at"),  # type: ignore[attr-defined]
        "dead": without(ctx.dead_letters.sent, "received_at"),  # type: ignore[attr-defined]
        "counters": [counter(ctx, name, **labels) for name, labels in COUNTERS],
    }


@pytest.mark.parametrize("seed", range(6))
async def test_both_ways_of_the_aggregate_agree(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    fast = await run(seed)
    monkeypatch.setattr(moves_read, "read", lambda value, received_at: None)
    general = await run(seed)
    assert fast == general
    assert fast["alerts"] and fast["writes"]
