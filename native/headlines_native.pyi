"""Type stub of the native extraction engine (``native/src/lib.rs``); see ``streams/extract/native.py``."""

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from typing import final

from streams.model import Instrument, MoveEvent

@final
class Engine:
    def __init__(
        self,
        surfaces: list[tuple[str, list[tuple[Instrument, int, str]]]],
        by_symbol: dict[str, Instrument],
        sets: Mapping[str, Sequence[str]],
        numbers: Sequence[tuple[str, float]],
        currencies: Sequence[tuple[str, str]],
        approx_two: Sequence[tuple[str, str]],
        forward_tails: Sequence[Sequence[str]],
        pieces: tuple[Sequence[str], Sequence[str], Sequence[str]],
        industries: Sequence[str],
        anaphor_heads: Sequence[str],
        market_currency: Mapping[str, str],
        benchmarks: Mapping[str, str],
        instrument_type: type[Instrument],
        event_type: type[MoveEvent],
        slug: Callable[[str], str],
    ) -> None: ...
    def extract(
        self,
        text: str,
        article_id: str,
        published_at: datetime | None,
        source: str | None,
        received_at: datetime | None,
    ) -> list[MoveEvent] | None:
        """The events of ``text``, or ``None`` for a text left to the Python extractor."""
    def find_names(self, text: str, lo: int, hi: int) -> list[tuple[int, int, list[Instrument]]]:
        """``Directory.find`` over ``text[lo:hi]`` (for tests)."""
    @staticmethod
    def _prescan_selfcheck(text: str) -> bool:
        """Do the vector and scalar versions of the pass over ASCII text agree (for tests)?"""
    @staticmethod
    def _stages() -> list[int]:
        """Nanoseconds per stage since the last call (a build with the `stages` feature; else empty)."""
    @staticmethod
    def unidata_version() -> str:
        """Unicode version of the engine's character tables."""
