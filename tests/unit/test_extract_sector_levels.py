"""Table-driven tests of a sector line that states the level before the move (``level_then_move`` of
``native/src/sector_moves.rs``): "Holding firms closed at 7,310.20, up 14.5 points or 0.2%", the later items of a
Manila-style board line ("; industrials at 10,420.10, up 0.85%"), and a level with its unit ("at 9,000 points,
down 1.1%"). A share of an index or a valuation after "at" is no level and gives no move.

The passages are written for these tests.
"""

from __future__ import annotations

from typing import Any

import pytest

from streams.model import Article
from tests.unit.extraction import EX


def moves(text: str) -> list[tuple[Any, ...]]:
    return [(e.instrument.name, e.instrument.kind, e.change_pct, e.change_points, e.level)
            for e in EX.extract(Article(id="t", body=text))]


CASES = [
    ("Holding firms closed at 7,310.20, up 14.5 points or 0.2%; industrials at 10,420.10, up 88.1 points or 0.85%;"
     " and property at 3,401.50, down 20.4 points or 0.6%.",
     [("holding firms sub-index", "sector", 0.2, 14.5, 7310.2),
      ("industrials sub-index", "sector", 0.85, 88.1, 10420.1),
      ("property sub-index", "sector", -0.6, -20.4, 3401.5)]),
    ("Holding firms ended at 7,310.20, down 14.5 points, or 0.2%.",
     [("holding firms sub-index", "sector", -0.2, -14.5, 7310.2)]),
    ("Industrials finished at 10,420.10, up 88.1 points or 0.85%, while mining and oil closed at 9,800.40, down"
     " 41.2 points or 0.42%.",
     [("industrials sub-index", "sector", 0.85, 88.1, 10420.1),
      ("mining and oil sub-index", "sector", -0.42, -41.2, 9800.4)]),
    ("The financials sub-index closed at 1,500.12, up 5.5 points or 0.37%; holding firms at 7,000.10, up 30.2"
     " points or 0.43%.",
     [("financials sub-index", "sector", 0.37, 5.5, 1500.12),
      ("holding firms sub-index", "sector", 0.43, 30.2, 7000.1)]),
    ("Holding firms closed at 7,310.20, up 0.2%.", [("holding firms sub-index", "sector", 0.2, None, 7310.2)]),
    ("Mining stocks closed at 9,000 points, down 1.1%.", [("mining sub-index", "sector", -1.1, None, 9000.0)]),
    ("Banks ended at 2,114.60 points, up 9.8 points, or 0.47%.",
     [("banks sub-index", "sector", 0.47, 9.8, 2114.6)]),
    # no level after "at"
    ("Property stood at 40% of the index, up from 35%.", []),
    ("Energy was at 12% of GDP, up 0.4%.", []),
    ("Utilities traded at 18 times earnings, down 2%.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_sector_level_then_move(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert moves(text) == expected
