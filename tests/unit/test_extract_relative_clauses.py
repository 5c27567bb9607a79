"""Relative clauses and the names inside them (docs/move-events.md, "The subject is what moves"): a name inside
"which"/"whose"/"who" clause about the name before its comma is not the subject of the verb after the closing
comma; a move stated inside the relative clause is its antecedent's, even when the antecedent is the object of a
preposition ("a stake in", "a target on", "listed on").

The passages are written for these tests (the instruments are directory entries, the sentences invented).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.extraction import rows_of

run = rows_of("instrument.key", "direction", "change_pct", "level")


CASES = [
    # a name inside the relative clause: the verb after the closing comma is the antecedent's, and a figure
    # inside the clause (a target) gives it no level
    ("Sony Group, whose price target was lifted by Nomura to 4,000 yen from 3,500, is up 5.8 percent.",
     [("6758.T", "up", 5.8, None)]),
    ("Sony Group, whose price target Nomura raised to 4,000 yen, rose 2%.", [("6758.T", "up", 2.0, None)]),
    ("HSBC, whose chairman Mark Tucker spoke on Monday, fell 1.1% to HK$60.20.", [("0005.HK", "down", -1.1, 60.2)]),
    ("Tencent Holdings, which Alibaba Group overtook by market value, slid 1.4% on Monday.",
     [("0700.HK", "down", -1.4, None)]),
    # ... and a move of the inner name stays its own
    ("The Nikkei share average, which Tokyo Electron led with a 3% gain, rose 0.8%.",
     [("8035.T", "up", 3.0, None), ("N225", "up", 0.8, None)]),
    ("The Hang Seng Index, which HSBC led with a 2.1% rise, closed 0.5% higher.",
     [("0005.HK", "up", 2.1, None), ("HSI", "up", 0.5, None)]),
    ("The Kospi, which Samsung Electronics dragged down with a 2% drop, ended 0.6% lower at 2,500.10.",
     [("005930.KS", "down", -2.0, None), ("KOSPI", "down", -0.6, 2500.1)]),
    # the antecedent after a preposition: the relative clause states its move
    ("Investors bought a stake in Sony Group, which rose 3.7 percent to 3,100 yen on the news.",
     [("6758.T", "up", 3.7, 3100.0)]),
    ("Aeon will buy a stake in Sony Group, which rose 3.7 percent.", [("6758.T", "up", 3.7, None)]),
    ("Nomura raised its target on Sony Group, which rose 3.7 percent to 3,100 yen.", [("6758.T", "up", 3.7, 3100.0)]),
    ("Traders sold HSBC, which fell 1.2% to HK$60.", [("0005.HK", "down", -1.2, 60.0)]),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:50] for c in CASES])
def test_relative_clauses(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected


NOT_MOVES = [
    # the antecedent is no subject: the verb after the closing comma is another thing's
    "Sales of Sony Group's consoles, which make up a third of HSBC's loans, slipped 2% in the quarter.",
    "Revenue at Tencent Holdings, which owns a stake in Sony Group, grew 12%.",
    # a share inside the relative clause is no move
    "Analysts like HSBC, which makes up 8% of the Hang Seng Index.",
]


@pytest.mark.parametrize("text", NOT_MOVES, ids=[c[:50] for c in NOT_MOVES])
def test_not_moves(text: str) -> None:
    assert run(text) == []
