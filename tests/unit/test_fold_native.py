"""The Rust core's pane (``streams.aggregations.Aggregate``) against the plain Python pane (``plain_fold.py``):
the digest, the evidence phrase, the rounding of percents, every field after seeded random events with
duplicates, small bounds and restarts from the stored value, the merge, and the stored JSON both ways (a
value stored by either loads in the other and is written back byte for byte)."""

from __future__ import annotations

import hashlib
import random
from dataclasses import replace

import orjson
import pytest
from headlines_native import event_id_digest, evidence_phrase

from streams.aggregations import Aggregate, Limits, MoveStats, event_digest, evidence_of, json_default, merge
from streams.state import WindowConfig
from tests.unit.plain_fold import PlainAggregate
from tests.unit.plain_fold import merge as plain_merge
from tests.unit.test_fold_reference import random_events, ref_add
from tests.unit.test_state_properties import BASE

ODD = ["a", "é", "€", "😀", " ", "\t", "\n", "\x1c", "\x1f", "\x85", "\xa0", "\u2003", "\u3000", "\u200b", "x y"]


def test_the_digest_is_blake2b_of_the_event_id() -> None:
    rnd = random.Random(1)
    for n in [*range(0, 300, 7), 127, 128, 129, 255, 256, 257]:
        text = "".join(rnd.choice(ODD) for _ in range(n))
        want = int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "big") >> 11
        assert event_id_digest(text) == want == event_digest(text), n


def test_the_evidence_phrase_is_that_of_python() -> None:
    rnd = random.Random(2)
    event = random_events(rnd, 1, 60)[0]
    for _ in range(3000):
        text = "".join(rnd.choice(ODD) for _ in range(rnd.randrange(30)))
        limit = rnd.randrange(1, 12)
        want = evidence_of(replace(event, sentence=text), limit)
        assert evidence_phrase(text or event.mention, limit) == want, (text, limit)


def wire(pane: Aggregate | PlainAggregate) -> bytes:
    return orjson.dumps(pane.to_dict(), default=json_default)


@pytest.mark.parametrize("seed", range(8))
def test_the_pane_equals_the_plain_one(seed: int) -> None:
    rnd = random.Random(seed)
    config = rnd.choice([
        WindowConfig(),
        WindowConfig(max_article_ids=3, max_evidence=2, max_sources=2, max_event_ids=9, max_evidence_chars=8),
    ])
    events = random_events(rnd, 300, 900)
    events += rnd.sample(events, 60)
    rnd.shuffle(events)
    for i, event in enumerate(events):  # percents on ties of the rounding to 4 decimals (multiples of 1/32)
        if i % 5 == 0 and event.change_pct is not None:
            events[i] = replace(event, change_pct=rnd.randrange(1, 400) / 32)
    ours, theirs = Aggregate(0, 10**15), PlainAggregate(0, 10**15)
    for i, event in enumerate(events):
        t_ms = int((event.published_at or BASE).timestamp() * 1000) + rnd.randrange(3)
        if i % 13 == 0:  # a restart from the stored value
            ours = Aggregate.from_dict(orjson.loads(wire(ours)))
        assert ours.add(event, t_ms, config.limits) == ref_add(theirs, event, t_ms, config), i
        if i % 17 == 0:
            assert wire(ours) == wire(theirs), i
    assert wire(ours) == wire(theirs)
    assert ours.moves == theirs.moves and ours.sources == theirs.sources and list(ours.seen) == list(theirs.seen)
    assert ours.all_moves() == theirs.all_moves()
    # a value stored by the plain pane loads in the Rust one and is written back as it was, and back again
    again = Aggregate.from_dict(orjson.loads(wire(theirs)))
    assert wire(again) == wire(theirs) and again == ours


@pytest.mark.parametrize("seed", range(4))
def test_the_merge_equals_the_plain_one(seed: int) -> None:
    rnd = random.Random(100 + seed)
    limits = Limits(max_article_ids=4, max_evidence=3)
    config = WindowConfig(max_article_ids=4, max_evidence=3)
    ours, theirs = [], []
    for k in range(4):
        a, b = Aggregate(k * 900_000, (k + 1) * 900_000), PlainAggregate(k * 900_000, (k + 1) * 900_000)
        for event in random_events(rnd, 40, 3600):
            t_ms = k * 900_000 + rnd.randrange(900_000)
            a.add(event, t_ms, config.limits)
            ref_add(b, event, t_ms, config)
        ours.append(a)
        theirs.append(b)
    order = rnd.sample(range(4), 4)
    for seen in (True, False):
        got = merge([ours[i] for i in order], 0, 3_600_000, limits, seen=seen)
        want = plain_merge([theirs[i] for i in order], 0, 3_600_000, limits, seen=seen)
        assert wire(got) == wire(want)
        both = got.all_moves()
        assert both == want.all_moves() and (both is None or isinstance(both, MoveStats))
        assert got.latest == want.latest and got.sources == want.sources


def test_a_duplicate_changes_nothing() -> None:
    pane = Aggregate(0, 900_000)
    event = random_events(random.Random(3), 1, 60)[0]
    assert pane.add(event, 5, Limits()) and pane.has_seen(event)
    before = pane.to_dict()
    assert not pane.add(event, 6, Limits()) and pane.to_dict() == before and not pane.changed
