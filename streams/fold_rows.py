"""The fold of one instrument's moves of a moves record in one call, with the watermark of the record.

The aggregate agent folds the moves of a record with one watermark for the whole record (upstream progress,
or None while it is unknown). :func:`fold_rows` does for an instrument's moves of the record what calling
:func:`streams.state.apply` on each in turn with that ``watermark_ms`` does, to the same state, alerts and
late and duplicate decisions, but loops in the Rust core (``native/src/fold_rows.rs``) over the moves read
from the record (:func:`headlines_native.read_moves`), without a ``MoveEvent``, an ``Outcome`` or a
``Window`` per move. It reports only what the caller acts on: the moves that fired alerts (with the alerts'
specs, see :func:`streams.alert_checks.alert_of`) and the late moves that their pane does not hold.

The moves' event times are checked by the caller (within ``MIN_EVENT_TIME`` and ``MAX_EVENT_TIME``) when it
reads the record: :func:`streams.state.apply` refuses the others.
"""

from __future__ import annotations

from dataclasses import dataclass

from headlines_native import RecordMoves
from headlines_native import fold_rows as _native_fold_rows

from streams.aggregations import Aggregate
from streams.alert_checks import AlertSpec
from streams.rules import Rules
from streams.state import InstrumentState, WindowConfig, _evict, _fold_config


@dataclass(slots=True)
class RowsOutcome:
    """What folding an instrument's moves of a record did besides changing its state.

    ``applied``: whether any move was added (not late, not a duplicate); ``alerts``: per move that fired
    alerts, in order, its index in the record and the alerts' specs; ``late``: the indices of the late moves
    that their pane does not hold (a late move it holds was applied before a restart, as a duplicate is)."""

    applied: bool
    alerts: list[tuple[int, list[AlertSpec]]]
    late: list[int]


def fold_rows(state: InstrumentState | None, record: RecordMoves, indices: list[int], *, config: WindowConfig,
              rules: Rules, watermark_ms: int | None) -> tuple[InstrumentState, RowsOutcome]:
    """Fold the moves ``indices`` of ``record`` (all of one instrument) into ``state``, in order, as
    ``apply(state, move, config=config, rules=rules, now=..., watermark_ms=watermark_ms)`` on each does (see
    the module docstring). Returns the state (``state`` itself, changed in place, or a new one for None)."""
    st = state if state is not None else InstrumentState()
    if watermark_ms is not None:
        wm = st.watermark_ms
        if wm is None or watermark_ms > wm:
            st.watermark_ms = watermark_ms
            _evict(st, config)
    applied, new_panes, fired_ends, notes = _native_fold_rows(
        record, indices, st.panes, st.fired, Aggregate, st.watermark_ms, config.grace_ms,
        _fold_config(config, rules))
    if new_panes or fired_ends:
        _added(st, new_panes, fired_ends, config)
    alerts: list[tuple[int, list[AlertSpec]]] = []
    late: list[int] = []
    for i, specs in notes:
        if specs is None:
            late.append(i)
        else:
            alerts.append((i, specs))
    return st, RowsOutcome(applied, alerts, late)


def _added(st: InstrumentState, pane_starts_ms: list[int], fired_ends_ms: list[int], config: WindowConfig) -> None:
    """:meth:`InstrumentState.added` of several new panes and fired records at once."""
    cached = st._evict_at
    if cached is None:
        return
    n_panes, n_fired, bound, cached_config = cached
    if cached_config is not config:
        return  # recomputed for this config when next needed
    n_panes += len(pane_starts_ms)
    n_fired += len(fired_ends_ms)
    if pane_starts_ms:
        bound = min(bound, min(pane_starts_ms) + config.rolling_ms + config.grace_ms)
    if fired_ends_ms:
        bound = min(bound, min(fired_ends_ms) + config.grace_ms)
    if n_panes == len(st.panes) and n_fired == len(st.fired):  # else it is recomputed when next needed
        st._evict_at = (n_panes, n_fired, bound, cached_config)
