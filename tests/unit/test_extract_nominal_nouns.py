"""Nouns of a move that are no verbs of one in the lexicon ("a 4% lift", "a 3% hit", "a further 2% boost", "a
knock of 1%", "an appreciation of 5%"): a move of the share when the share owns the noun, none when the noun is a
change of a business quantity ("a 12% hit to profit", "a 4% boost to revenue"; docs/move-events.md, "What is not
a move event"). "hit" is a noun only: the verb ("hit 200p", "hit a record high") is no move of its own.

Passages are written for these tests (invented sentences; names from the built-in directory).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.extraction import rows_of

run = rows_of("instrument.key", "direction", "change_pct")


NOUNS = [
    ("Tencent got a 4.4% lift on Tuesday after the results.", [("0700.HK", "up", 4.4)]),
    ("Shares of Meituan received a 2.1 per cent lift in the afternoon.", [("3690.HK", "up", 2.1)]),
    ("BYD took a 3% hit after the recall.", [("1211.HK", "down", -3.0)]),
    ("Barclays shares suffered a 1.8% hit on Friday.", [("BARC.L", "down", -1.8)]),
    ("Tencent took a hit of 2.5% on Monday.", [("0700.HK", "down", -2.5)]),
    ("HSBC saw a 0.9% knock in early trade.", [("0005.HK", "down", -0.9)]),
    ("Alibaba rose 2% on Monday and added a further 3.9% boost on Tuesday.",
     [("9988.HK", "up", 2.0), ("9988.HK", "up", 3.9)]),
    ("In Tencent shares there has been an appreciation of 15.3% this year.", [("0700.HK", "up", 15.3)]),
    ("Barclays took a 3% hit to its share price.", [("BARC.L", "down", -3.0)]),
    # ("to" and a level or a record is no other quantity, even with a cause naming one after it)
    ("BYD shares got a 4% boost to a high after profit rose.", [("1211.HK", "up", 4.0)]),
    ("Tencent posted a 3% jump to a record after sales beat forecasts.", [("0700.HK", "up", 3.0)]),
]


@pytest.mark.parametrize("text, expected", NOUNS, ids=[c[0][:48] for c in NOUNS])
def test_noun_of_a_move_is_the_shares(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected


# a noun of a business quantity's change, a verb of boosting a quantity, and the verb "hit" of a level
NOT_MOVES = [
    ("BYD took a 12% hit to profit.", []),
    ("Tencent took a 2% hit to its first-half earnings.", []),
    ("BYD's margins took a 2% hit from the price war.", []),
    ("Tencent got a 4% boost to revenue from games.", []),
    ("Meituan expects a 6% lift to margins next year.", []),
    ("BYD aims to boost sales 10% next year.", []),
    ("Tencent reported an increase of 8% in revenue.", []),
    ("The Nikkei hit 40,000 points, up 1%.", [("N225", "up", 1.0)]),
    ("Shares in Barclays hit 200p, a 3% rise.", [("BARC.L", "up", 3.0)]),
    ("BYD shares hit HK$300, up 2%.", [("1211.HK", "up", 2.0)]),
]


@pytest.mark.parametrize("text, expected", NOT_MOVES, ids=[c[0][:48] for c in NOT_MOVES])
def test_noun_of_another_quantity_or_verb_hit(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected
