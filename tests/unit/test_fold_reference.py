"""The fold (:func:`streams.state.apply`) against a straightforward reference written here: every Outcome
(alerts and their payloads, late, duplicate, window) and every state, as the JSON of ``to_dict``, must be equal.

The reference does per event what the fold's docstring says, the plain way: it recomputes every group's
severity with the rules' own ``severity``, sums every rolling window holding the event pane by pane, merges
the whole rolling view (event ids too) to build a spike alert, and evicts by scanning the whole state. The
fold takes shortcuts (sliding sums, skipping groups and windows that cannot fire anything new, remembering
when the next eviction is due): this test holds them to the same results, on seeded random events with
duplicates, reordering, restarts from the stored value, small bounds and tight rules.
"""

from __future__ import annotations

import random
from datetime import timedelta
from typing import Any

import orjson
import pytest

from streams.aggregations import (
    MoveStats,
    event_digest,
    event_pct,
    evidence_of,
    interned_sources,
    json_default,
)
from streams.alerts import Alert
from streams.model import MoveEvent
from streams.rules import Rules, severity_rank
from streams.state import PER_KEY, InstrumentState, Outcome, WindowConfig, apply
from streams.windows import Window, hopping, is_closed, to_ms, tumbling
from tests.unit.plain_fold import TOP, PlainAggregate, build_alert, fire, merge
from tests.unit.test_state_properties import BASE, INSTRUMENTS, NOW, TIGHT

SENTENCES = ["", "Alibaba rose 8%", "The index fell 2%", "  Shares   of\nAlibaba gained 5.5% in a long sentence"]


# ------------------------------------------------------------------------------------------ the reference
def ref_insert(items: list[Any], item: Any, bound: int, key: int) -> list[Any]:
    """The ``bound`` smallest of the smallest items per ``item[key]``, of ``items`` and ``item``."""
    smallest: dict[Any, Any] = {}
    for one in [*items, item]:
        if one[key] not in smallest or one < smallest[one[key]]:
            smallest[one[key]] = one
    return sorted(smallest.values())[:bound]


def ref_add(pane: PlainAggregate, event: MoveEvent, t_ms: int, config: WindowConfig) -> bool:
    """Fold one event into a pane, each field the plain way; False for a duplicate."""
    digest = event_digest(event.event_id)
    if digest in pane.seen:
        return False
    pane._wire = None
    if len(pane.seen) < config.max_event_ids:
        pane.seen = type(pane.seen)(sorted([*pane.seen, digest]))
    pane.mentions += 1
    pane.first_seen_ms = t_ms if pane.first_seen_ms is None else min(pane.first_seen_ms, t_ms)
    if event.source and event.source not in pane.sources and len(pane.sources) < config.max_sources:
        pane.sources = interned_sources(pane.sources | {event.source})
    pane.article_ids = ref_insert(pane.article_ids, (t_ms, event.article_id), config.max_article_ids, 1)
    pct = event_pct(event)
    if pane.latest is None or (t_ms, event.event_id) > pane.latest[:2]:
        pane.latest = (t_ms, event.event_id, event.direction, pct)
    if pct is not None:
        stats = pane.moves.setdefault((event.direction, event.period), MoveStats(pct))
        stats.counts[round(pct, 4)] = stats.counts.get(round(pct, 4), 0) + 1
        stats.extreme = max(stats.extreme, pct, key=lambda v: (abs(v), v))
    phrase = evidence_of(event, config.max_evidence_chars)
    if phrase:
        pane.evidence = ref_insert(pane.evidence, (t_ms, event.event_id, phrase), config.max_evidence, 2)
    return True


def ref_alerts(st: InstrumentState, pane: PlainAggregate, t_ms: int, event: MoveEvent, config: WindowConfig,
               rules: Rules) -> list[Alert]:
    alerts = []
    window = Window(pane.start_ms, pane.end_ms)
    for (direction, period), stats in sorted(pane.moves.items()):
        rule = rules.moves.get((event.instrument.kind, period))
        if direction not in ("up", "down") or rule is None:
            continue
        key = (window.start_ms, window.end_ms, direction, rule.name)
        for severity, escalation in fire(st, key, rule.severity(abs(stats.extreme), len(pane.sources))):
            alerts.append(build_alert(
                event, pane, window, direction, rule.name, severity, escalation, NOW, period=period,
                threshold=rule.high_pct if severity == "high" else rule.medium_pct,
                consensus=stats.median, largest=stats.extreme))
    spike = rules.spike
    if spike is None:
        return alerts
    for window in hopping(t_ms, config.rolling_ms, config.size_ms):
        panes = [p for s, p in sorted(st.panes.items()) if window.start_ms <= s < window.end_ms]
        if window.start_ms not in st.panes or st.panes[window.start_ms].mentions == 0:
            continue
        view = merge(panes, window.start_ms, window.end_ms, config.limits)
        key = (window.start_ms, window.end_ms, "any", spike.name)
        to_emit = fire(st, key, spike.severity(view.mentions, len(view.sources)))
        moves = view.all_moves()
        for severity, escalation in to_emit:
            alerts.append(build_alert(
                event, view, window, "any", spike.name, severity, escalation, NOW, period=None,
                threshold=float(spike.high_mentions if severity == "high" else spike.min_mentions),
                consensus=moves.median if moves else None, largest=moves.extreme if moves else None))
    return alerts


def ref_evict(st: InstrumentState, config: WindowConfig) -> None:
    if st.watermark_ms is None:
        return
    st.panes = {s: p for s, p in st.panes.items() if s + config.rolling_ms + config.grace_ms > st.watermark_ms}
    st.fired = {k: v for k, v in st.fired.items() if k[1] + config.grace_ms > st.watermark_ms}


def ref_apply(st: InstrumentState | None, event: MoveEvent, config: WindowConfig, rules: Rules,
              watermark_ms: Any) -> Outcome:
    assert event.event_time is not None
    t_ms = to_ms(event.event_time)
    st = st if st is not None else InstrumentState()
    upstream = None if watermark_ms is PER_KEY else watermark_ms
    if upstream is not None and (st.watermark_ms is None or upstream > st.watermark_ms):
        st.watermark_ms = upstream
        ref_evict(st, config)
    window = tumbling(t_ms, config.size_ms)
    if is_closed(window, config.grace_ms, st.watermark_ms):
        return Outcome(st, [], late=True, window=window, event_time_ms=t_ms)
    pane = st.panes.get(window.start_ms) or PlainAggregate(window.start_ms, window.end_ms)
    if not ref_add(pane, event, t_ms, config):
        return Outcome(st, [], duplicate=True, window=window, event_time_ms=t_ms)
    st.panes[window.start_ms] = pane
    alerts = ref_alerts(st, pane, t_ms, event, config, rules)
    if watermark_ms is PER_KEY and (st.watermark_ms is None or t_ms > st.watermark_ms):
        st.watermark_ms = t_ms
        ref_evict(st, config)
    return Outcome(st, alerts, window=window, event_time_ms=t_ms)


# ------------------------------------------------------------------------------------------------ the test
def random_events(rnd: random.Random, n: int, spread_s: int) -> list[MoveEvent]:
    out = []
    for _ in range(n):
        inst = rnd.choice(INSTRUMENTS)
        pct = rnd.choice([None, 0.4, 1.0, 2.0, 2.5, 3.1, 5.0, 5.5, 7.0, 10.0, 12.0, 25.0, rnd.uniform(0, 40)])
        out.append(MoveEvent(
            article_id=f"a{rnd.randrange(40)}", instrument=inst, mention=inst.name,
            direction=rnd.choice(["up", "up", "down", "flat"]), change_pct=pct, change_points=None, level=None,
            currency=None, period=rnd.choice(["day", "day", "intraday", "week", "other"]), approx=False,
            span=(rnd.randrange(30) * 10, 0), sentence=rnd.choice(SENTENCES),
            published_at=BASE + timedelta(seconds=rnd.randrange(spread_s)),
            source=rnd.choice([None, "SCMP", "RTHK", "Bloomberg", "wire"]),
            range_pct=rnd.choice([None, None, None, (1.5, 6.5), (-7.0, -2.0), (-3.0, 0.0)]),
        ))
    return out


def state_json(st: InstrumentState) -> bytes:
    return orjson.dumps(st.to_dict(), default=json_default)


def random_setup(rnd: random.Random) -> tuple[WindowConfig, Rules]:
    """A window config (default, small bounds, or no grace with one pane a rolling window) and rules (default or
    tight), chosen by ``rnd``: the setups the differential fold tests run over."""
    config = rnd.choice([
        WindowConfig(),
        WindowConfig(size_s=600, grace_s=120, rolling_size_s=2400, max_article_ids=4, max_evidence=2,
                     max_sources=2, max_event_ids=15, max_evidence_chars=12),
        WindowConfig(size_s=300, grace_s=0, rolling_size_s=300, max_article_ids=3),
    ])
    return config, rnd.choice([Rules.load(None), TIGHT])


def redelivered_events(rnd: random.Random, n: int, again: int, *, in_order: bool) -> list[MoveEvent]:
    """``n`` random events over half an hour or four hours, then ``again`` of them once more (redeliveries);
    sorted by publication time when ``in_order`` (the duplicates then come later)."""
    seq = random_events(rnd, n, rnd.choice([1800, 4 * 3600]))
    seq += rnd.sample(seq, again)
    if in_order:
        seq.sort(key=lambda e: e.published_at or BASE)
    return seq


@pytest.mark.parametrize("seed", range(6))
def test_the_fold_equals_the_reference(seed: int) -> None:
    rnd = random.Random(seed)
    config, rules = random_setup(rnd)
    seq = redelivered_events(rnd, 700, 150, in_order=bool(seed % 2))
    mode = seed % 3  # per-key watermark, an upstream one behind the events, or none
    ours: dict[str, InstrumentState] = {}
    theirs: dict[str, InstrumentState] = {}
    fired_top = 0
    for i, event in enumerate(seq):
        key = event.instrument.key
        assert event.published_at is not None
        wm = (PER_KEY, to_ms(event.published_at) - rnd.randrange(1_800_000), None)[mode]
        mine = ours.get(key)
        if mine is not None and i % 11 == 0:  # a restart: the state comes back from its stored value
            mine = InstrumentState.from_dict(orjson.loads(state_json(mine)))
        got = apply(mine, event, config=config, rules=rules, now=NOW, watermark_ms=wm)
        want = ref_apply(theirs.get(key), event, config, rules, wm)
        ours[key], theirs[key] = got.state, want.state
        assert (got.late, got.duplicate, got.window, got.event_time_ms) == (
            want.late, want.duplicate, want.window, want.event_time_ms), i
        assert [a.to_dict() for a in got.alerts] == [a.to_dict() for a in want.alerts], i
        if i % 7 == 0:
            assert state_json(got.state) == state_json(want.state), i
        fired_top += sum(1 for sev in got.state.fired.values() if severity_rank(sev) == severity_rank(TOP))
    assert {k: state_json(s) for k, s in ours.items()} == {k: state_json(s) for k, s in theirs.items()}
    assert fired_top  # the runs reach the highest severity (the shortcuts for it are exercised)
