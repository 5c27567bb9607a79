"""What the extraction test modules share: one :class:`Extractor`, and :func:`rows_of` for their table rows."""

from __future__ import annotations

from collections.abc import Callable
from operator import attrgetter
from typing import Any

from streams.extract import Extractor
from streams.model import Article, MoveEvent

EX = Extractor()


def extract(text: str) -> list[MoveEvent]:
    """The moves of an article whose body is ``text``."""
    return EX.extract(Article(id="t", body=text))


def rows_of(*fields: str, sort: bool = False) -> Callable[[str], list[tuple[Any, ...]]]:
    """A function of a text that gives, for each move extracted from it, the tuple of the named fields
    (``"instrument.key"``, ``"change_pct"``, ...), in the engine's order, or sorted."""
    get = attrgetter(*fields)

    def run(text: str) -> list[tuple[Any, ...]]:
        rows = [get(e) if len(fields) > 1 else (get(e),) for e in extract(text)]
        return sorted(rows) if sort else rows

    return run
