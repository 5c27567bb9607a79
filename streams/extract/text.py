"""Sentence splitting, the cheap prefilter, tokens and quantities (percentages, points, money, levels)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from itertools import pairwise
from typing import NamedTuple, cast

from streams.extract.lexicon import (
    APPROX_ONE,
    APPROX_TWO,
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    NUMBER_WORDS,
    REJECT_AFTER,
)

# A sentence can state a move only if it holds a figure with a unit, or says "unchanged"/"flat".
# (Written to start with one character class, which lets the regex engine skip quickly between candidates.)
ANCHOR_RE = re.compile(
    r"[0-9$€£¥](?:(?<=[0-9]) ?(?:%|[Pp](?:er ?cent|ercent|ct|oints?\b|ts\b)|[Cc]ents?\b|[Pp]ence\b)"
    r"|(?<=[$€£¥])[0-9])"
)
# Anchors in words ("five per cent", "unchanged"), searched in the lower-cased text: literal branches let
# the regex engine skip quickly to their first letters.
WORD_ANCHOR_RE = re.compile(r"per ?cent\b|percent\b|unchanged\b|flat\b|little changed\b")
WORD_ANCHOR_HINTS = ("cent", "unchanged", "flat", "changed", "Cent", "Unchanged", "Flat", "CENT", "UNCHANGED",
                     "FLAT", "CHANGED")
_NUMBER_WORD_RE = re.compile(
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|half a) $")


def word_anchors(text: str, lowered: str | None = None, candidates: list[int] | None = None) -> list[int]:
    """Offsets of anchors written in words; "per cent" counts only after a number word.

    ``candidates`` (with ``lowered`` = ``text.lower()``, of the same length) are the sorted offsets where a
    match may start; only those are tried.
    """
    lower = lowered if lowered is not None else text.lower()
    if len(lower) != len(text):
        lower = text  # exotic case mappings change lengths: search the text as it is
    if candidates is None or lower is text:
        matches = list(WORD_ANCHOR_RE.finditer(lower))
    else:
        matches = []
        pos = 0
        for candidate in candidates:
            if candidate >= pos:  # the scan goes on after a match, as finditer does
                match = WORD_ANCHOR_RE.match(lower, candidate)
                if match is not None:
                    matches.append(match)
                    pos = match.end()
    out: list[int] = []
    for match in matches:
        start = match.start()
        if lower[start] == "p" and not _NUMBER_WORD_RE.search(lower, max(0, start - 12), start):
            continue
        out.append(start)
    return out


MAX_SENTENCE_CHARS = 2000
# A sentence end followed by spaces and a capital, digit, quote or bracket; or a newline. (Written to start with
# one character class, which lets the regex engine skip quickly between candidates.)
_BOUNDARY_RE = re.compile(
    r"[\n.!?](?:(?<=[.!?])[\"'\u201d\u2019)]*[ \t]+(?=[\"'\u201c\u2018(A-Z0-9])|(?<=\n))")
_ABBREVIATIONS = frozenset(
    [
        "mr", "mrs", "ms", "dr", "st", "co", "corp", "inc", "ltd", "no", "vs", "u.s", "u.k", "jan", "feb",
        "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "prof", "gov", "sen", "rep",
        "gen", "lt", "col", "jr", "sr", "e.g", "i.e", "approx", "est"
    ]
)


_TAIL_RE = re.compile(r"[A-Za-z.]+\Z")  # the word before a period, in ASCII text


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """Start and end offsets of the sentences of ``text`` (newlines always end a sentence)."""
    bounds: list[tuple[int, int]] = []
    start = 0
    ascii_text = text.isascii()
    longest = 0
    for match in _BOUNDARY_RE.finditer(text):
        pos = match.start()
        if text[pos] == ".":
            # The word before the period (letters and periods, at most 7 characters): an abbreviation or
            # an initial does not end a sentence.
            if ascii_text:
                tail = _TAIL_RE.search(text, max(start, pos - 7), pos)
                if tail is not None and tail.group().lower() in _ABBREVIATIONS:
                    continue
            else:
                word_start = pos
                while word_start > start and (text[word_start - 1].isalpha() or text[word_start - 1] == "."):
                    word_start -= 1
                    if pos - word_start > 6:
                        break
                word = text[word_start:pos].lower()
                if word in _ABBREVIATIONS or (len(word) == 1 and word.isupper()):
                    continue
        end = pos + 1 if text[pos] != "\n" else pos
        if end > start:
            bounds.append((start, end))
            if end - start > longest:
                longest = end - start
        start = match.end()
    if start < len(text):
        bounds.append((start, len(text)))
        longest = max(longest, len(text) - start)
    if longest > MAX_SENTENCE_CHARS:
        bounds = [piece for a, b in bounds for piece in _cut(text, a, b)]
    return bounds


def _cut(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Pieces of at most ``MAX_SENTENCE_CHARS`` (cut at a space when there is one): bounds the work per
    sentence on text without sentence ends."""
    pieces: list[tuple[int, int]] = []
    while end - start > MAX_SENTENCE_CHARS:
        cut = text.rfind(" ", start + MAX_SENTENCE_CHARS // 2, start + MAX_SENTENCE_CHARS)
        cut = cut if cut > start else start + MAX_SENTENCE_CHARS
        pieces.append((start, cut))
        start = cut
    pieces.append((start, end))
    return pieces


CUR, NUM, WORD, PCT, PUNCT = 0, 1, 2, 3, 4  # order of the groups in _TOKEN_RE
_TOKEN_RE = re.compile(
    r"(HK\$|US\$|NT\$|S\$|A\$|C\$|RMB(?![A-Za-z])|[$€£¥₩])"
    r"|(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"|([A-Za-z]+)"
    r"|(%)"
    r"|(\S)"
)


class Token(NamedTuple):
    kind: int
    start: int
    end: int
    low: str
    raw: str


# Builds a Token from a 5-tuple without the Python-level NamedTuple constructor (the tokenizer's hot path).
_new_token = cast(Callable[[tuple[int, int, int, str, str]], Token], partial(tuple.__new__, Token))


def tokenize(text: str, offset: int) -> list[Token]:
    """Tokens of ``text``; offsets are shifted by ``offset`` so they refer to the whole article."""
    return [
        _new_token(((m.lastindex or 5) - 1, (span := m.span())[0] + offset, span[1] + offset,
                    (raw := m.group()).lower(), raw))
        for m in _TOKEN_RE.finditer(text)
    ]


PCT_Q, PTS_Q, ABS_Q, LEVEL_Q = "pct", "pts", "abs", "level"


@dataclass(slots=True)
class Quantity:
    """A figure in a sentence; ``first``/``last`` are token indices (inclusive/exclusive)."""

    kind: str
    value: float
    first: int
    last: int
    start: int
    end: int
    currency: str | None = None
    approx: bool = False
    intraday: bool = False
    signed: int = 0


def _num(token: Token) -> float:
    return float(token.raw.replace(",", ""))


def _word(tokens: list[Token], i: int) -> str:
    return tokens[i].low if 0 <= i < len(tokens) and tokens[i].kind == WORD else ""


def _unit_end(tokens: list[Token], j: int) -> tuple[str | None, int]:
    """The unit starting at token ``j`` after a number: (kind, index after the unit)."""
    if j >= len(tokens):
        return None, j
    tok = tokens[j]
    if tok.kind == PCT:
        return PCT_Q, j + 1
    low = tok.low
    if low in ("percent", "pct"):
        return PCT_Q, j + 1
    if low == "per" and _word(tokens, j + 1) == "cent":
        return PCT_Q, j + 2
    if low in ("points", "point", "pts", "pt"):
        return PTS_Q, j + 1
    if low in ("cents", "cent", "pence"):
        return "cents", j + 1
    if low == "percentage" or low == "basis" or low in ("bp", "bps"):
        return "skip", j + 1
    return None, j


def find_quantities(tokens: list[Token], market_currency: str | None) -> dict[int, Quantity]:
    """Figures by first token index: percentages, points, absolute changes and possible levels."""
    out: dict[int, Quantity] = {}
    n = len(tokens)
    # Only currency signs, numbers and number words can start a figure (kinds CUR and NUM are 0 and 1).
    candidates = [i for i, tok in enumerate(tokens) if tok.kind < WORD or tok.low in NUMBER_WORDS]
    free = 0  # first token not inside a figure already found
    for i in candidates:
        if i < free:
            continue
        tok = tokens[i]
        q: Quantity | None = None
        if tok.kind == NUM or tok.kind == WORD:
            q = _number_quantity(tokens, i, market_currency)
        elif i + 1 < n and tokens[i + 1].kind == NUM and tokens[i + 1].start == tok.end:
            q = _money(tokens, i, CURRENCY_SYMBOLS.get(tok.raw.upper(), None), i + 2)
        if q is None:
            continue
        _qualify(tokens, q)
        out[q.first] = q
        free = q.last
    if len(out) > 1:
        _merge_ranges(tokens, out)
    return out


def _number_quantity(tokens: list[Token], i: int, market_currency: str | None) -> Quantity | None:
    tok = tokens[i]
    n = len(tokens)
    if tok.kind == WORD:
        value = float(NUMBER_WORDS[tok.low])
        j = i + 1
        if tok.low == "half" and _word(tokens, j) == "a":
            j += 1
        unit, end = _unit_end(tokens, j)
        if unit != PCT_Q:
            return None
        return Quantity(PCT_Q, value, i, end, tok.start, tokens[end - 1].end)
    # "24,000-point mark", "12-month target": a figure used as an adjective is not a quantity.
    hyphen = i + 2 < n and tokens[i + 1].raw == "-" and tokens[i + 1].start == tok.end
    if hyphen and tokens[i + 2].kind == WORD:
        return Quantity("skip", 0.0, i, i + 3, tok.start, tokens[i + 2].end)
    value = _num(tok)
    unit, end = _unit_end(tokens, i + 1)
    if unit in (PCT_Q, PTS_Q):
        return Quantity(unit, value, i, end, tok.start, tokens[end - 1].end)
    if unit == "cents":
        currency = "GBP" if tokens[i + 1].low == "pence" else market_currency
        return Quantity(ABS_Q, value / 100.0, i, end, tok.start, tokens[end - 1].end, currency=currency)
    if unit == "skip":
        return Quantity("skip", value, i, end, tok.start, tokens[end - 1].end)
    nxt = _word(tokens, i + 1)
    if nxt in CURRENCY_WORDS:
        return _money(tokens, i, CURRENCY_WORDS[nxt], i + 2, value_index=i)
    if nxt in ("am", "pm") or (i + 1 < n and tokens[i + 1].raw in (":",) and tokens[i + 1].start == tok.end):
        return Quantity("skip", value, i, i + 2, tok.start, tokens[i + 1].end)
    if nxt in ("billion", "million", "trillion", "bn", "mn", "m", "times", "fold", "x"):
        return Quantity("skip", value, i, i + 2, tok.start, tokens[i + 1].end)
    return Quantity(LEVEL_Q, value, i, i + 1, tok.start, tok.end)


def _money(tokens: list[Token], i: int, currency: str | None, end: int, value_index: int | None = None
           ) -> Quantity:
    num_tok = tokens[value_index if value_index is not None else i + 1]
    value = _num(num_tok)
    nxt = _word(tokens, end)
    if nxt in ("billion", "million", "trillion", "bn", "mn", "m"):
        return Quantity("skip", value, i, end + 1, tokens[i].start, tokens[end].end)
    if value_index is None and _word(tokens, end) in CURRENCY_WORDS:
        end += 1
    return Quantity(LEVEL_Q, value, i, end, tokens[i].start, tokens[end - 1].end, currency=currency)


def _qualify(tokens: list[Token], q: Quantity) -> None:
    """Approximation, explicit sign and distractor context of a quantity."""
    i = q.first
    w1, w2, w3 = _word(tokens, i - 1), _word(tokens, i - 2), _word(tokens, i - 3)
    if w1 == "by":
        w1, w2, w3 = w2, w3, _word(tokens, i - 4)
    if w1 in APPROX_ONE or (w2, w1) in APPROX_TWO or (w3, w2) == ("as", "much"):
        q.approx = True
        if (w3, w2, w1) == ("as", "much", "as") or (w2, w1) == ("much", "as"):
            q.intraday = True
    if q.kind in (PCT_Q, PTS_Q) and w1 in ("above", "below", "beyond", "exceeding", "than") and not q.approx:
        q.kind = "skip"  # "gains above 20%": a threshold, not a move
    if q.kind in (PCT_Q, PTS_Q) and (w2, w1) in (("up", "to"), ("down", "to")):
        q.kind = "skip"  # "taxes of up to 34.9 percent": a ceiling, not a move
    if q.kind == PCT_Q:
        after = _word(tokens, q.last)
        if after in REJECT_AFTER:
            q.kind = "skip"
        elif after in ("a", "per") and _word(tokens, q.last + 1) in ("year", "annum"):
            q.kind = "skip"  # "2.5% a year": a rate
    if i > 0 and tokens[i - 1].raw in ("-", "+", "\u2212") and tokens[i - 1].end == tokens[i].start:
        before = tokens[i - 2] if i > 1 else None
        if before is None or before.end < tokens[i - 1].start or before.kind == PUNCT:
            q.signed = 1 if tokens[i - 1].raw == "+" else -1
            q.start = tokens[i - 1].start


def _merge_ranges(tokens: list[Token], out: dict[int, Quantity]) -> None:
    """"between 2% and 3%", "2% to 3%", "2 to 3 percent", "2-3%": one approximate figure (the midpoint)."""
    starts = sorted(out)
    for a_index, b_index in pairwise(starts):
        a, b = out.get(a_index), out[b_index]
        if a is None or b.kind not in (PCT_Q, PTS_Q) or a.kind not in (b.kind, LEVEL_Q):
            continue
        if b.first - a.last != 1:
            continue  # every range below has exactly one token between its figures
        gap = [t.low for t in tokens[a.last:b.first]]
        between = _word(tokens, a.first - 1) == "between" or _word(tokens, a.first - 2) == "between"
        tight = a.last < len(tokens) and tokens[a.last].start == a.end and tokens[a.last].end == b.start
        if (gap == ["and"] and between) or gap == ["to"] or (gap == ["-"] and tight and a.kind == LEVEL_Q):
            # "2 to 3 percent" only; "to 3%" after a level is not a range
            after_to = _word(tokens, a.first - 1) in ("to", "at", "from")
            if gap == ["to"] and a.kind == LEVEL_Q and not between and after_to:
                continue
            b.value = (a.value + b.value) / 2.0
            b.first, b.start, b.approx = a.first, a.start, True
            del out[a_index]
            out[b.first] = b
            del out[b_index]
