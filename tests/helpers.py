"""Test helpers: worker subprocesses, reading topics, polling with a bound."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import orjson

from agents.settings import PREFIX, Settings
from headlines.kafka_tools import read_all

REPO = Path(__file__).resolve().parents[1]


T = TypeVar("T")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def settings_env(settings: Settings) -> dict[str, str]:
    return settings.to_env()


def wait_for(check: Callable[[], T | None], timeout_s: float, what: str, interval_s: float = 0.25) -> T:
    """Poll ``check`` until it returns a truthy value; fail with ``what`` after ``timeout_s``."""
    deadline = time.monotonic() + timeout_s
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout_s:.0f} s waiting for {what}")
        time.sleep(interval_s)


def read_json(settings: Settings, topic: str, timeout_s: float = 2.0, read_committed: bool = False
              ) -> list[dict[str, Any]]:
    return [orjson.loads(r.value) for r in read_all(settings, topic, timeout_s=timeout_s,
                                                       read_committed=read_committed)]


class WorkerProcess:
    """One ``headlines worker`` process with its own data dir and metrics port."""

    def __init__(self, settings: Settings, data_dir: Path, extra_env: dict[str, str] | None = None) -> None:
        self.settings = settings
        self.data_dir = data_dir
        self.metrics_port = free_port()
        self.env = {**os.environ, **settings_env(settings), **(extra_env or {})}
        self.env.update({
            f"{PREFIX}DATA_DIR": str(data_dir),
            f"{PREFIX}METRICS_PORT": str(self.metrics_port),
            f"{PREFIX}METRICS_HOST": "127.0.0.1",
            f"{PREFIX}LAG_INTERVAL_S": "1",
            f"{PREFIX}STALL_TIMEOUT_S": "30",  # a stalled worker reports at 30 s and exits at 60 s (agents.watchdog)
        })
        self.env.update(extra_env or {})
        self.proc: subprocess.Popen[bytes] | None = None
        self.log_path = data_dir.with_suffix(".log")

    @property
    def metrics_url(self) -> str:
        return f"http://127.0.0.1:{self.metrics_port}/metrics"

    def start(self) -> None:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        log = open(self.log_path, "ab")  # noqa: SIM115 - closed with the process
        self.proc = subprocess.Popen([sys.executable, "-m", "headlines.cli", "worker"], env=self.env, cwd=REPO,
                                     stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        self._log = log

    def wait_ready(self, timeout_s: float = 60.0) -> None:
        """Ready = serving metrics and assigned partitions (the worker logs its assignment)."""
        def ready() -> bool:
            self.assert_alive()
            try:
                with urllib.request.urlopen(self.metrics_url, timeout=1) as resp:
                    resp.read()
            except OSError:
                return False
            return b"[^Worker]: Ready" in self.log_path.read_bytes()
        wait_for(ready, timeout_s, "the worker to be ready")

    def assert_alive(self) -> None:
        assert self.proc is not None
        if self.proc.poll() is not None:
            tail = self.log_path.read_text(errors="replace")[-3000:]
            raise AssertionError(f"worker exited with {self.proc.returncode}:\n{tail}")

    def metrics(self) -> str:
        with urllib.request.urlopen(self.metrics_url, timeout=2) as resp:
            return str(resp.read().decode())

    def kill(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(10)

    def stop(self, timeout_s: float = 30.0) -> int | None:
        if self.proc is None:
            return None
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout_s)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)
        self._log.close()
        return self.proc.returncode

    def publish(self, paths: list[str] | list[Path]) -> int:
        """Publish article files to this worker's articles topic; return how many were delivered."""
        from headlines.publish import iter_articles, publish

        errors: list[str] = []
        articles = list(iter_articles([str(p) for p in paths], errors))
        assert not errors, errors
        report = publish(self.settings, articles)
        assert report.failed == 0, report.errors
        return report.sent

    def log_text(self) -> str:
        return self.log_path.read_text(errors="replace")
