"""A fixed extraction workload for profilers: the bench corpus (seed 7) extracted ``--rounds`` times.

``python -m benchmarks.extract_loop [--articles 2000] [--rounds 1] [--adversarial NAME]`` builds the engine,
then extracts; run it under ``valgrind --tool=callgrind`` or ``perf stat -e instructions`` to compare engines
by instruction count (steadier than wall time on a shared machine).
"""

from __future__ import annotations

import argparse
import gc
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.bench_extract import ADVERSARIAL, _articles  # noqa: E402
from benchmarks.corpus import generate_articles  # noqa: E402
from streams.extract import Extractor  # noqa: E402
from streams.model import Article  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=2_000)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--adversarial", default=None, help="extract this 1 MB adversarial text instead")
    args = parser.parse_args()
    extractor = Extractor()
    extractor.engine  # noqa: B018 (build it before the measured work)
    if args.adversarial:
        extractor.extract(Article(id="adv", body=ADVERSARIAL[args.adversarial][:999_000]))
        return
    articles = _articles(generate_articles(args.articles, seed=7))
    gc.collect()
    gc.freeze()  # as the bench and the worker do
    events = 0
    for _ in range(args.rounds):
        events += sum(len(extractor.extract(a)) for a in articles)
    print(f"{len(articles)} articles x {args.rounds}: {events} events")


if __name__ == "__main__":
    main()
