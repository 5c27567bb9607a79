"""The pane of the fold as plain Python (what ``streams.aggregations.Aggregate`` was before the pane moved to
the Rust core): the data, its wire form and the merge, for the reference fold of ``test_fold_reference.py``, which
adds events to it field by field the plain way. Not used by the code under test.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from streams.aggregations import Digests, Limits, MoveStats, sorted_sources
from streams.alerts import Alert, alert_id
from streams.model import MoveEvent
from streams.rules import SEVERITIES, severity_rank
from streams.windows import Window, from_ms


@dataclass(slots=True)
class PlainAggregate:
    """Aggregate of one instrument's events in one window ``[start_ms, end_ms)``.

    ``article_ids`` and ``evidence`` hold the earliest items by ``(event time, id)``; ``seen`` holds digests
    of the event ids applied (up to ``Limits.max_event_ids``), sorted, as :class:`Digests` (a fifth of a list's
    memory), so that a redelivered event is not counted twice. ``moves`` is keyed by ``(direction, period)``.
    ``sources`` is a shared, interned frozenset (see :func:`interned_sources`).
    """

    start_ms: int
    end_ms: int
    mentions: int = 0
    first_seen_ms: int | None = None
    sources: frozenset[str] = frozenset()
    article_ids: list[tuple[int, str]] = field(default_factory=list)
    latest: tuple[int, str, str, float | None] | None = None  # (time, event id, direction, signed pct)
    moves: dict[tuple[str, str], MoveStats] = field(default_factory=dict)
    evidence: list[tuple[int, str, str]] = field(default_factory=list)  # (time, event id, phrase)
    seen: Digests = field(default_factory=Digests)  # sorted
    # to_dict() result, reused until the next change (most panes are untouched by a given event)
    _wire: dict[str, Any] | None = field(default=None, compare=False, repr=False)

    # ----------------------------------------------------------------------------------------- queries
    def all_moves(self) -> MoveStats | None:
        """All stated moves of the window, every direction and period together."""
        out: MoveStats | None = None
        for stats in self.moves.values():
            if out is None:
                out = MoveStats(stats.extreme, dict(stats.counts))
            else:
                out.merge(stats)
        return out

    @property
    def sorted_sources(self) -> list[str]:
        return sorted(self.sources)

    @property
    def article_id_list(self) -> list[str]:
        return [article_id for _, article_id in self.article_ids]

    @property
    def evidence_list(self) -> list[str]:
        return [phrase for _, _, phrase in self.evidence]

    # ------------------------------------------------------------------------------------ persistence
    @property
    def changed(self) -> bool:
        """Whether the aggregate changed since it was last encoded (:meth:`to_dict`) or decoded."""
        return self._wire is None

    def to_dict(self) -> dict[str, Any]:
        """Compact JSON-able form (short keys: written to the changelog on every update).

        Pairs and triples are tuples, which JSON encoders write as arrays; ``seen`` is :class:`Digests` (an
        array of numbers in JSON: Faust's codec writes it, orjson with ``default=``:func:`json_default`). The
        value is cached until the aggregate changes and must be treated as read-only; later updates never
        modify a returned value: it shares the aggregate's lists (and digests), which :meth:`add` copies before
        its first change after this call.
        """
        if self._wire is not None:
            return self._wire
        self._wire = {
            "s": self.start_ms,
            "e": self.end_ms,
            "n": self.mentions,
            "f": self.first_seen_ms,
            "src": sorted_sources(self.sources),
            "ids": self.article_ids,
            "last": self.latest,
            "mv": [
                (direction, period, stats.extreme, list(stats.counts.items()))
                for (direction, period), stats in self.moves.items()
            ],
            "ev": self.evidence,
            "seen": self.seen,
        }
        return self._wire


def merge(
    panes: Iterable[PlainAggregate], start_ms: int, end_ms: int, limits: Limits, *, seen: bool = True
) -> PlainAggregate:
    """Merge panes into one aggregate for the window ``[start_ms, end_ms)`` (the rolling view).

    The caller passes the panes that lie inside the window; the inputs are not modified. With
    ``seen=False`` the event-id digests are left out (an alert's view does not need them).
    """
    out = PlainAggregate(start_ms=start_ms, end_ms=end_ms)
    article_ids: dict[str, int] = {}
    evidence: list[tuple[int, str, str]] = []
    digests: set[int] = set()
    for pane in panes:
        out.mentions += pane.mentions
        if pane.first_seen_ms is not None and (
            out.first_seen_ms is None or pane.first_seen_ms < out.first_seen_ms
        ):
            out.first_seen_ms = pane.first_seen_ms
        out.sources |= pane.sources
        for t_ms, ident in pane.article_ids:
            if ident not in article_ids or t_ms < article_ids[ident]:
                article_ids[ident] = t_ms
        if pane.latest is not None and (out.latest is None or pane.latest[:2] > out.latest[:2]):
            out.latest = pane.latest
        for key, stats in pane.moves.items():
            mine = out.moves.get(key)
            if mine is None:
                out.moves[key] = MoveStats(stats.extreme, dict(stats.counts))
            else:
                mine.merge(stats)
        evidence.extend(pane.evidence)
        if seen:
            digests.update(pane.seen)
    out.seen = Digests(sorted(digests))
    out.article_ids = sorted([(t, a) for a, t in article_ids.items()])[: limits.max_article_ids]
    unique: dict[str, tuple[int, str, str]] = {}
    for item in sorted(evidence):
        unique.setdefault(item[2], item)
    out.evidence = sorted(unique.values())[: limits.max_evidence]
    return out


# The alerts of the reference fold: what the Python fold did before the Rust core (``streams.alert_checks``).
TOP = SEVERITIES[-1]  # nothing fires after the highest severity


def fire(st: Any, key: tuple[int, int, str, str], severity: str | None) -> list[tuple[str, bool]]:
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


def build_alert(
    event: MoveEvent,
    agg: Any,
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
