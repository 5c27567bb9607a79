"""agents.stored: a window state's table value is its JSON written by the Rust panes, the same object as the
dict form gave, decoded back to the same state; the windows table's codec reads and writes it."""

from __future__ import annotations

import random

import orjson
import pytest
from faust.serializers import codecs

from agents.stored import StateCodec, StoredState
from streams.aggregations import Aggregate, Limits, json_default
from streams.model import Instrument, MoveEvent
from streams.state import InstrumentState
from tests.unit.test_fold_reference import random_events

T0 = 1_741_257_000_000
MIN = 60_000
ACME = Instrument(key="ACME", name="Acme Holdings", symbol="ACME", kind="stock", market="us")


def ev(article: str, pct: float | None, *, source: str | None, sentence: str, direction: str = "up") -> MoveEvent:
    return MoveEvent(
        article_id=article, instrument=ACME, mention="Acme", direction=direction, change_pct=pct,
        change_points=None, level=None, currency=None, period="day", approx=False, span=(0, 4),
        sentence=sentence, source=source,
    )  # fmt: skip


def as_json(pane: Aggregate) -> object:
    return orjson.loads(orjson.dumps(pane.to_dict(), default=json_default))


# strings that JSON must escape, and floats whose text must read back to the very value
AWKWARD = [
    ev('quote "mark"', 0.1, source="Wire\\Desk", sentence='Acme said "up" 0.1%'),
    ev("line\nbreak\ttab", 1e-7, source=None, sentence="Acme\r\nrose 0.0000001%"),
    ev("bell\x07nul\x01", 123456789.125, source="東京", sentence="Acme rose 123456789.125% ✓"),
    ev("plain", 2.0, source="S", sentence="Acme fell 2%", direction="down"),
    ev("none", None, source="S", sentence="Acme rose"),
]


@pytest.mark.parametrize("seed", range(6))
def test_pane_json_is_the_dict_form(seed: int) -> None:
    rng = random.Random(seed)
    pane = Aggregate(T0, T0 + 15 * MIN)
    for i, event in enumerate(random_events(rng, rng.randint(0, 40), 60)):
        pane.add(event, T0 + i * 1000, Limits())
    if seed % 2:
        for i, event in enumerate(AWKWARD):
            pane.add(event, T0 + i, Limits())
    assert orjson.loads(pane.to_json()) == as_json(pane)
    again = Aggregate.from_dict(orjson.loads(pane.to_json()))
    assert again == pane and again.to_json() == pane.to_json()


def test_to_json_marks_the_pane_encoded() -> None:
    pane = Aggregate(T0, T0 + 15 * MIN)
    pane.add(AWKWARD[0], T0, Limits())
    assert pane.changed
    pane.to_json()
    assert not pane.changed
    assert pane.add(AWKWARD[1], T0 + 1, Limits()) and pane.changed


def state_with(*starts_ms: int) -> InstrumentState:
    state = InstrumentState(watermark_ms=T0, fired={(T0, T0 + 15 * MIN, "up", "move.stock.day"): "medium"})
    for start in starts_ms:
        pane = Aggregate(start, start + 15 * MIN)
        pane.add(AWKWARD[start // MIN % len(AWKWARD)], start, Limits())
        state.panes[start] = pane
    return state


def test_stored_value_is_the_dict_form_with_the_sweepers_fields() -> None:
    state = state_with(T0, T0 + 15 * MIN)
    stored = StoredState.of(state, 3, 41)
    want = state.to_dict() | {"p": 3, "o": 41, "last": T0 + 15 * MIN}
    assert orjson.loads(stored.raw) == orjson.loads(orjson.dumps(want, default=json_default))
    assert (stored.p, stored.o, stored.last) == (3, 41, T0 + 15 * MIN)
    assert stored.state() == state
    assert StoredState.of(InstrumentState(), 0, -1).last == 0


def test_carried_panes_come_first_and_carried_fired_records_are_merged() -> None:
    state = state_with(T0 + 60 * MIN)
    old = state_with(T0).panes[T0]
    carried_fired = {(T0 - 15 * MIN, T0, "down", "move.stock.day"): "high",
                     (T0, T0 + 15 * MIN, "up", "move.stock.day"): "high"}
    value = StoredState.of(state, 0, 7, carried_panes=[old], carried_fired=carried_fired).value()
    assert [pane["s"] for pane in value["panes"]] == [T0, T0 + 60 * MIN]
    assert value["fired"] == [[T0 - 15 * MIN, T0, "down", "move.stock.day", "high"],
                              [T0, T0 + 15 * MIN, "up", "move.stock.day", "high"]]
    assert value["last"] == T0 + 60 * MIN  # the state's own newest pane


def test_codec_writes_states_as_they_are_and_other_values_as_json() -> None:
    codec, stored = StateCodec(), StoredState.of(state_with(T0), 1, 5)
    assert codec.dumps(stored) == stored.raw
    assert codec.loads(codec.dumps(stored)) == stored
    floor = {"wm": T0, "o": 9}
    assert codec.loads(codec.dumps(floor)) == floor


def test_a_changelog_value_of_the_earlier_dict_form_restores() -> None:
    # before, the table value was the dict form, written by Faust's json codec
    state = state_with(T0, T0 + 15 * MIN)
    earlier = codecs.dumps("json", state.to_dict() | {"p": 2, "o": 30, "last": T0 + 15 * MIN})
    stored = StateCodec().loads(earlier)
    assert isinstance(stored, StoredState) and (stored.p, stored.o, stored.last) == (2, 30, T0 + 15 * MIN)
    assert stored.state() == state
