"""Small kafka-python helpers shared by the CLI tools, the demo, the tests and the benchmarks."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterable
from typing import Any

from headlines.errors import DeliveryError
from headlines.settings import Settings


def topic_names(settings: Settings) -> list[str]:
    return [settings.topic_articles, settings.topic_moves, settings.topic_alerts, settings.topic_dead_letters]


def admin(settings: Settings) -> Any:
    from kafka import KafkaAdminClient

    try:
        return KafkaAdminClient(client_id="headlines-admin", request_timeout_ms=15000,
                                **settings.kafka_python_config())
    except Exception as exc:
        raise DeliveryError(f"cannot reach Kafka at {settings.kafka_bootstrap}: {exc}") from exc


def ensure_topics(settings: Settings, names: Iterable[str] | None = None,
                  partitions: int | None = None) -> dict[str, bool]:
    """Create the topics that are missing; return ``{name: created}``."""
    from kafka.admin import NewTopic
    from kafka.errors import TopicAlreadyExistsError

    wanted = list(names) if names is not None else topic_names(settings)
    client = admin(settings)
    try:
        existing = set(client.list_topics())
        result: dict[str, bool] = {}
        missing = [n for n in wanted if n not in existing]
        for name in wanted:
            result[name] = False
        if missing:
            new = [NewTopic(n, partitions or settings.topic_partitions, settings.topic_replication_factor)
                   for n in missing]
            with contextlib.suppress(TopicAlreadyExistsError):
                client.create_topics(new)
            for name in missing:
                result[name] = True
        _wait_for_metadata(client, wanted)
        return result
    finally:
        client.close()


def _wait_for_metadata(client: Any, names: list[str], timeout_s: float = 30.0) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        described = client.describe_topics(names)
        if all(t.get("error_code", 0) == 0 and t.get("partitions") for t in described):
            return
        time.sleep(0.2)
    raise DeliveryError(f"topics {names} did not become available within {timeout_s:.0f} s")


def producer(settings: Settings, **overrides: Any) -> Any:
    from kafka import KafkaProducer

    cfg: dict[str, Any] = {"acks": "all", "linger_ms": 5, "retries": 5, "enable_idempotence": True,
                           "max_request_size": 16 * 1024 * 1024}
    cfg.update(overrides)
    try:
        return KafkaProducer(**settings.kafka_python_config(), **cfg)
    except Exception as exc:
        raise DeliveryError(f"cannot reach Kafka at {settings.kafka_bootstrap}: {exc}") from exc


def read_all(settings: Settings, topic: str, *, timeout_s: float = 10.0, max_records: int | None = None,
             read_committed: bool = False) -> list[Any]:
    """Read a topic from the beginning until ``max_records`` are read or it is idle for ``timeout_s``."""
    from kafka import KafkaConsumer, TopicPartition

    consumer = KafkaConsumer(enable_auto_commit=False, consumer_timeout_ms=int(timeout_s * 1000),
                             isolation_level="read_committed" if read_committed else "read_uncommitted",
                             **settings.kafka_python_config())
    try:
        parts = consumer.partitions_for_topic(topic) or set()
        tps = [TopicPartition(topic, p) for p in sorted(parts)]
        consumer.assign(tps)
        consumer.seek_to_beginning(*tps)
        out: list[Any] = []
        for record in consumer:
            out.append(record)
            if max_records is not None and len(out) >= max_records:
                break
        return out
    finally:
        consumer.close()
