"""A real Prometheus scrapes a real worker while articles flow; every dashboard and rule expression has data.

Needs the ``running_worker`` fixture (tests/conftest.py): an object with

* ``metrics_url``: the worker's metrics endpoint, e.g. ``http://127.0.0.1:PORT/metrics``;
* ``publish(paths)``: publishes the given article files (``.txt``) to the worker's articles topic and returns
  once they are delivered.

and the ``prometheus`` binary (Debian's package, installed by ``make test``).
"""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from monitoring import dashboard

pytestmark = pytest.mark.integration

REPO = dashboard.MONITORING_DIR.parent
SEED_ARTICLES = sorted((REPO / "examples" / "articles").glob("*.txt"))
STARTUP_TIMEOUT_S = 60.0
DATA_TIMEOUT_S = 120.0
POLL_INTERVAL_S = 1.0


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Prometheus:
    url: str
    process: subprocess.Popen[bytes]
    log_path: Path

    def get(self, path: str, **params: str) -> dict[str, Any]:
        query = f"?{urllib.parse.urlencode(params)}" if params else ""
        with urllib.request.urlopen(f"{self.url}{path}{query}", timeout=10) as response:
            body: dict[str, Any] = json.loads(response.read())
        assert body["status"] == "success", body
        return body["data"]

    def query(self, expr: str) -> list[dict[str, Any]]:
        """Result of an instant query; a scalar or string result counts as one sample."""
        data = self.get("/api/v1/query", query=expr)
        result = data["result"]
        if data["resultType"] in ("scalar", "string"):
            return [{"value": result}]
        return list(result)

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")[-4000:]


def scrape_config(metrics_url: str, tmp_path: Path) -> Path:
    """The shipped local configuration, pointed at the test's worker, scraping and evaluating every second."""
    config = yaml.safe_load((dashboard.MONITORING_DIR / "prometheus.local.yml").read_text())
    target = urllib.parse.urlsplit(metrics_url)
    config["global"].update({"scrape_interval": "1s", "scrape_timeout": "1s", "evaluation_interval": "1s"})
    config["rule_files"] = [str((dashboard.MONITORING_DIR / p).resolve()) for p in config["rule_files"]]
    (job,) = config["scrape_configs"]
    job["metrics_path"] = target.path or "/metrics"
    job["static_configs"] = [{"targets": [target.netloc]}]
    path = tmp_path / "prometheus.yml"
    path.write_text(yaml.safe_dump(config))
    return path


@pytest.fixture
def prometheus(tmp_path: Path, running_worker: Any) -> Iterator[Prometheus]:
    binary = shutil.which("prometheus")
    if binary is None:
        pytest.skip("prometheus not installed (Debian package 'prometheus'; `make test` installs it)")
    port = free_port()
    log_path = tmp_path / "prometheus.log"
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            [
                binary,
                f"--config.file={scrape_config(running_worker.metrics_url, tmp_path)}",
                f"--storage.tsdb.path={tmp_path / 'tsdb'}",
                f"--web.listen-address=127.0.0.1:{port}",
                "--storage.tsdb.retention.time=1h",
            ],
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    server = Prometheus(url=f"http://127.0.0.1:{port}", process=process, log_path=log_path)
    try:
        deadline = time.monotonic() + STARTUP_TIMEOUT_S
        while True:
            assert process.poll() is None, f"prometheus exited with {process.returncode}:\n{server.log()}"
            try:
                with urllib.request.urlopen(f"{server.url}/-/ready", timeout=2) as response:
                    if response.status == 200:
                        break
            except (urllib.error.URLError, ConnectionError):
                pass
            assert time.monotonic() < deadline, f"prometheus not ready:\n{server.log()}"
            time.sleep(0.2)
        yield server
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=15)


def wait_for(check, what: str, prometheus: Prometheus) -> None:
    """Poll ``check()`` until it is true; fail with ``what`` and Prometheus's log at the deadline."""
    deadline = time.monotonic() + DATA_TIMEOUT_S
    while not check():
        assert prometheus.process.poll() is None, f"prometheus exited:\n{prometheus.log()}"
        if time.monotonic() > deadline:
            pytest.fail(f"{what} (waited {DATA_TIMEOUT_S:.0f} s)\n{prometheus.log()}")
        time.sleep(POLL_INTERVAL_S)


def test_every_dashboard_and_recording_expression_returns_data(
    running_worker: Any, prometheus: Prometheus
) -> None:
    assert SEED_ARTICLES, "no seed articles in examples/articles"
    running_worker.publish(SEED_ARTICLES)

    def articles_scraped() -> bool:
        result = prometheus.query('sum(headlines_articles_consumed_total{job="headlines"})')
        return bool(result) and float(result[0]["value"][1]) >= 1

    wait_for(articles_scraped, "the scraped worker never reported a consumed article", prometheus)

    expressions = dashboard.all_expressions()
    empty: list[str] = list(expressions)

    def all_have_data() -> bool:
        empty[:] = [expr for expr in empty if not prometheus.query(expr)]
        return not empty

    deadline = time.monotonic() + DATA_TIMEOUT_S
    while not all_have_data() and time.monotonic() < deadline:
        time.sleep(POLL_INTERVAL_S)
    assert empty == [], f"expressions without data after {DATA_TIMEOUT_S:.0f} s: {empty}"

    (up,) = prometheus.query('up{job="headlines"}')
    assert up["value"][1] == "1"

    groups = prometheus.get("/api/v1/rules")["groups"]
    rules = [rule for group in groups for rule in group["rules"]]
    assert len(rules) == len(dashboard.recording_rules()) + len(dashboard.alerting_rules())
    assert [r["name"] for r in rules if r["health"] != "ok"] == [], "rules failing to evaluate"


def test_worker_endpoint_passes_promtool_check_metrics(running_worker: Any) -> None:
    promtool = shutil.which("promtool")
    if promtool is None:
        pytest.skip("promtool not installed (Debian package 'prometheus'; `make test` installs it)")
    with urllib.request.urlopen(running_worker.metrics_url, timeout=10) as response:
        body = response.read()
    assert b"headlines_articles_consumed_total" in body
    result = subprocess.run([promtool, "check", "metrics"], input=body, capture_output=True, timeout=60)
    assert result.returncode == 0, (result.stdout + result.stderr).decode()
