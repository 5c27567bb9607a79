"""Points or a percent followed by "away" measure a distance to a mark ("20 points away from a record"), not a move:
they are no figure of the move before them. A change without a unit before ", or P%" is the move's points, also
when the cue comes after it ("settled 131, or 0.6%, lower"). Passages written for these tests (invented sentences).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.extraction import rows_of

run = rows_of("instrument.key", "direction", "change_pct", "change_points", "level")


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


@pytest.mark.parametrize(("text", "expected"), [
    # a change without a unit before its percent and before the cue, after a verb of the close: the move's points
    ("The Nifty 50 settled 131, or 0.6%, lower at 21,870.", [("NIFTY", "down", -0.6, -131.0, 21870.0)]),
    ("The Nifty 50 closed 131.45, or 0.6%, higher at 21,870.", [("NIFTY", "up", 0.6, 131.45, 21870.0)]),
    ("The Nifty 50 ended 131 (0.6%) lower at 21,870.", [("NIFTY", "down", -0.6, -131.0, 21870.0)]),
    # after the cue, as before
    ("The Nifty 50 fell 131, or 0.6%, to 21,870.", [("NIFTY", "down", -0.6, -131.0, 21870.0)]),
    # a level after "at" before ", or" is no change
    ("The Nifty 50 closed at 21,870, or 0.6%, lower.", [("NIFTY", "down", -0.6, None, 21870.0)]),
])
def test_unitless_change_before_the_cue(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected
