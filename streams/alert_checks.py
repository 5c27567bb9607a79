"""The alert checks of the fold: which alerts one new event fires in its pane and its rolling windows.

:func:`streams.state.apply` adds the event to its tumbling pane, then calls :func:`check_moves` (the move rules
on that pane) and :func:`check_spike` (the spike rule on every rolling window holding the event). Both record
in ``InstrumentState.fired`` the severity reached per (window, direction, rule) and return the alerts to
publish, lower severities first (see :func:`fire` and the docstring of :mod:`streams.state`).
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from streams.aggregations import Aggregate, MoveStats, merge
from streams.alerts import Alert, alert_id
from streams.model import MoveEvent
from streams.rules import SEVERITIES, MoveRule, Rules, severity_rank
from streams.windows import Window, from_ms

if TYPE_CHECKING:  # streams.state imports this module
    from streams.state import FiredKey, InstrumentState, WindowConfig

TOP = SEVERITIES[-1]  # nothing fires after the highest severity: skip the work
_RANK: dict[str | None, int] = {None: 0, **{name: severity_rank(name) for name in SEVERITIES}}
_TOP_RANK = _RANK[TOP]


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


def check_moves(
    st: InstrumentState, pane: Aggregate, event: MoveEvent, rules: Rules, now: datetime
) -> list[Alert]:
    alerts: list[Alert] = []
    moves = pane.moves
    fired = st.fired
    start_ms, end_ms = pane.start_ms, pane.end_ms
    n_sources = len(pane.sources)
    kind = event.instrument.kind
    rule_of = rules.moves
    # Every group of the pane, not only the event's: a new source can satisfy another group's min_sources.
    # The groups with something new to fire are found first, then taken in order (sorted by group).
    todo: list[tuple[tuple[str, str], MoveStats, MoveRule, str]] = []
    for group, stats in moves.items():
        direction = group[0]
        if direction != "up" and direction != "down":
            continue
        rule = rule_of.get((kind, group[1]))
        if rule is None or n_sources < rule.min_sources:
            continue  # no rule, or rule.severity(...) is None: nothing fires
        magnitude = abs(stats.extreme)
        if magnitude >= rule.high_pct:
            reached = "high"
        elif magnitude >= rule.medium_pct:
            reached = "medium"
        else:
            continue
        if _RANK[reached] > _RANK[fired.get((start_ms, end_ms, direction, rule.name))]:
            todo.append((group, stats, rule, reached))  # else fire() would return nothing
    if not todo:
        return alerts
    if len(todo) > 1:
        todo.sort(key=_group)
    window = Window(start_ms, end_ms)
    for (direction, period), stats, rule, reached in todo:
        for severity, escalation in fire(st, (start_ms, end_ms, direction, rule.name), reached):
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


def _group(item: tuple[tuple[str, str], MoveStats, MoveRule, str]) -> tuple[str, str]:
    return item[0]


def check_spike(
    st: InstrumentState, t_ms: int, event: MoveEvent, config: WindowConfig, rules: Rules, now: datetime
) -> list[Alert]:
    """The spike rule on every rolling window holding ``t_ms`` (those of :func:`streams.windows.hopping`),
    oldest first. Each window's mentions are a sliding sum over the panes around the event's: only a window
    whose first pane is not empty, with enough mentions for a severity above what fired, is looked at
    further."""
    spike = rules.spike
    assert spike is not None
    alerts: list[Alert] = []
    size_ms, rolling_ms = config.size_ms, config.rolling_ms
    n = rolling_ms // size_ms  # panes per rolling window (WindowConfig checks it is whole)
    first_start = t_ms - t_ms % size_ms - (n - 1) * size_ms  # the oldest window holding t_ms starts here
    get = st.panes.get
    counts = []
    for start in range(first_start, first_start + (2 * n - 1) * size_ms, size_ms):
        pane = get(start)
        counts.append(pane.mentions if pane is not None else 0)
    min_mentions = spike.min_mentions
    if sum(counts) < min_mentions:
        return alerts  # no window holds enough mentions
    fired = st.fired
    name = spike.name
    mentions = sum(counts[:n])
    for i in range(n):
        if i:
            mentions += counts[i + n - 1] - counts[i - 1]
        if counts[i] == 0 or mentions < min_mentions:
            continue  # anchored at a non-empty first pane: one burst fires once
        window_start = first_start + i * size_ms
        fired_key = (window_start, window_start + rolling_ms, "any", name)
        previous = _RANK[fired.get(fired_key)]
        if previous == _TOP_RANK or _RANK[spike.severity(mentions, spike.min_sources)] <= previous:
            continue  # even with enough sources nothing above what fired: no need to count them
        window = Window(window_start, window_start + rolling_ms)
        panes = panes_in(st, window, config)
        sources: set[str] = set().union(*(p.sources for p in panes))
        reached = spike.severity(mentions, len(sources))
        to_emit = fire(st, fired_key, reached)
        if not to_emit:
            continue
        view = merge(panes, window.start_ms, window.end_ms, config.limits, seen=False)
        moves = view.all_moves()
        for severity, escalation in to_emit:
            alerts.append(
                build_alert(
                    event,
                    view,
                    window,
                    "any",
                    name,
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
