"""The extractor: article text in, :class:`MoveEvent` records out.

Pipeline (linear in the text):

1. Prefilter: one regex pass finds figures with a unit ("%", "per cent", "points", "cents") or the words
   "unchanged"/"flat". An article without any yields nothing at once.
2. Sentences are split; only sentences holding an anchor are parsed, together with the two sentences before
   each (to know what "the e-commerce giant" or "the gauge" refers to).
3. Instrument mentions in those windows: one Aho-Corasick pass per window over the directory's names, plus
   explicit tickers, sector indices and references (:mod:`streams.extract.mentions`).
4. Each anchor sentence is tokenized and parsed into moves (:mod:`streams.extract.clauses`).

Decisions on the open cases (see also the tests):

- Ranges ("between 2% and 3%", "2-3%"): one event with the midpoint and ``approx`` true.
- Earlier sessions ("after a 2% slide on Monday"): an event of its own, period ``day``.
- Moves without a figure ("Alibaba led gains") are not events; "unchanged"/"flat" are, with change 0.
- Whole markets ("Hong Kong stocks", "the US stock market") are not instruments and give no events.
- An intraday report ("at 10.14am", "in early trade") makes later moves of the article intraday until a
  sentence speaks of the close ("closed", "ended", "on Friday").
- Absolute changes ("rose 35 cents to $12.10", "fell 120 points") go to ``change_points`` in price units
  (0.35) or index points, with the currency of the price when one is stated.

Engines: this module is the reference implementation. The native engine (:mod:`streams.extract.native`,
Rust, same events) runs instead when it is built, unless ``engine="python"`` or
``HEADLINES_EXTRACT_ENGINE=python`` asks for this one.
"""

from __future__ import annotations

import threading
from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING

from streams.directory import Directory, NameMatch, normalize
from streams.errors import ArticleTooLarge
from streams.extract import native
from streams.extract.clauses import Found, SentenceParser
from streams.extract.lexicon import CLOSE_RE, MARKET_CURRENCY, TIME_OF_DAY_RE, ArticleScan
from streams.extract.mentions import MentionTracker, plain
from streams.extract.text import (
    ANCHOR_RE,
    WORD_ANCHOR_HINTS,
    find_quantities,
    sentence_bounds,
    tokenize,
    word_anchors,
)
from streams.model import Article, MoveEvent

if TYPE_CHECKING:
    from headlines_native import Engine

CONTEXT_SENTENCES = 2


class Extractor:
    """Extracts price-move events from articles; safe to share between threads once built.

    ``engine``: ``auto`` (native when built, else Python), ``native`` or ``python``; ``None`` reads
    ``HEADLINES_EXTRACT_ENGINE`` (default ``auto``). Both engines give the same events.
    """

    def __init__(self, directory: Directory | None = None, max_bytes: int = 1_000_000,
                 engine: str | None = None) -> None:
        self.directory = directory if directory is not None else Directory.load()
        self.max_bytes = max_bytes
        self.engine = native.choose(engine)
        self._native: Engine | None = None
        self._native_version = -1
        self._lock = threading.Lock()

    def extract(self, article: Article) -> list[MoveEvent]:
        text = article.text
        if len(text) > self.max_bytes // 4 or len(text) * 4 > self.max_bytes:
            size = len(text.encode("utf-8"))
            if size > self.max_bytes:
                raise ArticleTooLarge(size, self.max_bytes)
        if self.engine == "native":
            engine = self._native
            if engine is None or self._native_version != self.directory.version:
                engine = self._native_engine()
            events = engine.extract(
                text, article.id, article.published_at, article.source, article.received_at)
            if events is not None:
                return events
            # None: a text the native engine leaves to this one (see streams/extract/native.py)
        return self._extract_python(article, text)

    def _native_engine(self) -> Engine:
        with self._lock:
            self._native = native.engine_for(self.directory)
            self._native_version = self.directory.version
            return self._native

    def _extract_python(self, article: Article, text: str) -> list[MoveEvent]:
        anchors = [m.start() for m in ANCHOR_RE.finditer(text)]
        scan = ArticleScan(text)
        if scan.word_anchors != [] and any(hint in text for hint in WORD_ANCHOR_HINTS):
            anchors = sorted(anchors + word_anchors(text, scan.lowered, scan.word_anchors))
        if not anchors:
            return []
        bounds = sentence_bounds(text)
        starts = [b[0] for b in bounds]
        wanted: list[int] = []
        for pos in anchors:
            index = bisect_right(starts, pos) - 1
            if not wanted or wanted[-1] != index:
                wanted.append(index)
        found = self._run(article, text, bounds, wanted, scan)
        return [self._event(article, text, f) for f in found]

    def _run(self, article: Article, text: str, bounds: list[tuple[int, int]], wanted: list[int],
             scan: ArticleScan) -> list[tuple[Found, int, int]]:
        directory = self.directory
        tracker = MentionTracker(directory, text, scan)
        norm = normalize(text)
        names: list[NameMatch] = []
        scanned_to = 0
        # Windows of the anchor sentences and their context, scanned once each in text order.
        windows: list[tuple[int, int]] = []
        for index in wanted:
            lo = bounds[max(0, index - CONTEXT_SENTENCES)][0]
            hi = bounds[index][1]
            if windows and lo <= windows[-1][1]:
                windows[-1] = (windows[-1][0], hi)
            else:
                windows.append((lo, hi))
        for lo, hi in windows:
            lo = max(lo, scanned_to)
            names += directory.find(text[lo:hi], norm[lo:hi], offset=lo)
            scanned_to = hi
        name_starts = [m.start for m in names]
        out: list[tuple[Found, int, int]] = []
        intraday = False
        resolved_to = 0
        for index in wanted:
            s_lo, s_hi = bounds[index]
            # Resolve the context sentences before this one (updates "last instrument of each kind").
            if resolved_to < s_lo:
                ctx_lo = max(resolved_to, bounds[max(0, index - CONTEXT_SENTENCES)][0])
                if ctx_lo < s_lo:
                    a, b = bisect_left(name_starts, ctx_lo), bisect_left(name_starts, s_lo)
                    tracker.resolve(ctx_lo, s_lo, names[a:b])
            a, b = bisect_left(name_starts, s_lo), bisect_left(name_starts, s_hi)
            mentions = tracker.resolve(s_lo, s_hi, names[a:b])
            resolved_to = s_hi
            if scan.maybe_phrase(s_lo, s_hi) and TIME_OF_DAY_RE.search(text[s_lo:s_hi]):
                intraday = True
            elif intraday and CLOSE_RE.search(text[s_lo:s_hi]):
                intraday = False
            if not mentions:
                continue
            market = tracker.market()
            tokens = tokenize(text[s_lo:s_hi], s_lo)
            quantities = find_quantities(tokens, MARKET_CURRENCY.get(market or "", None))
            parser = SentenceParser(tokens, quantities, text, s_lo, scan)
            for found in parser.parse(mentions):
                if intraday and found.period is None:
                    found.period = "intraday"
                out.append((found, s_lo, s_hi))
        return out

    @staticmethod
    def _event(article: Article, text: str, item: tuple[Found, int, int]) -> MoveEvent:
        found, s_lo, s_hi = item
        sign = -1.0 if found.direction == "down" else 1.0
        pct = found.pct.value * sign if found.pct is not None else None
        points = found.pts.value * sign if found.pts is not None else None
        if points is None and found.abs is not None:
            points = found.abs.value * sign
        if found.direction == "flat":
            pct, points = (0.0 if pct is None else pct), points
        level = found.level.value if found.level is not None else None
        currency = (found.level.currency if found.level is not None else None) or (
            found.abs.currency if found.abs is not None else None)
        return MoveEvent(
            article_id=article.id,
            instrument=plain(found.mention.instrument),
            mention=found.mention.text,
            direction=found.direction,
            change_pct=_round(pct),
            change_points=_round(points),
            level=level,
            currency=currency,
            period=found.period or "day",
            approx=found.approx,
            span=(found.start, found.end),
            sentence=text[s_lo:s_hi].strip(),
            published_at=article.published_at,
            source=article.source,
            received_at=article.received_at,
        )


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 6) + 0.0
