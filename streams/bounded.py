"""Sorted lists bounded in length that keep the smallest items, one per key (an aggregate's article ids and
evidence, see :mod:`streams.aggregations`)."""

from __future__ import annotations

from bisect import insort
from operator import itemgetter
from typing import Any


def insert_bounded(items: list[Any], item: Any, bound: int) -> None:
    """Insert into a sorted list (after equal items), keeping only the ``bound`` smallest items."""
    if len(items) >= bound and item >= items[-1]:
        return
    insort(items, item)
    if len(items) > bound:
        del items[bound:]


def insert_bounded_unique(items: list[Any], item: Any, bound: int, key: int) -> None:
    """Like :func:`insert_bounded`, keeping only the smallest item per value of ``item[key]``.

    The result is the ``bound`` smallest of the per-key minima whatever the insertion order: an item
    evicted by the bound is larger than every kept one, and the kept ones only get smaller.
    """
    for i, other in enumerate(items):
        if other[key] == item[key]:
            if other <= item:
                return
            del items[i]
            break
    insert_bounded(items, item, bound)


_KEY_OF = (itemgetter(0), itemgetter(1), itemgetter(2))


def insert_unique(items: list[Any], item: Any, bound: int, key: int) -> None:
    """:func:`insert_bounded_unique`, with the usual cases (an item too large for a full list, or the first
    of its key) decided without a loop in Python."""
    if len(items) >= bound and item > items[-1]:
        return  # whether or not its key is held: the held item of that key is smaller
    key_of = _KEY_OF[key]
    if key_of(item) in map(key_of, items):
        insert_bounded_unique(items, item, bound, key)
    else:
        insert_bounded(items, item, bound)
