"""Instrument directory: resolves names, aliases and explicit tickers in text to instruments.

File format (UTF-8, tab-separated; the same for the built-in files and for user files passed through the
``HEADLINES_DIRECTORY_PATH`` setting)::

    # comment lines and blank lines are ignored
    symbol<TAB>name<TAB>kind<TAB>market<TAB>aliases

- The first non-comment line must be exactly that header.
- ``symbol``: ticker such as ``9988.HK``, ``0700.HK``, ``600519.SS``, ``AAPL`` or an index code (``HSI``,
  ``CSI300``, ``SPX``). Empty when unknown: the key is then ``name:<normalized name>``. A symbol starting
  with ``=`` is a context reference resolved by the extractor (``=benchmark``: the benchmark index of the
  article's market).
- ``name``: display name, also matched in text. ``kind``: ``stock``, ``index`` or ``sector``.
- ``market``: a short market code (``HK``, ``CN``, ``US``, ``JP``, ``UK``, ``EU``, ...) or empty.
- ``aliases``: further surface forms separated by ``|`` (may be empty).

Matching rules for a surface form: matched on word boundaries, case-insensitively, except that a form
beginning with an upper-case letter must begin with one in the text too, and an all-capitals form of up to
five characters ("HSI", "HSBC", "BYD") must match exactly. Punctuation inside names is loose: "JD.com"
also matches "JD com". Bare tickers are never surface forms unless listed as aliases; explicit forms such
as ``(HKG:9988)``, ``(NASDAQ: AAPL)``, ``9988.HK`` and ``600519.SS`` are found by :func:`streams.tickers.find_tickers`.

Files loaded later add instruments; a surface already known keeps its earlier instruments first (the
built-in ``aliases.tsv`` is loaded before the built ``instruments-<region>.tsv`` files, in the order of
:data:`REGIONS`, then user files). An index or sector name ending in a number also matches without the space
("Nifty50" for "Nifty 50"); one of three words or more opening with a place-like word also as its possessive
("Jakarta's Composite Index"); one "ex Japan" also as "ex-Japan", "ex. Japan", "excluding Japan", with its "Index"
before or after. The exchange-suffixed symbol of a stock outside HK and mainland China
("7203.T", "VOD.L", "M&M.NS") is a surface too, matched only as written.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import ahocorasick

from streams.errors import DirectoryError
from streams.model import KINDS, Instrument

# Explicit ticker forms live in streams.tickers; re-exported here, where callers have imported them from.
from streams.tickers import SUFFIX_TICKER_RE as SUFFIX_TICKER_RE
from streams.tickers import TICKER_RE as TICKER_RE
from streams.tickers import TickerMatch as TickerMatch
from streams.tickers import find_tickers as find_tickers
from streams.tickers import normalize_symbol as normalize_symbol

DATA_DIR = Path(__file__).resolve().parent / "data"
# Built per region by scripts/build_directory.py; the order decides which instrument a name shared by several
# regions prefers when the article's market does not say; "us-cross" (US lines of companies listed at home in
# another market: "Barclays PLC", "Equinor ASA") comes last, so their home listing wins.
REGIONS = ("hk", "us", "cn", "jp", "kr", "tw", "in", "au", "uk", "eu", "us-cross")
BUILTIN_FILES: tuple[Path, ...] = (
    DATA_DIR / "aliases.tsv",
    *(DATA_DIR / f"instruments-{region}.tsv" for region in REGIONS),
)
HEADER = ("symbol", "name", "kind", "market", "aliases")

ANY_CASE, CAPITALIZED, EXACT = 0, 1, 2

_PUNCT = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~\u2018\u2019\u201c\u201d\u2013\u2014\u00a0\u3000\t\n\r"
_NORMALIZE: dict[int, int | str] = {ord(ch): " " for ch in _PUNCT}
_NORMALIZE.update({ord(ch): ord(ch.lower()) for ch in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"})


def _plain_letter(code: int) -> str | None:
    """The plain small letter of a Latin letter with diacritics ("É" -> "e"; "Ø", "Ł", "Đ" too), else None."""
    extra = {0xD8: "o", 0xF8: "o", 0x141: "l", 0x142: "l", 0x110: "d", 0x111: "d"}
    if code in extra:
        return extra[code]
    parts = unicodedata.normalize("NFKD", chr(code))
    if code == 0x130 or len(parts) < 2 or not (parts[0].isascii() and parts[0].isalpha()):
        return None
    return parts[0].lower() if all(unicodedata.combining(p) for p in parts[1:]) else None


# Latin letters with diacritics fold to their plain letter, one character for one, so that a name the exchange
# lists write without accents ("Enagas", "Telefonica", "Durr") matches a text that has them ("Enagás",
# "Telefónica", "Dürr"); the engine's `uni::fold_latin` holds the same table.
_FOLD = {code: letter for code in range(0xC0, 0x250) if (letter := _plain_letter(code)) is not None}
_KEEP_ACCENTS = dict(_NORMALIZE)  # (for `slug`: a key keeps the name's letters as written)
_NORMALIZE.update({code: ord(letter) for code, letter in _FOLD.items()})


def normalize(text: str, table: dict[int, int | str] = _NORMALIZE) -> str:
    """Lower-case ``text``, fold Latin letters with diacritics to plain ones and turn punctuation into spaces,
    keeping every character at its offset."""
    out = text.translate(table)
    if out.isascii():
        return out
    lowered = out.lower()
    if len(lowered) == len(out):
        return lowered
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in out)


def slug(text: str) -> str:
    """Normalized name used as the key of an instrument without a symbol (``name:<slug>``)."""
    return "-".join(normalize(unicodedata.normalize("NFKC", text), _KEEP_ACCENTS).split())


@dataclass(frozen=True, slots=True)
class NameMatch:
    """A directory surface form found in a text: ``candidates`` in preference order."""

    start: int
    end: int
    candidates: tuple[Instrument, ...]

    @property
    def is_reference(self) -> bool:
        return bool(self.candidates) and (self.candidates[0].symbol or "").startswith("=")


# An exchange-suffixed ticker written as a surface ("7203.T", "VOD.L", "BT-A.L", "M&M.NS"): matched exactly.
# A stock's own symbol is one, except for the suffixes that find_tickers finds.
_TICKER_SURFACE_RE = re.compile(r"[A-Z0-9][A-Z0-9&\-]*\.[A-Z]{1,3}")
_FOUND = ("HK", "SS", "SZ", "SH")
# An index name ending in a number ("Nifty 50", "CSI 300", "S&P/ASX 200"): news also writes it without the
# space ("Nifty50", "CSI300", "S&P/ASX200").
_NUMBERED_RE = re.compile(r"^(.*[A-Za-z])[ -](\d{2,4})$")


# An index named after a place: news also writes the place as a possessive ("Jakarta's Composite Index").
_PLACE_FIRST_RE = re.compile(r"^([A-Z][a-z]+) (\S.*)$")
# A regional index "ex Japan" (or another country): "ex-Japan", "ex. Japan", "excluding Japan", and "Index"
# before or after it ("MSCI Asia Pacific ex Japan Index", "MSCI Asia Pacific Index ex Japan").
_EX_RE = re.compile(r"^(.*?) ex[-. ]+([A-Z][a-z]+)(?: ([Ii]ndex))?$")


def _index_variants(surface: str) -> list[str]:
    """Further spellings of an index or sector name (see the comments of the patterns above)."""
    out = []
    number = _NUMBERED_RE.match(surface)
    if number:
        out.append(f"{number[1]}{number[2]}")
    place = _PLACE_FIRST_RE.match(surface)
    if place and "'" not in surface and len(surface.split()) >= 3:
        out.append(f"{place[1]}'s {place[2]}")
    ex = _EX_RE.match(surface)
    if ex:
        head, country, index = ex[1], ex[2], ex[3]
        for tail in (f"ex {country}", f"ex. {country}", f"ex-{country}", f"excluding {country}"):
            out.append(f"{head} {tail}")
            if index:
                out += [f"{head} {tail} {index}", f"{head} {index} {tail}"]
    return [v for v in out if v != surface]


def _case_rule(alias: str) -> int:
    letters = alias.replace(" ", "")
    if (letters.isupper() and len(letters) <= 5 and letters.isalpha()) or _TICKER_SURFACE_RE.fullmatch(alias):
        return EXACT
    first = alias[0]
    return CAPITALIZED if first.isupper() else ANY_CASE


class Directory:
    """Instruments by symbol and by surface form, with a one-pass Aho-Corasick matcher."""

    def __init__(self) -> None:
        self._by_symbol: dict[str, Instrument] = {}
        # normalized surface -> list of (instrument, case rule, surface as written)
        self._surfaces: dict[str, list[tuple[Instrument, int, str]]] = {}
        self._automaton: Any = None
        self._lock = threading.Lock()
        self._version = 0  # changes whenever rows are added (engines built from this directory compare it)
        self._released = False  # see release_names()

    # ----------------------------------------------------------------- loading
    @classmethod
    def load(cls, extra_paths: Sequence[str | Path] = (), *, shared: bool = True) -> Directory:
        """The built-in directory plus user files; the result is cached per list of paths, unless ``shared``
        is false (a directory of the caller's own, e.g. to :meth:`release_names` it)."""
        key = tuple(str(Path(p)) for p in extra_paths)
        with _CACHE_LOCK:
            cached = _CACHE.get(key) if shared else None
            if cached is None:
                cached = cls()
                for path in (*BUILTIN_FILES, *(Path(p) for p in extra_paths)):
                    cached.add_file(path)
                if shared:
                    _CACHE[key] = cached
            return cached

    @classmethod
    def from_rows(cls, rows: Iterable[Sequence[str]]) -> Directory:
        """A directory from rows of (symbol, name, kind, market, aliases); for tests and tools."""
        directory = cls()
        for number, row in enumerate(rows, start=1):
            directory._add_row(list(row), f"<rows>:{number}")
        return directory

    def add_file(self, path: Path) -> None:
        """Add the rows of one directory file; raises :class:`DirectoryError` when it is malformed."""
        self._check_names("add rows to")
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            raise DirectoryError(f"{path}: cannot read the directory file ({reason})") from exc
        header_seen = False
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.split("\t")
            if not header_seen:
                if tuple(f.strip().lower() for f in fields) != HEADER:
                    raise DirectoryError(f"{path}:{number}: expected header {'<TAB>'.join(HEADER)}")
                header_seen = True
                continue
            self._add_row(fields, f"{path}:{number}")
        if not header_seen:
            raise DirectoryError(f"{path}: no header line")
        self._automaton = None

    def _add_row(self, fields: list[str], where: str) -> None:
        self._check_names("add rows to")
        if len(fields) != len(HEADER):
            raise DirectoryError(f"{where}: expected {len(HEADER)} tab-separated fields, got {len(fields)}")
        symbol, name, kind, market, aliases = (f.strip() for f in fields)
        if not name:
            raise DirectoryError(f"{where}: empty name")
        if kind not in KINDS:
            raise DirectoryError(f"{where}: kind must be one of {', '.join(KINDS)}, got {kind!r}")
        if symbol and (not re.fullmatch(r"=?[A-Za-z0-9^][A-Za-z0-9.&\-^]{0,19}", symbol)):
            raise DirectoryError(f"{where}: malformed symbol {symbol!r}")
        instrument = self._by_symbol.get(symbol) if symbol else None
        if instrument is None:
            instrument = Instrument(
                key=symbol or f"name:{slug(name)}",
                name=name,
                symbol=symbol or None,
                kind=kind,
                market=market or None,
            )
            if symbol:
                self._by_symbol[symbol] = instrument
        surfaces = [name, *aliases.split("|")]
        if kind == "stock" and _TICKER_SURFACE_RE.fullmatch(symbol) and symbol.rsplit(".", 1)[1] not in _FOUND:
            surfaces.append(symbol)  # "7203.T", "VOD.L" (HK and CN forms are found by find_tickers)
        if kind != "stock":
            surfaces += [variant for s in surfaces for variant in _index_variants(s.strip())]
        for surface in surfaces:
            self._add_surface(surface.strip(), instrument)
        self._automaton = None
        self._version += 1

    def _add_surface(self, surface: str, instrument: Instrument) -> None:
        if len(surface) < 2:
            return
        spaced = normalize(unicodedata.normalize("NFKC", surface)).strip()
        norm = " ".join(spaced.split())
        if len(norm) < 2:
            return
        rule = _case_rule(surface)
        if spaced != norm:  # "Co., Ltd." as written, besides the loose "Co Ltd"
            self._add_entry(spaced, instrument, rule, surface)
        self._add_entry(norm, instrument, rule, surface)

    def _add_entry(self, norm: str, instrument: Instrument, rule: int, surface: str) -> None:
        entries = self._surfaces.setdefault(norm, [])
        for index, (existing, old_rule, _) in enumerate(entries):
            if existing is instrument:
                if rule < old_rule:  # keep the most permissive form ("Nio" also admits "NIO")
                    entries[index] = (instrument, rule, surface)
                return
        entries.append((instrument, rule, surface))

    def release_names(self) -> None:
        """Drop the Python index of names (34 MB for the built-in directory) once the engines that need it are
        built (the worker, :mod:`agents.context`, on a directory of its own: ``load(shared=False)``); the
        instruments by symbol stay. Name lookups, new rows and new engines then raise :class:`DirectoryError`."""
        with _CACHE_LOCK:  # a shared directory is no longer handed out by load()
            for key in [k for k, cached in _CACHE.items() if cached is self]:
                del _CACHE[key]
        with self._lock:
            self._released = True
            self._surfaces = {}
            self._automaton = None

    def _check_names(self, what: str) -> None:
        if self._released:
            raise DirectoryError(f"cannot {what} a directory whose names were released (release_names): "
                                 "load it again")

    # ----------------------------------------------------------------- lookups
    def __len__(self) -> int:
        return len(self._by_symbol)

    def by_symbol(self, symbol: str) -> Instrument | None:
        return self._by_symbol.get(symbol)

    @property
    def version(self) -> int:
        """A number that changes whenever rows are added."""
        return self._version

    def surface_entries(self) -> list[tuple[str, list[tuple[Instrument, int, str]]]]:
        """Every normalized surface with its (instrument, case rule, surface as written) entries, in the
        order the matcher prefers them (for the native engine, which builds its own matcher from them)."""
        self._check_names("list the names of")
        return [(norm, list(entries)) for norm, entries in self._surfaces.items()]

    def symbol_table(self) -> dict[str, Instrument]:
        """Instruments by symbol (a copy)."""
        return dict(self._by_symbol)

    def surfaces(self, surface: str) -> list[Instrument]:
        """Instruments known under ``surface`` (any case), in preference order."""
        self._check_names("look up names in")
        norm = " ".join(normalize(surface).split())
        return [inst for inst, _, _ in self._surfaces.get(norm, [])]

    def _build(self) -> Any:
        self._check_names("match names with")
        with self._lock:
            if self._automaton is None:
                automaton = ahocorasick.Automaton()
                for norm, entries in self._surfaces.items():
                    # Without EXACT entries the choice depends only on the case of the first letter: the
                    # instruments chosen after a capital (or digit) and otherwise, computed once here.
                    capital = lower = None
                    if all(e[1] != EXACT for e in entries):
                        capital = tuple(e[0] for e in entries)
                        lower = tuple(e[0] for e in entries if e[1] == ANY_CASE)
                    automaton.add_word(norm + " ", (len(norm), tuple(entries), capital, lower))
                automaton.make_automaton()
                self._automaton = automaton
            return self._automaton

    def find(self, text: str, norm: str | None = None, offset: int = 0) -> list[NameMatch]:
        """Longest non-overlapping surface forms in ``text`` (one pass); ``norm`` = ``normalize(text)``.

        ``offset`` is added to the positions of the matches (for a piece of a longer text).
        """
        automaton = self._automaton or self._build()
        haystack = (norm if norm is not None else normalize(text)) + " "
        out: list[NameMatch] = []
        for end_index, (length, entries, capital, lower) in automaton.iter_long(haystack):
            start = end_index - length
            if start > 0 and haystack[start - 1] != " ":
                continue
            end = start + length
            if end < len(text) and text[end] in "-&":
                continue  # part of a longer hyphenated word ("Nasdaq-style")
            first = text[start]
            if capital is not None:
                chosen_now = capital if first.isupper() or first.isdigit() else lower
                if chosen_now:
                    out.append(NameMatch(start + offset, end + offset, chosen_now))
                continue
            chosen = []
            for instrument, rule, surface in entries:
                capitalized = first.isupper() or first.isdigit()
                if (rule == ANY_CASE or (rule == CAPITALIZED and capitalized)
                        or (rule == EXACT and text[start:end] == surface)):
                    chosen.append(instrument)
            if chosen:
                out.append(NameMatch(start + offset, end + offset, tuple(chosen)))
        return out


_CACHE: dict[tuple[str, ...], Directory] = {}
_CACHE_LOCK = threading.Lock()


def instrument_for_symbol(
    directory: Directory, symbol: str, market: str, name: str | None = None
) -> Instrument:
    """The directory's instrument for ``symbol``, or a new stock instrument carrying that symbol."""
    known = directory.by_symbol(symbol)
    if known is not None:
        return known
    return Instrument(key=symbol, name=name or symbol, symbol=symbol, kind="stock", market=market)
