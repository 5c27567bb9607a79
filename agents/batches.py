"""Batched records on the moves topic: few, fat Kafka records instead of one record per move.

The ingest agent takes up to ``batch_max`` articles at a time (waiting at most ``batch_linger_ms`` for them)
and sends, per source (articles) partition of the batch, at most one *moves record* per moves partition:
``{"moves": [<move event>, ...]}`` with the header ``headlines-record: moves``. Every move in such a record
belongs to that moves partition, by the same partitioner the producer applies to an instrument key (so the
``windows`` table stays co-partitioned with the moves topic), and the record's key is the instrument key of
its first move. Each move carries ``article_partition`` and ``article_offset``, where its article was read,
and ``replay: true`` when the article is processed again (see README, Failover). A record is cut in two
past :data:`MAX_RECORD_BYTES`.

Batches are split by source partition because under ``exactly_once`` everything sent while processing a
record joins the transaction of that record's source partition (:mod:`agents.transactions`), which also
commits its offset; :func:`current_event` makes the sends of one group join its partition's transaction.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import orjson
from aiokafka.partitioner import DefaultPartitioner
from faust.streams import _current_event

from streams.model import MoveEvent

MOVES_KIND = b"moves"
#: a moves record is cut past this size (the broker's default largest record is 1 MiB)
MAX_RECORD_BYTES = 768 * 1024


class Partitioner:
    """The moves partition of an instrument key, as the producer's default partitioner computes it."""

    def __init__(self, partitions: int, partitioner: Any = None) -> None:
        self.partitions = list(range(partitions))
        self._partitioner = partitioner if partitioner is not None else DefaultPartitioner()
        self._cache: dict[bytes, int] = {}

    def __call__(self, key: bytes) -> int:
        partition = self._cache.get(key)
        if partition is None:
            if len(self._cache) > 200_000:
                self._cache.clear()
            partition = self._cache[key] = int(self._partitioner(key, self.partitions, self.partitions))
        return partition


class MovesBatch:
    """The moves of one group of articles (one source partition), encoded and sorted by moves partition."""

    def __init__(self, partitioner: Partitioner) -> None:
        self.partitioner = partitioner
        self._parts: dict[int, list[bytes]] = {}
        self._keys: dict[int, bytes] = {}
        self.kinds: dict[str, int] = {}
        self.count = 0

    def add(self, move: MoveEvent, article_partition: int, article_offset: int, replay: bool) -> None:
        key = move.instrument.key.encode()
        partition = self.partitioner(key)
        value = move.to_dict()
        value["article_partition"] = article_partition
        value["article_offset"] = article_offset
        if replay:
            value["replay"] = True
        parts = self._parts.get(partition)
        if parts is None:
            parts = self._parts[partition] = []
            self._keys[partition] = key
        parts.append(orjson.dumps(value))
        kind = move.instrument.kind
        self.kinds[kind] = self.kinds.get(kind, 0) + 1
        self.count += 1

    def records(self) -> Iterator[tuple[int, bytes, bytes]]:
        """``(moves partition, key, value)`` of each record to send, in partition order."""
        for partition in sorted(self._parts):
            key = self._keys[partition]
            chunk: list[bytes] = []
            size = 0
            for part in self._parts[partition]:
                if chunk and size + len(part) > MAX_RECORD_BYTES:
                    yield partition, key, encode(chunk)
                    chunk, size = [], 0
                chunk.append(part)
                size += len(part) + 1
            if chunk:
                yield partition, key, encode(chunk)


def encode(parts: list[bytes]) -> bytes:
    return b'{"moves":[' + b",".join(parts) + b"]}"


def decode(value: bytes) -> list[tuple[MoveEvent, bool]]:
    """The moves of a moves record, each with its replay flag (raises on a malformed record)."""
    data = orjson.loads(value)
    items = data["moves"]
    if not isinstance(items, list):
        raise TypeError("moves is not a list")
    return [(MoveEvent.from_dict(item), bool(item.get("replay", False))) for item in items]


@contextmanager
def current_event(event: Any) -> Iterator[None]:
    """Make ``event`` Faust's current event in this task: table writes go to its partition's changelog and,
    under ``exactly_once``, sends join its source partition's transaction."""
    token = _current_event.set(weakref.ref(event))
    try:
        yield
    finally:
        _current_event.reset(token)


def by_source_partition(events: list[Any]) -> list[list[Any]]:
    """The events grouped by source topic partition, each group in arrival (offset) order."""
    groups: dict[Any, list[Any]] = {}
    for event in events:
        groups.setdefault(event.message.tp, []).append(event)
    return list(groups.values())
