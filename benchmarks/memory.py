"""Bench stage ``memory``: worker RSS after N articles on M instruments (full run: 100,000 on 10,000).

The articles go through the whole worker (ingest: decode, dedupe, extract; aggregate: windows, alerts), as in
production: each is a corpus body (~3 KB, ~11 moves on the corpus' ~200 instruments) led by one sentence
``"Shares of SYMBOL surged 1.5% on the news."`` naming one of M - (corpus instruments) other instruments in turn
(1.5% is below every alert threshold), and ends with a line that makes its content unique (so the dedupe
table holds every article, as it would within its 24 h horizon). All carry the same event time (three hours
ago: a time in the future would be refused), so every instrument stays in the open windows: the state is at
its largest. RSS is read after each step once every
article of the step is consumed and every move folded.

Then, as a check that the state is bounded by the window horizon, articles on *other* instruments two hours of
event time later (past the rolling hour and the grace): once the watermark passes, the first instruments are
swept from the window table, so its size follows the instruments active within the horizon.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from typing import Any

import orjson

from benchmarks.harness import BenchEnv, Worker
from benchmarks.latency import DATA, trigger_pool
from benchmarks.stages import M_ARTICLES, M_DEAD, M_INSTRUMENTS, M_MOVES_DONE, M_MOVES_SENT, produce
from streams.model import format_time

QUIET_PCT = 1.5
REGIONS = ("hk", "us", "cn")


def memory_articles(start: int, stop: int, bodies: list[str], pool: list[tuple[str, str]], at: datetime,
                    tag: str = "mem") -> list[tuple[bytes, bytes]]:
    """Articles ``start .. stop-1`` of the memory load: pool sentence ``i % len(pool)``, corpus body ``i``."""
    stamp = format_time(at)
    out = []
    for i in range(start, stop):
        article_id = f"{tag}-{i:07d}"
        body = f"{pool[i % len(pool)][1]}\n{bodies[i % len(bodies)]}\nBulletin {tag} {i}."
        out.append((article_id.encode(), orjson.dumps({
            "id": article_id, "source": "bench", "url": None, "published_at": stamp, "headline": "Markets move",
            "body": body, "language": "en"})))
    return out


def corpus_instruments(bodies: list[str]) -> int:
    from streams.extract import Extractor
    from streams.model import Article

    extractor = Extractor()
    return len({m.instrument.key for i, b in enumerate(bodies) for m in extractor.extract(Article(id=f"c{i}", body=b))})


def _drain(worker: Worker, articles: int, deadline: float) -> tuple[dict[str, float], bool]:
    counters = worker.counters()
    while time.monotonic() < deadline:
        counters = worker.counters()
        if counters.get(M_ARTICLES, 0) >= articles and counters.get(M_MOVES_DONE, 0) >= counters.get(M_MOVES_SENT, 0):
            return counters, True
        time.sleep(0.25)
    return counters, False


def _steps(settings: Any, worker: Worker, steps: list[int], bodies: list[str], pool: list[tuple[str, str]],
           spare: list[tuple[str, str]], first_at: datetime, corpus_keys: int, deadline: float,
           points: list[dict[str, Any]]) -> bool:
    """Send each step's articles, wait until drained, append a point; False when a step did not drain."""
    complete = True
    points.append({"phase": "idle", "articles": 0, "instruments": 0, **worker.memory_mb(),
                   "table_keys": int(worker.counters().get(M_INSTRUMENTS, 0))})
    sent = 0
    phases: list[tuple[str, int]] = [("fill", s) for s in steps]
    if spare:
        phases.append(("after horizon", steps[-1] + max(1, steps[-1] // 10)))
    for phase, target in phases:
        if phase == "fill":
            records = memory_articles(sent, target, bodies, pool, first_at)
        else:  # other instruments, two hours later
            records = memory_articles(sent, target, bodies, spare, first_at + timedelta(hours=2), tag="later")
        started = time.monotonic()
        before = worker.counters().get(M_ARTICLES, 0)
        produce(settings, settings.topic_articles, records)
        sent = target
        counters, drained = _drain(worker, sent, deadline)
        elapsed = time.monotonic() - started
        time.sleep(1.2)  # one lag-report tick, so the table-size gauge is fresh
        counters = worker.counters()
        points.append({
            "phase": phase, "articles": int(counters.get(M_ARTICLES, 0)),
            "instruments": corpus_keys + (min(target, len(pool)) if phase == "fill"
                                          else min(len(records), len(spare))),
            **worker.memory_mb(), "table_keys": int(counters.get(M_INSTRUMENTS, 0)),
            "dead_letters": int(counters.get(M_DEAD, 0)), "moves_folded": int(counters.get(M_MOVES_DONE, 0)),
            "articles_per_s": round((counters.get(M_ARTICLES, 0) - before) / elapsed) if elapsed > 0 else None,
            "complete": drained,
        })
        complete = complete and drained
        if not drained:
            break
    return complete


def stage_memory(env: BenchEnv, bodies: list[str], steps: list[int], instruments: int, timeout_s: float,
                 ) -> dict[str, Any]:
    """RSS of one worker after each step of ``steps`` (cumulative article counts) on ``instruments``
    instruments in all, then after the horizon check; bounded by ``timeout_s`` in all."""
    settings = env.settings("memory")
    corpus_keys = corpus_instruments(bodies)
    pool_all = trigger_pool(bodies, instruments * 2, pct=QUIET_PCT,
                            tsvs=[DATA / f"instruments-{r}.tsv" for r in REGIONS])
    n_fill = max(1, instruments - corpus_keys)
    pool, spare = pool_all[:n_fill], pool_all[n_fill:]
    # event times in the past (an article from the future is refused): the fill three hours ago, the check
    # articles one hour ago, two hours later
    first_at = datetime.now(UTC) - timedelta(hours=3)
    deadline = time.monotonic() + timeout_s
    points: list[dict[str, Any]] = []
    error = None
    with Worker(settings, env.workdir / f"{settings.app_id}-worker") as worker:
        try:
            complete = _steps(settings, worker, steps, bodies, pool, spare, first_at, corpus_keys, deadline, points)
        except Exception as exc:  # keep the points measured so far
            complete, error = False, f"{type(exc).__name__}: {exc}"
    if len(points) < 2:
        raise RuntimeError(error or "no point measured")
    base = points[0]["rss_mb"]
    for p in points:
        p["growth_mb"] = round(p["rss_mb"] - base, 1)
    fills = [p for p in points if p["phase"] == "fill"]
    after = [p for p in points if p["phase"] == "after horizon"]
    last = fills[-1] if len(fills) > 0 else points[0]
    return {"points": points, "peak_rss_mb": max(p["hwm_mb"] for p in points),
            "target_articles": steps[-1], "target_instruments": instruments, "corpus_instruments": corpus_keys,
            "articles": last.get("articles", 0), "rss_mb": last["rss_mb"],
            "complete": complete and last.get("articles", 0) >= steps[-1], "error": error,
            # bounded by the horizon: the first instruments no longer hold state once their windows closed
            "bounded": (after[0]["table_keys"] <= last["table_keys"] * 1.1) if after and after[0]["complete"]
            else None}
