"""Per-window aggregates: counting, bounds, order independence, merging, serialisation."""

from __future__ import annotations

import itertools
import sys

import orjson
import pytest
from faust.utils import json as faust_json

from streams.aggregations import (
    Aggregate,
    Digests,
    Limits,
    MoveStats,
    event_pct,
    evidence_of,
    json_default,
    merge,
    signed_pct,
)
from streams.model import Instrument, MoveEvent

ALIBABA = Instrument("9988.HK", "Alibaba Group Holding", "9988.HK", "stock", "HK")
T0 = 1_741_338_000_000
MIN = 60_000


def ev(
    article: str,
    pct: float | None,
    direction: str = "up",
    *,
    source: str | None = "SCMP",
    period: str = "day",
    pos: int = 0,
    sentence: str | None = None,
) -> MoveEvent:
    text = sentence if sentence is not None else f"Alibaba {direction} {pct}% in {article}"
    return MoveEvent(
        article_id=article, instrument=ALIBABA, mention="Alibaba", direction=direction, change_pct=pct,
        change_points=None, level=None, currency=None, period=period, approx=False, span=(pos, pos + 7),
        sentence=text, source=source,
    )  # fmt: skip


def fold(events: list[tuple[MoveEvent, int]], limits: Limits | None = None) -> Aggregate:
    agg = Aggregate(T0, T0 + 15 * MIN)
    for event, t_ms in events:
        agg.add(event, t_ms, limits or Limits())
    return agg


@pytest.mark.parametrize(
    ("direction", "pct", "signed"),
    [("up", 8.4, 8.4), ("up", -8.4, 8.4), ("down", 3.0, -3.0), ("down", -3.0, -3.0), ("flat", 0.1, 0.0),
     ("up", None, None)],
)  # fmt: skip
def test_signed_pct(direction: str, pct: float | None, signed: float | None) -> None:
    assert signed_pct(direction, pct) == signed


@pytest.mark.parametrize(
    ("direction", "bounds", "counted"),
    [("up", (3.7, 6.6), 3.7), ("down", (-2.6, -2.3), -2.3), ("down", (-3.2, 0.0), None), ("up", (0.0, 4.0), None),
     ("down", (2.3, 2.6), -2.3)],
)  # fmt: skip
def test_a_range_counts_as_its_bound_nearest_zero(direction: str, bounds: tuple[float, float],
                                                   counted: float | None) -> None:
    event = ev("a", None, direction)
    ranged = MoveEvent(**{**{f: getattr(event, f) for f in MoveEvent.__dataclass_fields__}, "range_pct": bounds})
    assert event_pct(ranged) == counted
    agg = fold([(ranged, T0 + MIN), (ev("b", 1.0, direction), T0 + 2 * MIN)])
    stats = agg.moves[(direction, "day")]
    assert agg.mentions == 2
    assert stats.extreme == (counted if counted is not None and abs(counted) > 1.0 else signed_pct(direction, 1.0))
    assert sum(stats.counts.values()) == (2 if counted is not None else 1)


CASES = [
    # (case, events as (article, pct, direction, source, minute), expected fields)
    ("one event", [("a", 8.4, "up", "SCMP", 1)],
     {"mentions": 1, "sources": {"SCMP"}, "largest_up": 8.4, "median_up": 8.4, "first": 1, "latest": 8.4}),
    ("largest and median up", [("a", 8.4, "up", "SCMP", 1), ("b", 14.6, "up", "RTHK", 2),
                               ("c", 2.0, "up", "SCMP", 3)],
     {"mentions": 3, "sources": {"SCMP", "RTHK"}, "largest_up": 14.6, "median_up": 8.4, "first": 1,
      "latest": 2.0}),
    ("even count median is the mean of the middle two", [("a", 2.0, "up", "X", 1), ("b", 4.0, "up", "X", 2)],
     {"median_up": 3.0}),
    ("down is most negative", [("a", 1.5, "down", "X", 5), ("b", 4.5, "down", "Y", 1)],
     {"largest_down": -4.5, "median_down": -3.0, "first": 1, "latest": -1.5}),
    ("no percentage counts as a mention only", [("a", None, "down", "X", 1)],
     {"mentions": 1, "largest_down": None, "latest": None}),
    ("no source", [("a", 5.0, "up", None, 1)], {"sources": set()}),
    ("latest tie broken by event id", [("b", 1.0, "up", "X", 4), ("a", 2.0, "up", "X", 4)], {"latest": 1.0}),
]  # fmt: skip


@pytest.mark.parametrize(("case", "rows", "expected"), CASES, ids=[c[0] for c in CASES])
def test_aggregate_fields(case: str, rows: list[tuple[str, float | None, str, str | None, int]],
                          expected: dict[str, object]) -> None:  # fmt: skip
    events = [(ev(a, pct, d, source=src), T0 + m * MIN) for a, pct, d, src, m in rows]
    for order in itertools.permutations(events):
        agg = fold(list(order))
        up, down = agg.moves.get(("up", "day")), agg.moves.get(("down", "day"))
        got = {
            "mentions": agg.mentions,
            "sources": agg.sources,
            "largest_up": up.extreme if up else None,
            "median_up": up.median if up else None,
            "largest_down": down.extreme if down else None,
            "median_down": down.median if down else None,
            "first": (agg.first_seen_ms - T0) // MIN if agg.first_seen_ms is not None else None,
            "latest": agg.latest[3] if agg.latest else None,
        }
        for key, value in expected.items():
            assert got[key] == value, (key, order)


def test_duplicate_event_is_not_counted_twice() -> None:
    agg = fold([])
    event = ev("a", 8.4)
    assert agg.add(event, T0, Limits()) is True
    assert agg.has_seen(event)
    assert agg.add(event, T0 + MIN, Limits()) is False
    assert agg.mentions == 1
    # a second mention in the same article at another position is a different event
    assert agg.add(ev("a", 8.4, pos=100), T0, Limits()) is True
    assert agg.mentions == 2
    assert agg.article_id_list == ["a"]


@pytest.mark.parametrize(
    ("n_articles", "bound", "expected"),
    [(3, 50, ["a0", "a1", "a2"]), (10, 3, ["a0", "a1", "a2"]), (1, 1, ["a0"])],
)
def test_article_ids_keep_the_earliest_whatever_the_order(n_articles: int, bound: int,
                                                           expected: list[str]) -> None:  # fmt: skip
    limits = Limits(max_article_ids=bound)
    events = [(ev(f"a{i}", 1.0), T0 + i * MIN) for i in range(n_articles)]
    for order in (events, events[::-1], events[1::2] + events[::2]):
        assert fold(order, limits).article_id_list == expected


@pytest.mark.parametrize(
    ("sentences", "bound", "max_chars", "expected"),
    [
        (["Alibaba rose 8%", "Alibaba  rose\n8%", "Alibaba jumped 8%"], 10, 280,
         ["Alibaba rose 8%", "Alibaba jumped 8%"]),  # identical phrase kept once
        (["one", "two", "three"], 2, 280, ["one", "two"]),  # bounded: earliest by event time
        (["x" * 50], 10, 10, ["x" * 9 + "…"]),  # cut to max_chars
    ],
)  # fmt: skip
def test_evidence(sentences: list[str], bound: int, max_chars: int, expected: list[str]) -> None:
    limits = Limits(max_evidence=bound, max_evidence_chars=max_chars)
    events = [(ev(f"a{i}", 1.0, sentence=s), T0 + i * MIN) for i, s in enumerate(sentences)]
    for order in itertools.permutations(events):
        assert fold(list(order), limits).evidence_list == expected


def test_evidence_falls_back_to_the_mention() -> None:
    assert evidence_of(ev("a", 1.0, sentence=""), 280) == "Alibaba"


def test_seen_set_is_bounded() -> None:
    limits = Limits(max_event_ids=3)
    agg = fold([(ev(f"a{i}", 1.0), T0) for i in range(10)], limits)
    assert agg.mentions == 10
    assert len(agg.seen) == 3


def test_merge_panes_into_the_rolling_view() -> None:
    limits = Limits(max_article_ids=3)
    p1 = fold([(ev("a", 8.4, source="SCMP"), T0 + MIN), (ev("b", 2.0, "down", source="RTHK"), T0 + 2 * MIN)])
    p2 = Aggregate(T0 + 15 * MIN, T0 + 30 * MIN)
    p2.add(ev("c", 14.6, source="Bloomberg"), T0 + 20 * MIN, limits)
    p2.add(ev("a", 8.4, source="SCMP", pos=50), T0 + 21 * MIN, limits)  # same article again, later
    p2.add(ev("d", 1.0, source="SCMP"), T0 + 22 * MIN, limits)
    before = (p1.to_dict(), p2.to_dict())
    view = merge([p2, p1], T0, T0 + 60 * MIN, limits)
    assert (p1.to_dict(), p2.to_dict()) == before  # inputs untouched
    assert view.mentions == 5
    assert view.sources == {"SCMP", "RTHK", "Bloomberg"}
    assert view.article_id_list == ["a", "b", "c"]
    assert view.first_seen_ms == T0 + MIN
    assert view.latest is not None and view.latest[3] == 1.0
    assert view.moves[("up", "day")].extreme == 14.6
    assert view.moves[("up", "day")].median == 8.4
    assert view.moves[("down", "day")].extreme == -2.0
    all_moves = view.all_moves()
    assert all_moves is not None and all_moves.extreme == 14.6
    assert view == merge([p1, p2], T0, T0 + 60 * MIN, limits)


@pytest.mark.parametrize(("a", "b", "extreme"), [(5.0, -5.0, 5.0), (-5.0, 5.0, 5.0), (-6.0, 5.0, -6.0)])
def test_extreme_ties_are_order_free(a: float, b: float, extreme: float) -> None:
    stats = MoveStats(a)
    stats.add(a)
    other = MoveStats(b)
    other.add(b)
    stats.merge(other)
    assert stats.extreme == extreme


def test_round_trip_through_json() -> None:
    agg = fold([(ev("a", 8.4, source="SCMP"), T0 + MIN), (ev("b", 2.5, "down", source=None), T0),
                (ev("c", None, "up", period="week"), T0 + 3 * MIN)])  # fmt: skip
    again = Aggregate.from_dict(orjson.loads(orjson.dumps(agg.to_dict(), default=json_default)))
    assert again == agg
    assert orjson.dumps(again.to_dict(), default=json_default) == orjson.dumps(agg.to_dict(), default=json_default)


def test_to_dict_is_a_snapshot() -> None:
    agg = fold([(ev("a", 8.4), T0 + MIN)])
    assert agg.changed
    before = orjson.dumps(agg.to_dict(), default=json_default)
    snapshot = agg.to_dict()
    assert not agg.changed and agg.to_dict() == snapshot and agg.to_dict() is not snapshot  # a new dict each time
    agg.add(ev("b", 14.6, source="RTHK"), T0 + 2 * MIN, Limits())
    assert agg.changed
    assert orjson.dumps(snapshot, default=json_default) == before  # an update never modifies an earlier value
    after = agg.to_dict()
    assert after["n"] == 2 and after["src"] == ["RTHK", "SCMP"]
    assert agg.add(ev("b", 14.6, source="RTHK"), T0 + 2 * MIN, Limits()) is False
    assert agg.to_dict() == after and not agg.changed  # a duplicate changes nothing
    loaded = Aggregate.from_dict(orjson.loads(orjson.dumps(after, default=json_default)))
    loaded.add(ev("c", 1.0), T0 + 3 * MIN, Limits())
    assert loaded.to_dict()["n"] == 3


def test_seen_digests_are_compact_and_written_as_a_json_array() -> None:
    agg = fold([(ev(f"a{i}", 1.0), T0) for i in range(200)])
    assert isinstance(agg.seen, Digests) and list(agg.seen) == sorted(agg.seen) and len(agg.seen) == 200
    assert sys.getsizeof(agg.seen) < 12 * len(agg.seen)  # 8 bytes a digest (a list of ints: 40)
    wire = orjson.loads(orjson.dumps(agg.to_dict(), default=json_default))
    assert wire["seen"] == list(agg.seen)
    assert faust_json.loads(faust_json.dumps(agg.to_dict())) == wire  # the windows table's changelog codec
    assert Aggregate.from_dict(wire) == agg


@pytest.mark.parametrize("pct", [
    8.4, 2.5, 0.1 + 0.2, 1.23456789, 2.67505, 2.67495, 0.00005, 0.00015, 0.000049999, 1e-9, 3.14159265,
    123456.78905, 99999.99995, 1e10 + 0.12345, 7.12345, 0.0001, 17.5555, 1.00005, 5e-5 + 1e-17,
])  # fmt: skip
def test_a_pane_counts_a_move_rounded_to_4_places_as_python_rounds(pct: float) -> None:
    """The pane keeps value counts for the median after rounding to 4 places, exactly as ``round(x, 4)``
    (ties to even on the exact binary value), whether the value already has 4 places or many more."""
    agg = fold([(ev("a", pct), T0), (ev("b", pct, "down"), T0)])
    assert agg.moves[("up", "day")].counts == {round(pct, 4): 1}
    assert agg.moves[("down", "day")].counts == {round(-pct, 4): 1}
