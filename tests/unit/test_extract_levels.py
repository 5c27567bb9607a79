"""Index levels written in points ("to 5,925 points", "closed at 9,521.85 points") are levels, not changes.

Table-driven, one row a case; the passages are invented.
"""

from __future__ import annotations

from typing import Any

import pytest

from streams.model import Article
from tests.unit.extraction import EX, rows_of

run = rows_of("instrument.key", "change_pct", "change_points", "level")


CASES: list[tuple[str, list[tuple[Any, ...]]]] = [
    ("The Hang Seng Index dropped by 1.8% today to 19,925 points.", [("HSI", -1.8, None, 19925.0)]),
    ("The Nikkei 225 finished 0.4% higher at 38,820.60 points.", [("N225", 0.4, None, 38820.6)]),
    ("The Kospi went down slightly by 0.25 percent and closed at 2,521.85 points.",
     [("KOSPI", -0.25, None, 2521.85)]),
    ("The Hang Seng Index gained 0.7% to reach 20,153 points.", [("HSI", 0.7, None, 20153.0)]),
    ("The Nikkei 225 rose 1.1% to a record high of 41,100 points.", [("N225", 1.1, None, 41100.0)]),
    # the change in points and the level in points, both stated
    ("The Hang Seng Index rose 310 points, or 1.6%, to 19,850 points.", [("HSI", 1.6, 310.0, 19850.0)]),
    ("The Kospi fell by 25 points to 2,480 points.", [("KOSPI", None, -25.0, 2480.0)]),
    # a range of points stays a range
    ("The Kospi fell 20 to 30 points.", [("KOSPI", None, -25.0, None)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_points_after_to_or_at_are_the_level(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected


PRICE_CASES: list[tuple[str, float | None]] = [
    ("Orion Foods Holdings fell 0.9 per cent to Rs 512.40.", 512.4),
    ("Shares of Orion Foods Holdings rose 2% to INR 88.5 apiece.", 88.5),
    ("Orion Foods Holdings fell 0.9 per cent, to 512.40 rupees.", 512.4),
    ("Orion Foods Holdings rose 1.2% at $8.45.", 8.45),
    ("Orion Foods Holdings gained 0.4% to end at 33.65.", 33.65),
    ("Orion Foods Holdings rose 3%, closing at 262.5 yuan.", 262.5),
    # a possessive among the words before the price ("the day's high of")
    ("Orion Foods Holdings gained 1.01 percent to close at the day's high of NT$1,005.00.", 1005.0),
    ("Orion Foods Holdings gained 1.01 percent to the day\u2019s high of NT$1,005.00.", 1005.0),
    ("Orion Foods Holdings gained 1.01 percent after Apex Corp's rally of NT$1,005.00.", None),
    # a rupee figure that is not where the price stands is no level
    ("Orion Foods Holdings fell 0.9 per cent after a Rs 40 dividend.", None),
]


@pytest.mark.parametrize(("text", "level"), PRICE_CASES, ids=[c[0][:40] for c in PRICE_CASES])
def test_price_in_the_move_sentence_is_the_level(text: str, level: float | None) -> None:
    assert [(e.change_pct is not None, e.level) for e in EX.extract(Article(id="t", body=text))] == [(True, level)]
