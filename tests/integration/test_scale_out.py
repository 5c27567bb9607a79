"""Scale-out: two workers in one consumer group share the partitions; one is SIGKILLed mid-stream and the
other takes its partitions over (state restored from the changelogs); the alerts are those of an
uninterrupted run (the in-process oracle, see ``reliability.oracle``), compared by ``alert_id``."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from agents.settings import Settings
from headlines.publish import publish
from tests.helpers import WorkerProcess, wait_for
from tests.integration import reliability as rel
from tests.integration.test_pipeline import metric

pytestmark = pytest.mark.integration

N_ARTICLES = 4000  # enough that the victim still has work in hand when it is killed, with the batched pipeline
PARTITIONS = 4


def consumed(worker: WorkerProcess) -> float:
    text = worker.metrics()
    return sum(metric(text, f'headlines_articles_consumed_total{{result="{r}"}}')
               for r in ("ok", "invalid", "duplicate"))


def owned(worker: WorkerProcess, topic: str) -> set[int]:
    """Article partitions the worker owns: the series of its consumer-lag gauge (updated every second)."""
    out = set()
    for line in worker.metrics().splitlines():
        if line.startswith("headlines_consumer_lag_messages{") and f'topic="{topic}"' in line:
            out.add(int(line.split('partition="', 1)[1].split('"', 1)[0]))
    return out


def test_two_workers_share_partitions_and_one_takes_over(kafka_bootstrap: str, tmp_path: Path) -> None:
    base = Settings.from_env(env={}, kafka_bootstrap=kafka_bootstrap)
    settings = rel.fresh_settings(base, "scale", topic_partitions=PARTITIONS)
    articles = rel.corpus(N_ARTICLES)
    expected = rel.oracle(articles, settings)
    workers = [WorkerProcess(settings, tmp_path / f"worker{i}", extra_env=rel.FAST_FAILOVER_ENV)
               for i in range(2)]
    offsets = rel.Offsets(settings)
    try:
        # Published before the workers start: a partition whose records are still being written can look
        # caught up and idle, and the low watermark then passes its next records (see the README, Security
        # and reliability notes); a replay of history is published first.
        assert publish(settings, articles).sent == N_ARTICLES
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.wait_ready()
        # The two workers split the article partitions between them and both process some.
        topic = settings.topic_articles
        wait_for(lambda: all(consumed(w) > 0 for w in workers), 120, "both workers to consume articles")
        shares = wait_for(lambda: [owned(w, topic) for w in workers]
                          if all(owned(w, topic) for w in workers) else None, 30, "both to report lag")
        assert shares[0].isdisjoint(shares[1]) and shares[0] | shares[1] == set(range(PARTITIONS))
        wait_for(lambda: offsets.fraction(settings.topic_articles) >= 0.3, 120, "30% of the articles committed")
        victim, survivor = workers
        victim_count = consumed(victim)
        victim.kill()
        got = rel.wait_alerts(settings, expected.alert_ids, 240, alive=survivor.assert_alive)
        wait_for(lambda: consumed(survivor) + victim_count >= N_ARTICLES, 60, "every article to be read")
        survivor_count = consumed(survivor)
        # the takeover follows the victim's session timeout, which may come after the last alert
        taken_over = wait_for(lambda: owned(survivor, topic) if owned(survivor, topic) == set(range(PARTITIONS))
                              else None, 90, "the survivor to own every partition")
        time.sleep(3.0)  # moves in flight after the last alert
        survivor.stop()
    finally:
        offsets.close()
        for worker in workers:
            worker.stop()
    assert victim_count < N_ARTICLES  # killed mid-stream
    assert taken_over == set(range(PARTITIONS))  # the survivor owns every partition at the end
    ids = rel.id_counts(got)
    lost = expected.alert_ids - set(ids)
    unknown = set(ids) - expected.alert_ids
    print(f"\nscale-out: {N_ARTICLES} articles, victim read {victim_count:.0f}, survivor {survivor_count:.0f}; "
          f"{len(expected.alert_ids)} expected alerts, {len(lost)} lost, {len(unknown)} unknown, "
          f"{sum(n - 1 for n in ids.values())} duplicate records; "
          f"dead letters by reason: {rel.dead_letter_reasons(settings)}")
    assert not lost and not unknown
    history = rel.window_history(settings, read_committed=False)
    assert history.panes == expected.history.panes
    assert history.fired == expected.history.fired
