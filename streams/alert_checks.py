"""The alerts of the fold: which alerts one new event fires in its pane and its rolling windows.

:func:`streams.state.apply` adds the event to its tumbling pane, then checks the move rules on that pane and
the spike rule on every rolling window holding the event, in the Rust core (``native/src/fold_step.rs``):
each check records in ``InstrumentState.fired`` the severity reached per (window, direction, rule) and
returns the alerts to publish, lower severities first (as :func:`fire` here does, see the docstring of
:mod:`streams.state`), as plain tuples that :func:`alert_of` turns into :class:`~streams.alerts.Alert`.
The rolling view of a spike alert merges the window's panes (:func:`panes_in`) without their event ids.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from streams.aggregations import Aggregate
from streams.alerts import Alert, alert_id
from streams.model import MoveEvent
from streams.rules import SEVERITIES, severity_rank
from streams.windows import Window, from_ms

if TYPE_CHECKING:  # streams.state imports this module
    from streams.state import FiredKey, InstrumentState, WindowConfig

TOP = SEVERITIES[-1]  # nothing fires after the highest severity


def fire(st: InstrumentState, key: FiredKey, severity: str | None) -> list[tuple[str, bool]]:
    """Record ``severity`` as reached for ``key``; return the alerts to emit as (severity, escalation).

    Every severity above the one already fired for ``key``, up to ``severity``, lowest first; each is an
    escalation except the first one ever fired for the key. Empty when ``severity`` is not above it.
    """
    if severity is None:
        return []
    previous = st.fired.get(key)
    low, high = severity_rank(previous), severity_rank(severity)
    if high <= low:
        return []
    st.fired[key] = severity
    if previous is None:
        st.added(fired_end_ms=key[1])
    # SEVERITIES[r - 1] is the severity of rank r (ranks start at 1)
    return [(SEVERITIES[r - 1], previous is not None or r > low + 1) for r in range(low + 1, high + 1)]


def panes_in(st: InstrumentState, window: Window, config: WindowConfig) -> list[Aggregate]:
    out = []
    for start in range(window.start_ms, window.end_ms, config.size_ms):
        pane = st.panes.get(start)
        if pane is not None:
            out.append(pane)
    return out


AlertSpec = tuple[
    tuple[int, int, str, str, str, bool, str | None, float],
    tuple[float | None, float | None, float | None, int, list[str], list[str], list[str], int],
]


def alert_of(event: MoveEvent, spec: AlertSpec, now: datetime) -> Alert:
    """The alert of a spec from the Rust core: ((window start, window end, direction, rule, severity,
    escalation, period, threshold), (consensus, largest, latest change, mentions, sources, article ids,
    evidence, first seen)), the last group describing the window when the alert fired."""
    (start_ms, end_ms, direction, rule, severity, escalation, period, threshold), view = spec
    consensus, largest, latest, mentions, sources, article_ids, evidence, first_seen_ms = view
    window = Window(start_ms, end_ms)
    return Alert(
        alert_id=alert_id(event.instrument.key, window, direction, severity, rule),
        instrument=event.instrument,
        window=window,
        direction=direction,
        rule=rule,
        severity=severity,
        escalation=escalation,
        period=period,
        threshold=threshold,
        consensus_change_pct=consensus,
        largest_change_pct=largest,
        latest_change_pct=latest,
        mentions=mentions,
        sources=tuple(sources),
        article_ids=tuple(article_ids),
        evidence=tuple(evidence),
        first_seen=from_ms(first_seen_ms),
        emitted_at=now,
    )


def build_alert(
    event: MoveEvent,
    agg: Aggregate,
    window: Window,
    direction: str,
    rule: str,
    severity: str,
    escalation: bool,
    now: datetime,
    *,
    period: str | None,
    threshold: float,
    consensus: float | None,
    largest: float | None,
) -> Alert:
    return Alert(
        alert_id=alert_id(event.instrument.key, window, direction, severity, rule),
        instrument=event.instrument,
        window=window,
        direction=direction,
        rule=rule,
        severity=severity,
        escalation=escalation,
        period=period,
        threshold=threshold,
        consensus_change_pct=consensus,
        largest_change_pct=largest,
        latest_change_pct=agg.latest[3] if agg.latest is not None else None,
        mentions=agg.mentions,
        sources=tuple(agg.sorted_sources),
        article_ids=tuple(agg.article_id_list),
        evidence=tuple(agg.evidence_list),
        first_seen=from_ms(agg.first_seen_ms if agg.first_seen_ms is not None else window.start_ms),
        emitted_at=now,
    )
