"""The alerts of the fold: which alerts one new event fires in its pane and its rolling windows.

:func:`streams.state.apply` adds the event to its tumbling pane, then checks the move rules on that pane and
the spike rule on every rolling window holding the event, in the Rust core (``native/src/fold_step.rs``):
each check records in ``InstrumentState.fired`` the severity reached per (window, direction, rule) and
returns the alerts to publish: every severity above the one fired before, lowest first, each an escalation
but the first of its key (see the docstring of :mod:`streams.state`), as plain tuples that :func:`alert_of`
turns into :class:`~streams.alerts.Alert`. The rolling view of a spike alert merges the window's panes
(:func:`panes_in`) without their event ids.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from streams.aggregations import Aggregate
from streams.alerts import Alert, alert_id
from streams.model import MoveEvent
from streams.windows import Window, from_ms

if TYPE_CHECKING:  # streams.state imports this module
    from streams.state import InstrumentState, WindowConfig

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
