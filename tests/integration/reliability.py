"""Helpers of the reliability tests: a replayable corpus, fresh topic sets, progress by committed offsets,
the alerts and the window-state history of a run, and a pure in-process oracle of an uninterrupted run.

Progress is measured by the consumer group's committed offsets (the group id is the app id), because the
metrics counters of a worker start again from zero at every restart.
"""

from __future__ import annotations

import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from typing import Any

import orjson

from agents.settings import Settings
from benchmarks.corpus import generate_articles
from headlines.kafka_tools import ensure_topics, read_all
from streams.aggregations import json_default
from streams.articles import decode_article
from streams.directory import Directory
from streams.extract import Extractor
from streams.model import format_time
from streams.rules import Rules
from streams.state import InstrumentState, WindowConfig, apply
from tests.helpers import wait_for

CORPUS_START = datetime(2025, 2, 6, 1, 30, tzinfo=UTC)
SPACING_S = 300  # one article every 5 minutes of event time: three per 15-minute window
#: Faust reads these from the environment. A SIGKILLed member stays in the group until its session times
#: out (Faust's default: 60 s), which is how long a restarted or surviving worker waits to get its partitions.
FAST_FAILOVER_ENV = {"BROKER_SESSION_TIMEOUT": "6", "BROKER_HEARTBEAT_INTERVAL": "1"}


@lru_cache(maxsize=4)
def _corpus(n: int, seed: int) -> tuple[bytes, ...]:
    articles = generate_articles(n, seed=seed)
    for i, article in enumerate(articles):
        article["published_at"] = format_time(CORPUS_START + timedelta(seconds=i * SPACING_S))
    return tuple(orjson.dumps(a) for a in articles)


def corpus(n: int, seed: int = 11) -> list[dict[str, Any]]:
    """``n`` synthetic ~3 KB articles (``benchmarks.corpus``), published_at increasing in article order."""
    return [orjson.loads(a) for a in _corpus(n, seed)]


def fresh_settings(base: Settings, tag: str, **overrides: Any) -> Settings:
    """Settings like ``base`` with their own app id (consumer group) and topics, which are created."""
    run = f"{tag}-{uuid.uuid4().hex[:8]}"
    values = {**base.__dict__, "app_id": f"test-{run}", "topic_articles": f"t{run}.articles",
              "topic_moves": f"t{run}.moves", "topic_alerts": f"t{run}.alerts",
              "topic_dead_letters": f"t{run}.dead-letters", **overrides}
    settings = Settings.from_env(env={}, **values)
    ensure_topics(settings)
    return settings


class Offsets:
    """End offsets of topics and the committed offsets of the app's consumer group (the app id)."""

    def __init__(self, settings: Settings) -> None:
        from kafka import KafkaAdminClient, KafkaConsumer

        self.settings = settings
        self.consumer = KafkaConsumer(enable_auto_commit=False, **settings.kafka_python_config())
        self.admin = KafkaAdminClient(**settings.kafka_python_config())

    def close(self) -> None:
        self.consumer.close()
        self.admin.close()

    def __enter__(self) -> Offsets:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def ends(self, topic: str) -> dict[int, int]:
        from kafka import TopicPartition

        tps = [TopicPartition(topic, p) for p in sorted(self.consumer.partitions_for_topic(topic) or ())]
        return {tp.partition: int(off) for tp, off in self.consumer.end_offsets(tps).items()}

    def committed(self, topic: str) -> dict[int, int]:
        group = self.settings.app_id
        offsets = self.admin.list_group_offsets({group: None}).get(group, {})
        return {tp.partition: int(meta.offset) for tp, meta in offsets.items() if tp.topic == topic}

    def fraction(self, topic: str) -> float:
        """Share of ``topic`` that the group has committed (0.0 to 1.0); 0.0 when the broker is away."""
        try:
            ends, committed = self.ends(topic), self.committed(topic)
        except Exception:
            return 0.0
        total = sum(ends.values())
        return sum(min(max(committed.get(p, 0), 0), end) for p, end in ends.items()) / total if total else 1.0

    def done(self, topic: str, ends: dict[int, int] | None = None) -> bool:
        try:
            ends = ends if ends is not None else self.ends(topic)
            committed = self.committed(topic)
        except Exception:
            return False
        return all(committed.get(p, -1) >= end for p, end in ends.items())


def _wait_articles_committed(offsets: Offsets, settings: Settings, timeout_s: float, alive: Any) -> None:
    def articles_done() -> bool:
        if alive is not None:
            alive()
        return offsets.done(settings.topic_articles)

    wait_for(articles_done, timeout_s, "every article offset to be committed", interval_s=0.5)


def wait_all_committed(settings: Settings, timeout_s: float, alive: Any = None) -> None:
    """Until every article is committed, then every move sent for them (the moves end offsets are taken once
    the articles are done: later records are only watermark heartbeats, which keep the offsets moving)."""
    started = time.monotonic()
    with Offsets(settings) as offsets:
        _wait_articles_committed(offsets, settings, timeout_s, alive)
        moves_end = offsets.ends(settings.topic_moves)

        def moves_done() -> bool:
            if alive is not None:
                alive()
            return offsets.done(settings.topic_moves, moves_end)

        wait_for(moves_done, max(15.0, timeout_s - (time.monotonic() - started)),
                 "every move offset to be committed", interval_s=0.5)


def wait_settled(settings: Settings, expected: set[str], timeout_s: float, alive: Any = None,
                 read_committed: bool = False, quiet_s: float = 10.0) -> list[dict[str, Any]]:
    """Until the run is over: every article committed, every ``expected`` alert id in the alerts topic, and
    then every move committed or, failing that, the ``windows`` changelog unchanged for ``quiet_s`` (after a
    rebalance Faust can stop committing a partition that it goes on processing, faust-streaming/faust#596,
    so committed move offsets alone may never reach the end). Returns the alerts read last."""
    started = time.monotonic()

    def left() -> float:
        return max(15.0, timeout_s - (time.monotonic() - started))

    changelog = f"{settings.app_id}-windows-changelog"
    with Offsets(settings) as offsets:
        _wait_articles_committed(offsets, settings, timeout_s, alive)
        got = wait_alerts(settings, expected, left(), alive=alive, read_committed=read_committed)
        moves_end = offsets.ends(settings.topic_moves)
        last: dict[int, int] = {}
        since = time.monotonic()

        def settled() -> bool:
            nonlocal last, since
            if alive is not None:
                alive()
            if offsets.done(settings.topic_moves, moves_end):
                return True
            try:
                ends = offsets.ends(changelog)
            except Exception:
                return False
            if ends != last:
                last, since = ends, time.monotonic()
            return time.monotonic() - since >= quiet_s

        wait_for(settled, left(), "every move processed", interval_s=0.5)
    return got


def wait_alerts(settings: Settings, expected: set[str], timeout_s: float, alive: Any = None,
                read_committed: bool = False) -> list[dict[str, Any]]:
    """Until the alerts topic holds every id of ``expected`` (or the time is up); the alerts read last.

    Used where committed offsets cannot tell that the work is done: after a rebalance, Faust can stop
    committing a partition for good while it goes on processing it (a gap in its acked offsets, see
    faust-streaming/faust#596); nothing is lost, but the committed offsets never reach the end.
    """
    deadline = time.monotonic() + timeout_s
    while True:
        if alive is not None:
            alive()
        got = alerts(settings, read_committed)
        if expected <= {str(a["alert_id"]) for a in got} or time.monotonic() > deadline:
            return got
        time.sleep(2.0)


def alerts(settings: Settings, read_committed: bool) -> list[dict[str, Any]]:
    return [orjson.loads(r.value) for r in read_all(settings, settings.topic_alerts, timeout_s=3.0,
                                                       read_committed=read_committed)]


def dead_letters(settings: Settings) -> list[dict[str, Any]]:
    return [orjson.loads(r.value) for r in read_all(settings, settings.topic_dead_letters, timeout_s=3.0)]


def dead_letter_reasons(settings: Settings) -> dict[str, int]:
    """How many dead letters of each reason the run wrote (printed by the tests, to tell a loss's cause)."""
    return dict(Counter(str(d.get("reason")) for d in dead_letters(settings)))


def id_counts(records: list[dict[str, Any]]) -> Counter[str]:
    return Counter(str(a["alert_id"]) for a in records)


def canonical_pane(pane: dict[str, Any]) -> dict[str, Any]:
    """A pane's changelog form with its unordered parts sorted (sets and dicts are written as lists)."""
    return {**pane,
            "mv": sorted((d, p, x, sorted(map(tuple, counts))) for d, p, x, counts in pane.get("mv", ())),
            "seen": sorted(pane.get("seen", ()))}


@dataclass
class WindowHistory:
    """What the ``windows`` changelog of a run says: the final table, and every pane and fired window key as
    last written before it was evicted (a pane only grows until it is evicted, so its last version holds
    all of its events; the fired severity of a window key only rises)."""

    final: dict[str, dict[str, Any]] = field(default_factory=dict)
    panes: dict[tuple[str, int], dict[str, Any]] = field(default_factory=dict)
    fired: dict[tuple[str, int, int, str, str], str] = field(default_factory=dict)
    records: int = 0

    def add(self, key: str, value: dict[str, Any] | None) -> None:
        self.records += 1
        if value is None:
            self.final.pop(key, None)
            return
        self.final[key] = value
        for pane in value.get("panes", ()):
            self.panes[(key, int(pane["s"]))] = pane  # made canonical once, by canonical()
        for s, e, d, r, sev in value.get("fired", ()):
            self.fired[(key, int(s), int(e), str(d), str(r))] = str(sev)


    def canonical(self) -> WindowHistory:
        self.panes = {k: canonical_pane(p) for k, p in self.panes.items()}
        return self


def window_history(settings: Settings, read_committed: bool) -> WindowHistory:
    """Read ``<app_id>-windows-changelog`` from the start (keys and values are JSON, see agents.app)."""
    history = WindowHistory()
    topic = f"{settings.app_id}-windows-changelog"
    records = read_all(settings, topic, timeout_s=3.0, read_committed=read_committed)
    assert records, f"nothing read from {topic}"
    for record in records:
        history.add(orjson.loads(record.key), orjson.loads(record.value) if record.value else None)
    return history.canonical()


@dataclass
class Oracle:
    """An uninterrupted run computed in-process: extraction and the fold in event-time order."""

    alert_ids: set[str]
    history: WindowHistory
    moves: int


def oracle(articles: list[dict[str, Any]], settings: Settings) -> Oracle:
    """Extract every article and apply the moves in event-time order with the worker's window settings.

    In event-time order no event is late, so the alert ids are those of any run that loses nothing (the
    set of alert ids per window does not depend on arrival order, see :mod:`streams.state`).
    """
    extractor = _extractor(settings.max_article_bytes)
    config = WindowConfig(size_s=settings.window_size_s, grace_s=settings.window_grace_s,
                          rolling_size_s=settings.rolling_size_s, max_article_ids=settings.max_article_ids)
    rules = Rules.load(settings.rules_path or None)
    moves = []
    received = datetime.now(UTC)
    for article in articles:
        decoded = decode_article(orjson.dumps(article), max_bytes=settings.max_article_bytes,
                                 received_at=received)
        moves.extend(extractor.extract(decoded))
    moves.sort(key=lambda m: (m.event_time, m.event_id))
    states: dict[str, InstrumentState] = {}
    ids: set[str] = set()
    history = WindowHistory()
    for move in moves:
        key = move.instrument.key
        outcome = apply(states.get(key), move, config=config, rules=rules, now=received)
        assert not outcome.late, move
        states[key] = outcome.state
        ids.update(a.alert_id for a in outcome.alerts)
        if not outcome.duplicate:
            history.add(key, orjson.loads(orjson.dumps(outcome.state.to_dict(), default=json_default)))
    return Oracle(ids, history.canonical(), len(moves))


@lru_cache(maxsize=2)
def _extractor(max_bytes: int) -> Extractor:
    return Extractor(Directory.load([]), max_bytes=max_bytes)
