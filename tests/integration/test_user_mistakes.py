"""A user's mistake is one line and a non-zero exit, never a traceback: each case starts the real command (the
worker, or a CLI tool) with everything right but the one mistake, against the session's real broker.

Exit code 2: a setting to change (agents.errors.ConfigError); 1: something else is in the way."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from agents.settings import PREFIX, Settings
from tests.helpers import REPO, free_port, wait_for

pytestmark = pytest.mark.integration


@dataclass(frozen=True)
class Mistake:
    name: str
    args: tuple[str, ...]
    code: int
    says: tuple[str, ...]  # what is wrong, where, how to fix: each must be in the line


@dataclass
class Setup:
    """What the cases need: a directory, a port held by another process, an unused port."""

    tmp: Path
    held_port: int
    closed_port: int

    def env_for(self, name: str, settings: Settings) -> dict[str, str]:
        a_file = self.tmp / "a-file"
        a_file.write_text("not a folder\n")
        bad_rules = self.tmp / "rules.toml"
        bad_rules.write_text("[moves\nthreshold = \n")
        table: dict[str, dict[str, str]] = {
            "broker not there (worker)": {"KAFKA_BOOTSTRAP": f"127.0.0.1:{self.closed_port}"},
            "broker not there (publish)": {"KAFKA_BOOTSTRAP": f"127.0.0.1:{self.closed_port}"},
            "broker not there (alerts)": {"KAFKA_BOOTSTRAP": f"127.0.0.1:{self.closed_port}"},
            "metrics port in use": {"METRICS_PORT": str(self.held_port), "METRICS_HOST": "127.0.0.1"},
            "rules file missing": {"RULES_PATH": str(self.tmp / "no-such-rules.toml")},
            "rules file not TOML": {"RULES_PATH": str(bad_rules)},
            "bad environment value": {"METRICS_PORT": "nine-one-oh-eight"},
            "data dir is a file": {"DATA_DIR": str(a_file)},
            "wrong partition count": {"TOPIC_PARTITIONS": str(settings.topic_partitions + 1)},
        }
        return {PREFIX + k: v for k, v in table.get(name, {}).items()}


MISTAKES = [
    Mistake("broker not there (worker)", ("worker",), 1,
            ("no Kafka broker answers at 127.0.0.1:", "Connection refused", "headlines broker start",
             "HEADLINES_KAFKA_BOOTSTRAP")),
    Mistake("broker not there (publish)", ("publish", str(REPO / "examples" / "articles" / "seeds.jsonl")), 1,
            ("no Kafka broker answers", "headlines broker start")),
    Mistake("broker not there (alerts)", ("alerts", "--from-beginning", "--timeout", "1"), 1,
            ("no Kafka broker answers", "headlines broker start")),
    Mistake("metrics port in use", ("worker",), 1,
            ("metrics port 127.0.0.1:", "not free", "HEADLINES_METRICS_PORT")),
    Mistake("rules file missing", ("worker",), 2,
            ("HEADLINES_RULES_PATH", "no-such-rules.toml", "No such file", "unset HEADLINES_RULES_PATH")),
    Mistake("rules file not TOML", ("worker",), 2, ("HEADLINES_RULES_PATH", "rules.toml", "not valid TOML")),
    Mistake("bad environment value", ("worker",), 2,
            ("HEADLINES_METRICS_PORT='nine-one-oh-eight'", "not a whole number", "default 9108")),
    Mistake("data dir is a file", ("worker",), 2, ("HEADLINES_DATA_DIR=", "a-file", "is a file, not a folder")),
    Mistake("wrong partition count", ("worker",), 2,
            ("topic t", ".articles at 127.0.0.1:", "has 2 partitions, not the 3 of HEADLINES_TOPIC_PARTITIONS",
             "HEADLINES_TOPIC_PARTITIONS=2")),
]


@pytest.fixture(scope="module")
def held_port() -> Iterator[int]:
    with socket.socket() as sock:  # another process's listener, as far as the worker can tell
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        yield int(sock.getsockname()[1])


def run_cli(args: tuple[str, ...], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "headlines.cli", *args], capture_output=True, text=True, cwd=cwd,
                          env={**os.environ, "PYTHONPATH": str(REPO), **env}, timeout=90, check=False,
                          stdin=subprocess.DEVNULL)


@pytest.fixture
def case_env(topics: Settings, tmp_path: Path, held_port: int) -> Callable[[str], dict[str, str]]:
    """Everything right for this test's fresh topics (2 partitions), then the one mistake of the case."""
    setup = Setup(tmp=tmp_path, held_port=held_port, closed_port=free_port())

    def env(name: str) -> dict[str, str]:
        good = {**topics.to_env(), f"{PREFIX}DATA_DIR": str(tmp_path / "data"),
                f"{PREFIX}METRICS_PORT": str(free_port()), f"{PREFIX}METRICS_HOST": "127.0.0.1"}
        return {**good, **setup.env_for(name, topics)}
    return env


@pytest.mark.parametrize("mistake", MISTAKES, ids=lambda m: m.name)
def test_a_mistake_is_one_clear_line_and_a_non_zero_exit(mistake: Mistake, case_env: Callable[[str], dict[str, str]],
                                                         tmp_path: Path) -> None:
    result = run_cli(mistake.args, case_env(mistake.name), tmp_path)
    lines = result.stderr.strip().splitlines()
    assert result.returncode == mistake.code, result.stderr[-3000:]
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr[-3000:]
    assert lines[0].startswith("headlines: ")
    missing = [part for part in mistake.says if part not in lines[0]]
    assert not missing, f"{missing} not in: {lines[0]}"
    print(f"\n{mistake.name}: exit {result.returncode}: {lines[0]}")


def test_without_the_mistake_the_same_worker_starts(case_env: Callable[[str], dict[str, str]], tmp_path: Path) -> None:
    """The control: the cases' environment without a mistake gets past every check (the worker gets ready)."""
    log = tmp_path / "worker.log"
    with open(log, "wb") as out:
        proc = subprocess.Popen([sys.executable, "-m", "headlines.cli", "worker"], cwd=tmp_path,
                                env={**os.environ, "PYTHONPATH": str(REPO), **case_env("none")},
                                stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    try:
        def ready() -> bool:
            assert proc.poll() is None, log.read_text(errors="replace")[-3000:]
            return b"[^Worker]: Ready" in log.read_bytes()
        wait_for(ready, 90, "the worker to be ready")
    finally:
        proc.terminate()
        proc.wait(30)
