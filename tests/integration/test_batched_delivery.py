"""Batching does not change the result: the same articles give the same alerts whether they reach the worker
one by one, as one backlog published before it starts, or as a backlog published while it runs.

One by one, each article is published once the worker has processed the previous one (every move folded):
no batch then holds more than one article. A backlog is read in batches of up to ``HEADLINES_BATCH_MAX``
articles (their moves leave as a few fat records per moves partition, and the aggregate folds runs of
records); the corpus's event times increase in publication order, so nothing is late one by one, and nothing
may be dead-lettered as late from a backlog either. The alert ids are compared with each other and with the
in-process oracle of an uninterrupted run.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson
import pytest

from agents.settings import Settings
from headlines.kafka_tools import producer
from headlines.publish import publish
from tests.helpers import WorkerProcess, wait_for
from tests.integration import reliability as rel
from tests.integration.test_pipeline import metric

pytestmark = pytest.mark.integration

N_ARTICLES = 240
PARTITIONS = 4
TIMEOUT_S = 180.0
#: small batches, so that the backlog is read in several of them
BATCH_ENV = {"HEADLINES_BATCH_MAX": "64"}


def processed(worker: WorkerProcess) -> tuple[float, float, float]:
    """(articles consumed, moves extracted, moves folded) by the worker so far."""
    text = worker.metrics()
    articles = sum(metric(text, f'headlines_articles_consumed_total{{result="{r}"}}')
                   for r in ("ok", "invalid", "duplicate"))
    return articles, metric(text, "headlines_move_events_total"), metric(text, "headlines_moves_consumed_total")


def wait_processed(worker: WorkerProcess, articles: int) -> None:
    def done() -> bool:
        worker.assert_alive()
        try:
            consumed, extracted, folded = processed(worker)
        except OSError:  # the metrics endpoint did not answer in time (a busy machine): ask again
            return False
        return consumed >= articles and folded >= extracted
    wait_for(done, TIMEOUT_S, f"{articles} articles to be processed", interval_s=0.1)


def one_by_one(settings: Settings, articles: list[dict[str, Any]], data_dir: Path) -> None:
    worker = WorkerProcess(settings, data_dir, extra_env=BATCH_ENV)
    worker.start()
    prod = producer(settings)
    try:
        worker.wait_ready()
        for i, article in enumerate(articles, start=1):
            prod.send(settings.topic_articles, key=str(article["id"]).encode(), value=orjson.dumps(article))
            prod.flush()
            wait_processed(worker, i)
        rel.wait_all_committed(settings, TIMEOUT_S, alive=worker.assert_alive)
    finally:
        prod.close()
        worker.stop()


def backlog_before_start(settings: Settings, articles: list[dict[str, Any]], data_dir: Path) -> None:
    assert publish(settings, articles).sent == len(articles)
    worker = WorkerProcess(settings, data_dir, extra_env=BATCH_ENV)
    worker.start()
    try:
        worker.wait_ready()
        wait_processed(worker, len(articles))
        rel.wait_all_committed(settings, TIMEOUT_S, alive=worker.assert_alive)
    finally:
        worker.stop()


def backlog_while_running(settings: Settings, articles: list[dict[str, Any]], data_dir: Path) -> None:
    worker = WorkerProcess(settings, data_dir, extra_env=BATCH_ENV)
    worker.start()
    try:
        worker.wait_ready()
        assert publish(settings, articles).sent == len(articles)
        wait_processed(worker, len(articles))
        rel.wait_all_committed(settings, TIMEOUT_S, alive=worker.assert_alive)
    finally:
        worker.stop()


def test_batches_give_the_alerts_of_one_by_one_delivery(kafka_bootstrap: str, tmp_path: Path) -> None:
    base = Settings.from_env(env={}, kafka_bootstrap=kafka_bootstrap, topic_partitions=PARTITIONS)
    articles = rel.corpus(N_ARTICLES)
    reference = rel.oracle(articles, base)
    assert reference.alert_ids
    results: dict[str, tuple[set[str], list[dict[str, Any]]]] = {}
    for name, deliver in (("one by one", one_by_one), ("backlog before start", backlog_before_start),
                          ("backlog while running", backlog_while_running)):
        settings = rel.fresh_settings(base, name.replace(" ", "-"))
        deliver(settings, articles, tmp_path / name.replace(" ", "-"))
        alerts = rel.alerts(settings, read_committed=False)
        results[name] = ({str(a["alert_id"]) for a in alerts}, rel.dead_letters(settings))
        print(f"\n{name}: {len(alerts)} alert records, {len(results[name][0])} ids, "
              f"dead letters {rel.dead_letter_reasons(settings)}")
    for name, (ids, dead) in results.items():
        assert dead == [], f"{name}: {sorted(str(d['reason']) for d in dead)}"
        assert ids == reference.alert_ids, (f"{name}: {len(reference.alert_ids - ids)} lost, "
                                            f"{len(ids - reference.alert_ids)} unknown")
    assert results["one by one"][0] == results["backlog before start"][0] == results["backlog while running"][0]
