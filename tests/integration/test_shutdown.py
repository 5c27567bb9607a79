"""Shutdown: SIGTERM mid-stream drains the work in flight and commits, so the next worker goes on where it
stopped and publishes no alert twice (even under at_least_once); a restart after the end re-emits nothing."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest

from agents.settings import Settings
from headlines.publish import publish
from tests.helpers import WorkerProcess, wait_for
from tests.integration import reliability as rel

pytestmark = pytest.mark.integration

N_ARTICLES = 6000  # enough that a SIGTERM at 30% committed lands mid-stream with the batched pipeline


# Under exactly_once, faust-streaming ends the transactions on stop before its background producer buffer is
# empty ("Can't send messages while not in transaction", exit code 1): table writes no longer go through that
# buffer, and the heartbeat sends outside transactions (agents.transactions).
@pytest.mark.parametrize("guarantee", ["at_least_once", "exactly_once"])
def test_sigterm_drains_and_commits_and_a_restart_re_emits_nothing(kafka_bootstrap: str, tmp_path: Path,
                                                                   guarantee: str) -> None:
    base = Settings.from_env(env={}, kafka_bootstrap=kafka_bootstrap, topic_partitions=2)
    settings = rel.fresh_settings(base, "term")
    articles = rel.corpus(N_ARTICLES, seed=3)
    expected = rel.oracle(articles, settings).alert_ids
    committed = guarantee == "exactly_once"
    assert publish(settings, articles).sent == N_ARTICLES

    def worker() -> WorkerProcess:
        proc = WorkerProcess(settings, tmp_path / "worker", extra_env={"HEADLINES_PROCESSING_GUARANTEE": guarantee})
        started.append(proc)
        proc.start()
        proc.wait_ready()
        return proc

    started: list[WorkerProcess] = []
    try:
        _run(settings, expected, committed, guarantee, worker)
    finally:
        for proc in started:
            proc.stop()


def _run(settings: Settings, expected: set[str], committed: bool, guarantee: str, worker: Any) -> None:

    first = worker()
    with rel.Offsets(settings) as offsets:
        wait_for(lambda: offsets.fraction(settings.topic_articles) >= 0.3, 120, "30% of the articles committed")
        first.assert_alive()
        first_code = first.stop()  # SIGTERM
        stopped_at = offsets.fraction(settings.topic_articles)
    log = first.log_text()
    tail = log[log.index("Signal received"):]
    assert 0.3 <= stopped_at < 1.0  # stopped mid-stream, with its progress committed

    second = worker()
    rel.wait_all_committed(settings, 240, alive=second.assert_alive)
    assert second.stop() == 0
    alerts = rel.alerts(settings, read_committed=committed)
    ids = rel.id_counts(alerts)
    lost, unknown = expected - set(ids), set(ids) - expected
    doubled = sum(n - 1 for n in ids.values())
    assert not lost and not unknown, f"{len(lost)} lost, {len(unknown)} unknown of {len(expected)}"
    assert doubled == 0, f"{doubled} alerts published twice across the SIGTERM"

    third = worker()  # everything is done: a restart reads nothing new and publishes nothing
    time.sleep(8.0)  # several watermark heartbeats and commit intervals
    assert third.stop() == 0
    assert len(rel.alerts(settings, read_committed=committed)) == len(alerts)
    print(f"\nshutdown ({guarantee}): {N_ARTICLES} articles, SIGTERM at {stopped_at:.0%} committed, "
          f"{len(alerts)} alerts, 0 duplicated, 0 re-emitted; first exit code {first_code}")
    assert first_code == 0  # a clean exit, not the SIGKILL after the timeout
    assert "Traceback" not in tail and "[ERROR]" not in tail, tail[:3000]
