"""The worker's Prometheus metrics (monitoring.metrics) and the consumer lag gauges (monitoring.lag)."""

from __future__ import annotations

import itertools
import urllib.request

import pytest
from prometheus_client.parser import text_string_to_metric_families

from monitoring.lag import compute_lag, update_lag_gauges
from monitoring.metrics import (
    ARTICLE_RESULTS,
    DEAD_LETTER_REASONS,
    END_TO_END_BUCKETS_S,
    EXTRACTION_BUCKETS_S,
    MOVE_KINDS,
    Metrics,
    serve,
)
from tests.unit.monitoring_support import busy_metrics, samples

# --- the metrics themselves -----------------------------------------------------------------------------


def test_serve_exposes_the_given_registry() -> None:
    m = Metrics()
    m.late_events.inc(3)
    server = serve(m.registry, "127.0.0.1", 0)
    try:
        with urllib.request.urlopen(server.url, timeout=10) as response:
            body = response.read().decode()
    finally:
        server.stop()
    assert "headlines_late_events_total 3.0" in body.splitlines()


def test_known_label_values_exist_at_zero_from_the_start() -> None:
    s = samples(Metrics(alert_rules=[("high", "stock_day"), ("critical", "stock_day")]))
    for result in ARTICLE_RESULTS:
        assert s[("headlines_articles_consumed_total", (("result", result),))] == 0
    for kind in MOVE_KINDS:
        assert s[("headlines_move_events_total", (("kind", kind),))] == 0
    for reason in DEAD_LETTER_REASONS:
        assert s[("headlines_dead_letters_total", (("reason", reason),))] == 0
    for severity in ("high", "critical"):
        assert s[("headlines_alerts_emitted_total", (("rule", "stock_day"), ("severity", severity)))] == 0
    for name in (
        "headlines_late_events_total",
        "headlines_moves_consumed_total",
        "headlines_window_instruments",
    ):
        assert s[(name, ())] == 0
    assert s[("headlines_end_to_end_latency_seconds_count", ())] == 0
    assert s[("headlines_extraction_duration_seconds_bucket", (("le", "+Inf"),))] == 0


def test_hot_path_helpers_count_on_the_right_series() -> None:
    s = samples(busy_metrics())
    assert s[("headlines_articles_consumed_total", (("result", "ok"),))] == 3
    assert s[("headlines_articles_consumed_total", (("result", "invalid"),))] == 1
    assert s[("headlines_articles_consumed_total", (("result", "duplicate"),))] == 1
    assert s[("headlines_moves_consumed_total", ())] == 4
    assert s[("headlines_move_events_total", (("kind", "stock"),))] == 3
    assert s[("headlines_move_events_total", (("kind", "index"),))] == 1
    assert s[("headlines_move_events_total", (("kind", "sector"),))] == 0
    assert s[("headlines_alerts_emitted_total", (("rule", "stock_day"), ("severity", "high")))] == 1
    assert s[("headlines_alerts_emitted_total", (("rule", "stock_day"), ("severity", "critical")))] == 1
    assert s[("headlines_dead_letters_total", (("reason", "not_json"),))] == 1
    assert s[("headlines_dead_letters_total", (("reason", "something_new"),))] == 1
    assert s[("headlines_late_events_total", ())] == 1
    assert s[("headlines_window_instruments", ())] == 7
    assert s[("headlines_extraction_duration_seconds_bucket", (("le", "5e-05"),))] == 1
    assert s[("headlines_extraction_duration_seconds_bucket", (("le", "2.5e-05"),))] == 0
    assert s[("headlines_end_to_end_latency_seconds_bucket", (("le", "0.025"),))] == 1
    assert s[("headlines_end_to_end_latency_seconds_bucket", (("le", "0.01"),))] == 0
    assert s[("headlines_worker_info", (("guarantee", "exactly_once"), ("version", "1.2.3")))] == 1


@pytest.mark.parametrize("result", ARTICLE_RESULTS)
def test_article_counts_its_result_only(result: str) -> None:
    m = Metrics()
    m.article(result)
    m.article(result)
    s = samples(m)
    for other in ARTICLE_RESULTS:
        expected = 2 if other == result else 0
        assert s[("headlines_articles_consumed_total", (("result", other),))] == expected


def test_alert_rules_declared_after_construction_exist_at_zero() -> None:
    m = Metrics()
    assert not [k for k in samples(m) if k[0] == "headlines_alerts_emitted_total"]
    m.declare_alert_rules([("high", "index_day"), ("critical", "index_day")])
    m.alert("high", "index_day")
    m.declare_alert_rules([("high", "index_day")])  # declaring again keeps the count
    s = samples(m)
    assert s[("headlines_alerts_emitted_total", (("rule", "index_day"), ("severity", "high")))] == 1
    assert s[("headlines_alerts_emitted_total", (("rule", "index_day"), ("severity", "critical")))] == 0


def test_instances_have_separate_registries() -> None:
    first, second = Metrics(), Metrics()
    first.articles_ok.inc(5)
    assert samples(second)[("headlines_articles_consumed_total", (("result", "ok"),))] == 0
    assert samples(first)[("headlines_articles_consumed_total", (("result", "ok"),))] == 5


def test_metric_names_follow_the_conventions() -> None:
    families = list(text_string_to_metric_families(busy_metrics().exposition().decode()))
    ours = [f for f in families if not f.name.startswith("process_")]
    assert {f.name for f in ours} >= {
        "headlines_articles_consumed", "headlines_move_events", "headlines_alerts_emitted",
        "headlines_dead_letters", "headlines_late_events", "headlines_extraction_duration_seconds",
        "headlines_end_to_end_latency_seconds", "headlines_consumer_lag_messages",
        "headlines_window_instruments", "headlines_worker_info",
    }  # fmt: skip
    for family in ours:
        assert family.name.startswith("headlines_"), family.name
        if family.type == "counter":
            assert all(s.name.endswith(("_total", "_created")) for s in family.samples), family.name
        if family.type == "histogram":
            assert family.name.endswith("_seconds"), family.name
        label_names = {k for s in family.samples for k in s.labels} - {"le"}
        assert len(label_names) <= 2, (family.name, label_names)


@pytest.mark.parametrize(
    ("buckets", "low_s", "high_s"),
    [(EXTRACTION_BUCKETS_S, 0.00001, 1.0), (END_TO_END_BUCKETS_S, 0.001, 30.0)],
    ids=["extraction", "end_to_end"],
)
def test_histogram_buckets_span_their_range(buckets: tuple[float, ...], low_s: float, high_s: float) -> None:
    assert list(buckets) == sorted(set(buckets))
    assert buckets[0] == low_s and buckets[-1] == high_s
    assert all(b / a <= 3 + 1e-9 for a, b in itertools.pairwise(buckets))


# --- consumer lag ---------------------------------------------------------------------------------------

A0, A1, M0 = ("articles", 0), ("articles", 1), ("moves", 0)


@pytest.mark.parametrize(
    ("end_offsets", "positions", "expected"),
    [
        ({A0: 10}, {A0: 10}, {A0: 0}),  # caught up
        ({A0: 10}, {A0: 3}, {A0: 7}),  # behind
        ({A0: 10}, {A0: 0}, {A0: 10}),  # nothing consumed yet
        ({A0: 10}, {A0: 12}, {A0: 0}),  # position read after the end offset: never negative
        ({A0: 0}, {A0: 0}, {A0: 0}),  # empty partition
        ({A0: 10, A1: 5, M0: 100}, {A0: 4, A1: 5, M0: 1}, {A0: 6, A1: 0, M0: 99}),  # several partitions
        ({A0: 10, A1: 5}, {A0: 4}, {A0: 6}),  # position unknown: lag unknown, left out
        ({A0: 10}, {A0: 4, A1: 2}, {A0: 6}),  # end offset unknown: left out
        ({}, {}, {}),  # nothing assigned
    ],
)
def test_compute_lag(end_offsets, positions, expected) -> None:
    assert compute_lag(end_offsets, positions) == expected


def test_compute_lag_accepts_aiokafka_topic_partitions() -> None:
    from aiokafka.structs import TopicPartition

    tp = TopicPartition("articles", 2)
    assert compute_lag({tp: 9}, {tp: 4}) == {("articles", 2): 5}


def test_lag_gauges_follow_the_assignment() -> None:
    m = Metrics()
    update_lag_gauges(m, {A0: 3, A1: 4})
    update_lag_gauges(m, {A1: 9, M0: 1})  # A0 revoked in a rebalance, M0 assigned
    lag = {labels: v for (name, labels), v in samples(m).items() if name == "headlines_consumer_lag_messages"}
    assert lag == {
        (("partition", "1"), ("topic", "articles")): 9,
        (("partition", "0"), ("topic", "moves")): 1,
    }
