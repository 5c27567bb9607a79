"""A version-2 moves record read for the fold without a ``MoveEvent`` per move (:mod:`streams.fold_rows`).

:func:`read` decodes the record's tables as :func:`agents.batches.decode` does, reads its moves into the Rust
core (:func:`headlines_native.read_moves`) and groups them by instrument key. The ``MoveEvent`` of a move is
built only when something needs it (an alert, a dead letter): :meth:`ReadRecord.move` builds it as
:func:`agents.batches.decode` does, with ``received_at`` stamped as the aggregate agent stamps a move without
an event time.

:func:`read` returns None for every record it does not take this way: a record of another version, one whose
fields are not all of the type the encoder writes, one with an event time out of the fold's range, one that
:func:`agents.batches.decode` would refuse. The caller then takes the record the general way (decode, then
:func:`streams.state.apply` per move), which also raises what that way raises.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

import orjson
from headlines_native import RecordMoves, read_moves

from agents.batches import Article, article_of, instrument_of, move_of
from streams.model import Instrument, MoveEvent
from streams.state import _MAX_EVENT_MS, _MIN_EVENT_MS
from streams.windows import to_ms

#: what ``read`` catches (and then leaves to the general way, which raises it again)
_ERRORS = (KeyError, IndexError, TypeError, ValueError, AttributeError, OverflowError)


class ReadRecord:
    """The moves of a version-2 record, read (see the module docstring)."""

    __slots__ = ("_instruments", "articles", "groups", "instruments", "moves", "rows", "sentences")

    def __init__(self, data: dict[str, Any], articles: list[Article], moves: RecordMoves,
                 groups: list[tuple[str, list[int]]]) -> None:
        self.articles = articles
        self.instruments: list[Any] = data["instruments"]
        self.sentences: list[Any] = data["sentences"]
        self.rows: list[Any] = data["moves"]
        self.moves = moves
        #: (instrument key, indices of its moves) per key, keys in order of their first move
        self.groups = groups
        self._instruments: dict[int, Instrument] = {}

    def __len__(self) -> int:
        return len(self.rows)

    def replay(self, i: int) -> bool:
        """The replay flag of move ``i``."""
        article: Article = self.articles[self.rows[i][0]]
        return article[4]

    def move(self, i: int) -> MoveEvent:
        """The ``MoveEvent`` of move ``i`` (see the module docstring); built anew at each call."""
        return move_of(self.rows[i], self.articles, self._instrument, self._sentence)[0]

    def _instrument(self, n: int) -> Instrument:
        instrument = self._instruments.get(n)
        if instrument is None:
            instrument = self._instruments[n] = instrument_of(self.instruments[n])
        return instrument

    def _sentence(self, n: int) -> str:
        return str(self.sentences[n])


def read(value: bytes, received_at: Callable[[], datetime]) -> ReadRecord | None:
    """The record ``value`` read for the fold, or None to take it the general way (see the module docstring).

    ``received_at`` gives the time stamped on the moves of an article without ``published_at`` and
    ``received_at`` (called at most once). Raises only what ``orjson.loads`` raises, and AttributeError for a
    JSON value that is not an object, as :func:`agents.batches.decode` does."""
    data = orjson.loads(value)
    if data.get("v") != 2:
        return None
    try:
        return _read(data, received_at)
    except _ERRORS:
        return None


def _read(data: dict[str, Any], received_at: Callable[[], datetime]) -> ReadRecord | None:
    articles = [article_of(a) for a in data["articles"]]
    stamped: datetime | None = None
    native: list[tuple[str, str | None, int]] = []
    for n, (article_id, published_at, source, received, replay) in enumerate(articles):
        if source is not None and type(source) is not str:
            return None
        event_time = published_at or received
        if event_time is None:
            if stamped is None:
                stamped = received_at()
            event_time = stamped
            articles[n] = (article_id, published_at, source, stamped, replay)
        t_ms = to_ms(event_time)
        if not _MIN_EVENT_MS <= t_ms < _MAX_EVENT_MS:
            return None
        native.append((article_id, source, t_ms))
    got = read_moves(native, data["instruments"], data["sentences"], data["moves"])
    if got is None:
        return None
    moves, groups = got
    return ReadRecord(data, articles, moves, groups)
