"""Clause parsing: from the tokens and mentions of one sentence to the moves stated in it.

A sentence is cut into *segments*, each starting at a group of instruments named together ("China Mobile,
China Telecom, and China Unicom") and running to the next group. A segment is cut into *clauses* at
"while", "after", ";", ", taking" and the like; the first clause belongs to the group, a later one only when
it has no other subject of its own ("..., after a 2% slide on Monday"). In a clause each direction cue
("rose", "down", "higher", "a 4.5% drop") collects the figures around it into a *move*.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from itertools import pairwise

from streams.extract.lexicon import (
    ADVERBS,
    CLAUSE_SPLIT_AFTER_COMMA,
    CLAUSE_SPLIT_WORDS,
    DOWN,
    DOWN_NOUNS,
    DOWN_VERBS,
    FLAT,
    FLAT_LEADS,
    FLAT_WORDS,
    LIGHT_WORDS,
    LIST_JOINERS,
    REJECT_WORDS,
    UP,
    UP_NOUNS,
    UP_VERBS,
    ArticleScan,
    period_of,
)
from streams.extract.mentions import Mention
from streams.extract.text import ABS_Q, LEVEL_Q, NUM, PCT_Q, PTS_Q, WORD, Quantity, Token

_CUES: dict[str, str] = {**{w: UP for w in UP_VERBS | UP_NOUNS}, **{w: DOWN for w in DOWN_VERBS | DOWN_NOUNS}}
# Every word cue_at can return a direction for (a quick test before calling it).
_CUE_WORDS = frozenset(_CUES) | frozenset(ADVERBS) | FLAT_WORDS | {"changed"}
# Lower-cased tokens that matter to the clause and move scans. The words are all letters, so only word tokens
# can match them (no currency sign lower-cases to one).
_MARK_TOKENS = REJECT_WORDS | _CUE_WORDS | {","}
_SPLIT_TOKENS = CLAUSE_SPLIT_WORDS | {",", ";"}
assert all(w.isalpha() and w.isascii() and w != "rmb" for w in (REJECT_WORDS | _CUE_WORDS | CLAUSE_SPLIT_WORDS))
_ASIDES = frozenset({"which", "tracking", "reflecting", "that", "who", "whose", "where", "home", "one",
                     "the", "a", "an", "owner", "operator", "maker"})
_FORWARD_TAILS = frozenset({("in",), ("for",), ("of",), ("in", "the"), ("for", "the"), ("in", "shares", "of"),
                            ("at",), ("in", "shares", "in")})


@dataclass(slots=True)
class Move:
    direction: str
    first: int
    cue: int
    pcts: list[Quantity] = field(default_factory=list)
    pts: list[Quantity] = field(default_factory=list)
    abs: list[Quantity] = field(default_factory=list)
    level: Quantity | None = None
    last: int = 0
    end: int = 0  # token index where the text of this move stops (next move or clause end)

    def add(self, q: Quantity) -> None:
        (self.pcts if q.kind == PCT_Q else self.pts if q.kind == PTS_Q else self.abs).append(q)

    @property
    def has_figure(self) -> bool:
        return bool(self.pcts or self.pts or self.abs) or self.direction == FLAT


@dataclass(slots=True)
class Found:
    """One move of one instrument, before it becomes a :class:`MoveEvent`."""

    mention: Mention
    direction: str
    pct: Quantity | None
    pts: Quantity | None
    abs: Quantity | None
    level: Quantity | None
    approx: bool
    period: str | None
    start: int
    end: int


def _word(tokens: list[Token], i: int) -> str:
    return tokens[i].low if 0 <= i < len(tokens) and tokens[i].kind == WORD else ""


_LEVEL_FILLERS = frozenset({"a", "an", "its", "new", "fresh", "record", "high", "low", "of", "all-time",
                            "intraday", "close", "the", "day", "session"})


def _level_lead(tokens: list[Token], i: int) -> str:
    """The word that introduces a figure, skipping "a record (high of)": "to", "at" or another word."""
    k = i - 1
    while k >= 0 and tokens[k].kind == WORD and tokens[k].low in _LEVEL_FILLERS and i - k <= 4:
        k -= 1
    word = _word(tokens, k)
    return word if word in ("to", "at") else _word(tokens, i - 1)


def cue_at(tokens: list[Token], i: int) -> str | None:
    """Direction stated by token ``i``, if it is a move cue in this position."""
    low = tokens[i].low
    direction = _CUES.get(low)
    if direction is not None:
        return direction
    adverb = ADVERBS.get(low)
    if adverb is not None:
        nxt = _word(tokens, i + 1)
        if nxt in ("to", "from", "than", "on", "in", "with"):
            return None
        return adverb
    if low in FLAT_WORDS and (_word(tokens, i - 1) in FLAT_LEADS):
        return FLAT
    if low == "changed" and _word(tokens, i - 1) == "little":
        return FLAT
    return None


class SentenceParser:
    """Parses one sentence; create one per sentence."""

    def __init__(self, tokens: list[Token], quantities: dict[int, Quantity], text: str, offset: int,
                 hints: ArticleScan | None = None) -> None:
        self.tokens = tokens
        self.hints = hints
        self.qty = quantities
        self.text = text  # the whole article
        self.offset = offset  # sentence start in the article
        self.last_direction: str | None = None
        self.prefix_period: str | None = None  # "For the week, ..."
        self._mark_list: list[int] | None = None
        self._split_list: list[int] | None = None

    # ----------------------------------------------------------------- groups and segments
    def groups(self, mentions: list[Mention]) -> list[tuple[int, int, list[Mention]]]:
        """Runs of mentions joined only by list words, as (first token, last token + 1, mentions)."""
        tokens = self.tokens
        spans: list[tuple[int, int, Mention]] = []
        j = 0
        for mention in mentions:
            while j < len(tokens) and tokens[j].start < mention.start:
                j += 1
            k = j
            while k < len(tokens) and tokens[k].start < mention.end:
                k += 1
            if k > j:
                spans.append((j, k, mention))
            j = k
        groups: list[tuple[int, int, list[Mention]]] = []
        for first, last, mention in spans:
            if groups:
                g_first, g_last, members = groups[-1]
                between = tokens[g_last:first]
                if all(t.low in LIST_JOINERS or t.low == "'" for t in between):
                    if all(m.instrument.key != mention.instrument.key for m in members):
                        members.append(mention)
                    groups[-1] = (g_first, last, members)
                    continue
            groups.append((first, last, [mention]))
        return groups

    def parse(self, mentions: list[Mention]) -> list[Found]:
        groups = self.groups(mentions)
        if not groups:
            return []
        if groups[0][0] > 0:
            self.prefix_period = self._period(self.offset, self.tokens[groups[0][0]].start)
        out: list[Found] = []
        n = len(self.tokens)
        forward: list[Move] = self._forward_moves(0, groups[0][0])
        for index, (_first, last, members) in enumerate(groups):
            hi = groups[index + 1][0] if index + 1 < len(groups) else n
            if forward:
                out.extend(self._found(members, forward, False, False))
                forward = []
            for c_index, (c_lo, c_hi) in enumerate(self._clauses(last, hi)):
                if c_index > 0 and not self._light(c_lo, c_hi):
                    continue
                moves = self._moves(c_lo, c_hi)
                if moves and c_hi == hi and hi < n and self._is_forward(moves[-1], hi):
                    forward.append(moves.pop())
                if c_index == 0 and not moves:
                    moves = self._gapped(c_lo, c_hi)
                for move in moves:
                    move.end = move.end or c_hi
                out.extend(self._found(members, moves, c_index == 0 and index == 0, c_index == 0))
        return out

    def _period(self, lo: int, hi: int) -> str | None:
        if self.hints is not None and not self.hints.maybe_phrase(lo, hi):
            return None
        return period_of(self.text[lo:hi])

    def _forward_moves(self, lo: int, hi: int) -> list[Move]:
        if hi <= lo:
            return []
        moves = self._moves(lo, hi)
        return [m for m in moves[-1:] if self._is_forward(m, hi)]

    def _is_forward(self, move: Move, hi: int) -> bool:
        tail = tuple(t.low for t in self.tokens[move.cue + 1:hi])
        return move.first < move.cue and tail in _FORWARD_TAILS

    def _marks(self) -> list[int]:
        """Indices of the tokens that matter to :meth:`_moves` (figures, commas, distractors, cues)."""
        if self._mark_list is None:
            qty = self.qty
            self._mark_list = [k for k, t in enumerate(self.tokens) if k in qty or t.low in _MARK_TOKENS]
        return self._mark_list

    def _splits(self) -> list[int]:
        """Indices of the tokens that may start a clause (";", ",", "while", ...)."""
        if self._split_list is None:
            self._split_list = [k for k, t in enumerate(self.tokens) if t.low in _SPLIT_TOKENS]
        return self._split_list

    def _clauses(self, lo: int, hi: int) -> list[tuple[int, int]]:
        tokens = self.tokens
        cuts = [lo]
        splits = self._splits()
        for k in splits[bisect_left(splits, lo):bisect_left(splits, hi)]:
            tok = tokens[k]
            if tok.raw == ";":
                cuts.append(k + 1)
            elif tok.kind == WORD and tok.low in CLAUSE_SPLIT_WORDS and k > lo:
                cuts.append(k)
            elif tok.raw == "," and _word(tokens, k + 1) in CLAUSE_SPLIT_AFTER_COMMA:
                after = tokens[k + 2] if k + 2 < hi else None
                if _word(tokens, k + 1) == "and" and after is not None and (
                    after.kind == NUM or after.low in ("over", "about", "nearly", "more", "around")
                ):
                    continue
                cuts.append(k + 1)
        cuts.append(hi)
        return [(a, b) for a, b in pairwise(cuts) if b > a]

    def _light(self, lo: int, hi: int) -> bool:
        """True when a later clause has no subject of its own before its first figure or cue."""
        tokens = self.tokens
        for k in range(lo, hi):
            tok = tokens[k]
            if k in self.qty or (tok.low in _CUE_WORDS and cue_at(tokens, k) is not None):
                return True
            if tok.kind == WORD and tok.low not in LIGHT_WORDS and tok.low not in CLAUSE_SPLIT_WORDS:
                return False
            if tok.kind == NUM:
                return False
        return False

    # ----------------------------------------------------------------- moves in a clause
    def _moves(self, lo: int, hi: int) -> list[Move]:
        tokens, qty = self.tokens, self.qty
        moves: list[Move] = []
        cur: Move | None = None
        pending: list[Quantity] = []
        pending_level: Quantity | None = None
        rejected = False
        aside = False  # inside ", which tracks ..., ": distractor words there do not concern the move
        marks = self._marks()
        skip = lo
        # Only figures, commas, distractor words and cues change the state: visit just those tokens.
        for i in marks[bisect_left(marks, lo):bisect_left(marks, hi)]:
            if i < skip:
                continue  # inside the figure before
            q = qty.get(i)
            if q is not None:
                if rejected or q.last > hi:
                    pass
                elif q.kind == PTS_Q and _word(tokens, i - 1) in ("at", "to") and cur is None:
                    pending_level = pending_level or q  # "closed at 23,477.9 points": a level
                elif q.kind in (PCT_Q, PTS_Q, ABS_Q):
                    if q.signed and cur is None:
                        cur = Move(UP if q.signed > 0 else DOWN, i, i)
                        moves.append(cur)
                    if cur is not None and not (cur.pcts and q.kind == PCT_Q and pending):
                        cur.add(q)
                    else:
                        pending.append(q)
                elif q.kind == LEVEL_Q:
                    prev = _level_lead(tokens, i)
                    if prev in ("to", "at") and _word(tokens, i - 2) not in ("up", "down"):
                        if cur is not None:
                            cur.level = cur.level or q
                        else:
                            pending_level = pending_level or q
                    elif q.currency and cur is not None and (i - 1 == cur.cue or prev == "by"):
                        cur.add(Quantity(ABS_Q, q.value, q.first, q.last, q.start, q.end, q.currency,
                                         q.approx))
                skip = max(q.last, i + 1)
                continue
            tok = tokens[i]
            if tok.raw == ",":
                aside = not aside and _word(tokens, i + 1) in _ASIDES
            if tok.kind == WORD:
                low = tok.low
                if low in REJECT_WORDS and not aside:
                    rejected = True
                    pending.clear()
                direction = None if rejected or low not in _CUE_WORDS else cue_at(tokens, i)
                if direction is not None and pending and i - pending[-1].last > 2 and cur is None:
                    # a figure far before a noun is not that noun's ("at 23,477.9 points ... rally")
                    pending.clear()
                if direction is not None:
                    if cur is not None and cur.end == 0:
                        cur.end = pending[0].first if pending else i
                    if pending:
                        cur = Move(direction, pending[0].first, i)
                        for p in pending:
                            cur.add(p)
                        pending = []
                    else:
                        cur = Move(direction, i, i)
                    if pending_level is not None:
                        cur.level, pending_level = pending_level, None
                    moves.append(cur)
        result: list[Move] = []
        for move in moves:
            if not move.has_figure:
                continue
            last_move = result[-1] if result else None
            if (last_move is not None and last_move.direction == move.direction
                    and not (last_move.pcts and move.pcts) and not (last_move.pts and move.pts)
                    and not (last_move.abs and move.abs)):
                # "closed 1.2 percent lower at 23,520.04, down 286 points": one move stated twice
                last_move.pcts += move.pcts
                last_move.pts += move.pts
                last_move.abs += move.abs
                last_move.level = last_move.level or move.level
                last_move.end = move.end
                continue
            result.append(move)
        if result:
            self.last_direction = result[-1].direction
        return result

    def _gapped(self, lo: int, hi: int) -> list[Move]:
        """"Alibaba rose 3%, Tencent 2%": a figure right after the group takes the previous direction."""
        if self.last_direction is None:
            return []
        k = lo
        while k < hi and (self.tokens[k].raw in (",", "\u2014", "-", "(") or _word(self.tokens, k) == "by"):
            k += 1
        q = self.qty.get(k)
        if q is None or q.kind != PCT_Q:
            return []
        move = Move(self.last_direction, k, k)
        move.add(q)
        move.end = q.last
        return [move]

    # ----------------------------------------------------------------- results
    def _found(self, members: list[Mention], moves: list[Move], first_segment: bool, own: bool
               ) -> list[Found]:
        out: list[Found] = []
        tokens = self.tokens
        for move in moves:
            chunk_start = tokens[move.first].start
            chunk_end = tokens[min(move.end, len(tokens)) - 1].end if move.end else tokens[-1].end
            period = self._period(chunk_start, chunk_end)
            if period is None and own:
                period = self.prefix_period
            for q in move.pcts:
                if q.intraday:
                    period = "intraday"
            for q in move.pts:
                if q.intraday:
                    period = "intraday"
            pairs = len(members) > 1 and len(move.pcts) == len(members)
            for index, mention in enumerate(members):
                pct = move.pcts[index] if pairs else (move.pcts[0] if move.pcts else None)
                pts_pair = len(members) > 1 and len(move.pts) == len(members)
                pts = move.pts[index] if pts_pair else (move.pts[0] if move.pts else None)
                absolute = move.abs[0] if move.abs else None
                level = move.level if len(members) == 1 else None
                end = -1
                approx = pairs and move.pcts[0].approx
                for figure in (pct, pts, absolute, level):
                    if figure is not None:
                        if figure.end > end:
                            end = figure.end
                        if figure.approx:
                            approx = True
                if end < 0:
                    end = tokens[move.cue].end
                start = mention.start if own else tokens[move.first].start
                out.append(Found(mention, move.direction, pct, pts, absolute, level, approx, period,
                                 min(start, end), end))
        return out
