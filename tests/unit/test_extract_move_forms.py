"""Forms of a move's figures (docs/move-events.md, "change_points", "approx"): the verbs that state a move in
their several inflections, and the absolute change stated beside a percent (a bare number before ", or X%" or
"(X%)", money in brackets after the percent, a change "of" money after a noun of a move).

Passages are written for these tests (invented sentences; names from the built-in directory or made up).
"""

from __future__ import annotations

from typing import Any

import pytest

from streams.extract import Extractor
from streams.model import Article

EX = Extractor()


def run(text: str) -> list[tuple[Any, ...]]:
    return [(e.instrument.key, e.direction, e.change_pct, e.change_points)
            for e in EX.extract(Article(id="t", body=text))]


# verbs of a move in their inflections, each with a figure
VERBS = [
    ("Tencent bounced 3.1% on Monday.", [("0700.HK", "up", 3.1, None)]),
    ("The Nikkei is bouncing 1.2 per cent in early trade.", [("N225", "up", 1.2, None)]),
    ("The Topix spurted 25.70 points, or 0.95%, to 2,728.32.", [("TOPIX", "up", 0.95, 25.7)]),
    ("Alibaba rockets 14% after the results.", [("9988.HK", "up", 14.0, None)]),
    ("Meituan skyrockets 21 percent on its debut anniversary.", [("3690.HK", "up", 21.0, None)]),
    ("The Kospi was firming 0.4 per cent by midday.", [("KOSPI", "up", 0.4, None)]),
    ("Tencent collapsed 30% after the ruling.", [("0700.HK", "down", -30.0, None)]),
    ("Alibaba crumbled 4.5 per cent in late trade.", [("9988.HK", "down", -4.5, None)]),
    ("The Hang Seng Index sags 0.8% at the open.", [("HSI", "down", -0.8, None)]),
    ("Meituan dives 9 percent as losses widen.", [("3690.HK", "down", -9.0, None)]),
    ("The Nifty softened 0.3 pc in thin trade.", [("NIFTY", "down", -0.3, None)]),
    ("Westpac drooping 0.4 per cent to $27.21 weighed on banks.", [("WBC.AX", "down", -0.4, None)]),
    ("Tencent shares are skidding 2.2% on Tuesday.", [("0700.HK", "down", -2.2, None)]),
    ("The Taiex kept decreasing by 1.4% over the session.", [("TWII", "down", -1.4, None)]),
    ("Alibaba crashes 11% on the probe.", [("9988.HK", "down", -11.0, None)]),
]


@pytest.mark.parametrize("text, expected", VERBS, ids=[c[0][:48] for c in VERBS])
def test_verbs(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected


# the same verbs without a figure, or before a figure of something else, state no move
NOT_MOVES = [
    "Tencent bounced back after the results.",
    "Alibaba said its cloud revenue collapsed 30% in the quarter.",
    "The talks collapsed, and Meituan said nothing.",
]


@pytest.mark.parametrize("text", NOT_MOVES, ids=[c[:48] for c in NOT_MOVES])
def test_not_moves(text: str) -> None:
    assert run(text) == []
