"""Per-window aggregate of the move events of one instrument.

:class:`Aggregate` is the state of one tumbling pane; :func:`merge` folds consecutive panes into the rolling
view. Everything here is order-independent for the same set of events: bounded lists keep the *earliest*
items by ``(event time, id)`` rather than the first ones to arrive, the latest change is the maximum of
``(event time, event id)``, and the median is computed from exact value counts. So two replicas that saw
the same events in different orders hold equal aggregates.

The pane's data and its updates are in the Rust core (``native/src/fold_pane.rs``, ``fold_wire.rs``):
:class:`Aggregate` is the Python face of its ``Pane`` class, with the same fields read as Python values.

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
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from headlines_native import Pane, PaneLimits

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


def sorted_sources(sources: frozenset[str]) -> list[str]:
    """``sorted(sources)``, shared between the wire values of the panes with the same sources (read-only)."""
    listed = _SOURCE_LISTS.get(sources)
    return listed if listed is not None else sorted(sources)


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

    def native(self) -> PaneLimits:
        return PaneLimits(
            self.max_article_ids, self.max_evidence, self.max_evidence_chars, self.max_sources, self.max_event_ids
        )


class Aggregate(Pane):
    """Aggregate of one instrument's events in one window ``[start_ms, end_ms)``, held in Rust.

    ``article_ids`` and ``evidence`` hold the earliest items by ``(event time, id)``; ``seen`` holds digests
    of the event ids applied (up to ``Limits.max_event_ids``), sorted, so that a redelivered event is not
    counted twice. ``moves`` is keyed by ``(direction, period)``. The fields read here are copies: the pane
    changes only through :meth:`add` (or the fold, :func:`streams.state.apply`).

    ``to_dict`` is the compact JSON-able form (short keys, written to the changelog on every update), the same
    dict until the pane changes (read-only); ``from_dict`` decodes it, ``changed`` tells whether the pane
    changed since it was last encoded or decoded.
    """

    __slots__ = ()

    def add(self, event: MoveEvent, t_ms: int, limits: Limits) -> bool:
        """Fold one event (event time ``t_ms``) in; return False, changing nothing, for a duplicate."""
        return self.add_event(event, t_ms, limits.native())

    def has_seen(self, event: MoveEvent) -> bool:
        return self.has_seen_event(event)

    @property
    def sources(self) -> frozenset[str]:
        return interned_sources(frozenset(self.source_list))

    @property
    def sorted_sources(self) -> list[str]:
        return self.source_list

    @property
    def seen(self) -> Digests:
        return Digests(self.digests)

    @property
    def moves(self) -> dict[tuple[str, str], MoveStats]:
        return {(d, p): MoveStats(x, dict(counts)) for d, p, x, counts in self.move_list}

    @property
    def article_id_list(self) -> list[str]:
        return [article_id for _, article_id in self.article_ids]

    @property
    def evidence_list(self) -> list[str]:
        return [phrase for _, _, phrase in self.evidence]

    def all_moves(self) -> MoveStats | None:
        """All stated moves of the window, every direction and period together."""
        both = self.all_move_counts()
        return None if both is None else MoveStats(both[0], dict(both[1]))

    def __repr__(self) -> str:
        return f"Aggregate({self.to_dict()!r})"


def merge(
    panes: Iterable[Aggregate], start_ms: int, end_ms: int, limits: Limits, *, seen: bool = True
) -> Aggregate:
    """Merge panes into one aggregate for the window ``[start_ms, end_ms)`` (the rolling view).

    The caller passes the panes that lie inside the window; the inputs are not modified. With
    ``seen=False`` the event-id digests are left out (an alert's view does not need them).
    """
    return Aggregate.merged(list(panes), start_ms, end_ms, limits.native(), seen)
