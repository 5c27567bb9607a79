"""Multiples and fractions of a price (docs/move-events.md, "A move is": "a multiple ('the shares tripled')"):
"doubled" is +100%, "tripled" +200%, "quadrupled" +300%, "halved" -50%, and a fraction after a verb of a move
("lost a fifth of its value", "slumped by more than a fifth") is that share of the price the way of its verb;
all approximate, also in a sentence with no other figure. A multiple of another quantity ("profit doubled"), a
transitive multiple ("doubled its dividend"), an ordinal ("a fifth straight session") and a share ("a third of
the stocks") are no moves.

The passages are written for these tests (the instruments are directory entries, the sentences invented).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.extraction import rows_of

run = rows_of("instrument.key", "direction", "change_pct", "approx")


CASES = [
    ("Sony Group shares doubled this year.", [("6758.T", "up", 100.0, True)]),
    ("Shares of HSBC have nearly doubled since January.", [("0005.HK", "up", 100.0, True)]),
    ("HSBC more than tripled in its first week of trading.", [("0005.HK", "up", 200.0, True)]),
    ("Tencent Holdings stock quadrupled over the past year.", [("0700.HK", "up", 300.0, True)]),
    ("Sony Group's stock has halved since its peak.", [("6758.T", "down", -50.0, True)]),
    ("Tencent Holdings lost a fifth of its value in October.", [("0700.HK", "down", -20.0, True)]),
    ("Shares of Sony Group slumped by more than a fifth on Tuesday.", [("6758.T", "down", -20.0, True)]),
    ("The Hang Seng Index gained nearly a tenth in March.", [("HSI", "up", 10.0, True)]),
    ("Sony Group fell 2% and has halved this year.",
     [("6758.T", "down", -2.0, False), ("6758.T", "down", -50.0, True)]),
    # number words stay as they were
    ("The Hang Seng Index rose a quarter of a percent.", [("HSI", "up", 0.25, False)]),
    ("Sony Group rose for a third day, gaining 1.2%.", [("6758.T", "up", 1.2, False)]),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:50] for c in CASES])
def test_multiples(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected


NOT_MOVES = [
    "Sony Group's profit doubled in the quarter.",
    "Tencent Holdings said revenue tripled.",
    "Sony Group doubled its dividend.",
    "HSBC fell for a fifth straight session.",
    "A third of the stocks on the Hang Seng Index fell.",
    "Tencent Holdings plans a doubling of its buyback.",
    "Sony Group shares are expected to double.",
    "The number of investors in HSBC tripled last year.",
    "HSBC reported a third-quarter loss.",
]


@pytest.mark.parametrize("text", NOT_MOVES, ids=[c[:50] for c in NOT_MOVES])
def test_not_moves(text: str) -> None:
    assert run(text) == []
