"""Points moves after a level: whole points in words ("up four points, or 0.11 percent", "shed twenty-five
points") fill change_points like digits do; "at one point", "a point", "percentage points" and "three points of
..." do not. Index names of points wraps: the "SE" (stock exchange) of Asian wraps ("Shenzhen SE Component Index"),
"the ASX market", and "the National Index" (translated Hong Kong wraps' name of the China Enterprises Index).

Passages are written for these tests (invented sentences and figures; names from the built-in directory).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.extraction import rows_of

run = rows_of("instrument.key", "direction", "change_pct", "change_points", "level")

POINTS_IN_WORDS = [
    ("The Shanghai Composite Index was up four points, or 0.11 percent, at 4,169.",
     [("SHCOMP", "up", 0.11, 4.0, 4169.0)]),
    ("The Hang Seng fell twelve points, or 0.1 percent, to 19,400.",
     [("HSI", "down", -0.1, -12.0, 19400.0)]),
    ("The Kospi rose three points, or 0.1%, to 2,650.", [("KOSPI", "up", 0.1, 3.0, 2650.0)]),
    ("The Taiex shed twenty-five points, or 0.1 per cent, to close at 22,310.",
     [("TWII", "down", -0.1, -25.0, 22310.0)]),
    ("The Straits Times Index closed at 3,212.40, down nine points or 0.3%.",
     [("STI", "down", -0.3, -9.0, 3212.4)]),
    ("The Nikkei was up 0.1%, or seven points, at 38,400.", [("N225", "up", 0.1, 7.0, 38400.0)]),
]

NOT_POINTS = [
    ("The Hang Seng fell 1.2% and at one point was down 1.5%.",
     [("HSI", "down", -1.2, None, None), ("HSI", "down", -1.5, None, None)]),
    ("The Nifty fell one point to 22,000, a dip of 0.01%.", [("NIFTY", "down", -0.01, None, 22000.0)]),
    ("The Nikkei fell 1.1%, with three points of resistance ahead.", [("N225", "down", -1.1, None, None)]),
    ("The yield rose two percentage points to 5%.", []),
    ("The central bank cut its rate by two points to 3%.", []),
]

SE_NAMES = [
    ("Shenzhen SE Component Index closed at 14,351.86, up 142.41 points or 1.00 per cent.",
     [("SZCOMP", "up", 1.0, 142.41, 14351.86)]),
    ("China's Shanghai SE Composite Index closed at 3,474.17, down 9.05 points or 0.26 per cent.",
     [("SHCOMP", "down", -0.26, -9.05, 3474.17)]),
    ("The Shenzhen SE Composite Index ended at 2,210.5, up 0.8 per cent.",
     [("SZSECOMP", "up", 0.8, None, 2210.5)]),
    ("In China, the Shenzhen SE Component fell 1.3% while the Shanghai SE Composite slipped 0.4%.",
     [("SZCOMP", "down", -1.3, None, None), ("SHCOMP", "down", -0.4, None, None)]),
]

WRAP_NAMES = [
    ("The ASX market finished the week up 92.2 points, or 1.7 per cent.", [("XJO", "up", 1.7, 92.2, None)]),
    ("The ASX market closed 31.5 points, or 0.4 per cent, lower at 7,810.",
     [("XJO", "down", -0.4, -31.5, 7810.0)]),
    ("The Hang Seng closed up 186 points or 0.7% at 25,967 points; the National Index rose 76 points or 0.8% to "
     "close at 9,300 points.",
     [("HSI", "up", 0.7, 186.0, 25967.0), ("HSCEI", "up", 0.8, 76.0, 9300.0)]),
    ("The Hang Seng Index fell 220 points or 0.9% to 24,100; the National Index dropped 1.1% to 8,650.",
     [("HSI", "down", -0.9, -220.0, 24100.0), ("HSCEI", "down", -1.1, None, 8650.0)]),
]


@pytest.mark.parametrize(("text", "expected"), POINTS_IN_WORDS + NOT_POINTS + SE_NAMES + WRAP_NAMES)
def test_points_in_words_and_se_names(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected
