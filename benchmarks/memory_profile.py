"""What the worker's memory holds per article, by structure, without a broker (fast).

Builds in plain Python what one worker keeps after N articles on M instruments, the load of the bench's
``memory`` stage (:mod:`benchmarks.memory`: a corpus body led by a quiet sentence on one of the other
instruments, every article unique, one event time): the dedupe table (:class:`agents.dedupe.Deduper` over
a dict), the window state per instrument key (:func:`streams.state.apply` into :class:`InstrumentState`),
the ``windows`` table value each state is written as (:meth:`agents.sweep.Sweeper.stored_value`) and the
decoded-state cache (:class:`agents.sweep.StateCache`). Each is built in its own phase and measured with
tracemalloc (bytes still allocated after the phase, by the source line that allocated them), then RSS.

    .venv/bin/python -m benchmarks.memory_profile [--articles 20000] [--instruments 10000] [--top 12] [--batch 0]
        [--rss-only]
"""

from __future__ import annotations

import argparse
import gc
import resource
import sys
import time
import tracemalloc
from datetime import UTC, datetime, timedelta
from typing import Any

from agents.dedupe import Deduper
from agents.sweep import StateCache, Sweeper
from benchmarks.corpus import generate_articles
from benchmarks.latency import DATA, trigger_pool
from benchmarks.memory import QUIET_PCT, REGIONS, corpus_instruments, memory_articles
from streams.articles import decode_article
from streams.extract import Extractor
from streams.rules import Rules
from streams.state import InstrumentState, WindowConfig, apply

CHUNK = 2_000
DEDUPE_HORIZON_S = 86_400


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _traced() -> int:
    gc.collect()
    return tracemalloc.get_traced_memory()[0]


def _by_line(before: tracemalloc.Snapshot, after: tracemalloc.Snapshot) -> list[tracemalloc.StatisticDiff]:
    return [d for d in after.compare_to(before, "lineno") if d.size_diff > 0]


def build(n_articles: int, n_instruments: int, trace: bool = True, batch: int = 0) -> dict[str, Any]:
    """Run the phases; return the figures and the per-line statistics of each phase."""
    bodies = [a["body"] for a in generate_articles(300)]
    corpus_keys = corpus_instruments(bodies)
    pool = trigger_pool(bodies, max(1, n_instruments - corpus_keys), pct=QUIET_PCT,
                        tsvs=[DATA / f"instruments-{r}.tsv" for r in REGIONS])
    extractor = Extractor()
    config = WindowConfig()
    rules = Rules.load(None)
    at = datetime.now(UTC) - timedelta(hours=3)
    now = datetime.now(UTC)
    received_at = now
    now_ms = int(now.timestamp() * 1000)

    phases: list[tuple[str, int, list[tracemalloc.StatisticDiff]]] = []
    rss: dict[str, float] = {"setup": rss_mb()}
    if trace:
        tracemalloc.start()
    start = _traced() if trace else 0
    snap = tracemalloc.take_snapshot() if trace else None

    def phase(name: str) -> None:
        nonlocal start, snap
        if snap is None:  # RSS only (tracemalloc's own bookkeeping doubles the process' memory)
            gc.collect()
            phases.append((name, int((rss_mb() - list(rss.values())[-1]) * 1024 * 1024), []))
            rss[name] = rss_mb()
            return
        now_traced = _traced()
        now_snap = tracemalloc.take_snapshot()
        phases.append((name, now_traced - start, _by_line(snap, now_snap)))
        rss[name] = rss_mb()
        start, snap = _traced(), tracemalloc.take_snapshot()

    # 1. the dedupe table and its indexes: one entry per group of articles (here 500), within the horizon
    seen: dict[str, Any] = {}
    dedupe = Deduper(seen, DEDUPE_HORIZON_S)
    for lo in range(0, n_articles, CHUNK):
        for offset, (_, raw) in enumerate(memory_articles(lo, min(n_articles, lo + CHUNK), bodies, pool, at),
                                          start=lo):
            article = decode_article(raw, received_at=received_at)
            keys = dedupe.keys(article)
            if not dedupe.is_duplicate(keys, now_ms, 0, offset):
                dedupe.remember(keys, 0, now_ms, offset)
            if offset % 500 == 499:
                dedupe.flush(0)
        dedupe.flush(0)
    phase("dedupe table")
    # 2. extraction and the fold, a chunk at a time (the moves are transient): one state per instrument key;
    # with ``batch``, every ``batch`` articles the changed states are written to the table and the cache as
    # agents.fold does (the churn of rewritten values shows in RSS), else once at the end (phases 3 and 4)
    states: dict[str, InstrumentState] = {}
    table: dict[str, Any] = {}
    cache = StateCache(config)
    changed: set[str] = set()
    n_moves = 0
    for lo in range(0, n_articles, CHUNK):
        for offset, (_, raw) in enumerate(memory_articles(lo, min(n_articles, lo + CHUNK), bodies, pool, at),
                                          start=lo):
            for move in extractor.extract(decode_article(raw, received_at=received_at)):
                key = move.instrument.key
                states[key] = apply(states.get(key), move, config=config, rules=rules, now=now,
                                    watermark_ms=None).state
                changed.add(key)
                n_moves += 1
            if batch and (offset + 1) % batch == 0:
                for key in changed:
                    table[key] = Sweeper.stored_value(states[key], 0, offset)
                    cache.put(key, table[key], states[key])
                changed.clear()
    phase("fold: InstrumentState" + (f" + table writes every {batch} articles" if batch else ""))
    # 3. the windows table value of each state (what Faust's table holds and the changelog gets)
    for key in changed:
        table[key] = Sweeper.stored_value(states[key], 0, n_articles)
    phase("windows table values")
    # 4. the decoded-state cache (fold.finish puts each state written; the states are its own)
    for key in changed:
        cache.put(key, table[key], states[key])
    phase("state cache")
    if trace:
        tracemalloc.stop()
    return {"articles": n_articles, "instruments": len(states), "moves": n_moves, "dedupe_keys": len(seen),
            "phases": phases, "rss": rss, "keep": ((seen, dedupe._ids, dedupe._hashes), states, table, cache)}


def _deep(obj: Any, visited: set[int]) -> int:
    """Bytes of ``obj`` and what it refers to (containers, strings, numbers), each object counted once."""
    size = 0
    stack = [obj]
    while stack:
        item = stack.pop()
        if id(item) in visited or item is None or isinstance(item, bool):
            continue
        visited.add(id(item))
        size += sys.getsizeof(item)
        if isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, (list, tuple, set, frozenset)):
            stack.extend(item)
        elif hasattr(item, "__slots__"):
            stack.extend(getattr(item, name) for name in item.__slots__ if hasattr(item, name))
    return size


def by_structure(result: dict[str, Any]) -> list[tuple[str, int]]:
    """Bytes by structure, each object counted once for the first structure that reaches it (this order)."""
    seen, states, table, _ = result["keep"]
    visited: set[int] = set()
    out: list[tuple[str, int]] = [("dedupe table and indexes", _deep(seen, visited))]
    fields = ("sources", "article_ids", "latest", "moves", "evidence", "seen")
    sizes = dict.fromkeys(fields, 0)
    shell = 0
    for state in states.values():
        shell += _deep(state.watermark_ms, visited) + _deep(state.fired, visited)
        shell += sys.getsizeof(state) + sys.getsizeof(state.panes)
        for start, pane in state.panes.items():
            shell += sys.getsizeof(pane) + _deep(start, visited)
            for name in fields:
                sizes[name] += _deep(getattr(pane, name), visited)
    out.append(("state: InstrumentState + panes (shells, fired)", shell))
    out.extend((f"state: pane.{name}", size) for name, size in sizes.items())
    out.append(("windows table values (beyond the states)", _deep(table, visited)))
    return out


def _short(frame: tracemalloc.Frame) -> str:
    name = frame.filename
    for root in ("/streams/", "/agents/", "/benchmarks/"):
        if root in name:
            name = root.strip("/") + "/" + name.split(root, 1)[1]
            break
    else:
        name = name.rsplit("/", 1)[-1]
    return f"{name}:{frame.lineno}"


def report(result: dict[str, Any], top: int) -> str:
    n = result["articles"]
    lines = [f"{n} articles, {result['instruments']} instruments, {result['moves']} moves, "
             f"{result['dedupe_keys']} dedupe keys"]
    total = 0
    for name, size, stats in result["phases"]:
        lines.append(f"\n== {name}: {size / 1e6:.1f} MB, {size / n:.0f} B/article")
        total += size
        for stat in stats[:top]:
            frame = stat.traceback[0]
            lines.append(f"  {stat.size_diff / n:8.0f} B/article  {stat.count_diff:>9} blocks  {_short(frame)}")
    lines.append("\n== by structure (sys.getsizeof, shared objects counted once)")
    for name, size in by_structure(result):
        lines.append(f"  {size / n:8.0f} B/article  {size / 1e6:7.1f} MB  {name}")
    lines.append(f"\nheld in all: {total / 1e6:.1f} MB, {total / n:.0f} B/article")
    rss = result["rss"]
    lines.append("\nRSS MB: " + ", ".join(f"{k} {v:.0f}" for k, v in rss.items()))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="memory_profile", description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--instruments", type=int, default=10_000)
    parser.add_argument("--top", type=int, default=12)
    parser.add_argument("--batch", type=int, default=0,
                        help="write the changed states every BATCH articles, as the worker does (default: at the end)")
    parser.add_argument("--rss-only", action="store_true",
                        help="no tracemalloc: phase sizes are RSS growth (faster, the worker's real footprint)")
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    if args.articles < 1 or args.instruments < 1 or args.batch < 0:
        print("memory_profile: --articles and --instruments must be at least 1, --batch at least 0",
              file=sys.stderr)
        return 2
    started = time.monotonic()
    result = build(args.articles, args.instruments, trace=not args.rss_only, batch=args.batch)
    print(report(result, args.top))
    print(f"({time.monotonic() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
