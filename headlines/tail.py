"""``headlines alerts``: tail the alerts topic with a kafka-python consumer, filter and print."""

from __future__ import annotations

import contextlib
import re
import sys
from collections.abc import Callable, Iterable
from datetime import UTC, datetime, timedelta
from typing import Any

import click
import orjson

from agents.settings import Settings
from headlines.errors import DeliveryError
from streams.model import parse_time

SEVERITIES = ("medium", "high")
_RELATIVE = re.compile(r"^(\d+)([smhd])$")
_UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days"}


class SinceType(click.ParamType):
    """An RFC 3339 time, or a duration back from now such as ``15m``, ``2h``, ``7d``."""

    name = "since"

    def convert(self, value: Any, param: Any, ctx: Any) -> datetime:
        if isinstance(value, datetime):
            return value
        text = str(value).strip()
        match = _RELATIVE.match(text)
        if match:
            return datetime.now(UTC) - timedelta(**{_UNITS[match.group(2)]: int(match.group(1))})
        try:
            return parse_time(text)
        except ValueError:
            self.fail(f"{text!r} is neither an RFC 3339 time nor a duration like 15m, 2h, 7d", param, ctx)


def make_filter(symbol: str | None, severity: str | None, since: datetime | None) -> Callable[[dict[str, Any]],
                                                                                               bool]:
    min_rank = SEVERITIES.index(severity) if severity else 0
    wanted = symbol.upper() if symbol else None

    def keep(alert: dict[str, Any]) -> bool:
        inst = alert.get("instrument") or {}
        if wanted and wanted not in {str(inst.get("symbol") or "").upper(), str(inst.get("key") or "").upper()}:
            return False
        sev = alert.get("severity")
        if sev in SEVERITIES and SEVERITIES.index(sev) < min_rank:
            return False
        if since is not None:
            end = (alert.get("window") or {}).get("end")
            if end and parse_time(end) < since:
                return False
        return True

    return keep


TABLE_COLUMNS = ("window start", "instrument", "symbol", "dir", "largest %", "consensus %", "severity", "rule",
                 "mentions", "sources")


def _fmt_pct(value: Any) -> str:
    return "" if value is None else f"{value:+.2f}"


def table_row(alert: dict[str, Any]) -> tuple[str, ...]:
    inst = alert.get("instrument") or {}
    return (
        str((alert.get("window") or {}).get("start", ""))[:16].replace("T", " "),
        str(inst.get("name", ""))[:32],
        str(inst.get("symbol") or "-"),
        str(alert.get("direction", "")),
        _fmt_pct(alert.get("largest_change_pct")),
        _fmt_pct(alert.get("consensus_change_pct")),
        str(alert.get("severity", "")) + (" (escalation)" if alert.get("escalation") else ""),
        str(alert.get("rule", "")),
        str(alert.get("mentions", "")),
        ",".join(alert.get("sources") or []) or "-",
    )


def format_table(alerts: Iterable[dict[str, Any]]) -> str:
    rows = [TABLE_COLUMNS, *(table_row(a) for a in alerts)]
    widths = [max(len(r[i]) for r in rows) for i in range(len(TABLE_COLUMNS))]
    lines = ["  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip() for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def consume_alerts(settings: Settings, *, from_beginning: bool, idle_timeout_s: float | None,
                   max_alerts: int | None, keep: Callable[[dict[str, Any]], bool],
                   on_alert: Callable[[dict[str, Any]], None], topic: str | None = None) -> int:
    """Read alerts and call ``on_alert`` for each kept one; return how many were kept."""
    from kafka import KafkaConsumer, TopicPartition

    from headlines.kafka_tools import connect

    consumer = connect(settings, lambda: KafkaConsumer(
        enable_auto_commit=False,
        isolation_level="read_committed",
        consumer_timeout_ms=int(idle_timeout_s * 1000) if idle_timeout_s else float("inf"),
        **settings.kafka_python_config(),
    ))
    count = 0
    try:
        name = topic or settings.topic_alerts
        parts = consumer.partitions_for_topic(name) or set()
        if not parts:
            raise DeliveryError(f"topic {name} does not exist at {settings.kafka_bootstrap}: start `headlines "
                                "worker` (or run `headlines topics`) first, or check HEADLINES_TOPIC_ALERTS")
        tps = [TopicPartition(name, p) for p in sorted(parts)]
        consumer.assign(tps)
        if from_beginning:
            consumer.seek_to_beginning(*tps)
        else:
            consumer.seek_to_end(*tps)
        for record in consumer:
            try:
                alert = orjson.loads(record.value)
            except orjson.JSONDecodeError:
                click.echo(f"headlines alerts: skipping a record that is not JSON at "
                           f"{record.topic}/{record.partition}@{record.offset}", err=True)
                continue
            if not isinstance(alert, dict) or not keep(alert):
                continue
            on_alert(alert)
            count += 1
            if max_alerts is not None and count >= max_alerts:
                break
    finally:
        consumer.close()
    return count


@click.command("alerts")
@click.option("--symbol", default=None, help="Only alerts of this symbol (or instrument key).")
@click.option("--severity", type=click.Choice(SEVERITIES), default=None, help="Only alerts at least this severe.")
@click.option("--since", type=SinceType(), default=None,
              help="Only windows ending after this time (RFC 3339, or 15m / 2h / 7d back from now).")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table"]), default="jsonl", show_default=True)
@click.option("--from-beginning", is_flag=True, help="Read the topic from its start instead of only new alerts.")
@click.option("--max", "max_alerts", type=click.IntRange(min=1), default=None, help="Stop after N alerts.")
@click.option("--timeout", "idle_timeout_s", type=click.FloatRange(min=0.1), default=None,
              help="Stop after this many seconds without a new alert (default: run until Ctrl-C).")
def alerts_cmd(symbol: str | None, severity: str | None, since: datetime | None, fmt: str, from_beginning: bool,
               max_alerts: int | None, idle_timeout_s: float | None) -> None:
    """Tail the alerts topic, filter and print alerts as JSON lines or a table."""
    settings = Settings.from_env()
    keep = make_filter(symbol, severity, since)
    collected: list[dict[str, Any]] = []

    def emit(alert: dict[str, Any]) -> None:
        if fmt == "jsonl":
            sys.stdout.write(orjson.dumps(alert).decode() + "\n")
            sys.stdout.flush()
        else:
            collected.append(alert)

    with contextlib.suppress(KeyboardInterrupt):
        consume_alerts(settings, from_beginning=from_beginning, idle_timeout_s=idle_timeout_s,
                       max_alerts=max_alerts, keep=keep, on_alert=emit)
    if fmt == "table":
        click.echo(format_table(collected))
