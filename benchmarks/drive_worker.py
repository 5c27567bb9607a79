"""One worker over N generated articles already on its topic, optionally sampled by py-spy: the driver of the
step-by-step measurements in ``benchmarks/RESULTS.md`` (Analysis, batched pipeline).

    .venv/bin/python -m benchmarks.drive_worker 10000 [--profile out.txt] [--env HEADLINES_BATCH_MAX=2000 ...]

Prints the articles/s (from the first article consumed to the last move folded) and the worker's CPU seconds
per article. Uses ``HEADLINES_KAFKA_BOOTSTRAP`` when set, else starts a local broker. py-spy
is not a dependency of the project: ``.venv/bin/pip install py-spy`` first to use ``--profile``.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks import stages
from benchmarks.corpus import generate_articles
from benchmarks.harness import BenchEnv, Worker, kafka_broker


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="benchmarks.drive_worker")
    parser.add_argument("articles", type=int)
    parser.add_argument("--profile", help="write py-spy raw samples (15 s) of the worker to this file")
    parser.add_argument("--env", action="append", default=[], help="KEY=VALUE for the worker (repeatable)")
    parser.add_argument("--timeout-s", type=float, default=300.0)
    args = parser.parse_args(argv)
    extra = dict(item.split("=", 1) for item in args.env)
    with kafka_broker() as (bootstrap, _), tempfile.TemporaryDirectory(prefix="headlines-drive-") as tmp:
        env = BenchEnv(bootstrap=bootstrap, workdir=Path(tmp))
        try:
            settings = env.settings("drive")
            stages.produce(settings, settings.topic_articles,
                           stages.article_records(generate_articles(args.articles, seed=7)))
            with Worker(settings, env.workdir / settings.app_id, extra_env=extra) as worker:
                spy = None
                if args.profile:
                    spy = subprocess.Popen([str(Path(sys.executable).parent / "py-spy"), "record", "-p",
                                            str(worker.pid), "-d", "15", "-r", "100", "--idle", "--format", "raw",
                                            "-o", args.profile], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                first: tuple[float, float] | None = None
                started = time.monotonic()
                counters: dict[str, float] = {}
                while time.monotonic() - started < args.timeout_s:
                    counters = worker.counters()
                    consumed = counters.get(stages.M_ARTICLES, 0)
                    if consumed and first is None:
                        first = (time.monotonic(), consumed)
                    if consumed >= args.articles and \
                            counters.get(stages.M_MOVES_DONE, 0) >= counters.get(stages.M_MOVES_SENT, 0):
                        break
                    time.sleep(stages.POLL_S)
                if spy is not None:
                    spy.wait()
            if first is None:
                print("no article was consumed")
                return 1
            elapsed = time.monotonic() - first[0]
            consumed = counters.get(stages.M_ARTICLES, 0)
            cpu_s = counters.get(stages.M_CPU_S, 0)
            print(f"articles {consumed:.0f} in {elapsed:.1f} s: {(consumed - first[1]) / elapsed:.0f} articles/s; "
                  f"moves {counters.get(stages.M_MOVES_DONE, 0):.0f}/{counters.get(stages.M_MOVES_SENT, 0):.0f}, "
                  f"alerts {counters.get(stages.M_ALERTS, 0):.0f}, dead letters {counters.get(stages.M_DEAD, 0):.0f}; "
                  f"worker CPU {cpu_s:.1f} s, {cpu_s / max(consumed, 1) * 1000:.2f} ms per article")
        finally:
            env.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
