"""The real-news scorer: names, symbols, matching and phenomena (passages written for these tests)."""

from __future__ import annotations

from typing import Any

import pytest

from benchmarks.realnews import scoring


def gold(entity: str, pct: float | None, *, symbol: str | None = None, aliases: tuple[str, ...] = (),
         direction: str | None = None, span: tuple[int, int] = (0, 10), text: str | None = None,
         **fields: Any) -> scoring.Gold:
    event = {"entity": entity, "aliases": list(aliases), "symbol": symbol, "change_pct": pct,
             "direction": direction or ("up" if (pct or 0) > 0 else "down" if (pct or 0) < 0 else "flat"),
             "span": list(span), "level": None, "change_points": None, "period": "day", "approx": False}
    event.update(fields)
    return scoring.gold_from_label(event, text)


def pred(name: str, pct: float | None, *, symbol: str | None = None, mention: str | None = None,
         direction: str | None = None, span: tuple[int, int] = (0, 10), **fields: Any) -> scoring.Pred:
    event = {"instrument": {"key": symbol or name.lower(), "name": name, "symbol": symbol},
             "mention": mention or name, "change_pct": pct,
             "direction": direction or ("up" if (pct or 0) > 0 else "down" if (pct or 0) < 0 else "flat"),
             "span": {"start": span[0], "end": span[1]}, "level": None, "change_points": None, "period": "day",
             "approx": False}
    event.update(fields)
    return scoring.pred_from_event(event)


@pytest.mark.parametrize("a, b, same", [
    ("Toyota Motor Corporation", "Toyota Motor", True),
    ("Snap Inc.", "Snap", True),
    ("The Hang Seng Index", "Hang Seng", True),
    ("Samsung Electronics Co., Ltd.", "Samsung Electronics", True),
    ("Samsung Biologics", "Samsung Electronics", False),
    ("Tata Steel", "Tata Motors", False),
])
def test_names_compare_without_legal_suffixes(a: str, b: str, same: bool) -> None:
    assert (scoring.norm_name(a) == scoring.norm_name(b)) is same


@pytest.mark.parametrize("symbol, normal", [
    ("00700.HK", "0700.HK"), ("0700.hk", "0700.HK"), ("9988.HK", "9988.HK"), ("^N225", "N225"),
    ("7203.T", "7203.T"), (None, None), ("", None),
])
def test_symbols_are_normalised(symbol: str | None, normal: str | None) -> None:
    assert scoring.norm_symbol(symbol) == normal


@pytest.mark.parametrize("g, p, matched", [
    (gold("Acme Corp", 4.5), pred("Acme Corporation", 4.5), True),
    (gold("Acme Corp", 4.5, symbol="ACME"), pred("Something Else", 4.5, symbol="ACME"), True),
    (gold("Acme Corp", 4.5), pred("Acme Corp", 4.51), True),           # within 0.011
    (gold("Acme Corp", 4.5), pred("Acme Corp", 4.52), False),          # beyond it
    (gold("Acme Corp", 4.5), pred("Acme Corp", -4.5), False),          # direction differs
    (gold("Acme Corp", 4.5), pred("Beta Ltd", 4.5), False),            # another instrument
    (gold("Acme Corp", 4.5, aliases=("the firm",)), pred("X", 4.5, mention="the firm"), True),
    (gold("Acme Corp", None, direction="flat"), pred("Acme Corp", None, direction="flat"), False),
])
def test_matching_rule(g: scoring.Gold, p: scoring.Pred, matched: bool) -> None:
    assert scoring.matches(g, p) is matched


def test_matching_is_one_to_one_and_closest_first() -> None:
    golds = [gold("Acme", 1.0), gold("Acme", 1.01)]
    preds = [pred("Acme", 1.01), pred("Acme", 1.0), pred("Acme", 1.005)]
    assert scoring.match(golds, preds) == [(0, 1), (1, 0)]


def test_passage_tally_and_field_accuracy() -> None:
    golds = [gold("Acme", 2.0, level=10.5), gold("Beta", -1.0), gold("Gamma", 3.0)]
    preds = [pred("Acme", 2.0, level=10.5), pred("Beta", -1.0, period="week"), pred("Delta", 7.0)]
    result = scoring.score_passage(golds, preds)
    assert (result.tally.tp, result.tally.fp, result.tally.fn) == (2, 1, 1)
    assert result.tally.accuracy("level") == 1.0
    assert result.tally.accuracy("period") == 0.5
    assert result.misses == [2] and result.extras == [2]
    assert result.wrong_fields == [(1, 1, "period")]


TEXT = "Orion Steel and Delta Power rose 1.4% and 3.8%, respectively. The carmaker gained about 2%."


@pytest.mark.parametrize("event, tags", [
    (dict(entity="Orion Steel", pct=1.4, span=(0, 61)), {"lists"}),
    (dict(entity="Zeta Motors", pct=2.0, span=(62, 91), approx=True), {"coreference", "approx"}),
    (dict(entity="Zeta Motors", pct=2.0, aliases=("the carmaker",), span=(62, 91)), set()),
    (dict(entity="Orion Steel", pct=1.4, span=(0, 37), change_points=0.2), {"points"}),
])
def test_phenomena_are_read_off_the_labels(event: dict[str, Any], tags: set[str]) -> None:
    entity, pct = event.pop("entity"), event.pop("pct")
    assert set(gold(entity, pct, text=TEXT, **event).tags) == tags


def test_a_range_emitted_as_one_percent_is_counted() -> None:
    ranged = gold("Acme", None, direction="up", span=(0, 30), range_pct=[0.6, 1.9], approx=True)
    emitted = scoring.score_passage([ranged], [pred("Acme", 1.25, span=(5, 25))])
    assert emitted.range_as_pct == 1 and emitted.tag_hits["ranges"] == [0, 1]
    assert emitted.tally.fp == 1
    silent = scoring.score_passage([ranged], [])
    assert silent.range_as_pct == 0 and silent.tag_hits["ranges"] == [1, 1]


@pytest.mark.parametrize("name, direction, bounds, found", [
    ("Acme", "up", [0.6, 1.9], 1),
    ("Acme Corp", "up", [0.605, 1.9], 1),      # within the percent tolerance
    ("Acme", "up", [0.6, 2.0], 0),             # another high bound
    ("Acme", "down", [0.6, 1.9], 0),           # another direction
    ("Zenith", "up", [0.6, 1.9], 0),           # another instrument
])
def test_a_range_extracted_as_that_range_is_counted_apart(name: str, direction: str, bounds: list[float],
                                                          found: int) -> None:
    ranged = gold("Acme", None, direction="up", span=(0, 30), range_pct=[0.6, 1.9], approx=True)
    result = scoring.score_passage([ranged], [pred(name, None, direction=direction, span=(5, 25), range_pct=bounds)])
    assert result.range_found == found
    assert result.tag_hits["ranges"] == [1, 1] and result.tally.fp == 0


@pytest.mark.parametrize("gold_name, pred_name, same", [
    ("Toyota Motor", "Toyota", True),
    ("financial sector sub-index", "financial sector", True),
    ("Samsung Biologics", "Samsung Electronics", False),
    ("property sector", "healthcare sector", False),
    ("property sector", "sector", False),           # a generic word alone names nothing
    ("Shanghai Composite Index", "Shenzhen Composite Index", False),
])
def test_names_match_when_one_holds_all_words_of_the_other(gold_name: str, pred_name: str, same: bool) -> None:
    assert scoring.same_instrument(gold(gold_name, 1.0), pred(pred_name, 1.0)) is same
