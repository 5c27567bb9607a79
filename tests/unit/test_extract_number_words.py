"""Figures in words (docs/move-events.md, "change_pct": numbers spelled out count): tens and units ("twenty-five
per cent"), a whole and a part ("two and a half percent", "one-and-a-half", "two and three quarters"), parts of one
before the unit ("half of one percent", "a quarter of a percent", "three-quarters of a per cent"), a whole number
and a vulgar fraction ("1½%"), and ranges in words ("two to three per cent", "between two and three per cent",
"2 or 3 per cent"), which are ranges as their figures are (docs/move-events.md, "range_pct"); and a price move
in "percentage points", as machine translations write it, which is a percent.

Passages are written for these tests (invented sentences; names from the built-in directory).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.extraction import rows_of

run = rows_of("instrument.key", "change_pct", "range_pct", "approx", "change_points")


def pct(key: str, value: float, approx: bool = False) -> tuple[Any, ...]:
    return (key, value, None, approx, None)


def rng(key: str, low: float, high: float) -> tuple[Any, ...]:
    return (key, None, (low, high), True, None)


WORDS = [
    # tens and units, with a hyphen or a space; the tens above fifty
    ("Toyota shares rose twenty-five per cent on Friday.", [pct("7203.T", 25.0)]),
    ("Toyota shares rose twenty five per cent on Friday.", [pct("7203.T", 25.0)]),
    ("Toyota shares lost thirty-one percent in the rout.", [pct("7203.T", -31.0)]),
    ("Toyota shares rose sixty per cent over the session.", [pct("7203.T", 60.0)]),
    ("Toyota shares rose about seventy percent in the session.", [pct("7203.T", 70.0, approx=True)]),
    # a whole and a part
    ("Toyota shares rose one and a half per cent on Friday.", [pct("7203.T", 1.5)]),
    ("Toyota shares rose one-and-a-half per cent on Friday.", [pct("7203.T", 1.5)]),
    ("The DAX fell two and a half percent.", [pct("DAX", -2.5)]),
    ("Toyota shares rose two and a quarter per cent on Friday.", [pct("7203.T", 2.25)]),
    ("Toyota shares rose two and three quarters per cent on Friday.", [pct("7203.T", 2.75)]),
    ("Toyota shares fell nearly three and a half percent.", [pct("7203.T", -3.5, approx=True)]),
    # parts of one before the unit
    ("Toyota shares rose half a percent on Friday.", [pct("7203.T", 0.5)]),
    ("Toyota shares rose half of one percent on Friday.", [pct("7203.T", 0.5)]),
    ("Toyota shares rose half of 1 per cent on Friday.", [pct("7203.T", 0.5)]),
    ("Toyota shares rose a quarter of a percent on Friday.", [pct("7203.T", 0.25)]),
    ("Toyota shares rose nearly a quarter of a percent on Friday.", [pct("7203.T", 0.25, approx=True)]),
    ("Toyota shares rose three-quarters of a percent on Friday.", [pct("7203.T", 0.75)]),
    ("Toyota shares fell three quarters of a per cent on Friday.", [pct("7203.T", -0.75)]),
    # a whole number and a vulgar fraction
    ("Toyota shares rose 1\u00bd% on Friday.", [pct("7203.T", 1.5)]),
    ("Toyota shares rose 2\u00bc per cent on Friday.", [pct("7203.T", 2.25)]),
    # unchanged: single words, a spoken decimal
    ("Toyota shares rose five per cent on Friday.", [pct("7203.T", 5.0)]),
    ("Toyota shares rose two-point-one percent on Friday.", [pct("7203.T", 2.1)]),
]

RANGES = [
    ("Toyota shares rose two to three per cent on Friday.", [rng("7203.T", 2.0, 3.0)]),
    ("Toyota shares rose between two and three per cent on Friday.", [rng("7203.T", 2.0, 3.0)]),
    ("Toyota shares fell between one and a half and two per cent.", [rng("7203.T", -2.0, -1.5)]),
    ("Toyota shares rose two or three per cent on Friday.", [rng("7203.T", 2.0, 3.0)]),
    ("Toyota shares rose 2 or 3 per cent on Friday.", [rng("7203.T", 2.0, 3.0)]),
    ("Toyota shares fell five to ten per cent in the rout.", [rng("7203.T", -10.0, -5.0)]),
]

PERCENTAGE_POINTS = [
    # a price move in percentage points, as machine translations write it, is a percent
    ("Amplifon and Iveco slipped seven percentage points.", [pct("AMP.MI", -7.0), pct("IVG.MI", -7.0)]),
    ("The DAX lost 2.5 percentage points on Friday.", [pct("DAX", -2.5)]),
    ("The DAX fell by two and a half percentage points on Friday.", [pct("DAX", -2.5)]),
    # and still no move of what never moves: rates, yields, margins, weights, relative performance
    ("The yield on the 10-year bond rose 0.1 percentage point to 1.5 percent, and Toyota fell 1%.",
     [pct("7203.T", -1.0)]),
    ("The central bank raised rates by half a percentage point, and Toyota fell 1%.", [pct("7203.T", -1.0)]),
    ("Toyota's operating margin rose 2 percentage points to 11%.", []),
    ("Toyota's weighting in the index rose 2 percentage points.", []),
    ("Toyota outperformed the Nikkei by 3 percentage points on Friday.", []),
]

APART = [
    # a count in words before "to" is no low end of a range
    ("Toyota reported two to three new models, and its shares rose 4%.", [pct("7203.T", 4.0)]),
    # points before "or" and the percent: the change and the percent, not a range
    ("The Nikkei fell 208 or 0.85% on Friday.", [("N225", -0.85, None, False, -208.0)]),
    # a quarter of the year is no figure
    ("Toyota shares rose 3 per cent in the fourth quarter.", [pct("7203.T", 3.0)]),
]


@pytest.mark.parametrize(("text", "expected"), WORDS + RANGES + PERCENTAGE_POINTS + APART)
def test_number_words(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected
