"""Properties of the fold, with generated events: it never raises on any event, and for events that are not
late it does not depend on arrival order."""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta

import orjson
from hypothesis import HealthCheck, given, settings
from hypothesis import event as note
from hypothesis import strategies as st

from streams.aggregations import json_default
from streams.alerts import Alert
from streams.model import Instrument, MoveEvent
from streams.rules import SEVERITIES, Rules
from streams.state import PER_KEY, InstrumentState, Outcome, WindowConfig, apply

BASE = datetime(2025, 3, 7, 9, 0, tzinfo=UTC)
NOW = datetime(2030, 1, 1, tzinfo=UTC)
CONFIG = WindowConfig(size_s=900, grace_s=600, rolling_size_s=3600, max_article_ids=5, max_evidence=3)
RULES = Rules.load(None)
TIGHT = Rules.from_toml(
    "[moves]\nmin_sources = 2\n[moves.stock]\nday = 2\nweek = 4\n[moves.index]\nday = 1\n"
    "[spike]\nmin_mentions = 3\nhigh_mentions = 6\nmin_sources = 2\n"
)
INSTRUMENTS = [
    Instrument("9988.HK", "Alibaba", "9988.HK", "stock", "HK"),
    Instrument("HSI", "Hang Seng Index", "HSI", "index", "HK"),
    Instrument("HK.TECH", "Hang Seng Tech sector", None, "sector", None),
]

pcts = st.one_of(
    st.none(), st.floats(min_value=-40, max_value=40, allow_nan=False), st.sampled_from([2.0, 5.0])
)


def events(
    seconds: st.SearchStrategy[float],
    pct: st.SearchStrategy[float | None] = pcts,
    *,
    instruments: list[Instrument] = INSTRUMENTS,
    directions: tuple[str, ...] = ("up", "down", "flat"),
    periods: tuple[str, ...] = ("day", "intraday", "week", "other"),
) -> st.SearchStrategy[MoveEvent]:
    return st.builds(
        lambda article, inst, direction, change, period, pos, sec, source, sentence: MoveEvent(
            article_id=article,
            instrument=inst,
            mention=inst.name,
            direction=direction,
            change_pct=change,
            change_points=None,
            level=None,
            currency=None,
            period=period,
            approx=False,
            span=(pos, pos + 5),
            sentence=sentence,
            published_at=BASE + timedelta(seconds=sec),
            source=source,
        ),
        st.sampled_from([f"a{i}" for i in range(8)]),
        st.sampled_from(instruments),
        st.sampled_from(directions),
        pct,
        st.sampled_from(periods),
        st.sampled_from([0, 40, 80]),
        seconds,
        st.sampled_from([None, "SCMP", "RTHK", "Bloomberg"]),
        st.sampled_from(["", "Alibaba rose 8%", "The index fell 2%"]),
    )


def fold_all(
    seq: list[MoveEvent], rules: Rules, *, reload: bool = False, upstream: list[int | None] | None = None
) -> tuple[dict[str, InstrumentState | None], list[Outcome]]:
    """Fold events per instrument; ``upstream[i]`` (seconds from BASE, or None) is passed as the watermark."""
    states: dict[str, InstrumentState | None] = {}
    outcomes = []
    for i, event in enumerate(seq):
        state = states.get(event.instrument.key)
        if reload and state is not None:
            state = InstrumentState.from_dict(orjson.loads(orjson.dumps(state.to_dict(), default=json_default)))
        if upstream is not None and i < len(upstream):
            sec = upstream[i]
            wm = None if sec is None else int(BASE.timestamp() * 1000) + sec * 1000
            outcome = apply(state, event, config=CONFIG, rules=rules, now=NOW, watermark_ms=wm)
        else:
            outcome = apply(state, event, config=CONFIG, rules=rules, now=NOW, watermark_ms=PER_KEY)
        states[event.instrument.key] = outcome.state
        outcomes.append(outcome)
    return states, outcomes


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        events(
            st.floats(min_value=-3 * 86400, max_value=3 * 86400),
            st.one_of(pcts, st.sampled_from([math.nan, math.inf, -math.inf, 1e308])),
        ),
        max_size=60,
    ),
    st.sampled_from([RULES, TIGHT]),
    st.one_of(st.none(), st.lists(st.one_of(st.none(), st.integers(-3 * 86400, 3 * 86400)), max_size=60)),
)
def test_never_raises_and_state_round_trips(
    seq: list[MoveEvent], rules: Rules, upstream: list[int | None] | None
) -> None:
    states, outcomes = fold_all(seq, rules, reload=True, upstream=upstream)
    for outcome in outcomes:
        assert not (outcome.late and outcome.duplicate)
        for alert in outcome.alerts:
            assert Alert.from_dict(orjson.loads(orjson.dumps(alert.to_dict()))) == alert
    for state in states.values():
        assert state is not None
        data = orjson.loads(orjson.dumps(state.to_dict(), default=json_default))
        assert InstrumentState.from_dict(data) == state
        if upstream is None:  # per-key watermark: bounded by the horizon (upstream None keeps windows open)
            assert len(state.panes) <= (3600 + 600) // 900 + 1


AlertKey = tuple[str, int, int, str, str]  # (instrument, window start ms, window end ms, direction, rule)


def _by_id(outcomes: list[Outcome]) -> dict[str, Alert]:
    """Every alert emitted, by id (asserting that no id is emitted twice)."""
    alerts = [a for o in outcomes for a in o.alerts]
    by_id = {a.alert_id: a for a in alerts}
    assert len(by_id) == len(alerts)
    return by_id


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.one_of(
            events(st.floats(min_value=0, max_value=600)),
            # a narrow mix, so that windows cross several severities and escalate
            events(st.floats(min_value=0, max_value=600), st.sampled_from([1.0, 2.5, 5.5, 12.0, 25.0, None]),
                   instruments=INSTRUMENTS[:2], directions=("up", "down"), periods=("day",)),
        ),
        min_size=1, max_size=40, unique_by=lambda e: e.event_id,
    ),
    st.randoms(use_true_random=False),
    st.sampled_from([RULES, TIGHT]),
    st.integers(min_value=0, max_value=5),
)  # fmt: skip
def test_arrival_order_does_not_change_windows_or_alerts(
    unique: list[MoveEvent], rnd: object, rules: Rules, n_redeliveries: int
) -> None:
    # all events fall within the grace period of each other, so none is late in any order
    seq = unique + [unique[i % len(unique)] for i in range(n_redeliveries)]
    shuffled = list(seq)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    states_a, out_a = fold_all(seq, rules)
    states_b, out_b = fold_all(shuffled, rules)
    assert not any(o.late for o in out_a + out_b)
    assert sum(o.duplicate for o in out_a) == sum(o.duplicate for o in out_b) == n_redeliveries
    # the same windows and aggregates, and the same SET of alert ids: every severity reached, not only the top
    assert states_a == states_b
    by_id_a, by_id_b = _by_id(out_a), _by_id(out_b)
    escalated = any(a.escalation for a in by_id_a.values())
    at_once = any(  # a key that fired two severities in one step
        len({(a.key, a.window, a.direction, a.rule) for a in o.alerts}) < len(o.alerts) for o in out_a + out_b
    )
    note(f"alerts: {'some' if by_id_a else 'none'}; escalations: {escalated}; several at once: {at_once}")
    assert set(by_id_a) == set(by_id_b)
    # the escalation flag is order-independent too: all lower severities of a key fire before a higher one
    assert {i: a.escalation for i, a in by_id_a.items()} == {i: a.escalation for i, a in by_id_b.items()}
    for outs in (out_a, out_b):
        fired: dict[AlertKey, list[str]] = {}
        for outcome in outs:
            for alert in outcome.alerts:
                key = (alert.key, alert.window.start_ms, alert.window.end_ms, alert.direction, alert.rule)
                assert alert.escalation == (key in fired)
                fired.setdefault(key, []).append(alert.severity)
        # per key, the severities emitted are each level from the lowest up to the highest reached, in order
        for severities in fired.values():
            assert severities == list(SEVERITIES[: len(severities)])
