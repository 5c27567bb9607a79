"""Moves of a subject stated after another of its moves, with no subject of their own: a clause that
continues the subject ("..., having closed 1.9% higher the day before", "... and is up 4% for the year"), and a
nominal move of its own ("reversing a 0.8% advance on Monday", "erasing the previous day's 1.4% gain"). A
nominal move whose phrase names another thing that moved ("outpacing a 1% gain in the index") is not the
subject's.

Table-driven, one row a case; the passages are invented (instruments of the built-in directory).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.extraction import rows_of

run = rows_of("instrument.key", "direction", "change_pct", sort=True)


CASES: list[tuple[str, list[tuple[Any, ...]]]] = [
    # a figure and its adverb parted from the move's first figure by a clause of their own
    ("Toyota slipped as much as 3 percent to 2,410 yen, having closed 2.4 percent higher the day before.",
     [("7203.T", "down", -3.0), ("7203.T", "up", 2.4)]),
    # (an earlier session's move is its own event, as the definition says)
    ("Sony eased 0.8% to 12,100 yen, after ending 1.6% lower on Tuesday.",
     [("6758.T", "down", -0.8), ("6758.T", "down", -1.6)]),
    # a list of figures is no parting: one move, one figure each
    ("Toyota and Sony closed 1.2% and 0.7% higher respectively.",
     [("6758.T", "up", 0.7), ("7203.T", "up", 1.2)]),
    # a figure over another period is a move of its own (the definition: one event per period)
    ("Toyota rose 1.1%, or 2.3% higher than a week ago.", [("7203.T", "up", 1.1), ("7203.T", "up", 2.3)]),
    # a clause of the subject after "but"/"after" whose words before the move are light ("currently trading",
    # "an intraday drop")
    ("Sony rose early on Monday but currently trading 2.5 percent lower at 12,010 yen.",
     [("6758.T", "down", -2.5)]),
    ("Toyota was trading down about 1% after an intraday drop of as much as 4%.",
     [("7203.T", "down", -1.0), ("7203.T", "down", -4.0)]),
    ("Toyota rose 1% while trading volume fell 12%.", [("7203.T", "up", 1.0)]),
    # the month "May" is no modal verb: the move after it stands
    ("The Nikkei has gained 8.2 percent since May 12 and is up 3.1 percent for the year.",
     [("N225", "up", 3.1), ("N225", "up", 8.2)]),
    ("The Nikkei may rise 3 percent next week, a strategist said.", []),
    # a nominal move of the subject's own after its first move
    ("The Hang Seng Index ended 0.6 per cent lower at 18,020, reversing a 1.1 per cent advance on Monday.",
     [("HSI", "down", -0.6), ("HSI", "up", 1.1)]),
    ("The Nikkei fell 1.9 percent to 31,200, wiping out the previous day's 1.2 percent gain.",
     [("N225", "down", -1.9), ("N225", "up", 1.2)]),
    ("Sony added 2 per cent to 12,500 yen, recovering part of its 4.4 per cent slide over the past week.",
     [("6758.T", "down", -4.4), ("6758.T", "up", 2.0)]),
    ("Toyota climbed 1.5 percent on Friday, adding to Thursday's 0.9 percent rise.",
     [("7203.T", "up", 0.9), ("7203.T", "up", 1.5)]),
    ("Toyota has gained 12 percent this year, on top of a 21 percent rise in 2023.",
     [("7203.T", "up", 12.0), ("7203.T", "up", 21.0)]),
    # a day's possessive after "following" or "after" (a clause word): the earlier session's move is the subject's
    ("The Nikkei closed 0.4 percent lower at 38,120, following Monday's 0.2 percent slip.",
     [("N225", "down", -0.4), ("N225", "down", -0.2)]),
    ("Sony fell as much as 3% in morning trade, after the previous day\u2019s 5.1% drop.",
     [("6758.T", "down", -3.0), ("6758.T", "down", -5.1)]),
    ("Toyota rose 1.1%, following Friday's 2% gain in the Nikkei.", [("7203.T", "up", 1.1), ("N225", "up", 2.0)]),
    # a past form of a verb that states a move as a noun ("posted", "recorded", "experienced") in a later clause
    ("Sony initially rose 6% but later experienced a decline of 2.5%.",
     [("6758.T", "up", 6.0), ("6758.T", "down", -2.5)]),
    ("Toyota rose 1.8% in the morning but then posted a 0.6% loss.", [("7203.T", "up", 1.8), ("7203.T", "down", -0.6)]),
    # the nominal move names another thing that moved, or is not a price move: not the subject's
    ("Sony rose 2% but later recorded a decline of 3.4% in sales.", [("6758.T", "up", 2.0)]),
    ("Toyota rose 1.1%, posting a rise of 9% in profit.", [("7203.T", "up", 1.1)]),
    ("Sony rose 2.1%, outpacing a 0.4% gain in the broader market.", [("6758.T", "up", 2.1)]),
    # (the market's advance is its benchmark's, as the definition reads a generic market phrase)
    ("Toyota rose 1.3 percent, trailing the market's 1.8 percent advance.",
     [("7203.T", "up", 1.3), ("N225", "up", 1.8)]),
    ("Sony rose 3%, despite a 12% drop in quarterly profit.", [("6758.T", "up", 3.0)]),
    ("Toyota rose 1.2%, helped by a 9% increase for the yen-hedged fund.", [("7203.T", "up", 1.2)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_continued_moves(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == sorted(expected)
