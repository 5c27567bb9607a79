"""A fixed fold workload: the latency bench's moves folded into window states, without Kafka or Faust.

``python -m benchmarks.fold_loop [--articles 4000] [--rate 100] [--rounds 3]`` extracts the articles of the
latency stage (``benchmarks.latency``: a trigger sentence naming an instrument of its own, then a corpus body),
stamps them ``--rate`` articles per second of event time, and folds every move with
:func:`streams.state.apply` and the default rules, as the aggregate agent does. It prints the CPU time per move
of the best round (process time, which a shared machine disturbs less than wall time). Run it under
``perf stat -e instructions`` or ``py-spy`` to see where the fold's time goes.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.corpus import generate_articles  # noqa: E402
from benchmarks.latency import trigger_pool  # noqa: E402
from streams.extract import Extractor  # noqa: E402
from streams.model import Article, MoveEvent  # noqa: E402
from streams.rules import Rules  # noqa: E402
from streams.state import InstrumentState, WindowConfig, apply  # noqa: E402

START = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


def workload(articles: int, rate_per_s: float) -> list[MoveEvent]:
    """The moves of ``articles`` latency-stage articles, published ``rate_per_s`` a second from :data:`START`."""
    bodies = [a["body"] for a in generate_articles(400, seed=7)[:300]]
    pool = trigger_pool(bodies, articles)
    extractor = Extractor()
    moves: list[MoveEvent] = []
    for i in range(articles):
        _, sentence = pool[i % len(pool)]
        article = Article(id=f"fold-{i}", body=sentence + "\n" + bodies[i % len(bodies)],
                          published_at=START + timedelta(seconds=i / rate_per_s), source="bench")
        moves.extend(extractor.extract(article))
    return moves


def fold(moves: list[MoveEvent], config: WindowConfig, rules: Rules) -> tuple[int, int]:
    """Fold ``moves`` into fresh states; return (instruments, alerts)."""
    states: dict[str, InstrumentState] = {}
    now = datetime.now(UTC)
    alerts = 0
    for move in moves:
        key = move.instrument.key
        outcome = apply(states.get(key), move, config=config, rules=rules, now=now)
        states[key] = outcome.state
        alerts += len(outcome.alerts)
    return len(states), alerts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=4_000)
    parser.add_argument("--rate", type=float, default=100.0, help="articles per second of event time")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    if args.articles < 1 or args.rate <= 0 or args.rounds < 1:
        parser.error("--articles and --rounds must be at least 1, --rate positive")
    moves = workload(args.articles, args.rate)
    config, rules = WindowConfig(), Rules.load()
    gc.collect()
    gc.freeze()  # as the worker does
    best_s = float("inf")
    for _ in range(args.rounds):
        started = time.process_time()
        instruments, alerts = fold(moves, config, rules)
        best_s = min(best_s, time.process_time() - started)
    print(f"{len(moves)} moves of {args.articles} articles on {instruments} instruments, {alerts} alerts: "
          f"{best_s / len(moves) * 1e6:.1f} us of CPU per move (best of {args.rounds})")


if __name__ == "__main__":
    main()
