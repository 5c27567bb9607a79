"""Coreference and nominal moves, round five.

- a nominal move whose subject follows "on" ("after a 0.8% decline on the Nasdaq index overnight", "a drop of
  1% on the Dow") is that subject's move, not the sentence's earlier subject's; "on" and a time ("on the day",
  "on Thursday") still leaves it the earlier subject's;
- a nominal move after the subject's possessive and an adjective of a calendar span ("bringing its weekly loss to
  5%", "extending its annual gain to 40%") is the subject's move over that span; a span adjective before a
  result ("its weekly sales rose 5%") is none;
- a bare "the benchmark" after a named index of its market is that index ("The FTSE 250 rose 1%. The benchmark
  is up 9% this year"), the market's main benchmark only when that is the index named.

Table-driven, one row a case; the passages are invented.
"""

from __future__ import annotations

from typing import Any

import pytest

from streams.model import Article
from tests.unit.extraction import EX, rows_of

run = rows_of("instrument.key", "change_pct")


def run_period(text: str) -> list[tuple[Any, ...]]:
    return [(e.instrument.key, e.change_pct, e.period) for e in EX.extract(Article(id="t", body=text))]


ON_SUBJECTS: list[tuple[str, list[tuple[Any, ...]]]] = [
    ("Taipei stocks\nThe Taiex slipped after a 0.6 percent decline on the Nasdaq index overnight.",
     [("IXIC", -0.6)]),
    ("Asia open\nThis followed a drop of 1.2 percent on the Dow Jones Industrial Average and a 2.4 percent fall on "
     "the tech-heavy Nasdaq overnight.", [("DJI", -1.2), ("IXIC", -2.4)]),
    ("Tokyo\nToyota shares rose 2% after a 3% rise on the Nikkei.", [("7203.T", 2.0), ("N225", 3.0)]),
    # "on" and a time: still the earlier subject's
    ("Tokyo\nToyota fell 2% on Friday, following a 3% drop on Thursday.", [("7203.T", -2.0), ("7203.T", -3.0)]),
    ("Tokyo\nToyota rose 2%, adding to a 3% gain on the week.", [("7203.T", 2.0), ("7203.T", 3.0)]),
    ("Tokyo\nToyota rose 2%, extending a 3% gain on the back of strong sales.", [("7203.T", 2.0), ("7203.T", 3.0)]),
    ("Tokyo\nThe Nikkei rose 2%, its biggest rise on the day since May.", [("N225", 2.0)]),
]


@pytest.mark.parametrize(("text", "expected"), ON_SUBJECTS)
def test_on_subject(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected


SPAN_ADJECTIVES: list[tuple[str, list[tuple[Any, ...]]]] = [
    ("Tokyo\nToyota fell 2% on Friday, bringing its weekly loss to 5.1%.",
     [("7203.T", -2.0, "day"), ("7203.T", -5.1, "week")]),
    ("Tokyo\nToyota rose 0.5%, bringing its weekly loss to 1.3%.",
     [("7203.T", 0.5, "day"), ("7203.T", -1.3, "week")]),
    ("Tokyo\nToyota fell 2% on Friday, bringing its monthly decline to 5.1%.",
     [("7203.T", -2.0, "day"), ("7203.T", -5.1, "month")]),
    ("Tokyo\nSony rose 1% on Friday, taking its weekly gain to 7%.", [("6758.T", 1.0, "day"), ("6758.T", 7.0, "week")]),
    ("Tokyo\nSony rose 1% on Friday, extending its annual gain to 40%.",
     [("6758.T", 1.0, "day"), ("6758.T", 40.0, "year")]),
    # a span's adjective before a result: no move
    ("Tokyo\nToyota fell 2% on Friday, and its weekly sales rose 5.1%.", [("7203.T", -2.0, "day")]),
    ("Tokyo\nToyota fell 2% on Friday, and its annual profit rose 5.1%.", [("7203.T", -2.0, "day")]),
]


@pytest.mark.parametrize(("text", "expected"), SPAN_ADJECTIVES)
def test_span_adjective(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run_period(text) == expected


BARE_BENCHMARK: list[tuple[str, list[tuple[Any, ...]]]] = [
    ("London\nThe FTSE 250 rose 1% on Tuesday. The benchmark is up 9% this year.", [("MCX", 1.0), ("MCX", 9.0)]),
    ("Mumbai\nThe BSE Midcap index rose 1%. The benchmark fell 0.3% on the day.",
     [("BSEMIDCAP", 1.0), ("BSEMIDCAP", -0.3)]),
    ("London\nThe FTSE 100 fell 0.2%. The benchmark is up 9% this year.", [("UKX", -0.2), ("UKX", 9.0)]),
]


@pytest.mark.parametrize(("text", "expected"), BARE_BENCHMARK)
def test_bare_benchmark(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected
