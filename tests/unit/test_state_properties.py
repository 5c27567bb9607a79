"""Properties of the fold, with generated events: it never raises on any event, and for events that are not
late it does not depend on arrival order."""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta

import orjson
from hypothesis import HealthCheck, given, settings
from hypothesis import event as note
from hypothesis import strategies as st

from streams.alerts import Alert
from streams.model import Instrument, MoveEvent
from streams.rules import Rules, severity_rank
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
            state = InstrumentState.from_dict(orjson.loads(orjson.dumps(state.to_dict())))
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
        data = orjson.loads(orjson.dumps(state.to_dict()))
        assert InstrumentState.from_dict(data) == state
        if upstream is None:  # per-key watermark: bounded by the horizon (upstream None keeps windows open)
            assert len(state.panes) <= (3600 + 600) // 900 + 1


def _top(outcomes: list[Outcome]) -> dict[tuple[str, int, int, str, str], Alert]:
    """The highest-severity alert emitted per (instrument, window, direction, rule)."""
    best: dict[tuple[str, int, int, str, str], Alert] = {}
    for outcome in outcomes:
        for alert in outcome.alerts:
            key = (alert.key, alert.window.start_ms, alert.window.end_ms, alert.direction, alert.rule)
            if key not in best or severity_rank(alert.severity) > severity_rank(best[key].severity):
                best[key] = alert
    return best


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
    # the same windows and aggregates, and the same highest severity fired per window, direction and rule
    assert states_a == states_b
    top_a, top_b = _top(out_a), _top(out_b)
    escalated = any(a.escalation for o in out_a for a in o.alerts)
    note(f"alerts: {'some' if top_a else 'none'}; escalations: {escalated}")
    assert {a.alert_id for a in top_a.values()} == {a.alert_id for a in top_b.values()}
    # every alert emitted is at most the top severity; an escalation follows a lower alert of its key
    for outs, top in ((out_a, top_a), (out_b, top_b)):
        ids = [a.alert_id for o in outs for a in o.alerts]
        assert len(ids) == len(set(ids))
        fired: dict[tuple[str, int, int, str, str], str] = {}
        for outcome in outs:
            for alert in outcome.alerts:
                key = (alert.key, alert.window.start_ms, alert.window.end_ms, alert.direction, alert.rule)
                assert severity_rank(alert.severity) <= severity_rank(top[key].severity)
                assert alert.escalation == (key in fired)
                assert severity_rank(alert.severity) > severity_rank(fired.get(key))
                fired[key] = alert.severity
