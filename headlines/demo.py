"""``headlines demo``: the main job end to end on a real broker, then a table of the alerts.

Starts the local broker (unless ``HEADLINES_KAFKA_BOOTSTRAP`` names one), creates this run's topics, starts a
worker, publishes the sample articles, prints the alerts as a table (and the dead letters, if any), and stops
what it started unless ``--keep`` is given.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from dataclasses import replace
from pathlib import Path
from typing import Any

import click
import orjson

from agents.settings import PREFIX, Settings
from headlines.errors import BrokerError

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "examples" / "articles" / "seeds.jsonl"


def _start_broker(port: int) -> tuple[str, bool]:
    from headlines import broker

    st = broker.status(port)
    if not st.running and not broker.port_free(port):
        port = broker.free_port()
        click.echo(f"port 9092 is busy; using a local broker on {port}", err=True)
        st = broker.status(port)
    if st.running:
        click.echo(f"broker: {st.describe()}", err=True)
        return f"127.0.0.1:{port}", False
    click.echo("starting the local Kafka broker (the first run fetches its jars with Maven) ...", err=True)
    st = broker.start(port)
    click.echo(f"broker: {st.describe()}", err=True)
    return f"127.0.0.1:{port}", True


def _wait_worker(proc: subprocess.Popen[bytes], log: Path, timeout_s: float) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise BrokerError("the worker exited: " + log.read_text(errors="replace")[-1500:])
        if b"[^Worker]: Ready" in log.read_bytes():
            return
        time.sleep(0.3)
    raise BrokerError(f"the worker was not ready within {timeout_s:.0f} s (log: {log})")


def highest_per_window(alerts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One alert per (instrument, window, direction, rule): the most severe (the others are its lower levels)."""
    rank = {"medium": 0, "high": 1}
    best: dict[tuple[str, str, str, str], dict[str, Any]] = {}
    for alert in alerts:
        key = (alert["instrument"]["key"], alert["window"]["start"], alert["direction"], alert["rule"])
        if key not in best or rank.get(alert["severity"], -1) > rank.get(best[key]["severity"], -1):
            best[key] = alert
    return sorted(best.values(), key=lambda a: (a["window"]["start"], -abs(a.get("largest_change_pct") or 0)))


def run_demo(samples: Path, keep: bool, idle_s: float) -> int:
    from headlines.kafka_tools import ensure_topics, read_all
    from headlines.publish import iter_articles, publish
    from headlines.tail import consume_alerts, format_table

    base = Settings.from_env()
    started_broker = False
    if os.environ.get(PREFIX + "KAFKA_BOOTSTRAP"):
        bootstrap = base.kafka_bootstrap
    else:
        bootstrap, started_broker = _start_broker(9092)
    run = time.strftime("%Y%m%d%H%M%S") + "-" + uuid.uuid4().hex[:4]
    settings = replace(base, kafka_bootstrap=bootstrap, app_id=f"headlines-demo-{run}",
                       topic_articles=f"demo-{run}.articles", topic_moves=f"demo-{run}.moves",
                       topic_alerts=f"demo-{run}.alerts", topic_dead_letters=f"demo-{run}.dead-letters",
                       data_dir=str(REPO / "var" / "demo" / run))
    ensure_topics(settings)
    click.echo(f"topics: {settings.topic_articles} -> {settings.topic_alerts}", err=True)
    log = REPO / "var" / "demo" / f"worker-{run}.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    with open(log, "wb") as out:
        worker = subprocess.Popen([sys.executable, "-m", "headlines.cli", "worker"],
                                  env={**os.environ, **settings.to_env()}, cwd=REPO,
                                  stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                  start_new_session=True)
    try:
        _wait_worker(worker, log, 90)
        errors: list[str] = []
        articles = list(iter_articles([str(samples)], errors))
        report = publish(settings, articles)
        click.echo(f"published {report.sent} article(s) from {samples.name}", err=True)
        alerts: list[dict[str, Any]] = []
        consume_alerts(settings, from_beginning=True, idle_timeout_s=idle_s, max_alerts=None,
                       keep=lambda a: True, on_alert=alerts.append)
        top = highest_per_window(alerts)
        click.echo(f"\n{len(alerts)} alert record(s) on {settings.topic_alerts}; the highest severity of each "
                   f"instrument, window, direction and rule:\n")
        click.echo(format_table(top))
        dead = read_all(settings, settings.topic_dead_letters, timeout_s=1.0)
        if dead:
            click.echo(f"\n{len(dead)} dead letter(s):")
            for record in dead:
                d = orjson.loads(record.value)
                click.echo(f"  {d['reason']}: {d['detail']}")
    finally:
        if keep:
            click.echo(f"\nworker (pid {worker.pid}) and broker left running (--keep); log: {log}", err=True)
        else:
            worker.send_signal(signal.SIGTERM)
            try:
                worker.wait(30)
            except subprocess.TimeoutExpired:
                worker.kill()
            if started_broker:
                from headlines import broker

                broker.stop(int(bootstrap.rsplit(":", 1)[1]))
    return 0


@click.command("demo")
@click.option("--samples", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=SAMPLES,
              show_default=True, help="Articles to publish (.jsonl, .json or .txt).")
@click.option("--keep", is_flag=True, help="Leave the worker and the broker running at the end.")
@click.option("--idle", "idle_s", type=click.FloatRange(min=1), default=8.0, show_default=True,
              help="Stop reading alerts after this many seconds without a new one.")
def demo_cmd(samples: Path, keep: bool, idle_s: float) -> None:
    """Run the main job on the sample articles and print the alerts as a table."""
    sys.exit(run_demo(samples, keep, idle_s))
