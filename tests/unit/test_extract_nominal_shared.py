"""Nominal moves with a shared unit and a holder's own value: "posted 3.2 and 2.5 per cent gains" (the plural
noun after a light verb; each bare number takes the unit, paired in order), and "a 3.2 per cent increase in
value" / "in its share value" / "in market value" (the price, not a reported quantity, which stays rejected:
"in trading value", "in the value of its orders").

Passages are written for these tests (invented sentences and figures; names from the built-in directory).
"""

from __future__ import annotations

from typing import Any

import pytest

from streams.extract import Extractor
from streams.model import Article

EX = Extractor()


def run(text: str) -> list[tuple[Any, ...]]:
    return [(e.instrument.key, e.direction, e.change_pct, e.change_points, e.level)
            for e in EX.extract(Article(id="t", body=text))]


PLURAL_SHARED = [
    ("BMW and Siemens posted 3.2 and 2.5 per cent gains.",
     [("BMW.DE", "up", 3.2, None, None), ("SIE.DE", "up", 2.5, None, None)]),
    ("BMW and Siemens saw 3.2 and 2.5 per cent declines, respectively.",
     [("BMW.DE", "down", -3.2, None, None), ("SIE.DE", "down", -2.5, None, None)]),
    ("The Nikkei and the Kospi booked 1.1 and 0.4 percent losses on the day.",
     [("N225", "down", -1.1, None, None), ("KOSPI", "down", -0.4, None, None)]),
    ("Shell, BP and Centrica notched 1.2, 0.8 and 0.5 per cent gains respectively.",
     [("SHEL.L", "up", 1.2, None, None), ("BP.L", "up", 0.8, None, None), ("CNA.L", "up", 0.5, None, None)]),
]

OWN_VALUE = [
    ("BMW and Siemens were able to note a 3.2 and 2.5 per cent increase in value.",
     [("BMW.DE", "up", 3.2, None, None), ("SIE.DE", "up", 2.5, None, None)]),
    ("BMW posted a 3.2 per cent increase in value.", [("BMW.DE", "up", 3.2, None, None)]),
    ("BMW posted a 3.2 per cent increase in its share value on Monday.", [("BMW.DE", "up", 3.2, None, None)]),
    ("BMW posted a 3.2 per cent increase in market value.", [("BMW.DE", "up", 3.2, None, None)]),
    ("Adidas logged a 4.1 per cent drop in value after the warning.", [("ADS.DE", "down", -4.1, None, None)]),
]

STILL_REJECTED = [
    "BMW posted a 3.2 per cent increase in trading value.",
    "BMW posted a 3.2 per cent increase in the value of its orders.",
    "BMW posted a 3.2 per cent increase in value of orders.",
    "The index rose to 3,400 and 2 percent gains were seen in banks.",
]


@pytest.mark.parametrize(("text", "want"), PLURAL_SHARED + OWN_VALUE)
def test_nominal_moves(text: str, want: list[tuple[Any, ...]]) -> None:
    assert run(text) == want


@pytest.mark.parametrize("text", STILL_REJECTED)
def test_other_quantities_stay_out(text: str) -> None:
    assert run(text) == []
