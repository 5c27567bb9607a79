"""The Deduper over a plain dict as its table: horizon, replays, one entry per group, eviction (live and after
a restore, in the group layout and the earlier per-key layout)."""

from __future__ import annotations

from typing import Any

import pytest

from agents.dedupe import Deduper

HORIZON_S = 10


def test_an_article_is_a_duplicate_within_the_horizon_but_not_of_itself() -> None:
    dedupe = Deduper({}, HORIZON_S)
    keys = ("a", "h")
    assert not dedupe.is_duplicate(keys, 1_000, partition=0, offset=5)
    dedupe.remember(keys, 0, 1_000, offset=5)
    assert dedupe.is_duplicate(keys, 2_000, partition=0, offset=6)
    assert dedupe.is_duplicate(("other", "h"), 2_000, partition=1, offset=0)  # same content
    assert dedupe.is_duplicate(("a", "other"), 2_000, partition=1, offset=0)  # same id
    assert not dedupe.is_duplicate(keys, 2_000, partition=0, offset=5)  # the same record read again
    assert dedupe.is_replay(keys, 0, 5) and not dedupe.is_replay(keys, 0, 6)
    assert not dedupe.is_duplicate(keys, 1_000 + HORIZON_S * 1000, partition=0, offset=7)


def test_a_group_of_articles_is_one_table_entry_written_at_flush() -> None:
    table: dict[str, Any] = {}
    dedupe = Deduper(table, HORIZON_S)
    for offset in range(3):
        dedupe.remember((f"id{offset}", f"h{offset}"), 2, 1_000 + offset, offset=10 + offset)
    assert table == {}  # nothing written before the flush; duplicates are seen all the same
    assert dedupe.is_duplicate(("id1", "x"), 1_500, partition=2, offset=20)
    dedupe.flush(2)
    dedupe.flush(2)  # nothing pending: no second entry
    assert list(table) == ["batch:2:10"]
    assert [list(e[:3]) for e in table["batch:2:10"]] == [[1_000, 2, 10], [1_001, 2, 11], [1_002, 2, 12]]


def test_a_group_is_evicted_after_the_horizon_of_its_newest_article_and_only_by_its_partition() -> None:
    table: dict[str, Any] = {}
    dedupe = Deduper(table, HORIZON_S)
    dedupe.remember(("a", "ha"), 0, 1_000, offset=0)
    dedupe.remember(("b", "hb"), 0, 5_000, offset=1)
    dedupe.flush(0)
    dedupe.remember(("c", "hc"), 1, 1_000, offset=0)
    dedupe.flush(1)
    assert dedupe.evict(0, 14_999) == 0
    assert dedupe.is_duplicate(("b", "x"), 14_999, partition=3, offset=0)
    assert dedupe.evict(0, 15_000) == 1
    assert set(table) == {"batch:1:0"}  # partition 1 is evicted with its own records
    assert not dedupe.is_duplicate(("a", "x"), 15_000, partition=3, offset=0)
    assert dedupe.evict(1, 15_000) == 1
    assert table == {}


@pytest.mark.parametrize(
    ("restored", "partition", "duplicate_keys", "evicted", "left"),
    [
        # the group layout, as restored: JSON arrays
        ({"batch:0:3": [[1_000, 0, 3, "a", "ha"], [1_000, 0, 4, "b", "hb"]], "batch:1:0": [[1_000, 1, 0, "c", "hc"]]},
         0, [("a", "x"), ("x", "hb"), ("c", "x")], 1, {"batch:1:0"}),
        # the earlier layout: one key per id and per hash
        ({"id:a": [1_000, 0, 3], "hash:ha": [1_000, 0, 3], "id:b": [1_000, 1, 0]},
         0, [("a", "x"), ("x", "ha"), ("b", "x")], 2, {"id:b"}),
    ],
)
def test_entries_restored_from_the_changelog_are_found_and_evicted(
    restored: dict[str, Any], partition: int, duplicate_keys: list[tuple[str, str]], evicted: int, left: set[str],
) -> None:
    table = dict(restored)
    dedupe = Deduper(table, HORIZON_S)
    for other in {int(k.split(":")[1]) if k.startswith("batch:") else v[1] for k, v in table.items()}:
        dedupe.evict(other, 2_000)  # a record of each owned partition indexes it (no eviction yet)
    for keys in duplicate_keys:
        assert dedupe.is_duplicate(keys, 2_000, partition=9, offset=0), keys
    assert dedupe.is_replay(duplicate_keys[0], 0, 3)
    assert dedupe.evict(partition, 11_000) == evicted
    assert set(table) == left


def test_an_article_read_again_after_a_crash_keeps_its_new_entry_when_the_old_one_expires() -> None:
    table: dict[str, Any] = {}
    dedupe = Deduper(table, HORIZON_S)
    dedupe.remember(("a", "ha"), 0, 1_000, offset=7)
    dedupe.flush(0)
    dedupe.remember(("a", "ha"), 0, 8_000, offset=7)  # the same record, processed again later
    dedupe.flush(0)  # the same key: the group's entry is replaced
    assert dedupe.evict(0, 11_000) == 0  # the old expiry item finds a newer value and leaves it
    assert dedupe.is_duplicate(("a", "x"), 11_000, partition=0, offset=8)
    assert dedupe.evict(0, 18_000) == 1 and table == {}


def test_revoked_partitions_are_forgotten_and_indexed_again_when_they_come_back() -> None:
    table: dict[str, Any] = {}
    dedupe = Deduper(table, HORIZON_S)
    dedupe.remember(("a", "ha"), 0, 1_000, offset=0)
    dedupe.flush(0)
    dedupe.forget_partitions({0})
    assert not dedupe.is_duplicate(("a", "x"), 2_000, partition=1, offset=0)
    dedupe.evict(0, 2_000)  # the partition is back (its table entries restored): indexed again
    assert dedupe.is_duplicate(("a", "x"), 2_000, partition=1, offset=0)
