"""Points or a percent followed by "away" measure a distance to a mark ("20 points away from a record"), not a move:
they are no figure of the move before them. Passages written for these tests (invented sentences).
"""

from __future__ import annotations

from typing import Any

import pytest

from streams.extract import Extractor
from streams.model import Article

EX = Extractor()


def run(text: str) -> list[tuple[Any, ...]]:
    return [(e.instrument.key, e.direction, e.change_pct, e.change_points, e.level)
            for e in EX.extract(Article(id="t", body=text))]


@pytest.mark.parametrize(("text", "expected"), [
    # a distance after the move: the move keeps no points
    ("The Nasdaq 100 Index, which gained 0.9 percent on Friday, is some 35 points away from a record.",
     [("NDX", "up", 0.9, None, None)]),
    ("The Dow slipped 0.3% and now sits 410 points away from its all-time high.",
     [("DJI", "down", -0.3, None, None)]),
    # the move's own points stay, the distance after them does not replace them
    ("The Dow added 95 points, or 0.3%, and is 410 points away from its peak.",
     [("DJI", "up", 0.3, 95.0, None)]),
    # a percent distance is no move of its own
    ("The Dow slipped 0.3% and is 2.5% away from its record close.", [("DJI", "down", -0.3, None, None)]),
    # points without "away" are the move's
    ("The Dow added 95 points to 33,410, a gain of 0.3%.", [("DJI", "up", 0.3, 95.0, 33410.0)]),
])
def test_points_away_are_a_distance(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected
