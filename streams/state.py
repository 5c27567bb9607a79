"""Per-instrument window state and the fold that applies one move event to it.

The aggregate agent keeps one :class:`InstrumentState` per ``instrument.key`` in a plain (non-windowed),
changelog-backed table, serialised with :meth:`InstrumentState.to_dict`. All window bookkeeping happens here,
in **event time**, so that a replay or a backfill produces the same windows and the same alert ids as live
processing; there is no clock in the fold (``now`` is only stamped on alerts as ``emitted_at``).

Event time is ``event.event_time``: the article's ``published_at``, else its ``received_at``. The ingest side
must stamp ``received_at`` once, when the article is first read, and carry it in the move event, so that a
redelivered event keeps its time. An event with neither, or with a time before 1900 or after 9000, is
refused with ``ValueError`` (the caller dead-letters it). Far-future times are best stopped at ingest
(:func:`streams.articles.decode_article` refuses ``published_at`` too far ahead of ``received_at``), since one
would move this instrument's watermark and make its current events late.

The fold, :func:`apply`:

1. finds the tumbling pane ``[start, start + size)`` of the event time;
2. if the pane is closed (``end + grace <= watermark``, the watermark being by default the largest event time
   seen for this instrument, or one supplied by the caller from upstream progress, see :func:`apply`) the
   event is *late*: it is not applied and ``Outcome.late`` is set for the caller to count and dead-letter it;
3. if the pane already holds the event id, the event is a *duplicate* (a redelivery) and is not counted;
4. otherwise the event is added, the watermark advances, the rules are evaluated (see :mod:`streams.rules`)
   on the pane (move rules) and on every rolling window containing the event (spike rule); steps 3 and 4 run
   in the Rust core (``native/src/fold_step.rs``, see :mod:`streams.alert_checks`), and
5. panes whose last rolling window has closed (``start + rolling_size + grace <= watermark``) are evicted, as
   are the fired-alert records of closed windows, so the state is bounded by the horizon, not by history.

An alert fires once per (window, direction, rule) and severity. When a window reaches a severity, every
severity up to it that has not fired yet for that key fires, lowest first, in the same step: a window that
goes straight to ``high`` emits ``medium`` and then ``high``; one that reached ``medium`` earlier emits only
``high``. Every alert but the first of its key has ``escalation=True``. Since the rule conditions are
monotone, the severities reached per window, direction and rule - and so the *set* of alert ids - do not
depend on arrival order as long as no event is late, so a replay or a restarted worker can be compared with a
reference run by ``alert_id``. As all lower severities fire first, ``escalation`` is in effect "severity above
the lowest" and does not depend on order either. What does is whether the alerts of a key come in one step or
several, and the payload fields that describe the window when an alert fired (``mentions``, ``sources``,
``article_ids``, ``latest_change_pct``, the consensus, ``emitted_at``).

A caveat of watermarks: a backfill of older articles into a state whose watermark has passed them is late.
Replays of history go to a fresh state (or their own application id).

``apply`` updates the given state in place and returns it (no copy per event); keep
``InstrumentState.from_dict(state.to_dict())`` if the old value is needed.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import Enum
from functools import cached_property
from typing import Any, Literal

from headlines_native import FoldConfig, fold_event

from streams.aggregations import Aggregate, Limits, merge
from streams.alert_checks import alert_of, panes_in
from streams.alerts import Alert
from streams.model import MoveEvent
from streams.rules import Rules
from streams.windows import Window, seconds_to_ms, to_ms, tumbling

STATE_VERSION = 1
#: Event times outside this range are refused (``ValueError``): window bounds and alert times must stay
#: representable as ``datetime`` (years 1 to 9999) with room for the rolling horizon.
MIN_EVENT_TIME = datetime(1900, 1, 1, tzinfo=UTC)
MAX_EVENT_TIME = datetime(9000, 1, 1, tzinfo=UTC)
_MIN_EVENT_MS = to_ms(MIN_EVENT_TIME)
_MAX_EVENT_MS = to_ms(MAX_EVENT_TIME)


@dataclass(frozen=True)
class WindowConfig:
    """Window sizes (seconds) and the bounds of the per-window aggregates."""

    size_s: float = 900.0
    grace_s: float = 600.0
    rolling_size_s: float = 3600.0
    max_article_ids: int = 50
    max_evidence: int = 10
    max_evidence_chars: int = 280
    max_sources: int = 100
    max_event_ids: int = 5000

    def __post_init__(self) -> None:
        if self.size_ms <= 0:
            raise ValueError(f"size_s must be positive, got {self.size_s}")
        if self.grace_ms < 0:
            raise ValueError(f"grace_s must not be negative, got {self.grace_s}")
        if self.rolling_ms < self.size_ms or self.rolling_ms % self.size_ms:
            raise ValueError(
                f"rolling_size_s ({self.rolling_size_s}) must be a whole multiple of size_s ({self.size_s})"
            )
        for name in ("max_article_ids", "max_evidence", "max_evidence_chars", "max_sources", "max_event_ids"):
            if getattr(self, name) < 1:
                raise ValueError(f"{name} must be at least 1, got {getattr(self, name)}")

    @cached_property
    def size_ms(self) -> int:
        return seconds_to_ms(self.size_s)

    @cached_property
    def grace_ms(self) -> int:
        return seconds_to_ms(self.grace_s)

    @cached_property
    def rolling_ms(self) -> int:
        return seconds_to_ms(self.rolling_size_s)

    @cached_property
    def limits(self) -> Limits:
        return Limits(
            max_article_ids=self.max_article_ids,
            max_evidence=self.max_evidence,
            max_evidence_chars=self.max_evidence_chars,
            max_sources=self.max_sources,
            max_event_ids=self.max_event_ids,
        )


FiredKey = tuple[int, int, str, str]  # (window start ms, window end ms, direction, rule)


@dataclass(slots=True)
class InstrumentState:
    """Open tumbling panes by start (ms), the watermark, and the highest severity fired per window key.

    ``watermark_ms`` is the watermark that closes this instrument's windows: its newest event time, or the
    largest upstream watermark applied (see :func:`apply`).
    """

    panes: dict[int, Aggregate] = field(default_factory=dict)
    watermark_ms: int | None = None
    fired: dict[FiredKey, str] = field(default_factory=dict)
    # (len(panes), len(fired), the lowest watermark that evicts something, its config): see _eviction_ms
    _evict_at: tuple[int, int, float, WindowConfig] | None = field(default=None, init=False, compare=False, repr=False)

    def added(
        self, pane_start_ms: int | None = None, fired_end_ms: int | None = None, fired_ends_ms: Sequence[int] = ()
    ) -> None:
        """Note that a pane (its start) or fired records (their windows' ends) were just added, keeping the
        remembered eviction bound (see :func:`_eviction_ms`) instead of recomputing it."""
        cached = self._evict_at
        if cached is None:
            return
        n_panes, n_fired, bound, config = cached
        if pane_start_ms is not None:
            n_panes += 1
            bound = min(bound, pane_start_ms + config.rolling_ms + config.grace_ms)
        if fired_end_ms is not None:
            fired_ends_ms = [*fired_ends_ms, fired_end_ms]
        for end_ms in fired_ends_ms:
            n_fired += 1
            bound = min(bound, end_ms + config.grace_ms)
        if n_panes == len(self.panes) and n_fired == len(self.fired):
            self._evict_at = (n_panes, n_fired, bound, config)

    def to_dict(self) -> dict[str, Any]:
        """Compact JSON-able form, stored as the table value in the changelog."""
        return {
            "v": STATE_VERSION,
            "wm": self.watermark_ms,
            "panes": [pane.to_dict() for _, pane in sorted(self.panes.items())],
            "fired": [[s, e, d, r, sev] for (s, e, d, r), sev in sorted(self.fired.items())],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> InstrumentState:
        version = data.get("v")
        if version != STATE_VERSION:
            raise ValueError(f"unsupported instrument state version {version!r} (expected {STATE_VERSION})")
        panes = [Aggregate.from_dict(item) for item in data.get("panes", ())]
        wm = data.get("wm")
        return cls(
            panes={pane.start_ms: pane for pane in panes},
            watermark_ms=None if wm is None else int(wm),
            fired={(int(s), int(e), str(d), str(r)): str(sev) for s, e, d, r, sev in data.get("fired", ())},
        )


@dataclass(slots=True)
class Outcome:
    """Result of applying one event: the new state, the alerts to publish, and what happened to the event."""

    state: InstrumentState
    alerts: list[Alert]
    late: bool = False
    duplicate: bool = False
    window: Window | None = None  # the tumbling pane of the event
    event_time_ms: int | None = None


class _Watermark(Enum):
    PER_KEY = "per_key"


#: Default of ``apply(watermark_ms=...)``: close windows by this instrument's own newest event time.
PER_KEY = _Watermark.PER_KEY


def apply(
    state: InstrumentState | None,
    event: MoveEvent,
    *,
    config: WindowConfig,
    rules: Rules,
    now: datetime,
    watermark_ms: int | Literal[_Watermark.PER_KEY] | None = PER_KEY,
) -> Outcome:
    """Fold one move event into the state of its instrument (see the module docstring).

    ``watermark_ms`` chooses what closes windows. By default (:data:`PER_KEY`) it is the newest event time
    seen for this instrument. A caller that tracks event-time progress upstream (e.g. the minimum over the
    input partitions, see :mod:`streams.watermarks`) passes it instead, or ``None`` while it is unknown;
    event times then do not move the watermark. Either way the stored watermark never goes back: a lower
    value than one already applied changes nothing, so a closed window is never reopened.
    """
    event_time = event.event_time
    if event_time is None:
        raise ValueError(f"move event {event.event_id} has no event time (published_at or received_at)")
    t_ms = _event_ms(event_time)
    if not _MIN_EVENT_MS <= t_ms < _MAX_EVENT_MS:
        raise ValueError(f"move event {event.event_id} has an event time out of range: {event_time}")
    st = state if state is not None else InstrumentState()
    per_key = watermark_ms is PER_KEY
    upstream = None if isinstance(watermark_ms, _Watermark) else watermark_ms
    if upstream is not None:
        wm = st.watermark_ms
        if wm is None or upstream > wm:
            st.watermark_ms = upstream
            _evict(st, config)
    size_ms = config.size_ms
    start_ms = t_ms - t_ms % size_ms
    end_ms = start_ms + size_ms
    pane_window = Window(start_ms, end_ms)
    wm = st.watermark_ms
    if wm is not None and end_ms + config.grace_ms <= wm:  # is_closed(pane_window, grace, watermark)
        return Outcome(st, [], late=True, window=pane_window, event_time_ms=t_ms)
    # steps 3 and 4 in the Rust core: the pane (a new one is an Aggregate), the rules, the fired records
    folded = fold_event(st.panes, st.fired, Aggregate, event, t_ms, start_ms, _fold_config(config, rules))
    if folded is None:
        return Outcome(st, [], duplicate=True, window=pane_window, event_time_ms=t_ms)
    alerts: list[Alert] = []
    if not isinstance(folded, int):  # 0 when the pane is not new and nothing fired
        new_pane, fired_ends, specs = folded
        if new_pane or fired_ends:
            st.added(start_ms if new_pane else None, fired_ends_ms=fired_ends)
        alerts = [alert_of(event, spec, now) for spec in specs]
    if per_key and (wm is None or t_ms > wm):
        st.watermark_ms = t_ms
        _evict(st, config)
    return Outcome(st, alerts, window=pane_window, event_time_ms=t_ms)


#: FoldConfig (the Rust core's form) per (WindowConfig, Rules), by identity, holding both.
_FOLD_CONFIGS: dict[tuple[int, int], tuple[WindowConfig, Rules, FoldConfig]] = {}
_LAST_FOLD_CONFIG: tuple[WindowConfig, Rules, FoldConfig] | None = None


def _fold_config(config: WindowConfig, rules: Rules) -> FoldConfig:
    global _LAST_FOLD_CONFIG
    last = _LAST_FOLD_CONFIG
    if last is not None and last[0] is config and last[1] is rules:
        return last[2]
    got = _FOLD_CONFIGS.get((id(config), id(rules)))
    if got is None or got[0] is not config or got[1] is not rules:
        got = _FOLD_CONFIGS[(id(config), id(rules))] = (config, rules, _native_config(config, rules))
    _LAST_FOLD_CONFIG = got
    return got[2]


def _native_config(config: WindowConfig, rules: Rules) -> FoldConfig:
    if len(_FOLD_CONFIGS) >= 64:
        _FOLD_CONFIGS.clear()
    spike = rules.spike
    return FoldConfig(
        config.limits.native(),
        config.size_ms,
        config.rolling_ms,
        {key: (r.name, r.medium_pct, r.high_pct, r.min_sources) for key, r in rules.moves.items()},
        None if spike is None else (spike.name, spike.min_mentions, spike.high_mentions, spike.min_sources),
    )


#: The last event time converted by :func:`_event_ms` (the moves of an article share one ``datetime``).
_LAST_EVENT_TIME: tuple[datetime, int] | None = None


def _event_ms(event_time: datetime) -> int:
    """``to_ms(event_time)``, remembering the last one converted."""
    global _LAST_EVENT_TIME
    last = _LAST_EVENT_TIME
    if last is not None and last[0] is event_time:
        return last[1]
    t_ms = to_ms(event_time)
    _LAST_EVENT_TIME = (event_time, t_ms)
    return t_ms


def expire(state: InstrumentState, watermark_ms: int | None, config: WindowConfig) -> bool:
    """Advance an idle instrument's state to ``watermark_ms`` and evict what has closed.

    Returns True when nothing is left (no open pane, no fired record), so the key can be deleted: this is how
    instruments that get no new events leave the table, keeping memory bounded by the window horizon.
    """
    if watermark_ms is not None and (state.watermark_ms is None or watermark_ms > state.watermark_ms):
        state.watermark_ms = watermark_ms
    _evict(state, config)
    return not state.panes and not state.fired


def evicts(st: InstrumentState, watermark_ms: int, config: WindowConfig) -> bool:
    """Whether a watermark of ``watermark_ms`` would evict a pane or a fired record of ``st``."""
    return watermark_ms >= _eviction_ms(st, config)


def _eviction_ms(st: InstrumentState, config: WindowConfig) -> float:
    """The lowest watermark at which :func:`_evict` removes something from ``st`` (infinite when empty).

    Remembered with the sizes of ``panes`` and ``fired`` (and the config) it was computed for: the fold only
    adds to them between evictions (:func:`apply`, :func:`streams.alert_checks.fire`), which changes a size.
    """
    panes, fired = st.panes, st.fired
    cached = st._evict_at
    if cached is not None and cached[0] == len(panes) and cached[1] == len(fired) and cached[3] is config:
        return cached[2]
    bound: float = math.inf
    if panes:
        bound = min(panes) + config.rolling_ms + config.grace_ms
    if fired:
        bound = min(bound, min([k[1] for k in fired]) + config.grace_ms)
    st._evict_at = (len(panes), len(fired), bound, config)
    return bound


def _evict(st: InstrumentState, config: WindowConfig) -> None:
    wm = st.watermark_ms
    if wm is None or wm < _eviction_ms(st, config):
        return
    horizon_ms = config.rolling_ms + config.grace_ms
    for start in [s for s in st.panes if s + horizon_ms <= wm]:
        del st.panes[start]
    for key in [k for k in st.fired if k[1] + config.grace_ms <= wm]:
        del st.fired[key]
    st._evict_at = None


def rolling_view(
    state: InstrumentState, config: WindowConfig, *, end: datetime | None = None
) -> Aggregate | None:
    """The rolling window (``rolling_size_s``) ending at ``end``, merged from the panes.

    ``end`` defaults to the end of the pane holding the watermark (the newest complete rolling view). Returns
    ``None`` when the state has seen nothing.
    """
    if end is not None:
        end_ms = tumbling(to_ms(end) - 1, config.size_ms).end_ms
    elif state.watermark_ms is not None:
        end_ms = tumbling(state.watermark_ms, config.size_ms).end_ms
    else:
        return None
    window = Window(end_ms - config.rolling_ms, end_ms)
    return merge(panes_in(state, window, config), window.start_ms, window.end_ms, config.limits)
