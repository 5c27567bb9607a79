"""The per-instrument fold: windows in event time, late and duplicate events, alerts and escalation."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import orjson
import pytest

from streams.aggregations import json_default
from streams.model import Instrument, MoveEvent
from streams.rules import Rules
from streams.state import InstrumentState, Outcome, WindowConfig, apply, rolling_view
from streams.windows import to_ms

ALIBABA = Instrument("9988.HK", "Alibaba Group Holding", "9988.HK", "stock", "HK")
BYD = Instrument("1211.HK", "BYD", "1211.HK", "stock", "HK")
HSI = Instrument("HSI", "Hang Seng Index", "HSI", "index", "HK")
BASE = datetime(2025, 3, 7, 9, 0, tzinfo=UTC)  # a window boundary
NOW = datetime(2031, 1, 1, tzinfo=UTC)  # wall clock: only ever stamped as emitted_at
CONFIG = WindowConfig(size_s=900, grace_s=600, rolling_size_s=3600)
RULES = Rules.load(None)


def E(
    article: str,
    pct: float | None,
    minute: float,
    *,
    inst: Instrument = ALIBABA,
    direction: str = "up",
    source: str | None = "SCMP",
    period: str = "day",
    pos: int = 0,
    base: datetime = BASE,
) -> MoveEvent:
    return MoveEvent(
        article_id=article,
        instrument=inst,
        mention=inst.name,
        direction=direction,
        change_pct=pct,
        change_points=None,
        level=None,
        currency=None,
        period=period,
        approx=False,
        span=(pos, pos + 10),
        sentence=f"{inst.name} moved {direction} {pct}% ({article})",
        published_at=base + timedelta(minutes=minute),
        source=source,
    )


def run(
    events: list[MoveEvent], state: InstrumentState | None = None, rules: Rules = RULES
) -> tuple[InstrumentState | None, list[Outcome]]:
    outcomes = []
    for event in events:
        outcome = apply(state, event, config=CONFIG, rules=rules, now=NOW)
        state = outcome.state
        outcomes.append(outcome)
    return state, outcomes


def summary(outcome: Outcome) -> list[str]:
    """One short string per step: flags, then alerts as rule/severity[/esc]@window-start-minute."""
    if outcome.late:
        return ["late"]
    if outcome.duplicate:
        return ["dup"]
    out = []
    for a in outcome.alerts:
        minute = int((a.window.start - BASE).total_seconds() // 60)
        out.append(f"{a.rule}/{a.severity}{'/esc' if a.escalation else ''}@{minute}")
    return out


SCENARIOS = [
    # (case, events in arrival order, expected summary per event)
    ("small stock move: no alert", [E("a", 3.6, 1, inst=BYD)], [[]]),
    ("stock at threshold", [E("a", 5.0, 1)], [["move.stock.day/medium@0"]]),
    ("big stock move fires medium then high at once", [E("a", 16.0, 1)],
     [["move.stock.day/medium@0", "move.stock.day/high/esc@0"]]),
    ("index thresholds are lower", [E("a", 3.69, 1, inst=HSI), E("b", 1.5, 2, inst=HSI)],
     [["move.index.day/medium@0"], []]),
    ("escalation in the same window", [E("a", 8.4, 1), E("b", 14.6, 3)],
     [["move.stock.day/medium@0"], ["move.stock.day/high/esc@0"]]),
    ("nothing fires after high", [E("b", 14.6, 3), E("a", 8.4, 1), E("c", 20.0, 4)],
     [["move.stock.day/medium@0", "move.stock.day/high/esc@0"], [], []]),
    ("same severity fires once per window", [E("a", 8.4, 1), E("b", 9.0, 2), E("c", 6.0, 14)],
     [["move.stock.day/medium@0"], [], []]),
    ("each window fires on its own", [E("a", 8.4, 1), E("b", 8.4, 20)],
     [["move.stock.day/medium@0"], ["move.stock.day/medium@15"]]),
    ("directions fire separately", [E("a", 8.4, 1), E("b", 6.0, 2, direction="down")],
     [["move.stock.day/medium@0"], ["move.stock.day/medium@0"]]),
    ("negative down change given as negative", [E("a", -12.0, 1, direction="down")],
     [["move.stock.day/medium@0", "move.stock.day/high/esc@0"]]),
    ("periods have their own rules", [E("a", 6.0, 1, period="week"), E("b", 10.0, 2, period="week")],
     [[], ["move.stock.week/medium@0"]]),
    ("period without a rule never fires", [E("a", 80.0, 1, period="other")], [[]]),
    ("flat and unknown percentages never fire", [E("a", 9.0, 1, direction="flat"), E("b", None, 2)],
     [[], []]),
    ("out of order within grace is applied", [E("a", 1.0, 20), E("b", 8.4, 5)],
     [[], ["move.stock.day/medium@0"]]),
    ("late beyond grace is refused", [E("a", 1.0, 25), E("b", 8.4, 5)], [[], ["late"]]),
    ("late at exactly end plus grace", [E("a", 1.0, 25), E("b", 8.4, 14.99)], [[], ["late"]]),
    ("redelivered duplicate", [E("a", 8.4, 1), E("a", 8.4, 1)], [["move.stock.day/medium@0"], ["dup"]]),
    ("same article, second mention is not a duplicate", [E("a", 2.0, 1), E("a", 8.4, 1, pos=300)],
     [[], ["move.stock.day/medium@0"]]),
    ("spike at five mentions, escalates at ten",
     [E(f"s{i}", 0.5, 1 + i) for i in range(10)],
     [[]] * 4 + [["spike/medium@0"]] + [[]] * 4 + [["spike/high/esc@0"]]),
    ("spike across panes anchors on each non-empty first pane",
     [E("a", 0.5, 1), E("b", 0.5, 16), E("c", 0.5, 17), E("d", 0.5, 31), E("e", 0.5, 32), E("f", 0.5, 33)],
     [[], [], [], [], ["spike/medium@0"], ["spike/medium@15"]]),
    ("spike reached at once when its first pane fills last: medium then high",
     [E(f"s{i}", 0.5, 16 + i) for i in range(9)] + [E("a", 0.5, 1)],
     [[]] * 4 + [["spike/medium@15"]] + [[]] * 4 + [["spike/medium@0", "spike/high/esc@0"]]),
]  # fmt: skip


@pytest.mark.parametrize(("case", "events", "expected"), SCENARIOS, ids=[s[0] for s in SCENARIOS])
def test_scenarios(case: str, events: list[MoveEvent], expected: list[list[str]]) -> None:
    _, outcomes = run(events)
    assert [summary(o) for o in outcomes] == expected


@pytest.mark.parametrize(
    ("sources", "expected"),
    [
        (["SCMP"], [["move.stock.day/medium@0"]]),
        (["SCMP", "SCMP"], [[], []]),
        (["SCMP", None], [[], []]),
        # the second source reports only a small move, yet it corroborates the pane: the rule fires then
        (["SCMP", "RTHK"], [[], ["move.stock.day/medium@0"]]),
    ],
)
def test_min_sources(sources: list[str | None], expected: list[list[str]]) -> None:
    rules = Rules.from_toml("[moves.stock]\nmin_sources = 2\nday = 5\n")
    events = [E("a", 8.4, 1, source=sources[0])] + [
        E(f"b{i}", 1.0, 2 + i, source=s) for i, s in enumerate(sources[1:])
    ]
    if len(sources) == 1:
        rules = Rules.from_toml("[moves.stock]\nday = 5\n")
    _, outcomes = run(events, rules=rules)
    assert [summary(o) for o in outcomes] == expected


def test_alert_content() -> None:
    events = [
        E("a", 8.4, 1, source="SCMP"),
        E("b", 2.0, 2, source="RTHK", direction="down"),
        E("c", 14.6, 4, source="Bloomberg"),
    ]
    _, outcomes = run(events)
    alert = outcomes[2].alerts[0]
    assert alert.instrument == ALIBABA and alert.key == "9988.HK"
    assert (alert.window.start, alert.window.end) == (BASE, BASE + timedelta(minutes=15))
    assert (alert.direction, alert.rule, alert.severity, alert.escalation) == (
        "up",
        "move.stock.day",
        "high",
        True,
    )
    assert (alert.period, alert.threshold) == ("day", 10.0)
    assert alert.largest_change_pct == 14.6
    assert alert.consensus_change_pct == pytest.approx((8.4 + 14.6) / 2)  # median of the up day moves
    assert alert.latest_change_pct == 14.6
    assert alert.mentions == 3
    assert alert.sources == ("Bloomberg", "RTHK", "SCMP")
    assert alert.article_ids == ("a", "b", "c")
    assert alert.evidence[0] == "Alibaba Group Holding moved up 8.4% (a)"
    assert alert.first_seen == BASE + timedelta(minutes=1)
    assert alert.emitted_at == NOW


def test_event_time_falls_back_to_received_at_and_is_required() -> None:
    received = BASE + timedelta(minutes=3)
    event = replace(E("a", 8.4, 0), published_at=None, received_at=received)
    outcome = apply(None, event, config=CONFIG, rules=RULES, now=NOW)
    assert outcome.event_time_ms == to_ms(received)
    assert outcome.alerts[0].first_seen == received
    with pytest.raises(ValueError, match="no event time"):
        apply(None, replace(event, received_at=None), config=CONFIG, rules=RULES, now=NOW)


@pytest.mark.parametrize(
    ("when", "ok"),
    [
        (datetime(1899, 12, 31, 23, 59, tzinfo=UTC), False),
        (datetime(1900, 1, 1, tzinfo=UTC), True),
        (datetime(1969, 12, 31, 23, 59, tzinfo=UTC), True),  # before the epoch: negative milliseconds
        (datetime(8999, 12, 31, 23, 59, tzinfo=UTC), True),
        (datetime(9999, 12, 31, 23, 59, tzinfo=UTC), False),  # its windows would end after datetime.max
    ],
)
def test_event_time_range(when: datetime, ok: bool) -> None:
    event = replace(E("a", 16.0, 0), published_at=when)
    if ok:
        alert = apply(None, event, config=CONFIG, rules=RULES, now=NOW).alerts[0]
        assert alert.window.start <= when < alert.window.end
        assert alert.to_dict()["window"]["end"]
    else:
        with pytest.raises(ValueError, match="out of range"):
            apply(None, event, config=CONFIG, rules=RULES, now=NOW)


def _ids(outcomes: list[Outcome]) -> list[str]:
    return [a.alert_id for o in outcomes for a in o.alerts]


SEED_LIKE = [
    E("hk1", 8.4, 0), E("hk1", 5.4, 0, inst=HSI, pos=90), E("hk2", 1.7, 7, source="RTHK"),
    E("hk3", 14.6, 40, source="Bloomberg"), E("hk3", 4.1, 41, inst=HSI, pos=200), E("hk4", 0.7, 70, inst=HSI),
]  # fmt: skip


def test_replay_into_a_fresh_state_gives_the_same_alert_ids() -> None:
    by_key: dict[str, InstrumentState | None] = {}
    live: list[Outcome] = []
    replayed: list[Outcome] = []
    for runs in (live, replayed):
        by_key = {}
        for event in SEED_LIKE:
            outcome = apply(by_key.get(event.instrument.key), event, config=CONFIG, rules=RULES,
                            now=NOW if runs is live else NOW + timedelta(days=400))  # fmt: skip
            by_key[event.instrument.key] = outcome.state
            runs.append(outcome)
    assert _ids(live) and _ids(live) == _ids(replayed)
    assert [a.emitted_at for o in replayed for a in o.alerts] == [NOW + timedelta(days=400)] * len(_ids(live))


def test_replay_into_the_same_state_gives_no_new_alert() -> None:
    state, first = run([e for e in SEED_LIKE if e.instrument is ALIBABA])
    assert _ids(first)
    _, again = run([e for e in SEED_LIKE if e.instrument is ALIBABA], state=state)
    assert _ids(again) == []
    assert all(o.duplicate or o.late for o in again)


def test_old_articles_give_the_same_alerts_as_live() -> None:
    old_base = datetime(2019, 6, 3, 1, 30, tzinfo=UTC)
    _, live = run([e for e in SEED_LIKE if e.instrument is ALIBABA])
    _, old = run([replace(e, published_at=old_base + (e.published_at - BASE)) for e in SEED_LIKE  # type: ignore[operator]
                  if e.instrument is ALIBABA])  # fmt: skip

    def shape(outcomes: list[Outcome], base: datetime) -> list[tuple[str, str, bool, timedelta]]:
        return [(a.rule, a.severity, a.escalation, a.window.start - base) for o in outcomes for a in o.alerts]

    assert shape(live, BASE) == shape(old, old_base)
    assert len(shape(live, BASE)) == 3  # medium in the 9:00 window; medium and high at once in the 9:30 one
    assert set(_ids(live)).isdisjoint(_ids(old))  # different windows, different ids


def test_state_is_bounded_by_the_horizon() -> None:
    state, outcomes = run([E(f"a{i}", 9.0 if i % 7 == 0 else 1.0, 5 * i) for i in range(2000)])
    assert state is not None
    assert not any(o.late for o in outcomes)
    horizon_panes = (CONFIG.rolling_size_s + CONFIG.grace_s) / CONFIG.size_s
    assert len(state.panes) <= horizon_panes + 1
    assert len(state.fired) <= 2 * (horizon_panes + 1)
    assert len(orjson.dumps(state.to_dict(), default=json_default)) < 20_000


def test_state_round_trips_through_json_mid_stream() -> None:
    events = [
        E("a", 8.4, 1), E("b", 3.0, 2, direction="down", source=None), E("c", 0.4, 16, inst=ALIBABA),
        E("d", 14.6, 17), E("e", None, 18, period="week"), *[E(f"s{i}", 0.1, 20 + i) for i in range(6)],
    ]  # fmt: skip
    straight, straight_out = run(events)
    state: InstrumentState | None = None
    resumed_out: list[Outcome] = []
    for event in events:  # serialise and reload between every event, as the changelog-backed table does
        if state is not None:
            state = InstrumentState.from_dict(orjson.loads(orjson.dumps(state.to_dict(), default=json_default)))
        outcome = apply(state, event, config=CONFIG, rules=RULES, now=NOW)
        state = outcome.state
        resumed_out.append(outcome)
    assert state == straight
    assert [[a.to_dict() for a in o.alerts] for o in resumed_out] == [
        [a.to_dict() for a in o.alerts] for o in straight_out
    ]


def test_unsupported_state_version() -> None:
    with pytest.raises(ValueError, match="version"):
        InstrumentState.from_dict({"v": 99, "panes": []})


def test_rolling_view() -> None:
    state, _ = run([E("a", 8.4, 1), E("b", 1.0, 20, source="RTHK"), E("c", 2.0, 50), E("d", 3.0, 69)])
    assert state is not None
    view = rolling_view(state, CONFIG)  # ends at the end of the watermark's pane: [10:15 - 1h, 10:15)
    assert view is not None
    assert (view.start_ms, view.end_ms) == (
        to_ms(BASE + timedelta(minutes=15)),
        to_ms(BASE + timedelta(minutes=75)),
    )
    assert view.article_id_list == ["b", "c", "d"]
    assert view.sources == {"SCMP", "RTHK"}
    earlier = rolling_view(state, CONFIG, end=BASE + timedelta(minutes=60))
    assert earlier is not None and earlier.article_id_list == ["a", "b", "c"] and earlier.mentions == 3
    # at watermark 10:10 the last rolling window with the 9:00 pane, [9:00, 10:00), closes (grace 10 min)
    state, _ = run([E("e", 1.0, 70)], state=state)
    assert state is not None and sorted(state.panes) == [
        to_ms(BASE + timedelta(minutes=m)) for m in (15, 45, 60)
    ]
    earlier = rolling_view(state, CONFIG, end=BASE + timedelta(minutes=60))
    assert earlier is not None and earlier.article_id_list == ["b", "c"]
    assert rolling_view(InstrumentState(), CONFIG) is None


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"size_s": 0}, "size_s"),
        ({"grace_s": -1}, "grace_s"),
        ({"rolling_size_s": 1000}, "multiple"),
        ({"rolling_size_s": 600}, "multiple"),
        ({"max_article_ids": 0}, "max_article_ids"),
    ],
)
def test_window_config_validation(kwargs: dict[str, float], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        WindowConfig(**kwargs)  # type: ignore[arg-type]


def _min(minute: float) -> int:
    return to_ms(BASE + timedelta(minutes=minute))


UPSTREAM = [
    # (case, [(event, upstream watermark minute or None)], expected summary per event)
    ("per-key skew is not late under the upstream watermark",
     [(E("a", 1.0, 40), 5), (E("b", 8.4, 5), 5)], [[], ["move.stock.day/medium@0"]]),
    ("late when the upstream watermark closed the window",
     [(E("a", 1.0, 40), 25), (E("b", 8.4, 5), 25)], [[], ["late"]]),
    ("unknown upstream watermark: nothing is late",
     [(E("a", 1.0, 400), None), (E("b", 8.4, 5), None)], [[], ["move.stock.day/medium@0"]]),
    ("a lower upstream watermark never reopens a window",
     [(E("a", 1.0, 30), 25), (E("b", 8.4, 5), 10)], [[], ["late"]]),
    ("event times do not move the upstream watermark",
     [(E("a", 1.0, 300), 0), (E("b", 8.4, 5), 0)], [[], ["move.stock.day/medium@0"]]),
]  # fmt: skip


@pytest.mark.parametrize(("case", "steps", "expected"), UPSTREAM, ids=[u[0] for u in UPSTREAM])
def test_upstream_watermark(case: str, steps: list[tuple[MoveEvent, float | None]],
                            expected: list[list[str]]) -> None:  # fmt: skip
    state: InstrumentState | None = None
    got = []
    for event, minute in steps:
        wm = None if minute is None else _min(minute)
        outcome = apply(state, event, config=CONFIG, rules=RULES, now=NOW, watermark_ms=wm)
        state = outcome.state
        got.append(summary(outcome))
    assert got == expected


def test_upstream_watermark_evicts_and_is_monotone() -> None:
    state, _ = run([E("a", 1.0, 1), E("b", 1.0, 16)])
    assert state is not None and len(state.panes) == 2
    # per-key watermark is 9:16; an upstream watermark of 10:10 closes every window of the 9:00 pane
    outcome = apply(state, E("c", 8.4, 65), config=CONFIG, rules=RULES, now=NOW, watermark_ms=_min(70))
    assert sorted(outcome.state.panes) == [_min(15), _min(60)]
    assert outcome.state.watermark_ms == _min(70)
    outcome = apply(
        outcome.state, E("d", 1.0, 66), config=CONFIG, rules=RULES, now=NOW, watermark_ms=_min(61)
    )
    assert outcome.state.watermark_ms == _min(70) and not outcome.late
