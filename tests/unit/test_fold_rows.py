"""The fold of a moves record without a MoveEvent per move (agents.moves_read, streams.fold_rows) against the
general way (agents.batches.decode, then streams.state.apply per move): the same states (stored JSON), alerts,
late moves and duplicates, on seeded random records with duplicates, late moves and restarts from the stored
value; and which records are read that way at all."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

import orjson
import pytest

from agents.batches import MovesBatch, Partitioner, decode
from agents.moves_read import ReadRecord, read
from streams.aggregations import json_default
from streams.alert_checks import alert_of
from streams.fold_rows import fold_rows
from streams.model import MoveEvent
from streams.rules import Rules
from streams.state import InstrumentState, WindowConfig, apply
from tests.unit.test_fold_reference import random_events, random_setup, redelivered_events
from tests.unit.test_state_properties import NOW

STAMP = datetime(2025, 3, 7, 12, 0, tzinfo=UTC)


def encode(moves: list[MoveEvent], replay: bool = False) -> bytes:
    """The moves as one version-2 record, as the ingest agent writes it."""
    batch = MovesBatch(Partitioner(1))
    for n, move in enumerate(moves):
        batch.add(move, 0, n, replay)
    [(_, _, value)] = list(batch.records())
    return value


def never() -> datetime:
    raise AssertionError("no move lacks an event time")


def state_json(st: InstrumentState | None) -> bytes:
    return orjson.dumps(st.to_dict() if st is not None else None, default=json_default)


def old_fold(states: dict[str, InstrumentState], value: bytes, config: WindowConfig, rules: Rules,
             watermark_ms: int | None) -> tuple[list[Any], list[str], list[str], set[str]]:
    """agents.fold._Fold.record's fold of a record, the general way: (alerts as dicts, late event ids, replayed
    late event ids, keys with an applied move)."""
    by_key: dict[str, list[tuple[MoveEvent, bool]]] = {}
    for move, replay in decode(value):
        by_key.setdefault(move.instrument.key, []).append((move, replay))
    alerts, late, replayed, applied = [], [], [], set()
    for key, moves in by_key.items():
        for move, replay in moves:
            out = apply(states.get(key), move, config=config, rules=rules, now=NOW, watermark_ms=watermark_ms)
            states[key] = out.state
            if out.duplicate:
                continue
            if out.late:
                pane = out.state.panes.get(out.window.start_ms) if out.window is not None else None
                if pane is None or not pane.has_seen(move):
                    (replayed if replay else late).append(move.event_id)
                continue
            applied.add(key)
            alerts.extend(alert.to_dict() for alert in out.alerts)
    return alerts, late, replayed, applied


def new_fold(states: dict[str, InstrumentState], record: ReadRecord, config: WindowConfig, rules: Rules,
             watermark_ms: int | None) -> tuple[list[Any], list[str], list[str], set[str]]:
    alerts, late, replayed, applied = [], [], [], set()
    for key, indices in record.groups:
        states[key], outcome = fold_rows(states.get(key), record.moves, indices, config=config, rules=rules,
                                         watermark_ms=watermark_ms)
        if outcome.applied:
            applied.add(key)
        for i in outcome.late:
            (replayed if record.replay(i) else late).append(record.move(i).event_id)
        for i, specs in outcome.alerts:
            move = record.move(i)
            alerts.extend(alert_of(move, spec, NOW).to_dict() for spec in specs)
    return alerts, late, replayed, applied


@pytest.mark.parametrize("seed", range(8))
def test_the_fold_of_a_read_record_equals_apply_per_move(seed: int) -> None:
    rnd = random.Random(seed)
    config, rules = random_setup(rnd)
    events = redelivered_events(rnd, 600, 120, in_order=bool(seed % 2))
    old: dict[str, InstrumentState] = {}
    new: dict[str, InstrumentState] = {}
    at, n_late, n_alerts = 0, 0, 0
    for r in range(200):
        if at >= len(events):
            break
        size = rnd.choice([1, 2, 5, 20, 60])
        chunk, at = events[at:at + size], at + size
        value = encode(chunk, replay=rnd.random() < 0.2)
        # the watermark of the record: none, or upstream progress around the events' times
        newest = max(to_ms_(e) for e in chunk)
        watermark_ms = None if seed % 4 == 3 else newest - rnd.randrange(-600_000, 3_600_000)
        if r % 9 == 4:  # a restart: the new way's states come back from their stored values
            new = {k: InstrumentState.from_dict(orjson.loads(state_json(s))) for k, s in new.items()}
        got = read(value, never)
        assert got is not None
        want = old_fold(old, value, config, rules, watermark_ms)
        have = new_fold(new, got, config, rules, watermark_ms)
        assert have == want, r
        assert {k: state_json(s) for k, s in new.items()} == {k: state_json(s) for k, s in old.items()}, r
        n_late += len(want[1]) + len(want[2])
        n_alerts += len(want[0])
    assert n_alerts and (n_late or seed % 4 == 3)


def to_ms_(event: MoveEvent) -> int:
    assert event.published_at is not None
    return int(event.published_at.timestamp() * 1000)


EVENTS = random_events(random.Random(1), 30, 3600)


def plain() -> dict[str, Any]:
    data: dict[str, Any] = orjson.loads(encode(EVENTS[:6]))
    return data


def edit(change: Any) -> bytes:
    data = plain()
    change(data)
    return orjson.dumps(data)


def setitem(path: tuple[Any, ...], value: Any) -> Any:
    def change(data: Any) -> None:
        for step in path[:-1]:
            data = data[step]
        data[path[-1]] = value
    return change


@pytest.mark.parametrize(("value", "taken"), [
    (encode(EVENTS[:6]), True),
    (encode(EVENTS[:1]), True),
    (encode(EVENTS[:6], replay=True), True),
    (orjson.dumps({"moves": [{**EVENTS[0].to_dict(), "replay": False}]}), False),  # version 1
    (edit(setitem(("v",), 3)), False),
    (edit(setitem(("moves", 0, 3), 7)), False),  # a mention that is not a string
    (edit(setitem(("moves", 0, 4), None)), False),  # a direction that is not a string
    (edit(setitem(("moves", 0, 9), 1)), False),  # a period that is not a string
    (edit(setitem(("moves", 0, 0), True)), False),  # an article index that is a bool
    (edit(setitem(("moves", 0, 0), -1)), False),  # a negative index
    (edit(setitem(("moves", 0, 1), 99)), False),  # an instrument index past the table
    (edit(setitem(("moves", 0, 2), 1.0)), False),  # a sentence index that is a float
    (edit(setitem(("moves", 0, 5), "2.5")), False),  # a percent that is a string
    (edit(setitem(("moves", 0, 5), True)), False),  # a percent that is a bool
    (edit(setitem(("moves", 0, 10), 1)), False),  # approx that is not a bool
    (edit(setitem(("moves", 0, 11), 1.5)), False),  # a span start that is not an int
    (edit(setitem(("moves", 0, 12), None)), False),  # a span end that is not an int
    (edit(setitem(("moves", 0, 13), [1.0, 2.0, 3.0])), False),  # a range of three bounds
    (edit(setitem(("moves", 0, 13), [1, 2])), True),  # a range of ints
    (edit(setitem(("moves", 0, 13), "12")), False),  # a range that is a string
    (edit(lambda d: d["moves"][0].append(0)), False),  # a move of 15 fields
    (edit(lambda d: d["instruments"][0].pop()), False),  # an instrument of 4 fields
    (edit(setitem(("instruments", 0, 0), 5)), False),  # a key that is not a string
    (edit(setitem(("instruments", 0, 3), None)), False),  # a kind that is not a string
    (edit(setitem(("instruments", 0, 1), 5)), True),  # a name that is not a string: str() of it, as decode
    (edit(setitem(("sentences", 0), 5)), False),  # a sentence that is not a string
    (edit(setitem(("articles", 0, 2), 5)), False),  # a source that is not a string
    (edit(setitem(("articles", 0, 1), "1800-01-01T00:00:00Z")), False),  # an event time before 1900
    (edit(setitem(("articles", 0, 1), "not a time")), False),  # decode raises: left to it
    (edit(lambda d: d.pop("sentences")), False),
    (edit(setitem(("moves",), {})), False),
])
def test_which_records_are_read(value: bytes, taken: bool) -> None:
    got = read(value, never)
    assert (got is not None) == taken
    if got is not None:  # the MoveEvents built when needed are those of decode
        moves = decode(value)
        assert len(got) == len(moves)
        assert [(got.move(i), got.replay(i)) for i in range(len(got))] == moves
        keys: dict[str, list[int]] = {}
        for i, (move, _) in enumerate(moves):
            keys.setdefault(move.instrument.key, []).append(i)
        assert got.groups == list(keys.items())


@pytest.mark.parametrize(("value", "error"), [
    (b"{", "JSONDecodeError"),
    (b"[1, 2]", "AttributeError"),
])
def test_read_raises_what_decode_raises(value: bytes, error: str) -> None:
    with pytest.raises(Exception) as raised:
        read(value, never)
    with pytest.raises(Exception) as decoded:
        decode(value)
    assert type(raised.value).__name__ == type(decoded.value).__name__ == error
    assert str(raised.value) == str(decoded.value)


def test_a_move_without_event_time_is_stamped_once() -> None:
    calls = []

    def stamp() -> datetime:
        calls.append(1)
        return STAMP

    moves = [replace(e, published_at=None, received_at=None) for e in EVENTS[:4]]
    got = read(encode(moves), stamp)
    assert got is not None and calls == [1]
    assert {got.move(i).received_at for i in range(len(got))} == {STAMP}
    assert got.move(0).event_time == STAMP


M = replace(EVENTS[0], change_pct=0.5, direction="up", range_pct=None)
T_MS = to_ms_(M)
CONFIG = WindowConfig()


def with_pct(pct: float, n: int, source: str) -> MoveEvent:
    return replace(M, change_pct=pct, direction="up", range_pct=None, span=(n, n + 1), source=source,
                   period="day")


@pytest.mark.parametrize(("moves", "watermark_ms", "applied", "late", "alerts"), [
    ([M], None, True, [], 0),  # applied, nothing fired
    ([M, M], None, True, [], 0),  # the second a duplicate
    ([M], T_MS + 3_600_000, False, [0], 0),  # late: its pane closed
    ([M], T_MS + 60_000, True, [], 0),  # the watermark past it, its pane open
    ([with_pct(20.0, 1, "a"), with_pct(25.0, 2, "b")], None, True, [], 1),  # one alert (medium and high)
])
def test_fold_rows(moves: list[MoveEvent], watermark_ms: int | None, applied: bool, late: list[int],
                   alerts: int) -> None:
    record = read(encode(moves), never)
    assert record is not None
    [(_, indices)] = record.groups
    state, outcome = fold_rows(None, record.moves, indices, config=CONFIG, rules=Rules.load(None),
                               watermark_ms=watermark_ms)
    assert (outcome.applied, outcome.late, len(outcome.alerts)) == (applied, late, alerts)
    want: InstrumentState | None = None
    for move in moves:
        want = apply(want, move, config=CONFIG, rules=Rules.load(None), now=NOW, watermark_ms=watermark_ms).state
    assert state_json(state) == state_json(want)


def test_a_late_move_its_pane_holds_is_not_reported() -> None:
    """After a restart a late move may have been applied already: its pane holds it, it is not dead-lettered."""
    record = read(encode([M]), never)
    assert record is not None
    state, _ = fold_rows(None, record.moves, [0], config=CONFIG, rules=Rules.load(None), watermark_ms=None)
    closed = T_MS - T_MS % CONFIG.size_ms + CONFIG.size_ms + CONFIG.grace_ms
    state, outcome = fold_rows(state, record.moves, [0], config=CONFIG, rules=Rules.load(None), watermark_ms=closed)
    assert (outcome.applied, outcome.late, outcome.alerts) == (False, [], [])


def test_instruments_of_a_key_are_one_group() -> None:
    other = replace(M.instrument, name="Other name")
    moves = [M, replace(EVENTS[1], instrument=other), replace(M, span=(99, 100))]
    record = read(encode(moves), never)
    assert record is not None
    assert record.groups == [(M.instrument.key, [0, 1, 2])]
