"""Type stub of the native extraction engine (``native/src/lib.rs``); used by ``streams/extract/extractor.py``."""

from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any, final

from streams.model import Instrument, MoveEvent

@final
class Engine:
    def __init__(
        self,
        surfaces: list[tuple[str, list[tuple[Instrument, int, str]]]],
        by_symbol: dict[str, Instrument],
        lexicon: Mapping[str, Any],
        instrument_type: type[Instrument],
        event_type: type[MoveEvent],
        slug: Callable[[str], str],
    ) -> None:
        """``lexicon``: ``streams/data/lexicon.toml`` as parsed by ``tomllib``; ``ValueError`` names a bad entry."""
    def extract(
        self,
        text: str,
        article_id: str,
        published_at: datetime | None,
        source: str | None,
        received_at: datetime | None,
    ) -> list[MoveEvent]:
        """The move events of ``text``."""
    def extract_many(
        self,
        items: list[tuple[str, str, datetime | None, str | None, datetime | None]],
    ) -> list[list[MoveEvent]]:
        """The move events of each (text, article_id, published_at, source, received_at), in order; the
        extraction runs without the GIL."""
    def find_names(self, text: str, lo: int, hi: int) -> list[tuple[int, int, list[Instrument]]]:
        """Directory names found in ``text[lo:hi]``: (start, end, candidates in preference order)."""
    @staticmethod
    def _prescan_selfcheck(text: str) -> bool:
        """Do the vector and scalar versions of the pass over ASCII text agree (for tests)?"""
    @staticmethod
    def _stages() -> list[int]:
        """Nanoseconds per stage since the last call (a build with the `stages` feature; else empty)."""
    @staticmethod
    def unidata_version() -> str:
        """Unicode version of the engine's character tables."""
