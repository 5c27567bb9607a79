"""Scoring extracted move events against labelled ones: matching, tags and tallies (no I/O).

A predicted event matches a labelled one of the same passage when both have a percent, the direction agrees,
``|change_pct|`` agrees within 0.011 and the instrument is the same: the same symbol, or a name of one equals a
name of the other once case, punctuation and legal suffixes ("Inc.", "Holdings", "the") are set aside, or every
word of one is in the other ("Toyota" and "Toyota Motor"; not a generic word alone, such as "sector"). Matching
is one to one, closest percent first. Precision and recall count events with a percent only; the accuracy of
level, points, period and approx is over the matched pairs.

Phenomena, read off the labels (so that every set is tagged the same way):

- ``points``: the label has ``change_points``;
- ``lists``: the labelled span states two or more percents, or says "respectively";
- ``approx``: the label is approximate;
- ``coreference``: neither the entity nor an alias is written in the span ("the carmaker rose 2%");
- ``ranges``: the label has ``range_pct`` (no percent: scored as "not emitted as a single percent"); a range
  extracted as that range (the same instrument and direction, both bounds within 0.011) is counted apart, in
  ``PassageScore.range_found``;

The report adds ``distractors``: precision, recall and F1 over the passages that hold numbers that are not moves
(their ``distractor_types``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

PCT_TOLERANCE = 0.011
FIELDS = ("level", "change_points", "period", "approx")
PHENOMENA = ("points", "lists", "approx", "coreference", "ranges")
_SUFFIXES = {
    "index", "indices", "subindex", "shares",
    "inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited", "plc", "holdings", "holding",
    "group", "sa", "ag", "nv", "se", "spa", "asa", "ab", "oyj", "bhd", "the", "stock", "of",
}
_PERCENT = re.compile(r"\d\s*(?:%|per\s*cent|percent|pc\b|pct\b)", re.IGNORECASE)


def norm_name(name: str) -> str:
    """A name for comparison: lower case, words only, legal suffixes and fillers left out."""
    words = re.findall(r"[a-z0-9&]+", name.lower().replace("'s", ""))
    kept = [w for w in words if w not in _SUFFIXES]
    return " ".join(kept or words)


def norm_symbol(symbol: str | None) -> str | None:
    """A ticker for comparison: upper case, no caret, HK codes as four digits."""
    if not symbol:
        return None
    text = symbol.strip().upper().lstrip("^")
    match = re.fullmatch(r"0*(\d{1,5})\.HK", text)
    if match:
        return f"{int(match.group(1)):04d}.HK"
    return text


@dataclass(frozen=True)
class Gold:
    """One labelled event with what scoring needs."""

    names: frozenset[str]
    symbol: str | None
    direction: str
    change_pct: float | None
    fields: dict[str, Any]
    tags: frozenset[str]
    span: tuple[int, int]
    range_pct: tuple[float, float] | None = None


@dataclass(frozen=True)
class Pred:
    """One extracted event with what scoring needs."""

    names: frozenset[str]
    symbol: str | None
    direction: str
    change_pct: float | None
    fields: dict[str, Any]
    span: tuple[int, int]
    range_pct: tuple[float, float] | None = None


def gold_from_label(event: dict[str, Any], text: str | None) -> Gold:
    names = {norm_name(event["entity"]), *(norm_name(a) for a in event.get("aliases") or [])}
    span = (int(event["span"][0]), int(event["span"][1]))
    quote = text[span[0]:span[1]] if text is not None else ""
    tags = set()
    if event.get("change_points") is not None:
        tags.add("points")
    if len(_PERCENT.findall(quote)) >= 2 or "respectively" in quote.lower():
        tags.add("lists")
    if event.get("approx"):
        tags.add("approx")
    written = [event["entity"], *(event.get("aliases") or [])]
    if quote and not any(name and name.lower() in quote.lower() for name in written) \
            and not (event.get("symbol") and str(event["symbol"]).split(".")[0].lower() in quote.lower()):
        tags.add("coreference")
    if event.get("range_pct") is not None:
        tags.add("ranges")
    range_pct = tuple(event["range_pct"]) if event.get("range_pct") is not None else None
    return Gold(names=frozenset(n for n in names if n), symbol=norm_symbol(event.get("symbol")),
                direction=event["direction"], change_pct=event.get("change_pct"),
                fields={k: event.get(k) for k in FIELDS}, tags=frozenset(tags), span=span,
                range_pct=range_pct)  # type: ignore[arg-type]


def pred_from_event(event: dict[str, Any]) -> Pred:
    instrument = event["instrument"]
    names = {norm_name(instrument.get("name") or ""), norm_name(event.get("mention") or "")}
    if not instrument.get("symbol"):
        names.add(norm_name(str(instrument.get("key", ""))))
    span = event["span"]
    bounds = event.get("range_pct")
    return Pred(names=frozenset(n for n in names if n), symbol=norm_symbol(instrument.get("symbol")),
                direction=event["direction"], change_pct=event.get("change_pct"),
                fields={k: event.get(k) for k in FIELDS}, span=(int(span["start"]), int(span["end"])),
                range_pct=(float(bounds[0]), float(bounds[1])) if bounds is not None else None)


_GENERIC = {"sector", "sectors", "sub", "subindex", "gauge", "stocks", "share", "average", "composite", "market",
            "all", "benchmark", "main", "top", "big", "new", "china", "hong", "kong", "japan", "us", "u", "s"}


def _words_within(small: str, large: str) -> bool:
    """Every word of ``small`` is in ``large``, and one of them names something ("Toyota" in "Toyota Motor")."""
    a, b = set(small.split()), set(large.split())
    return bool(a) and a <= b and bool(a - _GENERIC)


def same_instrument(gold: Gold, pred: Pred) -> bool:
    """The same symbol, or a name of one equal to (or the words of it all within) a name of the other."""
    if gold.symbol and pred.symbol and gold.symbol == pred.symbol:
        return True
    if gold.names & pred.names:
        return True
    return any(_words_within(g, p) or _words_within(p, g) for g in gold.names for p in pred.names)


def matches(gold: Gold, pred: Pred) -> bool:
    if gold.change_pct is None or pred.change_pct is None or gold.direction != pred.direction:
        return False
    return abs(abs(gold.change_pct) - abs(pred.change_pct)) <= PCT_TOLERANCE and same_instrument(gold, pred)


def same_range(gold: Gold, pred: Pred) -> bool:
    """A labelled range extracted as that range: same direction and instrument, both bounds within tolerance."""
    if gold.range_pct is None or pred.range_pct is None or gold.direction != pred.direction:
        return False
    return all(abs(g - p) <= PCT_TOLERANCE for g, p in zip(gold.range_pct, pred.range_pct, strict=True)) \
        and same_instrument(gold, pred)


def match(golds: Sequence[Gold], preds: Sequence[Pred]) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, pred index), closest percent first."""
    candidates = sorted(
        (abs(abs(g.change_pct or 0.0) - abs(p.change_pct or 0.0)), gi, pi)
        for gi, g in enumerate(golds) for pi, p in enumerate(preds) if matches(g, p))
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, gi, pi in candidates:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    return sorted(pairs)


def field_equal(name: str, gold: Any, pred: Any) -> bool:
    if name in ("level", "change_points"):
        if gold is None or pred is None:
            return gold is None and pred is None
        return abs(float(gold) - float(pred)) <= max(0.006, abs(float(gold)) * 1e-6)
    return bool(gold == pred)


@dataclass
class Tally:
    """Counts for precision, recall and field accuracy."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    field_ok: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))

    def add(self, other: Tally) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        for name in FIELDS:
            self.field_ok[name] += other.field_ok[name]

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def accuracy(self, name: str) -> float:
        return self.field_ok[name] / self.tp if self.tp else 1.0


@dataclass
class PassageScore:
    """The outcome on one passage: its tally, its phenomena's recall counts and the errors, for reading."""

    tally: Tally
    tag_hits: dict[str, list[int]]  # phenomenon -> [found, labelled]
    misses: list[int]  # gold indexes not found
    extras: list[int]  # pred indexes that match nothing
    wrong_fields: list[tuple[int, int, str]]  # (gold, pred, field)
    range_as_pct: int = 0  # percent events emitted where a range was labelled
    range_found: int = 0  # labelled ranges extracted as that range


def score_passage(golds: Sequence[Gold], preds: Sequence[Pred]) -> PassageScore:
    gold_pct = [i for i, g in enumerate(golds) if g.change_pct is not None]
    pred_pct = [i for i, p in enumerate(preds) if p.change_pct is not None]
    pairs = [(gold_pct[a], pred_pct[b]) for a, b in match([golds[i] for i in gold_pct], [preds[i] for i in pred_pct])]
    tally = Tally(tp=len(pairs), fp=len(pred_pct) - len(pairs), fn=len(gold_pct) - len(pairs))
    wrong: list[tuple[int, int, str]] = []
    for gi, pi in pairs:
        for name in FIELDS:
            if field_equal(name, golds[gi].fields.get(name), preds[pi].fields.get(name)):
                tally.field_ok[name] += 1
            else:
                wrong.append((gi, pi, name))
    found = {gi for gi, _ in pairs}
    matched_preds = {pi for _, pi in pairs}
    tag_hits: dict[str, list[int]] = {tag: [0, 0] for tag in PHENOMENA}
    range_as_pct = range_found = 0
    for gi, gold in enumerate(golds):
        for tag in gold.tags:
            if tag == "ranges":
                emitted = any(_overlap(gold.span, p.span) and p.change_pct is not None and pi not in matched_preds
                              for pi, p in enumerate(preds))
                range_as_pct += emitted
                range_found += any(same_range(gold, p) for p in preds)
                tag_hits[tag][0] += not emitted
                tag_hits[tag][1] += 1
            elif gold.change_pct is not None:
                tag_hits[tag][0] += gi in found
                tag_hits[tag][1] += 1
    return PassageScore(tally=tally, tag_hits=tag_hits, misses=[i for i in gold_pct if i not in found],
                        extras=[i for i in pred_pct if i not in matched_preds], wrong_fields=wrong,
                        range_as_pct=range_as_pct, range_found=range_found)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def total(scores: Iterable[PassageScore]) -> tuple[Tally, dict[str, list[int]]]:
    tally = Tally()
    tags: dict[str, list[int]] = {tag: [0, 0] for tag in PHENOMENA}
    for score in scores:
        tally.add(score.tally)
        for tag, (hit, n) in score.tag_hits.items():
            tags[tag][0] += hit
            tags[tag][1] += n
    return tally, tags
