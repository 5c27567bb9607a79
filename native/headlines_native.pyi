"""Type stub of the native extraction engine (``native/src/lib.rs``); used by ``streams/extract/extractor.py``."""

from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any, TypeVar, final

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

# ------------------------------------------------------------------- the fold's panes (native/src/fold_*.rs)
@final
class PaneLimits:
    def __init__(
        self, max_article_ids: int, max_evidence: int, max_evidence_chars: int, max_sources: int, max_event_ids: int
    ) -> None: ...

class Pane:
    """One tumbling pane's aggregate (``streams.aggregations.Aggregate`` is its Python face)."""

    def __init__(self, start_ms: int, end_ms: int) -> None: ...
    def add_event(self, event: MoveEvent, t_ms: int, limits: PaneLimits) -> bool: ...
    def has_seen_event(self, event: MoveEvent) -> bool: ...
    def has_digest(self, digest: int) -> bool: ...
    @property
    def changed(self) -> bool: ...
    def to_dict(self) -> dict[str, Any]: ...
    def to_json(self) -> bytes: ...
    @classmethod
    def from_dict(cls: type[_P], data: dict[str, Any]) -> _P: ...
    @classmethod
    def merged(
        cls: type[_P], panes: list[Pane], start_ms: int, end_ms: int, limits: PaneLimits, seen: bool = True
    ) -> _P: ...
    def __eq__(self, other: object) -> bool: ...
    @property
    def start_ms(self) -> int: ...
    @property
    def end_ms(self) -> int: ...
    @property
    def mentions(self) -> int: ...
    @property
    def first_seen_ms(self) -> int | None: ...
    @property
    def source_list(self) -> list[str]: ...
    @property
    def n_sources(self) -> int: ...
    @property
    def article_ids(self) -> list[tuple[int, str]]: ...
    @property
    def evidence(self) -> list[tuple[int, str, str]]: ...
    @property
    def digests(self) -> list[int]: ...
    @property
    def latest(self) -> tuple[int, str, str, float | None] | None: ...
    @property
    def move_list(self) -> list[tuple[str, str, float, list[tuple[float, int]]]]: ...
    def all_move_counts(self) -> tuple[float, list[tuple[float, int]]] | None: ...

_P = TypeVar("_P", bound=Pane)

@final
class FoldConfig:
    def __init__(
        self,
        limits: PaneLimits,
        size_ms: int,
        rolling_ms: int,
        moves: dict[tuple[str, str], tuple[str, float, float, int]],
        spike: tuple[str, int, int, int] | None,
    ) -> None: ...

def fold_event(
    panes: dict[int, Any],
    fired: dict[tuple[int, int, str, str], str],
    pane_type: type[Pane],
    event: MoveEvent,
    t_ms: int,
    start_ms: int,
    config: FoldConfig,
) -> (
    int
    | tuple[
        bool,
        list[int],
        list[
            tuple[
                tuple[int, int, str, str, str, bool, str | None, float],
                tuple[float | None, float | None, float | None, int, list[str], list[str], list[str], int],
            ]
        ],
    ]
    | None
): ...
def event_id_digest(event_id: str) -> int: ...
def evidence_phrase(text: str, max_chars: int) -> str: ...

@final
class RecordMoves:
    """The moves of a version-2 moves record, read for the fold (``native/src/fold_rows.rs``)."""

    def __len__(self) -> int: ...

def read_moves(
    articles: list[tuple[str, str | None, int]],
    instruments: Any,
    sentences: Any,
    moves: Any,
) -> tuple[RecordMoves, list[tuple[str, list[int]]]] | None: ...
def fold_rows(
    record: RecordMoves,
    indices: list[int],
    panes: dict[int, Any],
    fired: dict[tuple[int, int, str, str], str],
    pane_type: type[Pane],
    watermark_ms: int | None,
    grace_ms: int,
    config: FoldConfig,
) -> tuple[
    bool,
    list[int],
    list[int],
    list[
        tuple[
            int,
            list[
                tuple[
                    tuple[int, int, str, str, str, bool, str | None, float],
                    tuple[float | None, float | None, float | None, int, list[str], list[str], list[str], int],
                ]
            ]
            | None,
        ]
    ],
]: ...
