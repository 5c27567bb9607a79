"""The per-article work of the bench's peers, and how a peer process is run and reports.

A *peer* is the same work as the worker's ingest, written the plainest way in another stream library: decode
each article (orjson, with the worker's own validation, ``streams.articles.decode_article``), extract its moves
(``streams.extract.Extractor``, the native engine) and send one record per article (its moves as JSON, keyed
by the article id). No tables, no windows, no alerts. ``benchmarks.faust_peer`` runs it as a bare Faust agent,
``benchmarks.quix_peer`` as a Quix Streams application; each is a process of its own (as the worker is),
started by :func:`run_peer`, which waits (bounded) for the JSON line the peer writes to its result file.

The clock of a peer starts at its first article and stops when the ``n``-th article's record has been handed
to its producer (Faust: and the producer flushed; Quix: its producer sends in the background, as librdkafka
does), so start-up, group joining and shutdown are not counted.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

ROOT = Path(__file__).resolve().parent.parent


def article_work() -> Callable[[bytes], bytes]:
    """``work(raw article) -> record value``: decode, extract, encode the moves (one record per article)."""
    from streams.articles import decode_article
    from streams.extract import Extractor
    from streams.model import Article

    extractor = Extractor()
    extractor.extract(Article(id="warm-up", body="Shares of HSBC rose 1%."))  # the engine is built on first use

    def work(raw: bytes) -> bytes:
        article = decode_article(raw, max_future_s=None)
        moves = extractor.extract(article)
        return orjson.dumps({"article_id": article.id, "moves": [m.to_dict() for m in moves]})

    return work


@dataclass
class Progress:
    """Counts articles in a peer and knows when the ``n``-th one is done."""

    n: int
    count: int = 0
    moves_bytes: int = 0
    first_s: float | None = None
    cpu_first_s: float = 0.0
    done_s: float | None = None
    cpu_done_s: float | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def tick(self, out_bytes: int) -> bool:
        """Count one article (its record of ``out_bytes``); True once ``n`` have been counted."""
        if self.first_s is None:
            self.first_s = time.perf_counter()
            self.cpu_first_s = time.process_time()
        self.count += 1
        self.moves_bytes += out_bytes
        return self.count >= self.n

    def finish(self) -> None:
        """Stop the clocks (once)."""
        if self.done_s is None:
            self.done_s = time.perf_counter()
            self.cpu_done_s = time.process_time()

    def result(self) -> dict[str, Any]:
        self.finish()
        assert self.done_s is not None and self.cpu_done_s is not None
        elapsed = max(self.done_s - (self.first_s or self.done_s), 1e-6)
        cpu_s = self.cpu_done_s - self.cpu_first_s
        return {"articles": self.count, "seconds": round(elapsed, 3),
                "articles_per_s": round(self.count / elapsed), "cpu_s": round(cpu_s, 2),
                "cpu_share": round(cpu_s / elapsed, 2),
                "cpu_ms_per_article": round(cpu_s / self.count * 1000, 3) if self.count else None,
                "out_mb": round(self.moves_bytes / 1e6, 1), "complete": self.count >= self.n, **self.extra}


def write_result(path: str, result: dict[str, Any]) -> None:
    """Write the result as one JSON line, atomically (the parent polls for the file)."""
    tmp = f"{path}.part"
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(json.dumps(result) + "\n")
    os.replace(tmp, path)


@dataclass
class PeerArgs:
    """What a peer process is told on its command line."""

    bootstrap: str
    group: str
    source: str
    sink: str
    n: int
    result: str
    workdir: str
    timeout_s: float = 120.0

    def argv(self) -> list[str]:
        return ["--bootstrap", self.bootstrap, "--group", self.group, "--source", self.source, "--sink", self.sink,
                "--n", str(self.n), "--result", self.result, "--workdir", self.workdir,
                "--timeout-s", str(self.timeout_s)]

    @classmethod
    def parse(cls, argv: list[str]) -> PeerArgs:
        import argparse

        parser = argparse.ArgumentParser()
        for name in ("bootstrap", "group", "source", "sink", "result", "workdir"):
            parser.add_argument(f"--{name}", required=True)
        parser.add_argument("--n", type=int, required=True)
        parser.add_argument("--timeout-s", type=float, default=120.0)
        return cls(**vars(parser.parse_args(argv)))


def stop_at_deadline(progress: Progress, args: PeerArgs) -> threading.Timer:
    """After ``args.timeout_s`` (from now), if the ``n`` articles are not done: write what was done (``complete``
    false) and stop the peer with SIGTERM, as its library expects to be stopped."""
    def expire() -> None:
        if progress.done_s is None:
            write_result(args.result, progress.result())
            os.kill(os.getpid(), signal.SIGTERM)

    timer = threading.Timer(args.timeout_s, expire)
    timer.daemon = True
    timer.start()
    return timer


def run_peer(module: str, args: PeerArgs, log_path: Path, grace_s: float = 60.0) -> dict[str, Any]:
    """Run ``python -m module`` with ``args``; wait for its result (the peer gives up after ``args.timeout_s``;
    this waits ``grace_s`` more for its start-up and its partial result); stop it."""
    timeout_s = args.timeout_s + grace_s
    with contextlib.suppress(FileNotFoundError):
        os.unlink(args.result)
    with open(log_path, "ab") as log:
        proc = subprocess.Popen([sys.executable, "-m", module, *args.argv()], cwd=ROOT, stdout=log,
                                stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        try:
            deadline = time.monotonic() + timeout_s
            while time.monotonic() < deadline and not os.path.exists(args.result) and proc.poll() is None:
                time.sleep(0.2)
        finally:
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
                try:
                    proc.wait(20)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait(10)
    if os.path.exists(args.result):
        with open(args.result, encoding="utf-8") as fh:
            return dict(json.loads(fh.readline()))
    tail = log_path.read_text(errors="replace")[-1500:] if log_path.exists() else ""
    raise RuntimeError(f"{module} gave no result within {timeout_s:.0f} s (exit code {proc.returncode}): {tail}")
