"""The alert checks of the fold: which alerts one new event fires in its pane and its rolling windows.

:func:`streams.state.apply` adds the event to its tumbling pane, then calls :func:`check_moves` (the move rules
on that pane) and :func:`check_spike` (the spike rule on every rolling window holding the event). Both record
in ``InstrumentState.fired`` the severity reached per (window, direction, rule) and return the alerts to
publish, lower severities first (see :func:`fire` and the docstring of :mod:`streams.state`).
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from streams.aggregations import Aggregate, merge
from streams.alerts import Alert, alert_id
from streams.model import MoveEvent
from streams.rules import SEVERITIES, Rules, severity_rank
from streams.windows import Window, from_ms, hopping

if TYPE_CHECKING:  # streams.state imports this module
    from streams.state import FiredKey, InstrumentState, WindowConfig

TOP = SEVERITIES[-1]  # nothing fires after the highest severity: skip the work


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
    # SEVERITIES[r - 1] is the severity of rank r (ranks start at 1)
    return [(SEVERITIES[r - 1], previous is not None or r > low + 1) for r in range(low + 1, high + 1)]


def check_moves(
    st: InstrumentState, pane: Aggregate, event: MoveEvent, rules: Rules, now: datetime
) -> list[Alert]:
    alerts: list[Alert] = []
    window = Window(pane.start_ms, pane.end_ms)
    n_sources = len(pane.sources)
    # Every group of the pane, not only the event's: a new source can satisfy another group's min_sources.
    for (direction, period), stats in sorted(pane.moves.items()):
        if direction not in ("up", "down"):
            continue
        rule = rules.move_rule(event.instrument.kind, period)
        if rule is None:
            continue
        key = (window.start_ms, window.end_ms, direction, rule.name)
        if st.fired.get(key) == TOP:
            continue
        reached = rule.severity(abs(stats.extreme), n_sources)
        for severity, escalation in fire(st, key, reached):
            alerts.append(
                build_alert(
                    event,
                    pane,
                    window,
                    direction,
                    rule.name,
                    severity,
                    escalation,
                    now,
                    period=period,
                    threshold=rule.high_pct if severity == "high" else rule.medium_pct,
                    consensus=stats.median,
                    largest=stats.extreme,
                )
            )
    return alerts


def check_spike(
    st: InstrumentState, t_ms: int, event: MoveEvent, config: WindowConfig, rules: Rules, now: datetime
) -> list[Alert]:
    spike = rules.spike
    assert spike is not None
    alerts: list[Alert] = []
    for window in hopping(t_ms, config.rolling_ms, config.size_ms):
        first = st.panes.get(window.start_ms)
        if first is None or first.mentions == 0:
            continue  # anchored at a non-empty first pane: one burst fires once
        if st.fired.get((window.start_ms, window.end_ms, "any", spike.name)) == TOP:
            continue
        panes = panes_in(st, window, config)
        mentions = sum(p.mentions for p in panes)
        if mentions < spike.min_mentions:
            continue
        fired_key = (window.start_ms, window.end_ms, "any", spike.name)
        if severity_rank(spike.severity(mentions, spike.min_sources)) <= severity_rank(st.fired.get(fired_key)):
            continue  # even with enough sources nothing above what fired: no need to count them
        sources: set[str] = set().union(*(p.sources for p in panes))
        reached = spike.severity(mentions, len(sources))
        to_emit = fire(st, fired_key, reached)
        if not to_emit:
            continue
        view = merge(panes, window.start_ms, window.end_ms, config.limits)
        moves = view.all_moves()
        for severity, escalation in to_emit:
            alerts.append(
                build_alert(
                    event,
                    view,
                    window,
                    "any",
                    spike.name,
                    severity,
                    escalation,
                    now,
                    period=None,
                    threshold=float(spike.high_mentions if severity == "high" else spike.min_mentions),
                    consensus=moves.median if moves else None,
                    largest=moves.extreme if moves else None,
                )
            )
    return alerts


def panes_in(st: InstrumentState, window: Window, config: WindowConfig) -> list[Aggregate]:
    out = []
    for start in range(window.start_ms, window.end_ms, config.size_ms):
        pane = st.panes.get(start)
        if pane is not None:
            out.append(pane)
    return out


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
