"""Coreference in market wraps (docs/move-events.md, "instrument"): descriptions that name a market's benchmark,
references to an index named before, and pronouns after an opening conjunction. Passages written for these tests;
companies and figures are invented."""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.extraction import rows_of

run = rows_of("instrument.key", "direction", "change_pct", "change_points")


# a place's possessive before "leading", "main", "key" or "benchmark" index, and a market's own word for its
# bellwether, name that market's benchmark
DESCRIPTIONS = [
    ("Miners weighed on the FTSE 100. London's leading index closed 0.4 per cent lower at 8,120.50.",
     [("UKX", "down", -0.4, None)]),
    ("Britain's main index rose 1.1% to 7,905.20 as banks rallied.", [("UKX", "up", 1.1, None)]),
    ("Britain's leading share index slipped 0.6 per cent on Tuesday.", [("UKX", "down", -0.6, None)]),
    ("The FTSE 100 opened higher. The main market was up 0.5%, or 36 points, to trade at 7,052.",
     [("UKX", "up", 0.5, 36.0)]),
    ("Over the week, the BSE bellwether gauge has slumped 1,290.21 points or 1.71 per cent.",
     [("SENSEX", "down", -1.71, -1290.21)]),
    ("The 30-share BSE bellwether rose 0.8 per cent to 74,120.33.", [("SENSEX", "up", 0.8, None)]),
    # (a figure of another thing in the sentence is not the index's move)
    ("Quillmere Games moved to the main market, where volume rose 40% on Tuesday.", []),
    ("London's leading index edged higher, while the pound rose 0.3%.", []),
]


@pytest.mark.parametrize("text, expected", DESCRIPTIONS, ids=[c[0][:48] for c in DESCRIPTIONS])
def test_descriptions(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected
