"""Batched records on the moves topic: few, fat Kafka records instead of one record per move.

The ingest agent takes up to ``batch_max`` articles at a time (waiting at most ``batch_linger_ms`` for them)
and sends, per source (articles) partition of the batch, at most one *moves record* per moves partition, with
the header ``headlines-record: moves``. Every move in such a record belongs to that moves partition, by the
same partitioner the producer applies to an instrument key (so the ``windows`` table stays co-partitioned
with the moves topic), and the record's key is the instrument key of its first move. A record is cut in two
past :data:`MAX_RECORD_BYTES`.

The record is compact (``schemas/moves_record.schema.json``, version 2): what many moves share is written
once, in three tables, and each move is an array that points into them::

    {"v": 2,
     "articles": [[article_id, published_at, source, received_at, article_partition, article_offset, replay]],
     "instruments": [[key, name, symbol, kind, market]],
     "sentences": [sentence],
     "moves": [[article, instrument, sentence, mention, direction, change_pct, change_points, level,
                currency, period, approx, span_start, span_end, range_pct]]}

``article_partition`` and ``article_offset`` say where the article was read, and ``replay`` is true when it
is processed again (see README, Failover). :func:`decode` also reads version 1 records,
``{"moves": [<move event with article_partition, article_offset, replay>, ...]}``.

Batches are split by source partition because under ``exactly_once`` everything sent while processing a
record joins the transaction of that record's source partition (:mod:`agents.transactions`), which also
commits its offset; :func:`current_event` makes the sends of one group join its partition's transaction.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any

import orjson
from aiokafka.partitioner import DefaultPartitioner
from faust.streams import _current_event

from streams.model import Instrument, MoveEvent, format_time, parse_time

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


#: a move's share of a record besides its sentence and mention (its array, table entries), for the cut
_MOVE_BYTES = 120


class _Record:
    """The tables and moves of one moves record being built."""

    __slots__ = ("articles", "instruments", "key", "moves", "sentences", "size")

    def __init__(self, key: bytes) -> None:
        self.key = key
        self.articles: dict[tuple[Any, ...], int] = {}
        self.instruments: dict[Instrument, int] = {}
        self.sentences: dict[str, int] = {}
        self.moves: list[list[Any]] = []
        self.size = 0

    def add(self, move: MoveEvent, article: tuple[Any, ...]) -> None:
        a = self.articles.get(article)
        if a is None:
            a = self.articles[article] = len(self.articles)
        i = self.instruments.get(move.instrument)
        if i is None:
            i = self.instruments[move.instrument] = len(self.instruments)
        sentence = move.sentence
        s = self.sentences.get(sentence)
        if s is None:
            s = self.sentences[sentence] = len(self.sentences)
            self.size += len(sentence)
        self.moves.append([a, i, s, move.mention, move.direction, move.change_pct, move.change_points, move.level,
                           move.currency, move.period, move.approx, move.span[0], move.span[1],
                           list(move.range_pct) if move.range_pct is not None else None])
        self.size += len(move.mention) + _MOVE_BYTES

    def encode(self) -> bytes:
        return orjson.dumps({
            "v": 2,
            "articles": list(self.articles),
            "instruments": [[i.key, i.name, i.symbol, i.kind, i.market] for i in self.instruments],
            "sentences": list(self.sentences),
            "moves": self.moves,
        })


class MovesBatch:
    """The moves of one group of articles (one source partition), sorted by moves partition into records."""

    def __init__(self, partitioner: Partitioner) -> None:
        self.partitioner = partitioner
        self._records: dict[int, list[_Record]] = {}
        self.kinds: dict[str, int] = {}
        self.count = 0

    def add(self, move: MoveEvent, article_partition: int, article_offset: int, replay: bool) -> None:
        key = move.instrument.key.encode()
        partition = self.partitioner(key)
        article = (move.article_id, format_time(move.published_at) if move.published_at else None, move.source,
                   format_time(move.received_at) if move.received_at else None, article_partition, article_offset,
                   replay)
        records = self._records.get(partition)
        if records is None:
            records = self._records[partition] = [_Record(key)]
        record = records[-1]
        if record.moves and record.size >= MAX_RECORD_BYTES:
            record = _Record(key)
            records.append(record)
        record.add(move, article)
        kind = move.instrument.kind
        self.kinds[kind] = self.kinds.get(kind, 0) + 1
        self.count += 1

    def records(self) -> Iterator[tuple[int, bytes, bytes]]:
        """``(moves partition, key, value)`` of each record to send, in partition order."""
        for partition in sorted(self._records):
            for record in self._records[partition]:
                yield partition, record.key, record.encode()


def decode(value: bytes) -> list[tuple[MoveEvent, bool]]:
    """The moves of a moves record, each with its replay flag (raises on a malformed record)."""
    data = orjson.loads(value)
    if data.get("v") != 2:
        items = data["moves"]
        if not isinstance(items, list):
            raise TypeError("moves is not a list")
        return [(MoveEvent.from_dict(item), bool(item.get("replay", False))) for item in items]
    articles = [article_of(a) for a in data["articles"]]
    instruments = [instrument_of(row) for row in data["instruments"]]
    sentences = [str(sentence) for sentence in data["sentences"]]
    instrument, sentence = instruments.__getitem__, sentences.__getitem__
    return [move_of(row, articles, instrument, sentence) for row in data["moves"]]


#: an article of a version-2 record as decoded: (article id, published_at, source, received_at, replay)
Article = tuple[str, datetime | None, Any, datetime | None, bool]


def article_of(a: Any) -> Article:
    """An entry of a version-2 record's article table, decoded."""
    return str(a[0]), _time(a[1]), a[2], _time(a[3]), a[6] is True


def instrument_of(row: Any) -> Instrument:
    """An entry of a version-2 record's instrument table, decoded."""
    key, name, symbol, kind, market = row
    return Instrument(str(key), str(name), symbol, str(kind), market)


def move_of(row: Any, articles: list[Article], instrument: Callable[[int], Instrument], sentence: Callable[[int], str]
            ) -> tuple[MoveEvent, bool]:
    """A move of a version-2 record, decoded, and its replay flag (``instrument`` and ``sentence`` give the
    entries of the instrument and sentence tables)."""
    a, i, s, mention, direction, pct, points, level, currency, period, approx, start, end, bounds = row
    article_id, published_at, source, received_at, replay = articles[a]
    range_pct = (float(bounds[0]), float(bounds[1])) if bounds is not None else None
    return (MoveEvent(article_id, instrument(i), str(mention), str(direction), pct, points, level, currency,
                      str(period), bool(approx), (int(start), int(end)), sentence(s), published_at, source,
                      received_at, range_pct), replay)


def _time(value: Any) -> datetime | None:
    return parse_time(value) if isinstance(value, str) and value else None


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
