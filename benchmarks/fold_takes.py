"""The aggregate's CPU per article when its takes are small (a moderate rate), without Kafka.

Articles shaped like the latency stage's (a trigger sentence naming an instrument of its own, then a corpus
body) go through the ingest code into moves records (4 partitions, one article per group, as at 200
articles/s); the records are then folded in takes of ``TAKE`` records per moves partition, either with a state
write per take (``take``: ``agents.fold.handle_moves``, what ``exactly_once`` does) or written at a flush
every second's worth of records (``defer``: ``agents.pending.PendingFolds``, what ``at_least_once`` does at
each commit). Sends go to in-memory topics; each table write serializes its value as the changelog would.

    python -m benchmarks.fold_takes [ARTICLES] [TAKE] [take|defer ...]
"""

from __future__ import annotations

import asyncio
import sys
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from types import SimpleNamespace
from typing import Any

import orjson

from agents.context import PipelineContext
from agents.dedupe import Deduper
from agents.fold import handle_moves
from agents.pending import PendingFolds
from agents.pipeline import Watermarks, handle_articles
from agents.settings import Settings
from agents.sweep import Sweeper
from benchmarks.corpus import generate_articles
from benchmarks.latency import trigger_pool
from monitoring.metrics import Metrics
from streams.extract import Extractor
from streams.model import format_time
from streams.rules import Rules
from streams.state import WindowConfig

PARTITIONS = 4
RATE_PER_S = 200


class _Event(SimpleNamespace):
    """An event that can be Faust's current event (a weak reference is taken to it)."""


@dataclass
class _Topic:
    sent: list[dict[str, Any]] = field(default_factory=list)

    async def send(self, *, key: bytes | None = None, value: bytes | None = None, partition: int | None = None,
                   headers: dict[str, bytes] | None = None) -> asyncio.Future[None]:
        self.sent.append({"key": key, "value": value, "partition": partition, "headers": headers or {}})
        fut: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        fut.set_result(None)
        return fut


class _Table(dict[str, Any]):
    def __setitem__(self, key: str, value: Any) -> None:
        orjson.dumps(value, default=str)  # the changelog record's serialization
        super().__setitem__(key, value)


def _ctx(extractor: Extractor, rules: Rules) -> PipelineContext:
    return PipelineContext(
        settings=Settings.from_env(env={}, topic_partitions=PARTITIONS), extractor=extractor, rules=rules,
        window_config=WindowConfig(size_s=900, grace_s=300, rolling_size_s=3600),
        metrics=Metrics(process_metrics=False), articles=_Topic(), moves=_Topic(), alerts=_Topic(),
        dead_letters=_Topic(), seen={}, windows=_Table())


async def _moves_records(ctx: PipelineContext, n: int) -> dict[int, list[Any]]:
    bodies = [a["body"] for a in generate_articles(300, seed=7)]
    pool = trigger_pool(bodies, n)
    marks, dedupe = Watermarks(PARTITIONS), Deduper(ctx.seen, ctx.settings.dedupe_horizon_s)
    t0 = datetime.now(UTC)
    for i in range(n):
        _, sentence = pool[i % len(pool)]
        at = t0 + timedelta(seconds=i / RATE_PER_S)
        value = orjson.dumps({"id": f"a{i}", "source": "bench", "published_at": format_time(at), "headline": "x",
                              "body": sentence + "\n" + bodies[i % len(bodies)], "language": "en"})
        msg = SimpleNamespace(value=value, key=b"k", partition=i % PARTITIONS, offset=i // PARTITIONS,
                              timestamp=at.timestamp(), topic="articles", headers=None)
        await handle_articles(ctx, dedupe, marks, [_Event(message=msg, value=value, key=b"k")])
    out: dict[int, list[Any]] = {}
    for sent in ctx.moves.sent:  # type: ignore[attr-defined]
        records = out.setdefault(sent["partition"], [])
        msg = SimpleNamespace(value=sent["value"], key=sent["key"], partition=sent["partition"], offset=len(records),
                              timestamp=None, topic="moves", headers=sent["headers"])
        records.append(_Event(message=msg, value=sent["value"], key=sent["key"]))
    return out


async def run(n: int, take: int, modes: list[str]) -> None:
    extractor, rules = Extractor(), Rules.load()
    events = await _moves_records(_ctx(extractor, rules), n)
    records = sum(len(v) for v in events.values())
    per_flush = max(1, int(records / (n / RATE_PER_S)))  # a second's worth of records
    for mode in modes:
        ctx = _ctx(extractor, rules)
        marks, sweeper = Watermarks(PARTITIONS), Sweeper(ctx.windows, ctx.window_config)
        pending = PendingFolds(ctx, marks, sweeper, lambda event: None)
        done, next_flush = 0, per_flush
        started = time.process_time()
        for start in range(0, max(len(v) for v in events.values()), take):
            for group in (evs[start:start + take] for evs in events.values()):
                if not group:
                    continue
                if mode == "take":
                    await handle_moves(ctx, marks, sweeper, group)
                else:
                    async with pending.lock:
                        await pending.take(group)
                done += len(group)
            if done >= next_flush:
                await pending.flush_locked()
                next_flush += per_flush
        await pending.flush_locked()
        cpu_s = time.process_time() - started
        print(f"{mode:5s} {n} articles, {records} records in takes of {take}: {cpu_s / n * 1000:.3f} ms of CPU per "
              f"article ({len(ctx.alerts.sent)} alerts, {len(ctx.windows)} states)", flush=True)  # type: ignore[attr-defined]


def main(argv: list[str]) -> None:
    n = int(argv[0]) if argv else 1500
    take = int(argv[1]) if len(argv) > 1 else 3
    asyncio.run(run(n, take, argv[2:] or ["take", "defer", "take", "defer"]))


if __name__ == "__main__":
    main(sys.argv[1:])
