"""Approximate figures (docs/move-events.md, "approx"): the qualifiers before a figure, and which figure of a
move they govern. Passages written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from streams.model import Article
from tests.unit.extraction import EX, rows_of

run = rows_of("instrument.key", "direction", "change_pct", "change_points", "approx", "period")


CASES = [
    # words and symbols before the figure
    ("Tencent slipped nearly 1 per cent on Tuesday.", [("0700.HK", "down", -1.0, None, True, "day")]),
    ("Tencent gained more than 2% on Tuesday.", [("0700.HK", "up", 2.0, None, True, "day")]),
    ("Tencent was down practically three per cent on Tuesday.", [("0700.HK", "down", -3.0, None, True, "day")]),
    ("Tencent has shed a good 37 percent on Tuesday.", [("0700.HK", "down", -37.0, None, True, "day")]),
    ("Tencent posted a jump (≈1.7%) on Tuesday.", [("0700.HK", "up", 1.7, None, True, "day")]),
    ("Tencent gained ~2% on Tuesday.", [("0700.HK", "up", 2.0, None, True, "day")]),
    ("Tencent gained approx. 2% on Tuesday.", [("0700.HK", "up", 2.0, None, True, "day")]),
    ("Tencent gained approx 2% on Tuesday.", [("0700.HK", "up", 2.0, None, True, "day")]),
    ("Tencent gained 2% on Tuesday. About 300 stocks rose.", [("0700.HK", "up", 2.0, None, False, "day")]),
    # before the article of a nominal move
    ("Tencent posted nearly a 5% gain on Tuesday.", [("0700.HK", "up", 5.0, None, True, "day")]),
    ("Tencent suffered more than a 3% drop on Tuesday.", [("0700.HK", "down", -3.0, None, True, "day")]),
    ("Tencent posted a 5% gain on Tuesday.", [("0700.HK", "up", 5.0, None, False, "day")]),
    # before the sign of a signed figure
    ("Tencent had a daily move of approximately -1.4% on Tuesday.", [("0700.HK", "down", -1.4, None, True, "day")]),
    # "as much as" / "as high as": an extreme of the session
    ("Tencent jumped as much as 7 percent on Tuesday.", [("0700.HK", "up", 7.0, None, True, "intraday")]),
    ("Tencent fell as high as 5.2 percent on Tuesday.", [("0700.HK", "down", -5.2, None, True, "intraday")]),
    # exact figures stay exact
    ("Tencent gained 2% on Tuesday.", [("0700.HK", "up", 2.0, None, False, "day")]),
    ("Tencent traded as high as HK$420 on Tuesday after rising 2%.", [("0700.HK", "up", 2.0, None, False, "day")]),
    # the percent governs: a rough figure after it does not make it approximate
    ("The Hang Seng Index fell 3.02% on Tuesday, losing more than 600 points.",
     [("HSI", "down", -3.02, -600.0, False, "day")]),
    # a qualifier before all the figures covers them
    ("The Hang Seng Index was down as much as 565.23 points, or 5.2%, on Tuesday.",
     [("HSI", "down", -5.2, -565.23, True, "intraday")]),
    # without a percent, the points are what is approximate
    ("The Hang Seng Index lost about 300 points on Tuesday.", [("HSI", "down", None, -300.0, True, "day")]),
    # a company the directory lacks, found by its form after a qualifier
    ("Quillmere Robotics fell nearly 25% on Tuesday.", [("name:quillmere-robotics", "down", -25.0, None, True, "day")]),
    ("Quillmere Robotics rose more than 5% on Tuesday.",
     [("name:quillmere-robotics", "up", 5.0, None, True, "day")]),
    ("Quillmere Robotics jumped as much as 7 percent.",
     [("name:quillmere-robotics", "up", 7.0, None, True, "intraday")]),
    ("Quillmere Robotics fell by a good 30% on Tuesday.",
     [("name:quillmere-robotics", "down", -30.0, None, True, "day")]),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:48] for c in CASES])
def test_approx(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize("headline, body", [
    ("Tencent sinks 6%", "Tencent sank nearly 6% on Tuesday."),
    ("Tencent sinks nearly 6%", "Tencent sank 6% on Tuesday."),
])
def test_the_same_percent_stated_once_approximately_is_approximate(headline: str, body: str) -> None:
    events = EX.extract(Article(id="h", headline=headline, body=body))
    assert [(e.instrument.key, e.change_pct, e.approx) for e in events] == [("0700.HK", -6.0, True)]


def test_a_precise_restatement_is_not_approximate() -> None:
    events = EX.extract(Article(id="h", headline="Tencent sinks over 6%", body="Tencent sank 6.3% on Tuesday."))
    assert [(e.instrument.key, e.change_pct, e.approx) for e in events] == [("0700.HK", -6.3, False)]


@pytest.mark.parametrize("headline, body, expected", [
    # two rough statements one unit apart are one move (the later kept)
    ("Tencent falls over 3.5%", "Tencent fell about 3.6% on Tuesday.", [("0700.HK", -3.6, True)]),
    # a lower bound of the same period restates a larger precise figure
    ("Tencent has risen over 50% this year", "Tencent has risen 52% this year.", [("0700.HK", 52.0, False)]),
    # exact figures one unit apart are two moves
    ("Tencent falls 3.5%", "Tencent fell 3.6% on Tuesday.", [("0700.HK", -3.5, False), ("0700.HK", -3.6, False)]),
    # a rough figure far from another is another move
    ("Tencent falls about 3%", "Tencent fell about 4.5% on Tuesday.",
     [("0700.HK", -3.0, True), ("0700.HK", -4.5, True)]),
])
def test_rough_restatements(headline: str, body: str, expected: list[tuple[str, float, bool]]) -> None:
    events = EX.extract(Article(id="h", headline=headline, body=body))
    assert [(e.instrument.key, e.change_pct, e.approx) for e in events] == expected
