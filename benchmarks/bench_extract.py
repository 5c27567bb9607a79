"""Extraction benchmark: articles per second on one core, and a 1 MB adversarial text.

``run(quick)`` returns the figures; ``python -m benchmarks.bench_extract [--quick]`` also writes them to the
``## Extraction`` section of ``benchmarks/RESULTS.md`` (other sections are left as they are).
"""

from __future__ import annotations

import argparse
import platform
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.corpus import generate_articles  # noqa: E402
from streams.extract import Extractor  # noqa: E402
from streams.model import Article, parse_time  # noqa: E402

RESULTS = ROOT / "benchmarks" / "RESULTS.md"
SECTION = "## Extraction"

ADVERSARIAL = {
    "one sentence of repeated moves": "Alibaba rose 5% and Tencent fell 2%, " * 27_000,
    "digits without spaces": "1" * 1_000_000,
    "numbers and percent signs": "1,000.5% " * 110_000,
    "ticker brackets never closed": "(HKG:" * 200_000,
    "cue words and figures": "up down rose fell 1% 2 points and , " * 28_000,
}


def _articles(dicts: list[dict[str, Any]]) -> list[Article]:
    return [
        Article(
            id=d["id"],
            body=d["body"],
            headline=d["headline"],
            source=d["source"],
            published_at=parse_time(d["published_at"]),
        )
        for d in dicts
    ]


def run(quick: bool = False) -> dict[str, Any]:
    """Measure throughput on the synthetic corpus and the time for each 1 MB adversarial text."""
    extractor = Extractor()
    n = 2_000 if quick else 20_000
    articles = _articles(generate_articles(n, seed=7))
    mean_bytes = sum(len(a.text.encode()) for a in articles) / len(articles)
    for article in articles[:200]:  # warm up caches and the automaton
        extractor.extract(article)
    events = 0
    best = best_cpu = float("inf")
    for _ in range(1 if quick else 3):
        started, started_cpu = time.perf_counter(), time.process_time()
        events = 0
        for article in articles:
            events += len(extractor.extract(article))
        best = min(best, time.perf_counter() - started)
        best_cpu = min(best_cpu, time.process_time() - started_cpu)
    adversarial: dict[str, float] = {}
    for name, text in ADVERSARIAL.items():
        body = text[:999_000]
        started = time.perf_counter()
        extractor.extract(Article(id="adv", body=body))
        adversarial[name] = time.perf_counter() - started
    return {
        "articles": n,
        "mean_article_bytes": round(mean_bytes),
        "events": events,
        "seconds": round(best, 3),
        "articles_per_s": round(n / best),
        "us_per_article": round(best / n * 1e6, 1),
        # CPU time of this process: on a shared machine, less disturbed by other processes than wall time.
        "cpu_articles_per_s": round(n / best_cpu),
        "cpu_us_per_article": round(best_cpu / n * 1e6, 1),
        "events_per_article": round(events / n, 2),
        "adversarial_1mb_s": {k: round(v, 3) for k, v in adversarial.items()},
        "python": platform.python_version(),
        "machine": platform.machine(),
        "quick": quick,
    }


def render(result: dict[str, Any]) -> str:
    lines = [
        SECTION,
        "",
        f"Command: `.venv/bin/python -m benchmarks.bench_extract{' --quick' if result['quick'] else ''}` "
        f"(one process, one core; Python {result['python']}, {result['machine']}).",
        "",
        f"- Corpus: {result['articles']} synthetic wraps from `benchmarks/corpus.py` (seed 7), mean "
        f"{result['mean_article_bytes']} bytes, {result['events_per_article']} events per article.",
        f"- Throughput: **{result['articles_per_s']:,} articles/s** "
        f"({result['us_per_article']} µs per article, "
        f"best of runs, wall clock); {result['cpu_articles_per_s']:,} articles/s by the CPU time of the process "
        f"({result['cpu_us_per_article']} µs per article); goal 20,000 articles/s.",
        "- 1 MB adversarial texts (seconds each):",
    ]
    lines += [f"  - {name}: {seconds} s" for name, seconds in result["adversarial_1mb_s"].items()]
    return "\n".join(lines) + "\n"


def write_results(section: str, path: Path = RESULTS) -> None:
    """Replace the ``## Extraction`` section of ``path`` (or append it), keeping the other sections."""
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmark results\n"
    lines = text.splitlines(keepends=True)
    start = next((i for i, ln in enumerate(lines) if ln.strip() == SECTION), None)
    if start is None:
        new = text.rstrip("\n") + "\n\n" + section
    else:
        end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("## ")), len(lines))
        tail = "".join(lines[end:])
        new = "".join(lines[:start]) + section + ("\n" + tail if tail else "")
    path.write_text(new, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller corpus, one run")
    parser.add_argument("--no-write", action="store_true", help="print only; leave RESULTS.md alone")
    args = parser.parse_args()
    result = run(args.quick)
    section = render(result)
    print(section)
    if not args.no_write:
        write_results(section)


if __name__ == "__main__":
    main()
