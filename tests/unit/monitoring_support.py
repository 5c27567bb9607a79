"""Shared by the monitoring tests: a Metrics instance with every metric used, and its samples by series."""

from __future__ import annotations

from prometheus_client.parser import text_string_to_metric_families

from monitoring.lag import update_lag_gauges
from monitoring.metrics import Metrics


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
