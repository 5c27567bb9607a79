"""Bench stages that put the worker beside its ceiling: the peers (a bare Faust agent, Quix Streams) and two
worker processes against one; and the comparison table (articles/s and the ratio to the bare Faust agent).

Every stage reads the same corpus from topics of its own on the same broker, with the same partition count,
and is bounded in time.
"""

from __future__ import annotations

import importlib.util
import time
from typing import Any

from benchmarks.harness import BenchEnv, Worker
from benchmarks.peers import PeerArgs, run_peer
from benchmarks.stages import M_ARTICLES, M_CPU_S, M_MOVES_DONE, M_MOVES_SENT, POLL_S, produce

QUIX_MISSING = "Quix Streams not installed: `pip install -e '.[bench]'` (the optional `bench` extra)"


def quix_available() -> bool:
    return importlib.util.find_spec("quixstreams") is not None


def stage_peer(env: BenchEnv, module: str, stage: str, records: list[tuple[bytes, bytes]],
               timeout_s: float) -> dict[str, Any]:
    """Publish the corpus on topics of the stage's own, run the peer ``module`` over it, return its figures."""
    settings = env.settings(stage)
    produce(settings, settings.topic_articles, records)
    args = PeerArgs(bootstrap=settings.kafka_bootstrap, group=settings.app_id, source=settings.topic_articles,
                    sink=settings.topic_moves, n=len(records), result=str(env.workdir / f"{stage}.result.json"),
                    workdir=str(env.workdir / stage), timeout_s=timeout_s)
    result = run_peer(module, args, env.workdir / f"{stage}.log")
    result["partitions"] = settings.topic_partitions
    return result


def stage_faust(env: BenchEnv, records: list[tuple[bytes, bytes]], timeout_s: float) -> dict[str, Any]:
    """The bare Faust agent (``benchmarks.faust_peer``): decode, extract, one record out per article."""
    return stage_peer(env, "benchmarks.faust_peer", "faust", records, timeout_s)


def stage_quix(env: BenchEnv, records: list[tuple[bytes, bytes]], timeout_s: float) -> dict[str, Any]:
    """The same in Quix Streams (``benchmarks.quix_peer``); ``{"skipped": note}`` when it is not installed."""
    if not quix_available():
        return {"skipped": QUIX_MISSING}
    return stage_peer(env, "benchmarks.quix_peer", "quix", records, timeout_s)


def stage_two_workers(env: BenchEnv, records: list[tuple[bytes, bytes]], timeout_s: float) -> dict[str, Any]:
    """Two worker processes in one consumer group on 4 partitions, the corpus already on the topic.

    Both are started together; the rate is taken from the moment both have consumed articles (the group has
    settled with the second one in it) until every article is consumed and every move folded, over the
    counters of both summed; end to end as in the one-worker stage (the slower agent sets it).
    """
    settings = env.settings("two")
    produce(settings, settings.topic_articles, records)
    n = len(records)
    workers = [Worker(settings, env.workdir / f"{settings.app_id}-worker{i}") for i in (1, 2)]
    samples: list[tuple[float, list[dict[str, float]]]] = []
    done = False
    try:
        for w in workers:
            w.proc.start()
        for w in workers:
            w.proc.wait_ready(timeout_s=120.0)
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            each = [w.counters() for w in workers]
            samples.append((time.monotonic(), each))
            total = _sum(each)
            if total.get(M_ARTICLES, 0) >= n and total.get(M_MOVES_DONE, 0) >= total.get(M_MOVES_SENT, 0):
                done = True
                break
            time.sleep(POLL_S)
        memory = [w.memory_mb() for w in workers]
    finally:
        for w in workers:
            if w.proc.proc is not None:
                w.proc.stop()
    out = two_worker_rate(samples, n)
    out.update({"workers": 2, "partitions": settings.topic_partitions, "complete": done,
                "rss_mb": [m["rss_mb"] for m in memory]})
    return out


def _sum(counters: list[dict[str, float]]) -> dict[str, float]:
    total: dict[str, float] = {}
    for c in counters:
        for k, v in c.items():
            total[k] = total.get(k, 0.0) + v
    return total


def two_worker_rate(samples: list[tuple[float, list[dict[str, float]]]], n: int) -> dict[str, Any]:
    """The aggregate end-to-end rate of several workers from their counter samples (see stage_two_workers)."""
    if not samples:
        return {"articles_per_s": None, "note": "no sample"}
    both = next((s for s in samples if all(c.get(M_ARTICLES, 0) > 0 for c in s[1])), None)
    note = None
    if both is None:  # one worker did everything (or nothing was read): rate from its first article
        note = "one worker consumed every article before the other had any"
        both = next((s for s in samples if _sum(s[1]).get(M_ARTICLES, 0) > 0), samples[-1])
    t0, first = both[0], _sum(both[1])
    t1, last = samples[-1][0], _sum(samples[-1][1])
    elapsed = max(t1 - t0, 1e-6)
    ingested = last.get(M_ARTICLES, 0) - first.get(M_ARTICLES, 0)
    folded = last.get(M_MOVES_DONE, 0) - first.get(M_MOVES_DONE, 0)
    per_article = last.get(M_MOVES_SENT, 0) / max(1.0, last.get(M_ARTICLES, 0))
    through = min(ingested, folded / per_article) if per_article else ingested
    cpu_s = last.get(M_CPU_S, 0) - first.get(M_CPU_S, 0)
    return {"articles": int(last.get(M_ARTICLES, 0)), "measured_articles": int(through),
            "seconds": round(elapsed, 2), "articles_per_s": round(through / elapsed),
            "before_both_s": round(t0 - samples[0][0], 1), "share_before_both": round(first.get(M_ARTICLES, 0) / n, 3)
            if n else None, "workers_cpu_share": round(cpu_s / elapsed, 2), "note": note}


# --- the comparison table -------------------------------------------------------------------------------------

#: (result key, label) of the rows, in order
ROWS = (
    ("ceiling", "aiokafka consumer alone (no group, no processing)"),
    ("quix", "Quix Streams: decode + extract + one record per article"),
    ("faust", "bare Faust agent: decode + extract + one record per article"),
    ("worker", "worker, at_least_once"),
    ("worker_exactly_once", "worker, exactly_once"),
    ("two_workers", "two workers, at_least_once (one group, aggregate)"),
)
#: the stage (``--skip`` name) that measures each row
ROW_STAGE = {"ceiling": "ceiling", "quix": "quix", "faust": "faust", "worker": "worker",
             "worker_exactly_once": "worker", "two_workers": "two-workers"}


def row_rate(entry: dict[str, Any] | None) -> float | None:
    """articles/s of a row's result (the ceiling counts messages: one message is one article)."""
    if not entry:
        return None
    value = entry.get("articles_per_s", entry.get("msgs_per_s"))
    return float(value) if value else None


def ratio(value: float | None, base: float | None) -> float | None:
    """``value / base`` to 2 significant figures (3 below 0.1), ``None`` when either is missing or 0."""
    if not value or not base:
        return None
    r = value / base
    return float(f"{r:.3g}") if r < 0.1 else float(f"{r:.2g}") if r < 10 else round(r, 1)


def skip_note(key: str, result: dict[str, Any]) -> str:
    """Why a row has no figure: skipped with ``--skip``, skipped by the stage (its note), failed, or timed out."""
    stage = ROW_STAGE[key]
    entry = result.get(key) or {}
    if entry.get("skipped"):
        return f"skipped: {entry['skipped']}"
    if stage in result.get("skipped", ()):
        return f"skipped (`--skip {stage}`)"
    error = (result.get("errors") or {}).get(key) or (result.get("errors") or {}).get(stage)
    if error:
        return f"failed: {error.splitlines()[0][:160]}"
    return "not measured"


def compare_rows(result: dict[str, Any]) -> list[dict[str, Any]]:
    """One row per measured thing: label, articles/s (or None and a note), ratio to the bare Faust agent."""
    base = row_rate(result.get("faust"))
    rows = []
    for key, label in ROWS:
        entry = result.get(key)
        rate = None if entry is None or entry.get("skipped") else row_rate(entry)
        note = None if rate is not None else skip_note(key, result)
        if rate is not None and entry is not None and entry.get("complete") is False:
            note = "timed out before the end: rate over what it did"
        rows.append({"key": key, "what": label, "articles_per_s": rate, "vs_faust": ratio(rate, base),
                     "note": note})
    return rows


def render_compare(rows: list[dict[str, Any]]) -> list[str]:
    """The comparison table as Markdown lines."""
    lines = ["| what | articles/s | × bare Faust agent | note |", "| --- | --- | --- | --- |"]
    for row in rows:
        rate = "n/a" if row["articles_per_s"] is None else f"{row['articles_per_s']:,.0f}"
        ratio_text = "n/a" if row["vs_faust"] is None else f"{row['vs_faust']:g}"
        lines.append(f"| {row['what']} | {rate} | {ratio_text} | {row['note'] or ''} |")
    return lines

