"""Metrics, Prometheus configuration and rules, and the Grafana dashboard (monitoring/)."""

from __future__ import annotations

import itertools
import json
import shutil
import subprocess
import urllib.error
import urllib.request

import pytest
import yaml
from prometheus_client.parser import text_string_to_metric_families

from monitoring import dashboard
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

MONITORING = dashboard.MONITORING_DIR
PROMTOOL = shutil.which("promtool")
needs_promtool = pytest.mark.skipif(
    PROMTOOL is None,
    reason="promtool not installed (Debian package 'prometheus'; `make test` installs it)",
)


def promtool(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    assert PROMTOOL is not None
    return subprocess.run(
        [PROMTOOL, *args],
        input=stdin.decode() if stdin is not None else None,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=MONITORING,
    )


def samples(metrics: Metrics) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    """Every sample of the exposition, keyed by name and sorted labels."""
    out = {}
    for family in text_string_to_metric_families(metrics.exposition().decode()):
        for s in family.samples:
            out[(s.name, tuple(sorted(s.labels.items())))] = s.value
    return out


def busy_metrics() -> Metrics:
    """A Metrics instance in which every metric has been used."""
    m = Metrics(version="1.2.3", guarantee="exactly_once", alert_rules=[("high", "stock_day")])
    m.articles_ok.inc(3)
    m.articles_invalid.inc()
    m.articles_duplicate.inc()
    m.moves_consumed.inc(4)
    m.move_event("stock", 3)
    m.move_event("index")
    m.alert("high", "stock_day")
    m.alert("critical", "stock_day")
    m.dead_letter("not_json")
    m.dead_letter("something_new")
    m.late_events.inc()
    m.extraction_duration.observe(0.00004)
    m.end_to_end_latency.observe(0.012)
    m.window_instruments.set(7)
    update_lag_gauges(m, {("headlines.articles", 0): 5, ("headlines.moves", 1): 0})
    return m


# --- promtool on the configuration, the rules and the exposition ----------------------------------------


@needs_promtool
@pytest.mark.parametrize("config", ["prometheus.yml", "prometheus.local.yml"])
def test_promtool_check_config(config: str) -> None:
    result = promtool("check", "config", config)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2 rule files found" in result.stdout


@needs_promtool
def test_promtool_check_rules() -> None:
    result = promtool("check", "rules", "rules/recording.yml", "rules/alerts.yml")
    assert result.returncode == 0, result.stdout + result.stderr


@needs_promtool
def test_promtool_unit_tests_of_the_alerting_rules_pass() -> None:
    result = promtool("test", "rules", "rules/tests.yml")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "SUCCESS" in result.stdout


def test_rule_unit_tests_cover_every_alert_firing_and_not_firing() -> None:
    tests = yaml.safe_load((MONITORING / "rules" / "tests.yml").read_text())
    firing: set[str] = set()
    quiet: set[str] = set()
    for case in tests["tests"]:
        for check in case.get("alert_rule_test", []):
            (firing if check.get("exp_alerts") else quiet).add(check["alertname"])
    alerts = set(dashboard.alerting_rules())
    assert alerts - firing == set(), "alerts never shown firing"
    assert alerts - quiet == set(), "alerts never shown not firing"


@needs_promtool
@pytest.mark.parametrize("make", [Metrics, busy_metrics], ids=["fresh", "busy"])
def test_exposition_passes_promtool_check_metrics(make) -> None:
    result = promtool("check", "metrics", stdin=make().exposition())
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "" and result.stderr.strip() == "", "promtool lint findings"


@needs_promtool
def test_served_endpoint_passes_promtool_check_metrics() -> None:
    m = busy_metrics()
    server = m.serve("127.0.0.1", 0)
    try:
        with urllib.request.urlopen(server.url, timeout=10) as response:
            body = response.read()
    finally:
        server.stop()
    assert b"headlines_articles_consumed_total" in body
    result = promtool("check", "metrics", stdin=body)
    assert result.returncode == 0, result.stdout + result.stderr
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(server.url, timeout=2)


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


# --- the dashboard and the Grafana provisioning ---------------------------------------------------------


def provisioned_datasource() -> dict:
    path = MONITORING / "grafana" / "provisioning" / "datasources" / "prometheus.yml"
    (datasource,) = yaml.safe_load(path.read_text())["datasources"]
    return datasource


def test_grafana_provisioning() -> None:
    datasource = provisioned_datasource()
    assert datasource["type"] == "prometheus"
    assert datasource["url"] == "http://prometheus:9090"
    path = MONITORING / "grafana" / "provisioning" / "dashboards" / "headlines.yml"
    (provider,) = yaml.safe_load(path.read_text())["providers"]
    assert provider["type"] == "file"
    assert provider["options"]["path"] == "/var/lib/grafana/dashboards"


def test_dashboard_is_valid_and_every_panel_uses_the_provisioned_datasource() -> None:
    uid = provisioned_datasource()["uid"]
    board = json.loads(dashboard.DASHBOARD_PATH.read_text())
    panels = [p for p in dashboard.iter_panels(board) if p["type"] != "row"]
    assert board["uid"] and board["title"] and len(panels) >= 10
    assert len({p["id"] for p in panels}) == len(panels), "panel ids must be unique"
    for panel in panels:
        assert panel["datasource"] == {"type": "prometheus", "uid": uid}, panel["title"]
        assert panel["targets"], panel["title"]
        assert len({t["refId"] for t in panel["targets"]}) == len(panel["targets"]), panel["title"]
        for target in panel["targets"]:
            assert target["datasource"]["uid"] == uid, panel["title"]
            assert target["expr"].strip(), panel["title"]
            # Expressions are sent as they are by the integration test: no Grafana variables in them.
            assert "$" not in target["expr"], panel["title"]


def test_dashboard_shows_what_ops_need() -> None:
    exprs = " ".join(dashboard.dashboard_expressions())
    for wanted in (
        "articles_consumed", "moves_consumed", "move_events", "alerts_emitted:rate1m_by_severity",
        "end_to_end_latency_seconds:p50", "end_to_end_latency_seconds:p95", "end_to_end_latency_seconds:p99",
        "consumer_lag_messages", "dead_letters:rate1m_by_reason", "late_events", "up{", "worker_info",
        "extraction_duration_seconds", "window_instruments",
    ):  # fmt: skip
        assert wanted in exprs, wanted


# --- every name the expressions use is defined ----------------------------------------------------------

EXPRESSIONS = sorted(
    set(dashboard.dashboard_expressions())
    | set(dashboard.recording_rules().values())
    | set(dashboard.alerting_rules().values())
)


def defined_sample_names() -> set[str]:
    return {name for name, _ in samples(busy_metrics())}


@pytest.mark.parametrize("expr", EXPRESSIONS)
def test_every_metric_an_expression_names_is_defined(expr: str) -> None:
    names = dashboard.metric_names(expr)
    assert names, f"no metric found in {expr!r}"
    recorded = set(dashboard.recording_rules())
    defined = defined_sample_names() | recorded | dashboard.PROMETHEUS_SERIES
    assert names <= defined, f"undefined: {sorted(names - defined)}"


def test_every_recording_rule_is_used_and_the_dashboard_prefers_them() -> None:
    used = set().union(*(dashboard.metric_names(e) for e in dashboard.dashboard_expressions()))
    used |= set().union(*(dashboard.metric_names(e) for e in dashboard.alerting_rules().values()))
    assert set(dashboard.recording_rules()) - used == set(), "recording rules nobody uses"
    raw = [
        e for e in dashboard.dashboard_expressions() if not any(":" in n for n in dashboard.metric_names(e))
    ]
    assert len(raw) <= 3, f"dashboard expressions that bypass the recording rules: {raw}"


@pytest.mark.parametrize(
    ("expr", "expected"),
    [
        ("up", {"up"}),
        ('up{job="headlines"}', {"up"}),
        ("headlines:articles_consumed:rate1m", {"headlines:articles_consumed:rate1m"}),
        ("sum(rate(a_total[1m]))", {"a_total"}),
        ('sum by (le) (rate(b_bucket{x=~"a|b"}[5m]))', {"b_bucket"}),
        ("sum(rate(a_total[5m])) by (reason, kind)", {"a_total"}),
        ("histogram_quantile(0.99, sum by (le) (rate(h_bucket[5m])))", {"h_bucket"}),
        ('(sum(up{job="h"}) or on() vector(0)) == 0', {"up"}),
        ("a / b > 0.05 and c > 1e-3", {"a", "b", "c"}),
        ("x unless y or z", {"x", "y", "z"}),
        ("a * on(instance) group_left(version) info_metric", {"a", "info_metric"}),
        ("max without (instance) (m)", {"m"}),
        ("rate(c_total[5m] offset 1h)", {"c_total"}),
        ("avg_over_time(g[10m:1m])", {"g"}),
        ('label_replace(g, "dst", "$1", "src", "(.*)")', {"g"}),
        ("count(x == bool 1) > 0", {"x"}),
        ("topk(3, sum by (kind) (k))", {"k"}),
        ('v{label="has } brace and \\" quote"}', {"v"}),
        ("vector(1) + Inf", set()),
    ],
)
def test_metric_names(expr: str, expected: set[str]) -> None:
    assert dashboard.metric_names(expr) == expected


# --- the Prometheus configuration points at the workers and the rules -----------------------------------


@pytest.mark.parametrize(
    ("config", "target"), [("prometheus.yml", "worker:9108"), ("prometheus.local.yml", "127.0.0.1:9108")]
)
def test_prometheus_config_scrapes_the_workers_and_loads_the_rules(config: str, target: str) -> None:
    data = yaml.safe_load((MONITORING / config).read_text())
    (job,) = data["scrape_configs"]
    assert job["job_name"] == "headlines"
    assert job.get("metrics_path", "/metrics") == "/metrics"
    assert job["static_configs"][0]["targets"] == [target]
    rule_files = {(MONITORING / p).resolve() for p in data["rule_files"]}
    assert rule_files == {dashboard.RECORDING_RULES_PATH, dashboard.ALERTING_RULES_PATH}


def test_all_expressions_lists_dashboard_and_recording_expressions() -> None:
    every = dashboard.all_expressions()
    assert set(dashboard.dashboard_expressions()) <= set(every)
    assert set(dashboard.recording_rules().values()) <= set(every)
    assert set(dashboard.recording_rules()) <= set(every)
    assert len(every) == len(set(every))
