"""Bench stages ``extract``, ``ceiling`` and ``worker``: extraction, the bare-consumer ceiling, one worker end to
end (the peers and two workers are in ``benchmarks.compare``, memory in ``benchmarks.memory``).

Each stage function takes the :class:`~benchmarks.harness.BenchEnv` (where needed) and returns a plain dict
of figures. Every wait is bounded in time; a stage that runs out of time reports what it measured so far
with ``"complete": False``.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

import orjson

from agents.settings import Settings
from benchmarks.harness import BenchEnv, Worker

M_ARTICLES = "headlines_articles_consumed_total"
M_MOVES_SENT = "headlines_move_events_total"
M_MOVES_DONE = "headlines_moves_consumed_total"
M_ALERTS = "headlines_alerts_emitted_total"
M_DEAD = "headlines_dead_letters_total"
M_EXTRACT_S = "headlines_extraction_duration_seconds_sum"
M_INSTRUMENTS = "headlines_window_instruments"
M_CPU_S = "process_cpu_seconds_total"

#: how often the stages read the worker's counters. Each read is a scrape of its /metrics endpoint, which costs
#: the worker CPU (the process collector reads /proc, the exposition formats every series): at 10 reads a
#: second that was 8-10 % of the worker's busy samples in a py-spy profile, measured as the worker's own work.
#: Twice a second bounds that to ~2 %, and the end of a 30,000-article run is seen at most 0.5 s late (~1 %).
POLL_S = 0.5


def stage_extract(quick: bool) -> dict[str, Any]:
    """Stage 1: the extraction benchmark (``benchmarks.bench_extract``), one process, one core."""
    from benchmarks import bench_extract

    result = bench_extract.run(quick)
    result["section"] = bench_extract.render(result)
    return result


def produce(settings: Settings, topic: str, records: list[tuple[bytes, bytes]], timeout_s: float = 300.0,
            ) -> float:
    """Send ``(key, value)`` records as fast as the producer goes, wait for all; return the seconds taken."""
    from headlines.kafka_tools import producer

    prod = producer(settings, linger_ms=20, batch_size=1024 * 1024, acks=1, enable_idempotence=False)
    started = time.perf_counter()
    try:
        futures = [prod.send(topic, key=key, value=value) for key, value in records]
        prod.flush(timeout=timeout_s)
        for fut in futures:
            fut.get(timeout=timeout_s)
    finally:
        prod.close(timeout=10)
    return time.perf_counter() - started


def article_records(articles: list[dict[str, Any]]) -> list[tuple[bytes, bytes]]:
    return [(str(a["id"]).encode(), orjson.dumps(a)) for a in articles]


async def _bare_consume(settings: Settings, topic: str, n: int, timeout_s: float) -> dict[str, Any]:
    from aiokafka import AIOKafkaConsumer

    consumer = AIOKafkaConsumer(
        topic, bootstrap_servers=settings.bootstrap_servers, group_id=None, enable_auto_commit=False,
        auto_offset_reset="earliest", max_partition_fetch_bytes=16 * 1024 * 1024,
        fetch_max_bytes=64 * 1024 * 1024)
    await consumer.start()
    count = 0
    payload = 0
    try:
        started = time.perf_counter()
        deadline = time.monotonic() + timeout_s
        while count < n and time.monotonic() < deadline:
            batches = await consumer.getmany(timeout_ms=500, max_records=10_000)
            for records in batches.values():
                count += len(records)
                payload += sum(len(r.value) for r in records if r.value is not None)
        elapsed = time.perf_counter() - started
    finally:
        await consumer.stop()
    return {"records": count, "seconds": round(elapsed, 3), "msgs_per_s": round(count / elapsed),
            "mb_per_s": round(payload / elapsed / 1e6, 1), "complete": count >= n}


def stage_ceiling(settings: Settings, n: int, timeout_s: float = 120.0) -> dict[str, Any]:
    """Stage 2: a bare aiokafka consumer (no group, no processing) reading the ``n`` articles; best of 2."""
    runs = [asyncio.run(_bare_consume(settings, settings.topic_articles, n, timeout_s)) for _ in range(2)]
    best = max(runs, key=lambda r: r["msgs_per_s"])
    best["runs_msgs_per_s"] = [r["msgs_per_s"] for r in runs]
    return best


def stage_worker_guarantee(env: BenchEnv, records: list[tuple[bytes, bytes]], guarantee: str,
                           timeout_s: float) -> dict[str, Any]:
    """Stage 3 again under ``guarantee``, on topics of its own (the same corpus published there first)."""
    settings = env.settings(f"tput-{guarantee.replace('_', '')}")
    produce(settings, settings.topic_articles, records)
    result = stage_worker(env, settings, len(records), timeout_s,
                          extra_env={"HEADLINES_PROCESSING_GUARANTEE": guarantee})
    result["guarantee"] = guarantee
    return result


def stage_worker(env: BenchEnv, settings: Settings, n: int, timeout_s: float,
                 extra_env: dict[str, str] | None = None) -> dict[str, Any]:
    """Stage 3: one worker processes the ``n`` articles already on the topic, end to end.

    The clock starts at the first poll that sees an article processed and stops when every article has been
    consumed and every move event it produced has been folded into the window table.
    """
    with Worker(settings, env.workdir / f"{settings.app_id}-worker", extra_env=extra_env) as worker:
        samples: list[tuple[float, dict[str, float]]] = []
        deadline = time.monotonic() + timeout_s
        done = False
        while time.monotonic() < deadline:
            c = worker.counters()
            samples.append((time.monotonic(), c))
            if c.get(M_ARTICLES, 0) >= n and c.get(M_MOVES_DONE, 0) >= c.get(M_MOVES_SENT, 0):
                done = True
                break
            time.sleep(POLL_S)
        memory = worker.memory_mb()
    first = next((s for s in samples if s[1].get(M_ARTICLES, 0) > 0), samples[-1])
    t_end, last = samples[-1]
    elapsed = max(t_end - first[0], 1e-6)
    ingested = last.get(M_ARTICLES, 0) - first[1].get(M_ARTICLES, 0)
    folded = last.get(M_MOVES_DONE, 0) - first[1].get(M_MOVES_DONE, 0)
    moves_per_article = last.get(M_MOVES_SENT, 0) / max(1.0, last.get(M_ARTICLES, 0))
    # End to end = ingested *and* folded: the slower of the two agents sets the rate.
    through = min(ingested, folded / moves_per_article if moves_per_article else ingested)
    cpu_s = last.get(M_CPU_S, 0) - first[1].get(M_CPU_S, 0)
    extract_s = last.get(M_EXTRACT_S, 0) - first[1].get(M_EXTRACT_S, 0)
    fold_start = next((t for t, c in samples if c.get(M_MOVES_DONE, 0) > 0), None)
    return {
        "articles": int(last.get(M_ARTICLES, 0)),
        "measured_articles": int(through),
        "seconds": round(elapsed, 2),
        "articles_per_s": round(through / elapsed),
        "ingest_articles_per_s": round(ingested / elapsed),
        "moves_per_s": round(folded / elapsed),
        "moves_per_article": round(moves_per_article, 2),
        "first_fold_after_s": round(fold_start - first[0], 1) if fold_start is not None else None,
        "move_events": int(last.get(M_MOVES_SENT, 0)),
        "moves_folded": int(last.get(M_MOVES_DONE, 0)),
        "alerts": int(last.get(M_ALERTS, 0)),
        "dead_letters": int(last.get(M_DEAD, 0)),
        "worker_cpu_s": round(cpu_s, 2),
        "worker_cpu_share": round(cpu_s / elapsed, 2),
        "extraction_s": round(extract_s, 2),
        "extraction_share_of_cpu": round(extract_s / cpu_s, 2) if cpu_s else None,
        "cpu_ms_per_article": round(cpu_s / ingested * 1000, 3) if ingested else None,
        "rss_mb": memory["rss_mb"],
        "peak_rss_mb": memory["hwm_mb"],
        "complete": done,
    }
