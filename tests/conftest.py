"""Shared fixtures: a real Kafka broker for the session, unique topics per test, real worker processes.

When ``HEADLINES_KAFKA_BOOTSTRAP`` is set, the tests use that broker and start none; otherwise a local
broker is started on free ports under a temporary directory, and stopped at the end of the session.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from agents.settings import Settings
from tests.helpers import WorkerProcess, free_port

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def kafka_bootstrap(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    external = os.environ.get("HEADLINES_KAFKA_BOOTSTRAP")
    if external:
        yield external
        return
    from headlines import broker

    port = free_port()
    directory = tmp_path_factory.mktemp("broker")
    broker.start(port, directory)
    try:
        yield f"127.0.0.1:{port}"
    finally:
        broker.stop(port, directory)


@pytest.fixture
def topics(kafka_bootstrap: str) -> Settings:
    """Settings whose topics, app id and consumer group are unique to this test, topics created."""
    from headlines.kafka_tools import ensure_topics

    run = uuid.uuid4().hex[:10]
    settings = Settings.from_env(
        env={},
        kafka_bootstrap=kafka_bootstrap,
        app_id=f"test-{run}",
        topic_articles=f"t{run}.articles",
        topic_moves=f"t{run}.moves",
        topic_alerts=f"t{run}.alerts",
        topic_dead_letters=f"t{run}.dead-letters",
        topic_partitions=2,
    )
    ensure_topics(settings)
    return settings


@pytest.fixture
def worker_factory(topics: Settings, tmp_path: Path) -> Iterator[object]:
    """Start real worker processes (``headlines worker``) for this test's topics; all stopped at teardown."""
    started: list[WorkerProcess] = []

    def start(**env: str) -> WorkerProcess:
        proc = WorkerProcess(topics, tmp_path / f"worker{len(started)}", extra_env=env)
        proc.start()
        started.append(proc)
        return proc

    yield start
    for proc in started:
        proc.stop()


@pytest.fixture
def running_worker(worker_factory: object) -> WorkerProcess:
    """One ready worker on this test's topics; ``publish(paths)`` sends article files and waits for delivery."""
    worker: WorkerProcess = worker_factory()  # type: ignore[operator]
    worker.wait_ready()
    return worker
