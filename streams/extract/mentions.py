"""Instrument mentions: directory names, explicit tickers, sector indices and anaphora ("the gauge").

The extractor keeps a :class:`MentionTracker` per article: mentions are resolved in text order and the
last instrument of each kind is remembered, so "Shares of the e-commerce giant" after "Alibaba" resolves to
Alibaba and "the sub-index" to the last sector named.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from streams.directory import Directory, NameMatch, TickerMatch, find_tickers, instrument_for_symbol, slug
from streams.extract.lexicon import ANAPHOR_HEADS, BENCHMARKS, ArticleScan
from streams.model import Instrument

INDUSTRIES = (
    "banking|bank|property|properties|real estate|steel|tech|technology|energy|oil|oil and gas|consumer|"
    "healthcare|health care|financial|financials|finance|insurance|insurer|utilities|utility|materials|"
    "semiconductor|chip|chipmaker|auto|automotive|automobile|carmaker|gaming|casino|power|telecom|"
    "telecommunications|internet|mining|pharmaceutical|pharma|biotech|retail|industrial|industrials|"
    "transport|shipping|airline|aviation|coal|gold|metals|non-ferrous metals|defence|defense|media|software|"
    "brokerage|securities|education|food|beverage|liquor|solar|battery|construction|cement|textile|"
    "agriculture|chemicals|chemical|electronics|hardware|e-commerce|logistics|tourism|travel|catering|"
    "healthcare equipment|new energy|electric vehicle|ev|robotics|artificial intelligence|ai|"
    "cosmetics|beauty care|dairy|machinery|conglomerates|conglomerate|commodities|commodity"
)
# Sector indices are found from their head word ("sector", "sub-index", "index") backwards: the head is a
# cheap literal to scan for, and the industry pattern then runs only on the few characters before it.
SECTOR_HEAD_RE = re.compile(r"\b(?:sector|sub-index|subindex|sub index|index)\b", re.IGNORECASE)
# The same on lower-cased ASCII text, written to start with a character class the engine can skip to.
_SECTOR_HEAD_LOWER_RE = re.compile(r"[si](?<!\w[si])(?:(?<=s)(?:ector|ub-index|ubindex|ub index)|(?<=i)ndex)\b")
SECTOR_RE = re.compile(
    r"(?:\b(CSI|Hang Seng|HS|SSE|SZSE|S&P 500|Stoxx 600|STOXX 600|Topix|TOPIX)\s+)?"
    r"\b(" + INDUSTRIES + r")\s+$",
    re.IGNORECASE,
)
_SECTOR_LOOKBACK = 48
# Last words of the industries: in ASCII text the words before a head can name a sector only if they end so.
_INDUSTRY_ENDS = tuple(sorted({name.split()[-1] for name in INDUSTRIES.split("|")}))
# The leading word boundary is written as a look-behind after the first letter, so that the pattern starts
# with a character class the regex engine can skip to (same matches as "\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Aa]) ").
ANAPHOR_RE = re.compile(
    r"[TtIiAa](?<!\w[TtIiAa])(?:(?<=[Tt])he|(?<=[Ii])ts|(?<=[Tt])heir|(?<=[Aa])) (?:[a-z][a-z-]{0,20} ){0,2}?"
    r"(" + ANAPHOR_HEADS + r")\b(?: tracking the (?:industry|sector))?"
)
_FAMILY_MARKET = {"csi": "CN", "sse": "CN", "szse": "CN", "hang seng": "HK", "hs": "HK", "s&p 500": "US",
                  "stoxx 600": "EU", "topix": "JP"}
_CURRENCY_HINTS = (("HK$", "HK"), ("yuan", "CN"), ("RMB", "CN"), ("US$", "US"), ("€", "EU"), ("£", "UK"),
                   ("yen", "JP"))
_INDEX_HEADS = frozenset({"gauge", "index"})
_SECTOR_HEADS = frozenset({"sub-index", "subindex"})


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    text: str
    instrument: Instrument


class MentionTracker:
    """Resolves mentions in text order for one article."""

    def __init__(self, directory: Directory, text: str, scan: ArticleScan | None = None) -> None:
        self.directory = directory
        self.text = text
        self.scan = scan if scan is not None else ArticleScan(text)
        # Lower-cased copy for cheap literal checks; only when lower-casing keeps every character at its
        # offset and case-insensitive matching is plain ASCII folding.
        self.lower = self.scan.lowered
        self._hints = [(sign, market) for sign, market in _CURRENCY_HINTS if sign in text]
        self.last: dict[str, Instrument] = {}
        self.markets: dict[str, int] = {}
        self._best: str | None = None  # the most frequent market, first noted among equals
        self._best_count = 0
        self._order: dict[str, int] = {}
        self._tickers: list[TickerMatch] | None = None
        self._ticker_starts: list[int] | None = None
        self._segment = ""  # the text being resolved: its currency suggests a market (see _hint)

    def market(self) -> str | None:
        return self._best

    def _choose(self, candidates: tuple[Instrument, ...]) -> Instrument:
        if len(candidates) > 1:
            market = self._hint() or self._best
            for candidate in candidates:
                if candidate.market == market:
                    return candidate
        return candidates[0]

    def _hint(self) -> str | None:
        """The market suggested by the currency of the text being resolved."""
        for sign, market in self._hints:
            if sign in self._segment:
                return market
        return None

    def _note(self, instrument: Instrument) -> None:
        self.last[instrument.kind] = instrument
        market = instrument.market
        if market:
            count = self.markets.get(market, 0) + (2 if instrument.kind == "index" else 1)
            self.markets[market] = count
            order = self._order.setdefault(market, len(self._order))
            best = self._best
            if best is None or count > self._best_count or (
                    count == self._best_count and order < self._order[best]):
                self._best, self._best_count = market, count

    def tickers(self) -> list[TickerMatch]:
        if self._tickers is None:
            self._tickers = find_tickers(self.text) if "(" in self.text or "." in self.text else []
        return self._tickers

    def benchmark(self) -> Instrument | None:
        market = self.last["index"].market if "index" in self.last else self.market()
        symbol = BENCHMARKS.get(market or "HK", "HSI")
        return self.directory.by_symbol(symbol)

    def resolve(self, lo: int, hi: int, names: list[NameMatch]) -> list[Mention]:
        """Mentions in ``text[lo:hi]`` given the directory matches there, updating the article state."""
        text = self.text
        segment = text[lo:hi]
        self._segment = segment
        # (start, start - end, priority, order, payload): longest first at a position, then by priority
        raw: list[tuple[int, int, int, int, object]] = []
        append = raw.append
        for match in names:
            append((match.start, match.start - match.end, 0, len(raw), match))
        tickers = self.tickers()
        if tickers:
            if self._ticker_starts is None:
                self._ticker_starts = [t.start for t in tickers]
            for ticker in tickers[bisect_left(self._ticker_starts, lo):bisect_left(self._ticker_starts, hi)]:
                append((ticker.start, ticker.start - ticker.end, 1, len(raw), ticker))
        low = self.lower
        if low is None or low.find("index", lo, hi) >= 0 or low.find("sector", lo, hi) >= 0:
            heads = SECTOR_HEAD_RE.finditer(segment) if low is None else _SECTOR_HEAD_LOWER_RE.finditer(low[lo:hi])
            for head in heads:
                head_start = head.start()
                back = max(0, head_start - _SECTOR_LOOKBACK)
                if low is not None and not low[lo + back:lo + head_start].rstrip().endswith(_INDUSTRY_ENDS):
                    continue
                sector = SECTOR_RE.search(segment, back, head_start)
                if sector is not None:
                    start = sector.start() + lo
                    append((start, start - head.end() - lo, 2, len(raw), sector))
        if self.scan.maybe_head(lo, hi):
            for anaphor in ANAPHOR_RE.finditer(segment):
                start, end = anaphor.span()
                append((start + lo, start - end, 3, len(raw), anaphor))
        if len(raw) > 1:
            raw.sort()
        out: list[Mention] = []
        last_end = -1
        for start, length, _priority, _order, payload in raw:
            end = start - length
            if start < last_end:
                continue
            mention = self._mention(start, end, payload, out)
            if mention is None:
                continue
            # A reference right before a name ("the benchmark Hang Seng Index", "the carmaker BYD") is
            # a descriptor of that name: the later, explicit mention replaces it.
            if out and _is_reference(out[-1]) and text[out[-1].end:start].strip() in ("", "'s"):
                out.pop()
            # A ticker right after a name names that instrument: "Alibaba Group (HKG:9988)".
            if isinstance(payload, TickerMatch) and out and not text[out[-1].end:start].strip():
                previous = out[-1]
                previous.instrument = self._ticker_instrument(payload, previous.text)
                previous.end = end
                self._note(previous.instrument)
                last_end = end
                continue
            out.append(mention)
            last_end = end
        for mention in out:
            if not _is_reference(mention):
                self._note(mention.instrument)
        return [m for m in out if m.instrument.symbol is None or not m.instrument.symbol.startswith("=")]

    def _ticker_instrument(self, ticker: TickerMatch, name: str | None) -> Instrument:
        return instrument_for_symbol(self.directory, ticker.symbols[0], ticker.markets[0], name)

    def _mention(self, start: int, end: int, payload: object, done: list[Mention]) -> Mention | None:
        text = self.text
        surface = text[start:end]
        if isinstance(payload, NameMatch):
            candidates = payload.candidates
            if candidates and (candidates[0].symbol or "").startswith("="):  # NameMatch.is_reference
                bench = self.benchmark()
                if bench is None:
                    return None
                return Mention(start, end, surface, _as_reference(bench))
            return Mention(start, end, surface, self._choose(candidates))
        if isinstance(payload, TickerMatch):
            return Mention(start, end, surface, self._ticker_instrument(payload, None))
        assert isinstance(payload, re.Match)
        if payload.re is SECTOR_RE:
            family = (payload.group(1) or "").strip()
            industry = payload.group(2).lower()
            name = f"{family} {industry} sub-index".strip()
            market = _FAMILY_MARKET.get(family.lower()) if family else self.market()
            instrument = Instrument(f"name:{slug(name)}", name, None, "sector", market)
            self.last["sector"] = instrument
            return Mention(start, end, surface, instrument)
        head = payload.group(1).lower()
        kind = "index" if head in _INDEX_HEADS else "sector" if head in _SECTOR_HEADS else "stock"
        if surface.lower().startswith("a ") and kind != "sector":
            return None  # "a lender", "a company": introduces something new, not a reference
        if done and kind == "sector" and done[-1].instrument.kind == "sector":
            return Mention(start, end, surface, _as_reference(done[-1].instrument))
        previous = self.last.get(kind)
        if previous is None:
            return None
        return Mention(start, end, surface, _as_reference(previous))


class _Reference(Instrument):
    """Marks an instrument reached through a reference, so a following explicit name replaces it."""

    __slots__ = ()


def _as_reference(instrument: Instrument) -> Instrument:
    return _Reference(instrument.key, instrument.name, instrument.symbol, instrument.kind, instrument.market)


def _is_reference(mention: Mention) -> bool:
    return isinstance(mention.instrument, _Reference)


def plain(instrument: Instrument) -> Instrument:
    """The instrument without the reference marker."""
    if isinstance(instrument, _Reference):
        return Instrument(instrument.key, instrument.name, instrument.symbol, instrument.kind,
                          instrument.market)
    return instrument
