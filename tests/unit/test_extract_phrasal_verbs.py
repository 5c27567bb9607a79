"""Verbs of a move newsrooms use beyond "rose" and "fell" (docs/move-events.md): phrasal verbs whose particle
carries the move ("put on 3.5 percent", "gave back 1.3%", "clawed back 1.1%"), "pared" and "trimmed" as falls,
and phrases after a figure that give its direction ("closed 2% in the red", "in positive territory").

Passages are written for these tests (invented sentences; names from the built-in directory).
"""

from __future__ import annotations

from typing import Any

import pytest

from streams.model import Article
from tests.unit.extraction import EX, rows_of

run = rows_of("instrument.key", "direction", "change_pct")


MOVES = [
    # phrasal verbs: head, particle, then a figure
    ("Tencent put on 3.5 percent on Monday.", [("0700.HK", "up", 3.5)]),
    ("The Kospi puts on 0.6 per cent in early trade.", [("KOSPI", "up", 0.6)]),
    ("Meituan tacked on 1.8% in late trade.", [("3690.HK", "up", 1.8)]),
    ("The Nikkei tacked on 112 points, or 0.4%, to 38,410.", [("N225", "up", 0.4)]),
    ("Alibaba gave back 1.3% after the results.", [("9988.HK", "down", -1.3)]),
    ("Tencent gave up 2.4% on Friday.", [("0700.HK", "down", -2.4)]),
    ("The Hang Seng Index clawed back 1.1% on Thursday.", [("HSI", "up", 1.1)]),
    ("Alibaba rose 2% and Meituan put on 1.5%.", [("9988.HK", "up", 2.0), ("3690.HK", "up", 1.5)]),
    # "pared" and "trimmed" with a figure of their own are falls; with "gains"/"losses" the noun decides
    ("The Kospi pared 0.6 per cent.", [("KOSPI", "down", -0.6)]),
    ("Meituan trimmed 0.9% in the afternoon.", [("3690.HK", "down", -0.9)]),
    ("The Nikkei trimmed 120 points, or 0.4%, to 38,200.", [("N225", "down", -0.4)]),
    ("Tencent pared early gains to close 1% higher.", [("0700.HK", "up", 1.0)]),
    ("Alibaba pared its losses to end 0.5% lower.", [("9988.HK", "down", -0.5)]),
    # a figure's direction said by where it left the instrument
    ("Alibaba closed 2% in the red.", [("9988.HK", "down", -2.0)]),
    ("Meituan closed 1.3% in the green.", [("3690.HK", "up", 1.3)]),
    ("The Kospi ended 0.8% in the red on Friday as chipmakers fell.", [("KOSPI", "down", -0.8)]),
    ("The Nikkei closed 0.5% in negative territory.", [("N225", "down", -0.5)]),
    ("Tencent finished 0.7% in positive territory.", [("0700.HK", "up", 0.7)]),
    # verbs already in the lexicon, kept
    ("Alibaba shed 2.1% on Tuesday.", [("9988.HK", "down", -2.1)]),
    ("The Nikkei added 0.7 per cent.", [("N225", "up", 0.7)]),
    ("Tencent edged lower 0.2%.", [("0700.HK", "down", -0.2)]),
    ("Meituan crept 0.2% higher.", [("3690.HK", "up", 0.2)]),
    ("Meituan ended 1.4% firmer.", [("3690.HK", "up", 1.4)]),
    ("Tencent traded lower by 1.2%.", [("0700.HK", "down", -1.2)]),
    ("Tencent was off 1.5%.", [("0700.HK", "down", -1.5)]),
    # "parted with" a figure is a fall; "shied" a figure is a reworded "shed"; "improved" is a rise
    ("Barclays parted with 6.14% to 156p.", [("BARC.L", "down", -6.14)]),
    ("The Kospi parted with 1.2 per cent in late trade.", [("KOSPI", "down", -1.2)]),
    ("Tencent has parted with 31.5 points, or 0.9%, this week.", [("0700.HK", "down", -0.9)]),
    ("Barclays shied 3.52% to 156p.", [("BARC.L", "down", -3.52)]),
    ("The Nikkei shied 0.8 per cent at the open.", [("N225", "down", -0.8)]),
    ("Alibaba shied by 2.2% in Hong Kong.", [("9988.HK", "down", -2.2)]),
    ("The Nikkei improved 0.5% to 19,943.", [("N225", "up", 0.5)]),
    ("Barclays shares improved 2.1% to 156p.", [("BARC.L", "up", 2.1)]),
    ("Tencent improves 1.2 per cent in early trade.", [("0700.HK", "up", 1.2)]),
    ("The Kospi was improving 0.3 percent by midday.", [("KOSPI", "up", 0.3)]),
]


@pytest.mark.parametrize("text, expected", MOVES, ids=[c[0][:48] for c in MOVES])
def test_moves(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected


# the same words where no price moved
NOT_MOVES = [
    "Tencent put 3% of its cash into bonds.",
    "Alibaba put on hold a plan to list 5% of the unit.",
    "Meituan gave up its stake in the unit.",
    "Alibaba gave back control of 10% of the venture.",
    "Tencent added 200 jobs.",
    "Alibaba shed 5% of its workforce.",
    "Alibaba trimmed its workforce by 5%.",
    "Meituan pared its stake by 3%.",
    "Tencent cut its headcount by 4%.",
    "Tencent holds 3% in the Red Star venture.",
    "Tencent sold 3% in the green bond market.",
    "Meituan said 40% of its outlets were in the red.",
    "Tencent painted 3% of its offices red.",
    "Barclays revenue parted with 6% last year.",
    "Barclays parted with its 6% stake in a unit.",
    "Alibaba shied away from the 5% target.",
    "Barclays margins improved 2% this year.",
    "Barclays profit improved 12% last year.",
    "Retail sales improved 3% in March.",
]


@pytest.mark.parametrize("text", NOT_MOVES, ids=[c[:48] for c in NOT_MOVES])
def test_not_moves(text: str) -> None:
    assert run(text) == []


def test_flat_has_no_figure() -> None:
    events = EX.extract(Article(id="t", body="Meituan was flat."))
    assert [(e.direction, e.change_pct) for e in events] == [("flat", None)]
