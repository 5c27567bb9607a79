"""Worker crashes: 5,000 articles replayed while the worker is SIGKILLed at seeded random moments and restarted.

The alerts topic of the crashed run is compared by ``alert_id`` with an uninterrupted reference run over the
same articles (the pure fold in event-time order, ``reliability.oracle``): none lost; none duplicated under
``exactly_once`` (read_committed); under ``at_least_once`` duplicates are only repeated ids (no id that the
reference does not have). Window state is compared through
the ``windows`` changelog: every pane's last version before eviction and every fired window key, over the
whole run, equal the reference's. (The final table itself is not compared: which panes are evicted, and which
idle instruments are swept, depends on when watermark heartbeats arrived.)
"""

from __future__ import annotations

import base64
import random
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson
import pytest

from agents.settings import Settings
from headlines.publish import publish
from streams.aggregations import event_digest
from streams.model import MoveEvent
from tests.helpers import WorkerProcess, wait_for
from tests.integration import reliability as rel

pytestmark = pytest.mark.integration

N_ARTICLES = 5000
KILLS = 3
SEED = 20250206
TIMEOUT_S = 300.0


@dataclass
class Run:
    settings: Settings
    alerts: list[dict[str, Any]]
    history: rel.WindowHistory
    dead_letters: list[dict[str, Any]]
    kills: int = 0


def start(settings: Settings, data_dir: Path, guarantee: str) -> WorkerProcess:
    worker = WorkerProcess(settings, data_dir, extra_env={"HEADLINES_PROCESSING_GUARANTEE": guarantee,
                                                                  **rel.FAST_FAILOVER_ENV})
    worker.start()
    return worker


@pytest.fixture(scope="module")
def base(kafka_bootstrap: str) -> Settings:
    return Settings.from_env(env={}, kafka_bootstrap=kafka_bootstrap, topic_partitions=2)


@pytest.fixture(scope="module")
def reference(base: Settings) -> rel.Oracle:
    """The uninterrupted run: every move applied in event-time order by the pure fold (``rel.oracle``)."""
    return rel.oracle(rel.corpus(N_ARTICLES), base)


def crashed_run(base: Settings, data_dir: Path, guarantee: str, expected: set[str]) -> Run:
    settings = rel.fresh_settings(base, "crash")
    report = publish(settings, rel.corpus(N_ARTICLES))
    assert report.sent == N_ARTICLES
    rng = random.Random(f"{SEED}-{guarantee}")
    # Kill when a random share of the articles is committed, then after a random extra delay.
    thresholds = sorted(rng.uniform(0.1, 0.8) for _ in range(KILLS))
    worker = start(settings, data_dir, guarantee)
    kills = 0
    offsets = rel.Offsets(settings)
    committed = guarantee == "exactly_once"
    try:
        for share in thresholds:
            def reached(share: float = share, worker: WorkerProcess = worker) -> bool:
                worker.assert_alive()
                return offsets.fraction(settings.topic_articles) >= share
            wait_for(reached, TIMEOUT_S, f"{share:.0%} of the articles to be committed", interval_s=0.3)
            time.sleep(rng.uniform(0.0, 1.5))
            worker.kill()
            worker.stop()
            kills += 1
            worker = start(settings, data_dir, guarantee)
        worker.wait_ready()
        rel.wait_settled(settings, expected, TIMEOUT_S, alive=worker.assert_alive, read_committed=committed)
        worker.stop()
        return Run(settings, rel.alerts(settings, read_committed=committed),
                   rel.window_history(settings, read_committed=committed), rel.dead_letters(settings), kills)
    finally:
        offsets.close()
        worker.stop()


@pytest.mark.parametrize("guarantee", ["at_least_once", "exactly_once"])
def test_sigkilled_worker_loses_nothing(reference: rel.Oracle, base: Settings, tmp_path: Path,
                                        guarantee: str) -> None:
    run = crashed_run(base, tmp_path / "worker", guarantee, reference.alert_ids)
    assert run.kills == KILLS
    ref_ids = reference.alert_ids
    ids = rel.id_counts(run.alerts)
    assert ref_ids
    lost = ref_ids - set(ids)
    unknown = set(ids) - ref_ids
    duplicated = sum(n - 1 for n in ids.values())
    print(f"\n{guarantee}: {N_ARTICLES} articles, {run.kills} kills, {len(ref_ids)} reference alerts, "
          f"{len(lost)} lost, {len(unknown)} unknown, {duplicated} duplicate records, "
          f"{len(run.dead_letters)} redelivered moves dead-lettered as late")
    applied = {digest for pane in run.history.panes.values() for digest in pane["seen"]}
    late_moves = [MoveEvent.from_dict(orjson.loads(base64.b64decode(d["value_base64"])))
                  for d in run.dead_letters if d["reason"] == "late"]
    if lost:  # what the loss looks like, to tell its cause
        print(f"late dead letters not applied: {sum(event_digest(m.event_id) not in applied for m in late_moves)}")
        print(f"missing panes: {len(set(reference.history.panes) - set(run.history.panes))}, differing: "
              f"{sum(run.history.panes.get(k) != p for k, p in reference.history.panes.items())}")
    assert not lost
    assert not unknown
    if guarantee == "exactly_once":
        assert duplicated == 0
    # Window state: every pane and fired window key of the whole run, and the final instruments.
    assert run.history.panes == reference.history.panes
    assert run.history.fired == reference.history.fired
    # A move read again after a kill whose window is closed and already evicted cannot be told from a late
    # one, and is dead-lettered as late; each must be an event that the window state holds already.
    for dead in run.dead_letters:
        assert dead["reason"] == "late", dead
        move = MoveEvent.from_dict(orjson.loads(base64.b64decode(dead["value_base64"])))
        assert event_digest(move.event_id) in applied, dead
