"""Per-window aggregate of the move events of one instrument.

:class:`Aggregate` is the state of one tumbling pane; :func:`merge` folds consecutive panes into the rolling
view. Everything here is order-independent for the same set of events: bounded lists keep the *earliest*
items by ``(event time, id)`` rather than the first ones to arrive, the latest change is the maximum of
``(event time, event id)``, and the median is computed from exact value counts. So two replicas that saw
the same events in different orders hold equal aggregates.

Times are epoch milliseconds (see :mod:`streams.windows`). Change percentages are *signed* here: an ``up``
move is positive and a ``down`` move negative whatever sign the extractor gave, a ``flat`` move is ``0``.
A range ("gained between 3.7% and 6.6%", ``range_pct``) counts as its bound nearest zero, the move it
guarantees (3.7), so a rule never fires on more than the text states; a range from zero ("fell up to 3.2%")
guarantees no move and, like a flat move without a figure, counts as a mention only (:func:`event_pct`).
"""

from __future__ import annotations

import hashlib
import math
import sys
from array import array
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from streams.bounded import insert_unique
from streams.model import MoveEvent

#: Change percentages are counted for the median after rounding to this many decimals.
PCT_DECIMALS = 4


def event_digest(event_id: str) -> int:
    """Compact 53-bit digest of an event id, stored in place of the id to detect redelivered duplicates."""
    raw = hashlib.blake2b(event_id.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(raw, "big") >> 11


if TYPE_CHECKING:
    _IntArray = array[int]
else:  # array is not subscriptable at run time before Python 3.12
    _IntArray = array


class Digests(_IntArray):
    """A pane's sorted event-id digests as 64-bit machine integers: 8 bytes each, where a list of ints took 40
    (up to ``Limits.max_event_ids`` per pane: 17 MB of the 100,000-article memory bench). JSON writes it as an
    array of numbers: Faust's codec through ``__json__``, orjson with ``default=``:func:`json_default`."""

    __slots__ = ()

    def __new__(cls, items: Iterable[int] = ()) -> Digests:
        return super().__new__(cls, "q", items)  # type: ignore[return-value]

    def __json__(self) -> list[int]:
        return self.tolist()

    def __reduce__(self) -> Any:
        return Digests, (self.tolist(),)

    def __copy__(self) -> Digests:
        return Digests(self)

    def __deepcopy__(self, memo: Any) -> Digests:
        return Digests(self)


def json_default(obj: Any) -> Any:
    """``default=`` for ``orjson.dumps`` of a value holding :class:`Digests` (:meth:`Aggregate.to_dict`)."""
    if isinstance(obj, Digests):
        return obj.tolist()
    raise TypeError(f"Type is not JSON serializable: {type(obj).__name__}")


#: Source sets shared between panes (most panes have the same one or two sources): a pane holds an interned
#: frozenset, replaced when a source is added, instead of a set of its own.
_SOURCE_SETS: dict[frozenset[str], frozenset[str]] = {}
_SOURCE_LISTS: dict[frozenset[str], list[str]] = {}
_MAX_SOURCE_SETS = 4096


def interned_sources(sources: frozenset[str]) -> frozenset[str]:
    """The shared frozenset equal to ``sources`` (bounded: the cache is cleared when it grows too large)."""
    shared = _SOURCE_SETS.get(sources)
    if shared is None:
        if len(_SOURCE_SETS) >= _MAX_SOURCE_SETS:
            _SOURCE_SETS.clear()
            _SOURCE_LISTS.clear()
        shared = _SOURCE_SETS[sources] = frozenset(sys.intern(s) for s in sources)
        _SOURCE_LISTS[shared] = sorted(shared)
    return shared


def _sorted_sources(sources: frozenset[str]) -> list[str]:
    """``sorted(sources)``, shared between the wire values of the panes with the same sources (read-only)."""
    listed = _SOURCE_LISTS.get(sources)
    return listed if listed is not None else sorted(sources)


def _contains(items: Sequence[int], value: int) -> bool:
    """Membership in a sorted list."""
    pos = bisect_left(items, value)
    return pos < len(items) and items[pos] == value


def signed_pct(direction: str, change_pct: float | None) -> float | None:
    """The change in percent, signed by its direction; ``None`` when no finite percentage was stated."""
    if change_pct is None or not math.isfinite(change_pct):
        return None
    if direction == "up":
        return abs(float(change_pct))
    if direction == "down":
        return -abs(float(change_pct))
    return 0.0


def event_pct(event: MoveEvent) -> float | None:
    """The signed percent an event states: its ``change_pct``, or for a range the bound nearest zero; ``None``
    when neither is stated or the range reaches zero ("up to 3%")."""
    bounds = event.range_pct
    if event.change_pct is not None or bounds is None:
        return signed_pct(event.direction, event.change_pct)
    low, high = bounds
    if low <= 0.0 <= high:
        return None
    return signed_pct(event.direction, low if low > 0.0 else high)


def evidence_of(event: MoveEvent, max_chars: int) -> str:
    """The quoted phrase that supports an event: its sentence, else its mention, cut to ``max_chars``."""
    text = " ".join((event.sentence or event.mention).split())
    return text if len(text) <= max_chars else text[: max_chars - 1].rstrip() + "…"


def _median(counts: dict[float, int]) -> float | None:
    total = sum(counts.values())
    if total == 0:
        return None
    lo_rank, hi_rank = (total - 1) // 2, total // 2
    lo = hi = None
    seen = 0
    for value in sorted(counts):
        seen += counts[value]
        if lo is None and seen > lo_rank:
            lo = value
        if seen > hi_rank:
            hi = value
            break
    assert lo is not None and hi is not None
    return round(lo / 2 + hi / 2, PCT_DECIMALS)  # no overflow for huge values


def _more_extreme(a: float, b: float) -> float:
    """The value of larger magnitude; on equal magnitude the positive one (so the choice is order-free)."""
    return a if (abs(a), a) >= (abs(b), b) else b


@dataclass(slots=True)
class MoveStats:
    """Moves of one direction and one period inside a window."""

    extreme: float  # largest up (max) or most negative down (min), signed
    counts: dict[float, int] = field(default_factory=dict)  # rounded signed pct -> occurrences

    def add(self, pct: float) -> None:
        key = round(pct, PCT_DECIMALS)
        counts = self.counts
        counts[key] = counts.get(key, 0) + 1
        # _more_extreme(self.extreme, pct), inlined
        extreme = self.extreme
        a, b = abs(extreme), abs(pct)
        if not (a > b or (a == b and extreme >= pct)):
            self.extreme = pct

    def merge(self, other: MoveStats) -> None:
        self.extreme = _more_extreme(self.extreme, other.extreme)
        for value, n in other.counts.items():
            self.counts[value] = self.counts.get(value, 0) + n

    @property
    def median(self) -> float | None:
        return _median(self.counts)


@dataclass(slots=True)
class Limits:
    """Bounds that keep an aggregate's size independent of the number of events."""

    max_article_ids: int = 50
    max_evidence: int = 10
    max_evidence_chars: int = 280
    max_sources: int = 100
    max_event_ids: int = 5000


@dataclass(slots=True)
class Aggregate:
    """Aggregate of one instrument's events in one window ``[start_ms, end_ms)``.

    ``article_ids`` and ``evidence`` hold the earliest items by ``(event time, id)``; ``seen`` holds digests
    of the event ids applied (up to ``Limits.max_event_ids``), sorted, as :class:`Digests` (a fifth of a list's
    memory), so that a redelivered event is not counted twice. ``moves`` is keyed by ``(direction, period)``.
    ``sources`` is a shared, interned frozenset (see :func:`interned_sources`).
    """

    start_ms: int
    end_ms: int
    mentions: int = 0
    first_seen_ms: int | None = None
    sources: frozenset[str] = frozenset()
    article_ids: list[tuple[int, str]] = field(default_factory=list)
    latest: tuple[int, str, str, float | None] | None = None  # (time, event id, direction, signed pct)
    moves: dict[tuple[str, str], MoveStats] = field(default_factory=dict)
    evidence: list[tuple[int, str, str]] = field(default_factory=list)  # (time, event id, phrase)
    seen: Digests = field(default_factory=Digests)  # sorted
    # to_dict() result, reused until the next change (most panes are untouched by a given event)
    _wire: dict[str, Any] | None = field(default=None, compare=False, repr=False)

    # ----------------------------------------------------------------------------------------- queries
    def has_seen(self, event: MoveEvent) -> bool:
        return _contains(self.seen, event_digest(event.event_id))

    def all_moves(self) -> MoveStats | None:
        """All stated moves of the window, every direction and period together."""
        out: MoveStats | None = None
        for stats in self.moves.values():
            if out is None:
                out = MoveStats(stats.extreme, dict(stats.counts))
            else:
                out.merge(stats)
        return out

    @property
    def sorted_sources(self) -> list[str]:
        return sorted(self.sources)

    @property
    def article_id_list(self) -> list[str]:
        return [article_id for _, article_id in self.article_ids]

    @property
    def evidence_list(self) -> list[str]:
        return [phrase for _, _, phrase in self.evidence]

    # ---------------------------------------------------------------------------------------- updates
    def add(self, event: MoveEvent, t_ms: int, limits: Limits) -> bool:
        """Fold one event (event time ``t_ms``) in; return False, changing nothing, for a duplicate."""
        event_id = event.event_id
        digest = event_digest(event_id)
        seen = self.seen
        pos = bisect_left(seen, digest)
        if pos < len(seen) and seen[pos] == digest:
            return False
        if self._wire is not None:
            # the lists are shared with the value to_dict returned (copy on write: one copy held, not two)
            self._wire = None
            self.seen = seen = Digests(seen)
            self.article_ids = list(self.article_ids)
            self.evidence = list(self.evidence)
        if len(seen) < limits.max_event_ids:
            seen.insert(pos, digest)
        self.mentions += 1
        first = self.first_seen_ms
        if first is None or t_ms < first:
            self.first_seen_ms = t_ms
        source = event.source
        if source and source not in self.sources and len(self.sources) < limits.max_sources:
            self.sources = interned_sources(self.sources | {source})
        article_ids = self.article_ids
        item = (t_ms, event.article_id)
        # fast paths of streams.bounded.insert_unique: a full list it would not enter, or the same item held already
        if not (
            (len(article_ids) >= limits.max_article_ids and item > article_ids[-1]) or item in article_ids
        ):
            insert_unique(article_ids, item, limits.max_article_ids, 1)
        direction = event.direction
        pct = event_pct(event)
        latest = self.latest
        if latest is None or t_ms > latest[0] or (t_ms == latest[0] and event_id > latest[1]):
            self.latest = (t_ms, event_id, direction, pct)
        if pct is not None:
            key = (direction, event.period)
            stats = self.moves.get(key)
            if stats is None:
                stats = self.moves[key] = MoveStats(pct)
            stats.add(pct)
        evidence = self.evidence
        max_evidence = limits.max_evidence
        if len(evidence) >= max_evidence:
            # a full list: an item whose (time, id) is past the last one's could not enter it (the phrase,
            # costly to build, would only decide a tie: the same event applied again past max_event_ids)
            last = evidence[-1]
            if t_ms > last[0] or (t_ms == last[0] and event_id > last[1]):
                return True
        phrase = evidence_of(event, limits.max_evidence_chars)
        if phrase:
            insert_unique(evidence, (t_ms, event_id, phrase), max_evidence, 2)
        return True

    # ------------------------------------------------------------------------------------ persistence
    @property
    def changed(self) -> bool:
        """Whether the aggregate changed since it was last encoded (:meth:`to_dict`) or decoded."""
        return self._wire is None

    def to_dict(self) -> dict[str, Any]:
        """Compact JSON-able form (short keys: written to the changelog on every update).

        Pairs and triples are tuples, which JSON encoders write as arrays; ``seen`` is :class:`Digests` (an
        array of numbers in JSON: Faust's codec writes it, orjson with ``default=``:func:`json_default`). The
        value is cached until the aggregate changes and must be treated as read-only; later updates never
        modify a returned value: it shares the aggregate's lists (and digests), which :meth:`add` copies before
        its first change after this call.
        """
        if self._wire is not None:
            return self._wire
        self._wire = {
            "s": self.start_ms,
            "e": self.end_ms,
            "n": self.mentions,
            "f": self.first_seen_ms,
            "src": _sorted_sources(self.sources),
            "ids": self.article_ids,
            "last": self.latest,
            "mv": [
                (direction, period, stats.extreme, list(stats.counts.items()))
                for (direction, period), stats in self.moves.items()
            ],
            "ev": self.evidence,
            "seen": self.seen,
        }
        return self._wire

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Aggregate:
        """Inverse of :meth:`to_dict` for its JSON-decoded value (bulk conversions: this runs per event)."""
        last = data.get("last")
        agg = cls(
            start_ms=data["s"],
            end_ms=data["e"],
            mentions=data["n"],
            first_seen_ms=data.get("f"),
            sources=interned_sources(frozenset(data.get("src", ()))),
            article_ids=list(map(tuple, data.get("ids", ()))),
            latest=tuple(last) if last else None,
            moves={(d, p): MoveStats(x, dict(counts)) for d, p, x, counts in data.get("mv", ())},
            evidence=list(map(tuple, data.get("ev", ()))),
            seen=Digests(sorted(set(data.get("seen", ())))),
        )
        agg._wire = data
        return agg


def merge(
    panes: Iterable[Aggregate], start_ms: int, end_ms: int, limits: Limits, *, seen: bool = True
) -> Aggregate:
    """Merge panes into one aggregate for the window ``[start_ms, end_ms)`` (the rolling view).

    The caller passes the panes that lie inside the window; the inputs are not modified. With
    ``seen=False`` the event-id digests are left out (an alert's view does not need them).
    """
    out = Aggregate(start_ms=start_ms, end_ms=end_ms)
    article_ids: dict[str, int] = {}
    evidence: list[tuple[int, str, str]] = []
    digests: set[int] = set()
    for pane in panes:
        out.mentions += pane.mentions
        if pane.first_seen_ms is not None and (
            out.first_seen_ms is None or pane.first_seen_ms < out.first_seen_ms
        ):
            out.first_seen_ms = pane.first_seen_ms
        out.sources |= pane.sources
        for t_ms, ident in pane.article_ids:
            if ident not in article_ids or t_ms < article_ids[ident]:
                article_ids[ident] = t_ms
        if pane.latest is not None and (out.latest is None or pane.latest[:2] > out.latest[:2]):
            out.latest = pane.latest
        for key, stats in pane.moves.items():
            mine = out.moves.get(key)
            if mine is None:
                out.moves[key] = MoveStats(stats.extreme, dict(stats.counts))
            else:
                mine.merge(stats)
        evidence.extend(pane.evidence)
        if seen:
            digests.update(pane.seen)
    out.seen = Digests(sorted(digests))
    out.article_ids = sorted([(t, a) for a, t in article_ids.items()])[: limits.max_article_ids]
    unique: dict[str, tuple[int, str, str]] = {}
    for item in sorted(evidence):
        unique.setdefault(item[2], item)
    out.evidence = sorted(unique.values())[: limits.max_evidence]
    return out
