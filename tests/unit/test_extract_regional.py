"""Market wraps outside the US: quote rows whose percent carries a sign right after the level, markets named by
their city or country, and the sectors and members of wraps.

Every passage is written for these tests (invented companies, invented figures; index names from the built-in
directory).
"""

from __future__ import annotations

from typing import Any

import pytest

from streams.extract import Extractor
from streams.model import Article

EX = Extractor()


def run(text: str) -> list[tuple[Any, ...]]:
    return [(e.instrument.name, e.direction, e.change_pct, e.level)
            for e in EX.extract(Article(id="t", body=text))]


# A row of a level then a signed percent keeps its level, with or without a board header above it.
SIGNED_ROWS = [
    ("FTSE 250 - Fallers\nOrbital Widgets (ORW) 601.00p -4.60%\nDelta Foods Group (DFG) 2,390.00p -2.05%",
     [("Orbital Widgets", "down", -4.6, 601.0), ("Delta Foods Group", "down", -2.05, 2390.0)]),
    ("Kestrel Mining Intl (KMI) 88.40p -1.10%", [("Kestrel Mining Intl", "down", -1.1, 88.4)]),
    ("Kestrel Mining Intl (KMI) 88.40p +1.10%", [("Kestrel Mining Intl", "up", 1.1, 88.4)]),
    ("Top movers\nHarbour Lights Group 1,204.50 −0.75%", [("Harbour Lights Group", "down", -0.75, 1204.5)]),
]


@pytest.mark.parametrize(("text", "expected"), SIGNED_ROWS)
def test_signed_percent_rows_keep_their_level(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected
