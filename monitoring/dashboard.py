"""The PromQL expressions of the Grafana dashboard and of the Prometheus rules, read from their files.

Used by the tests: the unit tests check that every metric these expressions name is defined by
:class:`monitoring.metrics.Metrics` (or by a recording rule, or by Prometheus itself), and the integration
test asks a real Prometheus for each expression and expects data.

Reading the rule files needs PyYAML (a development dependency).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

MONITORING_DIR = Path(__file__).resolve().parent
DASHBOARD_PATH = MONITORING_DIR / "grafana" / "dashboards" / "headlines.json"
RECORDING_RULES_PATH = MONITORING_DIR / "rules" / "recording.yml"
ALERTING_RULES_PATH = MONITORING_DIR / "rules" / "alerts.yml"

# Series that Prometheus itself writes for every scrape target.
PROMETHEUS_SERIES: frozenset[str] = frozenset(
    {"up", "scrape_duration_seconds", "scrape_samples_scraped", "scrape_samples_post_metric_relabeling"}
)


def iter_panels(dashboard: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """Every panel of a dashboard, including the panels inside collapsed rows."""
    for panel in dashboard.get("panels", []):
        yield panel
        yield from panel.get("panels", [])


def dashboard_expressions(path: Path = DASHBOARD_PATH) -> list[str]:
    """The ``expr`` of every panel target of the dashboard, in panel order, without repeats."""
    dashboard = json.loads(path.read_text(encoding="utf-8"))
    exprs: list[str] = []
    for panel in iter_panels(dashboard):
        for target in panel.get("targets", []):
            expr = target.get("expr")
            if expr and expr not in exprs:
                exprs.append(expr)
    return exprs


def _rules(path: Path) -> list[dict[str, Any]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return [rule for group in data.get("groups", []) for rule in group.get("rules", [])]


def recording_rules(path: Path = RECORDING_RULES_PATH) -> dict[str, str]:
    """Recorded series name -> its expression, for every recording rule of the file."""
    return {rule["record"]: str(rule["expr"]).strip() for rule in _rules(path) if "record" in rule}


def alerting_rules(path: Path = ALERTING_RULES_PATH) -> dict[str, str]:
    """Alert name -> its expression, for every alerting rule of the file."""
    return {rule["alert"]: str(rule["expr"]).strip() for rule in _rules(path) if "alert" in rule}


def all_expressions() -> list[str]:
    """Every expression of the dashboard and of the recording rules, without repeats.

    Also the recorded series themselves, so that asking for each proves the rules are evaluated.
    """
    exprs = dashboard_expressions()
    for record, expr in recording_rules().items():
        for item in (expr, record):
            if item not in exprs:
                exprs.append(item)
    return exprs


# --- metric names in a PromQL expression -----------------------------------------------------------------

_AGGREGATIONS = frozenset(
    {"sum", "min", "max", "avg", "group", "stddev", "stdvar", "count", "count_values", "bottomk", "topk",
     "quantile", "limitk", "limit_ratio"}
)  # fmt: skip
_LABEL_LIST_KEYWORDS = frozenset({"by", "without", "on", "ignoring", "group_left", "group_right"})
_KEYWORDS = frozenset({"and", "or", "unless", "bool", "atan2", "inf", "nan"})
_CLOSING = {"{": "}", "[": "]", "(": ")"}


def _skip_string(expr: str, i: int) -> int:
    """Index just past the string literal that starts at ``expr[i]``."""
    quote = expr[i]
    i += 1
    while i < len(expr) and expr[i] != quote:
        i += 2 if expr[i] == "\\" and quote != "`" else 1
    return i + 1


def _skip_group(expr: str, i: int) -> int:
    """Index just past the bracketed group (``{...}``, ``[...]`` or ``(...)``) that starts at ``expr[i]``."""
    closing = _CLOSING[expr[i]]
    i += 1
    while i < len(expr) and expr[i] != closing:
        i = _skip_string(expr, i) if expr[i] in "\"'`" else i + 1
    return i + 1


def _next_char(expr: str, i: int) -> str:
    while i < len(expr) and expr[i].isspace():
        i += 1
    return expr[i] if i < len(expr) else ""


def _is_name_char(ch: str, first: bool) -> bool:
    return ch.isascii() and (ch.isalpha() or ch in "_:" or (not first and ch.isdigit()))


def metric_names(expr: str) -> set[str]:
    """The metric (and recorded series) names an expression selects.

    A small scanner, not a full PromQL parser: it skips strings, label matchers, range and subquery brackets,
    numbers, durations after ``offset``, function and aggregation names, keywords and the label lists after
    ``by``/``without``/``on``/``ignoring``/``group_left``/``group_right``.
    """
    names: set[str] = set()
    i = 0
    skip_next_token = False
    while i < len(expr):
        ch = expr[i]
        if ch in "\"'`":
            i = _skip_string(expr, i)
        elif ch in "{[":
            i = _skip_group(expr, i)
        elif ch.isdigit() or (ch == "." and i + 1 < len(expr) and expr[i + 1].isdigit()):
            while i < len(expr) and (expr[i].isalnum() or expr[i] in "._"):
                i += 1  # a number (1e-9, 0x1f) or a duration (5m, 1h30m)
            skip_next_token = False
        elif _is_name_char(ch, first=True):
            start = i
            while i < len(expr) and _is_name_char(expr[i], first=False):
                i += 1
            word = expr[start:i]
            lower = word.lower()
            following = _next_char(expr, i)
            if skip_next_token:
                skip_next_token = False
            elif lower in _LABEL_LIST_KEYWORDS:
                if following == "(":
                    i = _skip_group(expr, expr.index("(", i))
            elif lower == "offset":
                skip_next_token = True
            elif following == "(" or lower in _AGGREGATIONS or lower in _KEYWORDS:
                pass  # a function or aggregation name, or an operator keyword
            else:
                names.add(word)
        else:
            i += 1
    return names
