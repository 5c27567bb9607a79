"""Nominal moves with a shared unit and a holder's own value: "posted 3.2 and 2.5 per cent gains" (the plural
noun after a light verb; each bare number takes the unit, paired in order), and "a 3.2 per cent increase in
value" / "in its share value" / "in market value" (the price, not a reported quantity, which stays rejected:
"in trading value", "in the value of its orders"); and in a list, each figure's own level after it ("up 6.3% at
325.4p and 5.8% at 52.1p, respectively"); bare percents after ", or" and a list of points share the unit ("fell
120 points and 15 points, or 0.4 and 0.3 per cent").

Passages are written for these tests (invented sentences and figures; names from the built-in directory).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.extraction import rows_of

run = rows_of("instrument.key", "direction", "change_pct", "change_points", "level")


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

INTERLEAVED_LEVELS = [
    ("Barclays and Lloyds were up 6.3% at 325.4p and 5.8% at 52.1p, respectively.",
     [("BARC.L", "up", 6.3, None, 325.4), ("LLOY.L", "up", 5.8, None, 52.1)]),
    ("Barclays and Lloyds rose 6.3% to 325.4p and 5.8% to 52.1p.",
     [("BARC.L", "up", 6.3, None, 325.4), ("LLOY.L", "up", 5.8, None, 52.1)]),
    ("The Nikkei and the Kospi rose 0.4% to 38,000 and 0.6% to 2,600, respectively.",
     [("N225", "up", 0.4, None, 38000.0), ("KOSPI", "up", 0.6, None, 2600.0)]),
    ("The Nikkei and the Kospi rose 120 points to 38,000 and 15 points to 2,600.",
     [("N225", "up", None, 120.0, 38000.0), ("KOSPI", "up", None, 15.0, 2600.0)]),
    ("Shell, BP and Centrica fell 1.2% to 2,650p, 0.8% to 480p and 0.5% to 150p, respectively.",
     [("SHEL.L", "down", -1.2, None, 2650.0), ("BP.L", "down", -0.8, None, 480.0),
      ("CNA.L", "down", -0.5, None, 150.0)]),
    # one level for two figures belongs to neither member alone
    ("The Nikkei and the Kospi rose 0.4% and 0.6% to 2,600.",
     [("N225", "up", 0.4, None, None), ("KOSPI", "up", 0.6, None, None)]),
]

POINTS_OR_SHARED = [
    ("The Dow and the S&P 500 fell 120 points and 15 points, or 0.4 and 0.3 per cent, respectively.",
     [("DJI", "down", -0.4, -120.0, None), ("SPX", "down", -0.3, -15.0, None)]),
    ("The Sensex and the Nifty rose 410.2 and 95.6 points, or 0.6 and 0.5 per cent, respectively.",
     [("SENSEX", "up", 0.6, 410.2, None), ("NIFTY", "up", 0.5, 95.6, None)]),
    ("The Dow, the S&P 500 and the Nasdaq fell 120 pts, 15 pts and 40 pts, or 0.4, 0.3 and 0.2 per cent.",
     [("DJI", "down", -0.4, -120.0, None), ("SPX", "down", -0.3, -15.0, None),
      ("IXIC", "down", -0.2, -40.0, None)]),
    ("The Dow fell 120 points, or 0.4 per cent.", [("DJI", "down", -0.4, -120.0, None)]),
]

STILL_REJECTED = [
    "BMW posted a 3.2 per cent increase in trading value.",
    "BMW posted a 3.2 per cent increase in the value of its orders.",
    "BMW posted a 3.2 per cent increase in value of orders.",
    "The index rose to 3,400 and 2 percent gains were seen in banks.",
]


@pytest.mark.parametrize(("text", "want"), PLURAL_SHARED + OWN_VALUE + INTERLEAVED_LEVELS + POINTS_OR_SHARED)
def test_nominal_moves(text: str, want: list[tuple[Any, ...]]) -> None:
    assert run(text) == want


@pytest.mark.parametrize("text", STILL_REJECTED)
def test_other_quantities_stay_out(text: str) -> None:
    assert run(text) == []
