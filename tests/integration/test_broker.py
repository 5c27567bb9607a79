"""The local broker tool against a real Kafka: start, idempotent start, stop, crash clean-up, port in use."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path

import orjson
import pytest

from agents.settings import Settings
from headlines import broker
from headlines.errors import PortInUse
from headlines.kafka_tools import ensure_topics, producer, read_all
from tests.helpers import REPO, free_port

pytestmark = pytest.mark.integration


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "headlines.cli", *args], capture_output=True, text=True,
                          cwd=REPO, timeout=180, check=False)


def test_start_twice_stop_and_crash_cleanup(tmp_path: Path) -> None:
    port = free_port()
    directory = tmp_path / "b"
    first = _cli("broker", "start", "--port", str(port), "--dir", str(directory))
    assert first.returncode == 0, first.stderr
    pid = broker.status(port, directory).pid
    assert pid is not None
    try:
        second = _cli("broker", "start", "--port", str(port), "--dir", str(directory))
        assert second.returncode == 0, second.stderr
        assert "already running" in second.stdout
        assert broker.status(port, directory).pid == pid  # still one broker
        assert _cli("broker", "status", "--port", str(port), "--dir", str(directory)).returncode == 0

        os.kill(pid, signal.SIGKILL)  # the broker crashes
        deadline = time.monotonic() + 10
        while broker.status(port, directory).running and time.monotonic() < deadline:
            time.sleep(0.1)
        stopped = _cli("broker", "stop", "--port", str(port), "--dir", str(directory))
        assert stopped.returncode == 0
        assert "stale pid file" in stopped.stdout
        assert not (directory / "broker.pid").exists()
        assert _cli("broker", "status", "--port", str(port), "--dir", str(directory)).returncode == 3
        # and it starts again on the same data after the crash
        again = _cli("broker", "start", "--port", str(port), "--dir", str(directory))
        assert again.returncode == 0, again.stderr
    finally:
        broker.stop(port, directory)
    assert not broker.status(port, directory).running


def test_port_in_use_is_one_clear_line(tmp_path: Path) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        port = sock.getsockname()[1]
        with pytest.raises(PortInUse):
            broker.start(port, tmp_path / "b")
        result = _cli("broker", "start", "--port", str(port), "--dir", str(tmp_path / "c"))
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and f"port {port}" in lines[0] and "in use" in lines[0]


def test_round_trip_through_the_real_broker(topics: Settings) -> None:
    prod = producer(topics)
    sent = [{"id": f"a{i}", "body": f"text {i}"} for i in range(20)]
    for item in sent:
        prod.send(topics.topic_articles, key=item["id"].encode(), value=orjson.dumps(item))
    prod.flush()
    prod.close()
    got = read_all(topics, topics.topic_articles, timeout_s=3, max_records=len(sent))
    assert sorted(orjson.loads(r.value)["id"] for r in got) == sorted(i["id"] for i in sent)
    assert all(r.key == orjson.loads(r.value)["id"].encode() for r in got)  # keyed by article id


def test_topics_are_created_once(kafka_bootstrap: str) -> None:
    run = uuid.uuid4().hex[:8]
    settings = Settings.from_env(env={}, kafka_bootstrap=kafka_bootstrap, topic_articles=f"x{run}.a",
                                 topic_moves=f"x{run}.m", topic_alerts=f"x{run}.al",
                                 topic_dead_letters=f"x{run}.dl")
    assert set(ensure_topics(settings).values()) == {True}
    assert set(ensure_topics(settings).values()) == {False}
