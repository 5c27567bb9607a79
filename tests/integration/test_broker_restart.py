"""Broker restart: the test's own broker is stopped and started again (same port, same data) mid-stream; the
same worker process reconnects and loses nothing (the alerts are those of an uninterrupted run)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from agents.settings import Settings
from headlines import broker
from headlines.publish import publish
from tests.helpers import WorkerProcess, free_port, wait_for
from tests.integration import reliability as rel

pytestmark = pytest.mark.integration

N_ARTICLES = 800


@pytest.fixture
def own_broker(tmp_path: Path) -> Iterator[tuple[int, Path]]:
    port, directory = free_port(), tmp_path / "broker"
    broker.start(port, directory)
    try:
        yield port, directory
    finally:
        broker.stop(port, directory)


def test_worker_survives_a_broker_restart(own_broker: tuple[int, Path], tmp_path: Path) -> None:
    port, directory = own_broker
    base = Settings.from_env(env={}, kafka_bootstrap=f"127.0.0.1:{port}", topic_partitions=2)
    settings = rel.fresh_settings(base, "restart")
    articles = rel.corpus(N_ARTICLES, seed=4)
    expected = rel.oracle(articles, settings).alert_ids
    assert publish(settings, articles).sent == N_ARTICLES
    worker = WorkerProcess(settings, tmp_path / "worker")
    try:
        worker.start()
        worker.wait_ready()
        with rel.Offsets(settings) as offsets:
            wait_for(lambda: offsets.fraction(settings.topic_articles) >= 0.25, 120, "25% committed")
        assert broker.stop(port, directory).startswith("stopped")
        time.sleep(3.0)
        worker.assert_alive()
        broker.start(port, directory)
        rel.wait_all_committed(settings, 300, alive=worker.assert_alive)
        worker.assert_alive()
        assert worker.log_text().count("[^Worker]: Starting...") == 1  # the same process throughout
    finally:
        worker.stop()
    ids = rel.id_counts(rel.alerts(settings, read_committed=False))
    lost, unknown = expected - set(ids), set(ids) - expected
    print(f"\nbroker restart: {N_ARTICLES} articles, {len(expected)} expected alerts, {len(lost)} lost, "
          f"{len(unknown)} unknown, {sum(n - 1 for n in ids.values())} duplicate records")
    assert not lost and not unknown
