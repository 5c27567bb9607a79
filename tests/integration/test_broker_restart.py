"""Broker restart: the test's own broker is stopped and started again (same port, same data) mid-stream; the
same worker process reconnects and loses nothing (the alerts are those of an uninterrupted run). And a worker
whose broker has gone away stops within HEADLINES_SHUTDOWN_TIMEOUT_S of SIGTERM, with exit code 0; the next
worker, once the broker is back, redoes what it had not committed and loses nothing."""

from __future__ import annotations

import signal
import subprocess
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


SHUTDOWN_TIMEOUT_S = 5.0  # HEADLINES_SHUTDOWN_TIMEOUT_S for this test (the default is 15 s)
EXIT_MARGIN_S = 5.0  # for the process to end once the bound has passed (logging, interpreter exit)


def test_sigterm_with_the_broker_gone_stops_within_the_bound_and_loses_nothing(own_broker: tuple[int, Path],
                                                                               tmp_path: Path) -> None:
    port, directory = own_broker
    base = Settings.from_env(env={}, kafka_bootstrap=f"127.0.0.1:{port}", topic_partitions=2)
    settings = rel.fresh_settings(base, "stopbound")
    articles = rel.corpus(200, seed=5)
    expected = rel.oracle(articles, settings).alert_ids
    assert publish(settings, articles).sent == len(articles)
    # the abandoned member does not leave the group: a short session lets the next worker take over quickly
    env = {"HEADLINES_SHUTDOWN_TIMEOUT_S": str(SHUTDOWN_TIMEOUT_S), **rel.FAST_FAILOVER_ENV}
    first = WorkerProcess(settings, tmp_path / "first", extra_env=env)
    second = WorkerProcess(settings, tmp_path / "second", extra_env=env)
    try:
        first.start()
        first.wait_ready()
        with rel.Offsets(settings) as offsets:
            wait_for(lambda: offsets.fraction(settings.topic_articles) >= 0.2, 120, "20% committed")
        assert broker.stop(port, directory).startswith("stopped")
        time.sleep(1.0)  # the worker notices: its fetches and commits fail
        first.assert_alive()
        assert first.proc is not None
        signalled = time.monotonic()
        first.proc.send_signal(signal.SIGTERM)
        try:
            code = first.proc.wait(SHUTDOWN_TIMEOUT_S + EXIT_MARGIN_S)
        except subprocess.TimeoutExpired:
            raise AssertionError(f"the worker still ran {SHUTDOWN_TIMEOUT_S + EXIT_MARGIN_S:.0f} s after "
                                 f"SIGTERM with HEADLINES_SHUTDOWN_TIMEOUT_S={SHUTDOWN_TIMEOUT_S:.0f}") from None
        took_s = time.monotonic() - signalled
        log = first.log_text()
        tail = log[log.index("SIGTERM: stopping"):]
        assert code == 0, tail[-3000:]
        assert tail.count("abandoning the records in hand") == 1, tail[-3000:]
        assert "Traceback" not in tail, tail[-3000:]

        broker.start(port, directory)  # the broker comes back; the next worker redoes the uncommitted work
        second.start()
        second.wait_ready()
        rel.wait_all_committed(settings, 240, alive=second.assert_alive)
    finally:
        first.stop()
        second.stop()
    ids = rel.id_counts(rel.alerts(settings, read_committed=False))
    lost, unknown = expected - set(ids), set(ids) - expected
    print(f"\nstop without a broker: exit {code} {took_s:.1f} s after SIGTERM (bound {SHUTDOWN_TIMEOUT_S:.0f} s); "
          f"{len(expected)} expected alerts, {len(lost)} lost, {len(unknown)} unknown")
    assert not lost and not unknown
