"""Moves stated as nouns in a later clause of the subject's sentence (docs/move-events.md, "Formats": nominal
forms; "How many events": a move of an earlier session is its own event).

Passages are written for these tests (invented sentences; names from the built-in directory).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.extraction import rows_of

run = rows_of("instrument.key", "direction", "change_pct")


# a later clause whose words before the nominal move make no new subject: a day's possessive, a verb that states
# a move as its object ("saw", "posted", "suffered"), "previous"/"prior"
LATER_CLAUSES = [
    ("BYD fell 2% on Tuesday, following Monday's 8.6% drop.",
     [("1211.HK", "down", -2.0), ("1211.HK", "down", -8.6)]),
    ("The Hang Seng Index rose 0.4% to 18,210, after Friday\u2019s 1.3 per cent slide.",
     [("HSI", "up", 0.4), ("HSI", "down", -1.3)]),
    ("Tencent closed 1.1% higher, reversing the previous day's 0.7% loss.",
     [("0700.HK", "up", 1.1), ("0700.HK", "down", -0.7)]),
    ("Alibaba jumped 9% in the morning but later suffered a decline of 2.5%.",
     [("9988.HK", "up", 9.0), ("9988.HK", "down", -2.5)]),
    ("Meituan opened 3% higher but then saw a 1.2% drop by the close.",
     [("3690.HK", "up", 3.0), ("3690.HK", "down", -1.2)]),
    ("The Nikkei slipped 0.2% on Thursday, though it posted a 2.1% gain for the week.",
     [("N225", "down", -0.2), ("N225", "up", 2.1)]),
]


@pytest.mark.parametrize("text, expected", LATER_CLAUSES, ids=[c[0][:48] for c in LATER_CLAUSES])
def test_later_clause_nominal_move_is_the_subjects(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected


# a later clause that names another thing stays another subject's, or no move
NOT_THE_SUBJECTS = [
    ("Tencent rose 2%, but its profit saw a 12% drop.", [("0700.HK", "up", 2.0)]),
    ("BYD fell 2% on Tuesday, following Monday's 8% drop in vehicle sales.", [("1211.HK", "down", -2.0)]),
]


@pytest.mark.parametrize("text, expected", NOT_THE_SUBJECTS, ids=[c[0][:48] for c in NOT_THE_SUBJECTS])
def test_later_clause_about_another_thing(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected


# a nominal move whose tail points forward to the next subject ("a 1% gain in the Nifty", "a dip of 2% in the
# Kospi") is that subject's move, also after another figure of the sentence's subject
FORWARD = [
    ("Tencent rose 3%, outpacing a 1% gain in the Hang Seng Index.",
     [("0700.HK", "up", 3.0), ("HSI", "up", 1.0)]),
    ("Alibaba fell 2% on Monday, compared with a 0.4% decline in the benchmark Hang Seng Index.",
     [("9988.HK", "down", -2.0), ("HSI", "down", -0.4)]),
    ("Meituan slid 5%, far worse than a 0.6% drop in the broader Kospi.",
     [("3690.HK", "down", -5.0), ("KOSPI", "down", -0.6)]),
    ("Meanwhile, there was a sharp dip of 2.85% in the Nifty.", [("NIFTY", "down", -2.85)]),
    ("Stocks fell, with a drop of 1.2% in the Hang Seng Index.", [("HSI", "down", -1.2)]),
    ("Tencent rose 3%, beating a gain of 1% in the Hang Seng Index.",
     [("0700.HK", "up", 3.0), ("HSI", "up", 1.0)]),
]


@pytest.mark.parametrize("text, expected", FORWARD, ids=[c[0][:48] for c in FORWARD])
def test_forward_nominal_move_is_the_next_subjects(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected


# the subject's own nominal move stays its own
OWN = [
    ("Tencent posted a gain of 3% in Hong Kong.", [("0700.HK", "up", 3.0)]),
    ("Tencent rose 1% on Tuesday after a 2% drop on Monday.",
     [("0700.HK", "up", 1.0), ("0700.HK", "down", -2.0)]),
]


@pytest.mark.parametrize("text, expected", OWN, ids=[c[0][:48] for c in OWN])
def test_own_nominal_move(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected
