"""Prometheus configuration and rules, checked with promtool, and the Grafana dashboard (monitoring/).

The metrics themselves and the lag gauges are tested in test_monitoring_metrics.py.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import urllib.error
import urllib.request

import pytest
import yaml

from monitoring import dashboard
from monitoring.metrics import Metrics
from tests.unit.monitoring_support import busy_metrics, samples

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
