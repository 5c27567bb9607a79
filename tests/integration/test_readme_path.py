"""The README's path by hand after `make demo` is a test: its shell block is read from README.md and each line
is run as a subprocess, in a temporary copy of the repository (git-tracked files only, so no `var/`), with no
HEADLINES_* variable set: start the broker, start a worker, publish the sample articles, read the alerts,
check the metrics endpoint, stop the worker with SIGTERM, stop the broker.

The defaults 9092 (broker) and 9108 (metrics) are used when they are free. When one is taken (another
broker on this machine), the test sets only the port variables (HEADLINES_KAFKA_BOOTSTRAP and
HEADLINES_METRICS_PORT) and gives `--port` to the broker commands, and says so in its output.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from agents.settings import PREFIX, Settings
from headlines import broker
from tests.helpers import REPO, free_port, wait_for

pytestmark = pytest.mark.integration

SEED_SYMBOLS = {"1024.HK", "2097.HK", "9988.HK", "HSTECH"}  # Kuaishou, Mixue, Alibaba, Hang Seng Tech
QUIET_SYMBOLS = {"0005.HK", "1211.HK", "1810.HK"}  # HSBC, BYD, Xiaomi: moves below the thresholds
STOP_MARGIN_S = 10.0


def readme_commands() -> list[str]:
    """The lines of the shell block under "## By hand, after `make demo`", comments removed."""
    text = (REPO / "README.md").read_text(encoding="utf-8")
    section = text.split("## By hand, after `make demo`", 1)[1]
    block = section.split("```sh\n", 1)[1].split("```", 1)[0]
    return [line.split("  #", 1)[0].strip() for line in block.splitlines() if line.strip()]


def copy_repo(dest: Path) -> Path:
    tracked = subprocess.run(["git", "ls-files", "-z"], cwd=REPO, capture_output=True, check=True).stdout
    for name in tracked.decode().split("\0"):
        if name and (REPO / name).is_file():
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(REPO / name, dest / name)
    jars = REPO / ".cache" / "kafka"
    if jars.is_dir():  # `make jars` fetched them once; the copy shares them instead of running Maven again
        (dest / ".cache").mkdir()
        (dest / ".cache" / "kafka").symlink_to(jars)
    return dest


@dataclass
class Session:
    """What a user's shell holds: the working directory, the environment, the background job."""

    cwd: Path
    env: dict[str, str]
    broker_port: int
    metrics_port: int
    outputs: list[str] = field(default_factory=list)
    job: subprocess.Popen[bytes] | None = None
    job_log: Path | None = None
    job_code: int | None = None
    stop_s: float | None = None

    def headlines(self, args: list[str]) -> list[str]:
        if args[:1] == ["broker"] and self.broker_port != broker.DEFAULT_PORT:
            args = [*args, "--port", str(self.broker_port)]
        return [sys.executable, "-m", "headlines.cli", *args]

    def run(self, line: str) -> None:
        words = shlex.split(line)
        if line.startswith(". ") and words[1].endswith("activate"):
            return  # this interpreter is the venv's
        if words[0] == "headlines" and words[-1] == "&":
            self.start_job(words[1:-1])
        elif words[0] == "headlines":
            result = subprocess.run(self.headlines(words[1:]), cwd=self.cwd, env=self.env, capture_output=True,
                                    text=True, timeout=120, check=False)
            self.outputs.append(f"$ {line}\n{result.stdout}{result.stderr}")
            assert result.returncode == 0, self.outputs[-1]
        elif words[:2] == ["curl", "-s"] and words[3] == "|" and words[4] == "grep":
            url = "http://" + words[2].replace(":9108/", f":{self.metrics_port}/")
            body = wait_for(lambda: self.scrape(url), 30, f"{url} to answer")
            matched = [ln for ln in body.splitlines() if words[5] in ln]
            self.outputs.append(f"$ {line}\n" + "\n".join(matched))
            assert matched, f"{words[5]} not in {url}"
        elif words == ["kill", "%1"]:
            self.stop_job()
        else:
            raise AssertionError(f"the README shows a line this test does not know how to run: {line!r}")

    def scrape(self, url: str) -> str | None:
        """The metrics page, or None while the connection is refused (a loaded host may be slow to start the
        worker's server); a worker that has exited fails the test with its log."""
        assert self.job is not None and self.job_log is not None
        assert self.job.poll() is None, self.job_log.read_text(errors="replace")[-3000:]
        try:
            with urllib.request.urlopen(url, timeout=5) as resp:
                return str(resp.read().decode())
        except urllib.error.URLError as exc:
            if isinstance(exc.reason, ConnectionRefusedError):
                return None
            raise

    def start_job(self, args: list[str]) -> None:
        self.job_log = self.cwd / "job.log"
        with open(self.job_log, "wb") as out:
            self.job = subprocess.Popen(self.headlines(args), cwd=self.cwd, env=self.env, stdout=out,
                                        stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        log = self.job_log

        def ready() -> bool:
            assert self.job is not None and self.job.poll() is None, log.read_text(errors="replace")[-3000:]
            return b"[^Worker]: Ready" in log.read_bytes()
        wait_for(ready, 90, "the background worker to log Ready")

    def stop_job(self) -> None:
        assert self.job is not None
        started = time.monotonic()
        self.job.send_signal(signal.SIGTERM)
        self.job_code = self.job.wait(Settings().shutdown_timeout_s + STOP_MARGIN_S)
        self.stop_s = time.monotonic() - started

    def cleanup(self) -> None:
        if self.job is not None and self.job.poll() is None:
            self.job.kill()
            self.job.wait(10)
        broker.stop(self.broker_port, self.cwd / "var" / f"broker-{self.broker_port}")


@pytest.fixture
def session(tmp_path: Path) -> Iterator[Session]:
    cwd = copy_repo(tmp_path / "headlines")
    env = {k: v for k, v in os.environ.items() if not k.startswith(PREFIX)}
    env.pop("PYTHONPATH", None)  # the copy's modules, from its working directory
    broker_port, metrics_port = broker.DEFAULT_PORT, Settings().metrics_port
    if not (broker.port_free(broker_port) and broker.port_free(metrics_port, "0.0.0.0")):
        broker_port, metrics_port = free_port(), free_port()
        env[f"{PREFIX}KAFKA_BOOTSTRAP"] = f"127.0.0.1:{broker_port}"
        env[f"{PREFIX}METRICS_PORT"] = str(metrics_port)
        print(f"\ndefault ports busy: broker on {broker_port}, metrics on {metrics_port} (only these are set)")
    s = Session(cwd=cwd, env=env, broker_port=broker_port, metrics_port=metrics_port)
    try:
        yield s
    finally:
        s.cleanup()


def test_the_readme_path_by_hand_works_on_the_defaults(session: Session) -> None:
    commands = readme_commands()
    assert any(c.startswith("headlines worker") for c in commands) and "kill %1" in commands
    assert not (session.cwd / "var").exists()
    for line in commands:
        session.run(line)

    transcript = "\n".join(session.outputs)
    alerts = next(o for o in session.outputs if o.startswith("$ headlines alerts"))
    symbols = set(re.findall(r"\b(?:\d{4}\.HK|HSTECH)\b", alerts))
    assert symbols >= SEED_SYMBOLS, alerts
    assert not symbols & QUIET_SYMBOLS, alerts
    assert re.search(r'headlines_articles_consumed_total\{result="ok"\} 5\.0', transcript), transcript
    assert session.job_code == 0 and session.job_log is not None
    worker_log = session.job_log.read_text(errors="replace")
    # one line says how it stopped: finished and committed, or (past the bound) abandoned for redelivery
    assert worker_log.count("stopped (SIGTERM)") + worker_log.count("abandoning the records in hand") == 1
    print(f"\nworker stopped {session.stop_s:.1f} s after SIGTERM: "
          + next(ln for ln in worker_log.splitlines() if "stopped (SIGTERM)" in ln or "abandoning" in ln))
    for text in (transcript, worker_log):
        assert "Traceback" not in text, text[-3000:]
    # the default paths were created with their parents
    assert (session.cwd / "var" / "worker").is_dir()
    assert (session.cwd / "var" / f"broker-{session.broker_port}" / "broker.log").is_file()
    assert not broker.status(session.broker_port, session.cwd / "var" / f"broker-{session.broker_port}").running
