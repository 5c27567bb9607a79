"""The native extraction engine: ``headlines_native`` (Rust, built from ``native/`` by ``make install``).

It gives exactly the events of the Python extractor (``tests/unit/test_extract_native.py`` checks that on the
dev corpus, the benchmark corpus, adversarial and generated texts), about 20 times faster (figures in
``benchmarks/RESULTS.md``). It takes its names from the same :class:`~streams.directory.Directory` object and its
word lists from this package's lexicon, so both engines share one source of truth; the Rust code mirrors the
Python code's logic (``native/README.md``).

Which engine runs is chosen by :class:`~streams.extract.Extractor`'s ``engine`` argument, else by the
``HEADLINES_EXTRACT_ENGINE`` environment variable: ``auto`` (default: native when the module can be imported,
else Python), ``native`` (an error when it cannot be imported) or ``python``.
"""

from __future__ import annotations

import os
import threading
import weakref
from typing import TYPE_CHECKING

from streams.directory import Directory, slug
from streams.extract import clauses, lexicon, mentions
from streams.model import Instrument, MoveEvent

ENGINES = ("auto", "native", "python")
ENV_VAR = "HEADLINES_EXTRACT_ENGINE"

if TYPE_CHECKING:
    from headlines_native import Engine

IMPORT_ERROR: str | None = None
try:
    import headlines_native as _native_module
except ImportError as exc:  # not built: ``make install`` builds it (``pip install ./native``)
    _native_module = None  # type: ignore[assignment]
    IMPORT_ERROR = f"{exc.__class__.__name__}: {exc}"


def available() -> bool:
    """True when the native module can be imported."""
    return _native_module is not None


def choose(engine: str | None = None) -> str:
    """``native`` or ``python`` for a requested engine (``None``: the environment variable, else ``auto``).

    Raises ``ValueError`` for an unknown name and ``ImportError`` when ``native`` is requested but not built.
    """
    requested = (engine if engine is not None else os.environ.get(ENV_VAR, "")).strip().lower() or "auto"
    if requested not in ENGINES:
        raise ValueError(f"{ENV_VAR} must be one of {', '.join(ENGINES)}, not {requested!r}")
    if requested == "python" or (requested == "auto" and _native_module is None):
        return "python"
    if _native_module is None:
        raise ImportError(f"the native extraction engine was requested but cannot be imported ({IMPORT_ERROR}); "
                          "build it with `make install` (pip install ./native)")
    return "native"


_ENGINES: weakref.WeakKeyDictionary[Directory, tuple[int, Engine]] = weakref.WeakKeyDictionary()
_LOCK = threading.Lock()


def engine_for(directory: Directory) -> Engine:
    """The native engine of ``directory`` (built once per directory and version; building takes ~1 s)."""
    with _LOCK:
        cached = _ENGINES.get(directory)
        if cached is not None and cached[0] == directory.version:
            return cached[1]
        engine = _build(directory)
        _ENGINES[directory] = (directory.version, engine)
        return engine


def _build(directory: Directory) -> Engine:
    assert _native_module is not None
    cues = clauses._CUES
    sets = {
        "up_cues": [w for w, d in cues.items() if d == lexicon.UP],
        "down_cues": [w for w, d in cues.items() if d == lexicon.DOWN],
        "adverbs_up": [w for w, d in lexicon.ADVERBS.items() if d == lexicon.UP],
        "adverbs_down": [w for w, d in lexicon.ADVERBS.items() if d == lexicon.DOWN],
        "flat_words": sorted(lexicon.FLAT_WORDS),
        "flat_leads": sorted(lexicon.FLAT_LEADS),
        "approx_one": sorted(lexicon.APPROX_ONE),
        "reject": sorted(lexicon.REJECT_WORDS),
        "reject_after": sorted(lexicon.REJECT_AFTER),
        "list_joiners": sorted(lexicon.LIST_JOINERS),
        "light": sorted(lexicon.LIGHT_WORDS),
        "clause_split": sorted(lexicon.CLAUSE_SPLIT_WORDS),
        "split_after_comma": sorted(lexicon.CLAUSE_SPLIT_AFTER_COMMA),
        "asides": sorted(clauses._ASIDES),
        "level_fillers": sorted(clauses._LEVEL_FILLERS),
    }
    return _native_module.Engine(
        surfaces=directory.surface_entries(),
        by_symbol=directory.symbol_table(),
        sets=sets,
        numbers=[(w, float(v)) for w, v in lexicon.NUMBER_WORDS.items()],
        currencies=list(lexicon.CURRENCY_WORDS.items()),
        approx_two=sorted(lexicon.APPROX_TWO),
        forward_tails=[list(t) for t in sorted(clauses._FORWARD_TAILS)],
        pieces=(list(lexicon._PHRASE_PIECES), lexicon.ANAPHOR_HEADS.split("|"), list(lexicon._WORD_ANCHOR_PIECES)),
        industries=mentions.INDUSTRIES.split("|"),
        anaphor_heads=lexicon.ANAPHOR_HEADS.split("|"),
        market_currency=dict(lexicon.MARKET_CURRENCY),
        benchmarks=dict(lexicon.BENCHMARKS),
        instrument_type=Instrument,
        event_type=MoveEvent,
        slug=slug,
    )
