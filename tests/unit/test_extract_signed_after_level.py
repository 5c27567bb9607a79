"""Table-driven tests of a level stated by a verb without a direction and a signed figure after it ("closed at
17,211.16 (+0.3%)", "ended at 3,100 yen, -36 (-1.2%)"): the signed figure gives the move, and the level is its
level (docs/move-events.md, "level", "change_points"; "Formats": parentheses). A signed figure against a move
already stated ("fell 0.3% ... (+2.1% this week)") is another move, in its own direction.

The passages are written for these tests (invented sentences; names from the built-in directory).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.extraction import rows_of

run = rows_of("instrument.key", "direction", "change_pct", "change_points", "level")


CASES = [
    # the level, then the signed percent in parentheses
    ("The Nikkei closed at 41,211.16 (+0.3%).", [("N225", "up", 0.3, None, 41211.16)]),
    ("The Nikkei ended at 41,211.16 (-0.3%) on Friday.", [("N225", "down", -0.3, None, 41211.16)]),
    ("Sony Group closed at 3,100 yen (-1.2%).", [("6758.T", "down", -1.2, None, 3100.0)]),
    # a signed change before the percent
    ("The Nikkei closed at 41,211.16, -154.29 (-0.4%).", [("N225", "down", -0.4, -154.29, 41211.16)]),
    # a verb with a direction kept its level before too
    ("The Nikkei closed lower at 41,211.16 (-0.3%).", [("N225", "down", -0.3, None, 41211.16)]),
    ("The Nikkei fell to 41,211.16 (-0.3%).", [("N225", "down", -0.3, None, 41211.16)]),
    # a signed figure against the move is another move of the instrument (its period is not tested here)
    ("The Nikkei fell 0.3% to 41,211.16 (+2.1% this week).", [("N225", "down", -0.3, None, 41211.16),
                                                              ("N225", "up", 2.1, None, None)]),
    ("Sony Group rose 2% to 3,100 yen (-12% so far this year).", [("6758.T", "up", 2.0, None, 3100.0),
                                                                   ("6758.T", "down", -12.0, None, None)]),
    # a signed figure with the move's own sign stays the move's
    ("Sony Group fell 2% (-2%) to 3,100 yen.", [("6758.T", "down", -2.0, None, 3100.0)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:60] for c in CASES])
def test_signed_after_level(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected
