"""The extractor: article text in, :class:`MoveEvent` records out.

The work is done by the native engine ``headlines_native`` (Rust, ``native/``; ``make install`` builds it into
the venv). This module is its typed Python face: it gives the engine the instrument directory
(:class:`~streams.directory.Directory`) and the vocabulary (``streams/data/lexicon.toml``), builds one engine
per directory and vocabulary file, and refuses articles over the size limit. Both are data: extending them
needs no Rust.

Pipeline (linear in the text; ``native/README.md`` names the Rust modules):

1. Prefilter: one pass finds figures with a unit ("%", "per cent", "points", "cents") or the words
   "unchanged"/"flat". An article without any yields nothing at once.
2. Sentences are split; only sentences holding an anchor are parsed, together with the two sentences before
   each (to know what "the e-commerce giant" or "the gauge" refers to).
3. Instrument mentions in those windows: one Aho-Corasick pass per window over the directory's names, plus
   explicit tickers, sector indices and references.
4. Each anchor sentence is tokenized and parsed into moves.

Decisions on the open cases (see also the tests):

- Ranges ("between 2% and 3%", "2-3%", "rose 2% to 3%", "fell up to 3%"): one event per subject with
  ``change_pct`` null, ``range_pct`` the signed bounds ((2.0, 3.0); (-3.0, 0.0)) and ``approx`` true.
- Earlier sessions ("after a 2% slide on Monday"): an event of its own, period ``day``.
- Moves without a figure ("Alibaba led gains") are not events; "unchanged"/"flat" are, with ``change_pct``
  null unless a percent is stated.
- A move stated again (headline then body, or a rounded "jumps over 6%" then "rose 6.3%") is one event, with
  the union of the fields and the most precise figures (``native/src/repeats.rs``).
- A generic market phrase ("Australian shares", "stocks in Frankfurt": aliases in `streams/data/aliases.tsv`) is
  that market's benchmark index.
- An intraday report ("at 10.14am", "in early trade") makes later moves of the article intraday until a
  sentence speaks of the close ("closed", "ended", "on Friday").
- Absolute changes ("rose 35 cents to $12.10", "fell 120 points") go to ``change_points`` in price units
  (0.35) or index points, with the currency of the price when one is stated.
"""

from __future__ import annotations

import threading
import tomllib
import weakref
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from streams.directory import Directory, slug
from streams.errors import ArticleTooLarge, StreamsError
from streams.model import Article, Instrument, MoveEvent

if TYPE_CHECKING:
    from headlines_native import Engine

LEXICON_PATH = Path(__file__).resolve().parent.parent / "data" / "lexicon.toml"

IMPORT_ERROR: str | None = None
try:
    import headlines_native
except ImportError as exc:  # not built
    headlines_native = None  # type: ignore[assignment]
    IMPORT_ERROR = f"{exc.__class__.__name__}: {exc}"


class EngineNotBuilt(StreamsError, ImportError):
    """The native extraction engine cannot be imported; ``make install`` builds it."""


class LexiconError(StreamsError):
    """The vocabulary file cannot be read or lacks an entry the engine needs."""


class Extractor:
    """Extracts price-move events from articles; safe to share between threads.

    ``directory``: the instruments (default: the built-in directory); ``max_bytes``: larger articles raise
    :class:`ArticleTooLarge`; ``lexicon_path``: the vocabulary file (default ``streams/data/lexicon.toml``).
    Rows added to the directory later reach the engine (it is rebuilt, ~1 s).
    """

    def __init__(self, directory: Directory | None = None, max_bytes: int = 1_000_000,
                 lexicon_path: str | Path | None = None) -> None:
        if headlines_native is None:
            raise EngineNotBuilt(f"the native extraction engine headlines_native cannot be imported ({IMPORT_ERROR});"
                                 " build it with `make install`")
        self.directory = directory if directory is not None else Directory.load()
        self.max_bytes = max_bytes
        self.lexicon_path = Path(lexicon_path) if lexicon_path is not None else LEXICON_PATH
        self._engine: Engine | None = None
        self._version = -1
        self._lock = threading.Lock()

    @property
    def engine(self) -> Engine:
        """The native engine for the directory as it is now (built on first use)."""
        engine = self._engine
        if engine is None or self._version != self.directory.version:
            with self._lock:
                version = self.directory.version
                engine = self._engine = _engine_for(self.directory, self.lexicon_path)
                self._version = version
        return engine

    def extract(self, article: Article) -> list[MoveEvent]:
        text = article.text
        if len(text) > self.max_bytes // 4 or len(text) * 4 > self.max_bytes:
            size = len(text.encode("utf-8"))
            if size > self.max_bytes:
                raise ArticleTooLarge(size, self.max_bytes)
        return self.engine.extract(text, article.id, article.published_at, article.source, article.received_at)

    def extract_many(self, articles: Sequence[Article]) -> list[list[MoveEvent]]:
        """The events of each article, in order (as :meth:`extract` gives them, one list per article).

        The engine works through the whole group without holding the GIL, so a caller may run this on a
        thread beside an event loop. Any error (an article over the size limit among them) is raised for the
        group: a caller that must know which article failed then extracts them one by one.
        """
        for article in articles:
            text = article.text
            if len(text) * 4 > self.max_bytes and len(text.encode("utf-8")) > self.max_bytes:
                raise ArticleTooLarge(len(text.encode("utf-8")), self.max_bytes)
        return self.engine.extract_many([(a.text, a.id, a.published_at, a.source, a.received_at) for a in articles])


@lru_cache(maxsize=8)
def load_lexicon(path: Path = LEXICON_PATH) -> dict[str, Any]:
    """The vocabulary file as parsed by ``tomllib`` (the engine checks the entries it needs)."""
    try:
        with path.open("rb") as f:
            return tomllib.load(f)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise LexiconError(f"{path}: {exc}") from exc


_ENGINES: weakref.WeakKeyDictionary[Directory, dict[tuple[int, Path], Engine]] = weakref.WeakKeyDictionary()
_LOCK = threading.Lock()


def _engine_for(directory: Directory, lexicon_path: Path) -> Engine:
    """The engine of a directory (as of its version) and vocabulary file, built once and shared."""
    with _LOCK:
        built = _ENGINES.setdefault(directory, {})
        key = (directory.version, lexicon_path)
        engine = built.get(key)
        if engine is None:
            try:
                engine = headlines_native.Engine(directory.surface_entries(), directory.symbol_table(),
                                                 load_lexicon(lexicon_path), Instrument, MoveEvent, slug)
            except ValueError as exc:
                if not str(exc).startswith("lexicon"):
                    raise
                raise LexiconError(f"{lexicon_path}: {exc}") from exc
            for old in [k for k in built if k[0] != directory.version]:
                del built[old]
            built[key] = engine
        return engine
