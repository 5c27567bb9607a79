"""A move stated again is one event; a flat move without a figure has change_pct null.

Table-driven, one row a case; the passages are invented.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.extraction import rows_of

run = rows_of("instrument.key", "direction", "change_pct", "change_points", "level", "period", "approx")


REPEATS: list[tuple[str, list[tuple[Any, ...]]]] = [
    # headline then body, same figure: one event with the body's level
    ("Tencent rises 2.4% on game approvals\n\nTencent Holdings rose 2.4% to HK$388.20 on Tuesday after regulators"
     " approved a batch of titles.",
     [("0700.HK", "up", 2.4, None, 388.2, "day", False)]),
    # a rounded, approximate headline and the precise body figure: the precise one
    ("Alibaba jumps over 6% after results\n\nAlibaba Group rose 6.3% to HK$91.40 after quarterly results beat"
     " estimates.",
     [("9988.HK", "up", 6.3, None, 91.4, "day", False)]),
    # "more than one per cent" is a lower bound of the precise figure of the same session
    ("The Hang Seng Index closed more than one per cent lower on Tuesday. The Hang Seng Index was down 310"
     " points, or 1.54 per cent, at 19,871.1 points.",
     [("HSI", "down", -1.54, -310.0, 19871.1, "day", False)]),
    # a whole-number restatement later in the text, not approximate
    ("The Hang Seng Index fell 1.72% to 19,204.33 on Friday. Analysts said the 2% drop in the Hang Seng Index"
     " was overdone.",
     [("HSI", "down", -1.72, None, 19204.33, "day", False)]),
    # a sector made for the article, named twice: one event
    ("The Hang Seng Index fell 1.1%, and the property sector dropped 2.15%. Later in the day the property sector"
     " dropped 2.15% as developers sold off.",
     [("HSI", "down", -1.1, None, None, "day", False),
      ("name:property-sub-index", "down", -2.15, None, None, "day", False)]),
    # points and percent in the body, points alone in the headline: one event with both
    ("Hang Seng Index sheds 320 points\n\nThe Hang Seng Index shed 320 points, or 1.6 per cent, to 19,850.",
     [("HSI", "down", -1.6, -320.0, 19850.0, "day", False)]),
    # the same index, a different figure for another period: two events
    ("The Nikkei 225 rose 0.8% on Friday. The Nikkei 225 rose 3.1% this week.",
     [("N225", "up", 0.8, None, None, "day", False), ("N225", "up", 3.1, None, None, "week", False)]),
    # a whole figure that the precise one does not round to stays its own move
    ("The Nikkei 225 fell 1% on Monday. On Tuesday the Nikkei 225 fell 0.61%.",
     [("N225", "down", -1.0, None, None, "day", False), ("N225", "down", -0.61, None, None, "day", False)]),
    # an approximate figure far from the precise one (a quarter of it) stays its own move
    ("The Nikkei 225 fell about 1% on Monday. On Tuesday the Nikkei 225 closed down 0.4%.",
     [("N225", "down", -1.0, None, None, "day", True), ("N225", "down", -0.4, None, None, "day", False)]),
    # two companies with the same figure stay two events
    ("Meituan rose 1.5% and Xiaomi rose 1.5%. Meituan rose 1.5% in the headline too.",
     [("3690.HK", "up", 1.5, None, None, "day", False), ("1810.HK", "up", 1.5, None, None, "day", False)]),
    # the percent, then points and the level reached in another sentence: the points and level make the percent
    # (50.11 of 17,357.51 is 0.29%), so one event
    ("Tokyo stocks rose 0.29% on Tuesday. The Nikkei 225 gained 50.11 points to finish at 17,407.62.",
     [("N225", "up", 0.29, 50.11, 17407.62, "day", False)]),
    # the level stated with the percent, the points later
    ("The Kospi closed 0.37% lower at 2,567.59 on Thursday. The Kospi lost 9.53 points on the day.",
     [("KOSPI", "down", -0.37, -9.53, 2567.59, "day", False)]),
    # points and a level that make another percent: two moves
    ("The Nikkei 225 rose 0.29% on Tuesday. The Nikkei 225 gained 150.2 points to 17,407.62 on Wednesday.",
     [("N225", "up", 0.29, None, None, "day", False), ("N225", "up", None, 150.2, 17407.62, "day", False)]),
    # points with no level to check them against: two statements
    ("The Nikkei 225 rose 0.29% on Tuesday. The Nikkei 225 gained 50.11 points on Wednesday.",
     [("N225", "up", 0.29, None, None, "day", False), ("N225", "up", None, 50.11, None, "day", False)]),
    # opposite directions with the same figure are different moves
    ("Tencent Holdings rose 1.2% on Monday. Tencent Holdings closed down 1.2% on Tuesday.",
     [("0700.HK", "up", 1.2, None, None, "day", False), ("0700.HK", "down", -1.2, None, None, "day", False)]),
]

FLAT: list[tuple[str, list[tuple[Any, ...]]]] = [
    ("Tencent Holdings traded flat on Monday.", [("0700.HK", "flat", None, None, None, "day", False)]),
    ("The Kospi ended little changed at 2,512.30.", [("KOSPI", "flat", None, None, 2512.3, "day", False)]),
    ("The Straits Times Index was unchanged.", [("STI", "flat", None, None, None, "day", False)]),
]


@pytest.mark.parametrize(("text", "expected"), REPEATS, ids=[c[0][:40] for c in REPEATS])
def test_a_repeated_move_is_one_event(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert sorted(run(text), key=repr) == sorted(expected, key=repr)


@pytest.mark.parametrize(("text", "expected"), FLAT, ids=[c[0][:40] for c in FLAT])
def test_flat_without_a_figure_has_no_percent(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected
