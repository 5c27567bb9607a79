"""Prometheus metrics of a headlines worker.

One :class:`Metrics` object per worker. It owns its own ``CollectorRegistry`` (tests may create several) and
defines every metric the dashboards and rules in ``monitoring/`` refer to. Names follow the Prometheus
conventions: one prefix (``headlines_``), base units (seconds), ``_total`` on counters, small label sets.

Hot paths never call ``.labels()``: children for the known label values are bound once at construction and
kept in attributes (``m.articles_ok.inc()``) or in small dict caches behind methods (``m.article(result)``,
``m.dead_letter(reason)``, ``m.move_event(kind)``, ``m.alert(severity, rule)``). Known label values are
pre-initialised to 0 so that every series exists from the first scrape, which ``rate()`` and the dashboard
need.

:func:`serve` starts the HTTP exposition server for a registry and returns a handle that can be stopped.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from dataclasses import dataclass
from wsgiref.simple_server import WSGIServer

from prometheus_client import (
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    Info,
    ProcessCollector,
    generate_latest,
    start_http_server,
)

PREFIX = "headlines"

ARTICLE_RESULTS: tuple[str, ...] = ("ok", "invalid", "duplicate")
MOVE_KINDS: tuple[str, ...] = ("stock", "index", "sector")
# Reasons known when this was written (see streams.errors.InvalidArticle and the pipeline's dead letters);
# others are accepted and get a series on first use.
DEAD_LETTER_REASONS: tuple[str, ...] = (
    "not_utf8",
    "not_json",
    "wrong_type",
    "missing_field",
    "too_large",
    "late",
)

# Extraction of one article: from about 10 µs (a short text with nothing in it) to 1 s (a pathological one).
EXTRACTION_BUCKETS_S: tuple[float, ...] = (
    0.00001, 0.000025, 0.00005,
    0.0001, 0.00025, 0.0005,
    0.001, 0.0025, 0.005,
    0.01, 0.025, 0.05,
    0.1, 0.25, 0.5,
    1.0,
)  # fmt: skip
# Article arrival to alert produced: from 1 ms (same process, no wait) to 30 s (a slow broker or a backlog).
END_TO_END_BUCKETS_S: tuple[float, ...] = (
    0.001, 0.0025, 0.005,
    0.01, 0.025, 0.05,
    0.1, 0.25, 0.5,
    1.0, 2.5, 5.0,
    10.0, 30.0,
)  # fmt: skip

GUARANTEES: tuple[str, ...] = ("at_least_once", "exactly_once")


class Metrics:
    """Every metric of one worker, in its own registry, with pre-bound children for the hot paths.

    ``alert_rules`` lists the ``(severity, rule)`` pairs the worker's alert rules can emit, so that their
    series exist (at 0) from the start; pass them from the loaded rules file (or call
    :meth:`declare_alert_rules` later). ``dead_letter_reasons`` likewise pre-creates the dead-letter series.
    """

    def __init__(
        self,
        *,
        version: str = "unknown",
        guarantee: str = "at_least_once",
        alert_rules: Iterable[tuple[str, str]] = (),
        dead_letter_reasons: Iterable[str] = DEAD_LETTER_REASONS,
        registry: CollectorRegistry | None = None,
        process_metrics: bool = True,
    ) -> None:
        self.registry = registry if registry is not None else CollectorRegistry(auto_describe=True)
        reg = self.registry

        self._articles = Counter(
            f"{PREFIX}_articles_consumed_total",
            "Articles consumed from the articles topic, by result (ok, invalid, duplicate).",
            ["result"],
            registry=reg,
        )
        self._article_children = {result: self._articles.labels(result=result) for result in ARTICLE_RESULTS}
        self.articles_ok = self._article_children["ok"]
        self.articles_invalid = self._article_children["invalid"]
        self.articles_duplicate = self._article_children["duplicate"]

        self.moves_consumed = Counter(
            f"{PREFIX}_moves_consumed_total",
            "Move events consumed from the moves topic by the aggregating agent.",
            registry=reg,
        )

        self._move_events = Counter(
            f"{PREFIX}_move_events_total",
            "Move events extracted from articles, by instrument kind (stock, index, sector).",
            ["kind"],
            registry=reg,
        )
        self._move_children = {kind: self._move_events.labels(kind=kind) for kind in MOVE_KINDS}
        self.moves_stock = self._move_children["stock"]
        self.moves_index = self._move_children["index"]
        self.moves_sector = self._move_children["sector"]

        self._alerts = Counter(
            f"{PREFIX}_alerts_emitted_total",
            "Alerts produced to the alerts topic, by severity and by the rule that fired.",
            ["severity", "rule"],
            registry=reg,
        )
        self._alert_children: dict[tuple[str, str], Counter] = {}
        self.declare_alert_rules(alert_rules)

        self._dead_letters = Counter(
            f"{PREFIX}_dead_letters_total",
            "Records sent to the dead-letters topic, by reason.",
            ["reason"],
            registry=reg,
        )
        self._dead_letter_children = {
            reason: self._dead_letters.labels(reason=reason) for reason in dead_letter_reasons
        }

        self.late_events = Counter(
            f"{PREFIX}_late_events_total",
            "Move events that arrived after their window's grace period (also sent to dead letters).",
            registry=reg,
        )

        self.redelivered_moves = Counter(
            f"{PREFIX}_redelivered_moves_total",
            "Move events read again after a restart or take-over that their window state had applied already "
            "(passed over; not counted twice, not dead-lettered).",
            registry=reg,
        )

        self.extraction_duration = Histogram(
            f"{PREFIX}_extraction_duration_seconds",
            "Time to extract the move events of one article.",
            buckets=EXTRACTION_BUCKETS_S,
            registry=reg,
        )
        self.end_to_end_latency = Histogram(
            f"{PREFIX}_end_to_end_latency_seconds",
            "Time from an article's arrival on the articles topic to the alert it caused being produced.",
            buckets=END_TO_END_BUCKETS_S,
            registry=reg,
        )

        self.consumer_lag = Gauge(
            f"{PREFIX}_consumer_lag_messages",
            "Messages between the consumer's position and the end of the log, per topic partition.",
            ["topic", "partition"],
            registry=reg,
        )
        self._lag_children: dict[tuple[str, int], Gauge] = {}

        self.window_instruments = Gauge(
            f"{PREFIX}_window_instruments",
            "Instruments currently held in the window state of this worker.",
            registry=reg,
        )

        self.worker_info = Info(
            f"{PREFIX}_worker",
            "Version and processing guarantee of the worker (value is always 1).",
            registry=reg,
        )
        self.worker_info.info({"version": version, "guarantee": guarantee})

        if process_metrics:
            ProcessCollector(registry=reg)

    # -- hot-path helpers: a dict lookup, .labels() only for a value never seen before --------------------

    def move_event(self, kind: str, amount: float = 1) -> None:
        """Count ``amount`` extracted move events of instrument kind ``kind``."""
        child = self._move_children.get(kind)
        if child is None:
            child = self._move_children.setdefault(kind, self._move_events.labels(kind=kind))
        child.inc(amount)

    def article(self, result: str, amount: int = 1) -> None:
        """Count ``amount`` consumed articles with ``result`` (``ok``, ``invalid`` or ``duplicate``)."""
        self._article_children[result].inc(amount)

    def declare_alert_rules(self, alert_rules: Iterable[tuple[str, str]]) -> None:
        """Create (at 0) the series of these ``(severity, rule)`` pairs, e.g. once the rules are loaded."""
        for severity, rule in alert_rules:
            if (severity, rule) not in self._alert_children:
                self._alert_children[(severity, rule)] = self._alerts.labels(severity=severity, rule=rule)

    def alert(self, severity: str, rule: str) -> None:
        """Count one alert produced with ``severity`` by ``rule``."""
        key = (severity, rule)
        child = self._alert_children.get(key)
        if child is None:
            child = self._alert_children.setdefault(key, self._alerts.labels(severity=severity, rule=rule))
        child.inc()

    def dead_letter(self, reason: str) -> None:
        """Count one record sent to dead letters for ``reason``."""
        child = self._dead_letter_children.get(reason)
        if child is None:
            child = self._dead_letter_children.setdefault(reason, self._dead_letters.labels(reason=reason))
        child.inc()

    # -- consumer lag (see monitoring.lag) -----------------------------------------------------------------

    def set_lag(self, lag: dict[tuple[str, int], int]) -> None:
        """Set the lag gauge to ``lag`` and remove the series of partitions no longer in it."""
        for key in [k for k in self._lag_children if k not in lag]:
            del self._lag_children[key]
            self.consumer_lag.remove(key[0], str(key[1]))
        for key, value in lag.items():
            child = self._lag_children.get(key)
            if child is None:
                child = self.consumer_lag.labels(topic=key[0], partition=str(key[1]))
                self._lag_children[key] = child
            child.set(value)

    def serve(self, host: str = "0.0.0.0", port: int = 9108) -> MetricsServer:
        """Serve this registry over HTTP (see :func:`serve`)."""
        return serve(self.registry, host, port)

    def exposition(self) -> bytes:
        """The registry in the Prometheus text format, as served on ``/metrics``."""
        return generate_latest(self.registry)


@dataclass
class MetricsServer:
    """A running exposition server; ``port`` is the bound port (useful when asked for port 0)."""

    host: str
    port: int
    _server: WSGIServer
    _thread: threading.Thread

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}/metrics"

    def stop(self) -> None:
        """Stop serving and release the port."""
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)


def serve(registry: CollectorRegistry, host: str = "0.0.0.0", port: int = 9108) -> MetricsServer:
    """Serve ``registry`` over HTTP on ``host:port`` (any path, ``/metrics`` by convention) in a thread."""
    server, thread = start_http_server(port, addr=host, registry=registry)
    return MetricsServer(host=host, port=int(server.server_address[1]), _server=server, _thread=thread)
