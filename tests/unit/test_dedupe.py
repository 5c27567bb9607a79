"""The Deduper over a plain dict as its table: horizon, replays, eviction (live and after a restore)."""

from __future__ import annotations

from typing import Any

from agents.dedupe import Deduper

HORIZON_S = 10


def test_an_article_is_a_duplicate_within_the_horizon_but_not_of_itself() -> None:
    dedupe = Deduper({}, HORIZON_S)
    keys = ("id:a", "hash:h")
    assert not dedupe.is_duplicate(keys, 1_000, partition=0, offset=5)
    dedupe.remember(keys, 0, 1_000, offset=5)
    assert dedupe.is_duplicate(keys, 2_000, partition=0, offset=6)
    assert dedupe.is_duplicate(("id:other", "hash:h"), 2_000, partition=1, offset=0)
    assert not dedupe.is_duplicate(keys, 2_000, partition=0, offset=5)  # the same record read again
    assert dedupe.is_replay(keys, 0, 5) and not dedupe.is_replay(keys, 0, 6)
    assert not dedupe.is_duplicate(keys, 1_000 + HORIZON_S * 1000, partition=0, offset=7)


def test_both_keys_of_an_article_are_evicted_after_the_horizon_and_only_then() -> None:
    table: dict[str, Any] = {}
    dedupe = Deduper(table, HORIZON_S)
    dedupe.remember(("id:a", "hash:a"), 0, 1_000, offset=0)
    dedupe.remember(("id:b", "hash:b"), 0, 5_000, offset=1)
    dedupe.remember(("id:c", "hash:c"), 1, 1_000, offset=0)
    assert dedupe.evict(0, 10_999) == 0
    assert dedupe.evict(0, 11_000) == 2
    assert set(table) == {"id:b", "hash:b", "id:c", "hash:c"}  # partition 1 is evicted with its own records
    assert dedupe.evict(1, 11_000) == 2
    assert set(table) == {"id:b", "hash:b"}


def test_entries_restored_from_the_changelog_as_arrays_are_evicted() -> None:
    # as restored: JSON arrays, re-indexed on the partition's first record
    table: dict[str, Any] = {"id:a": [1_000, 0, 3], "hash:a": [1_000, 0, 3], "id:b": [1_000, 1, 0]}
    dedupe = Deduper(table, HORIZON_S)
    assert dedupe.is_duplicate(("id:a", "hash:x"), 2_000, partition=0, offset=9)
    assert dedupe.evict(0, 11_000) == 2
    assert set(table) == {"id:b"}


def test_a_key_written_again_later_is_not_evicted_by_its_older_entry() -> None:
    table: dict[str, Any] = {}
    dedupe = Deduper(table, HORIZON_S)
    dedupe.remember(("id:a", "hash:a"), 0, 1_000, offset=0)
    dedupe.remember(("id:a", "hash:a2"), 0, 8_000, offset=1)  # the id again, after an edit of the text
    assert dedupe.evict(0, 11_000) == 1  # hash:a only: id:a was written again since
    assert set(table) == {"id:a", "hash:a2"}
