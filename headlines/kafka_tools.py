"""Small kafka-python helpers shared by the CLI tools, the demo, the tests and the benchmarks."""

from __future__ import annotations

import contextlib
import logging
import socket
import time
from collections.abc import Iterable
from typing import Any

from agents.settings import Settings
from headlines.errors import ConfigError, DeliveryError


def topic_names(settings: Settings) -> list[str]:
    return [settings.topic_articles, settings.topic_moves, settings.topic_alerts, settings.topic_dead_letters]


class _ConnectionErrors(logging.Handler):
    """Collects what kafka-python logs while it bootstraps: it retries a failed SASL or TLS handshake until
    its timeout and then raises only "Unable to bootstrap", so the real cause is found in its log records."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())

    def cause(self, settings: Settings) -> str | None:
        text = "\n".join(self.messages)
        if "SaslAuthenticationFailed" in text or "Authentication failed" in text:
            return (f"authentication failed (SASL {settings.sasl_mechanism}, user {settings.sasl_username!r}): "
                    "check HEADLINES_SASL_USERNAME, HEADLINES_SASL_PASSWORD and HEADLINES_SASL_MECHANISM")
        if "CERTIFICATE_VERIFY_FAILED" in text or "SSLCertVerificationError" in text:
            return "the broker's TLS certificate is not trusted: check HEADLINES_SSL_CAFILE"
        return None


def _unidentified(settings: Settings, exc: Exception) -> str:
    """The client did not say why (a broker may just close the socket on a failed SASL handshake)."""
    if not settings.uses_sasl:
        return str(exc)
    return (f"{exc}; the broker may have refused the authentication (SASL {settings.sasl_mechanism}, user "
            f"{settings.sasl_username!r}): check HEADLINES_SASL_USERNAME, HEADLINES_SASL_PASSWORD, "
            "HEADLINES_SASL_MECHANISM and the TLS settings")


def _address(server: str) -> tuple[str, int]:
    host, _, port = server.strip().rpartition(":")
    if not host:
        return port.strip("[]"), 9092
    return host.strip("[]"), int(port) if port.isdigit() else 9092


def check_reachable(settings: Settings, timeout_s: float = 3.0) -> None:
    """Fail fast, in one line, when no bootstrap server accepts a connection (kafka-python would retry for
    30 s and then raise "Unable to bootstrap")."""
    reasons = []
    for server in settings.bootstrap_servers:
        try:
            with socket.create_connection(_address(server), timeout=timeout_s):
                return
        except OSError as exc:
            reasons.append(f"{server}: {exc.strerror or type(exc).__name__}")
    raise DeliveryError(f"no Kafka broker answers at {settings.kafka_bootstrap} ({'; '.join(reasons)}): start "
                        "one with `headlines broker start`, or point HEADLINES_KAFKA_BOOTSTRAP at yours")


def connect(settings: Settings, make: Any) -> Any:
    """``make()`` a kafka-python client; a failure becomes one DeliveryError that names its cause."""
    check_reachable(settings)
    handler = _ConnectionErrors()
    kafka_log = logging.getLogger("kafka")
    kafka_log.addHandler(handler)
    try:
        return make()
    except Exception as exc:
        cause = handler.cause(settings) or _unidentified(settings, exc)
        raise DeliveryError(f"cannot connect to Kafka at {settings.kafka_bootstrap}: {cause}") from exc
    finally:
        kafka_log.removeHandler(handler)


def admin(settings: Settings) -> Any:
    from kafka import KafkaAdminClient

    return connect(settings, lambda: KafkaAdminClient(client_id="headlines-admin", request_timeout_ms=15000,
                                                      **settings.kafka_python_config()))


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
        described = _wait_for_metadata(client, wanted)
        _check_partitions(settings, described, partitions or settings.topic_partitions, result)
        return result
    finally:
        client.close()


def _check_partitions(settings: Settings, described: list[dict[str, Any]], wanted: int,
                      created: dict[str, bool]) -> None:
    """The worker's tables and watermarks assume every topic has the configured partition count."""
    for topic in described:
        name, count = topic.get("topic") or topic.get("name"), len(topic.get("partitions") or ())
        if count != wanted and not created.get(str(name)):
            raise ConfigError(
                f"topic {name} at {settings.kafka_bootstrap} has {count} partitions, not the {wanted} of "
                f"HEADLINES_TOPIC_PARTITIONS: set HEADLINES_TOPIC_PARTITIONS={count}, or name new topics with "
                "HEADLINES_TOPIC_ARTICLES, _MOVES, _ALERTS, _DEAD_LETTERS (and a new HEADLINES_APP_ID)")


def _wait_for_metadata(client: Any, names: list[str], timeout_s: float = 30.0) -> list[dict[str, Any]]:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        described: list[dict[str, Any]] = client.describe_topics(names)
        if all(t.get("error_code", 0) == 0 and t.get("partitions") for t in described):
            return described
        time.sleep(0.2)
    raise DeliveryError(f"topics {names} did not become available within {timeout_s:.0f} s")


def producer(settings: Settings, **overrides: Any) -> Any:
    from kafka import KafkaProducer

    cfg: dict[str, Any] = {"acks": "all", "linger_ms": 5, "retries": 5, "enable_idempotence": True,
                           "max_request_size": 16 * 1024 * 1024}
    cfg.update(overrides)
    return connect(settings, lambda: KafkaProducer(**settings.kafka_python_config(), **cfg))


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
