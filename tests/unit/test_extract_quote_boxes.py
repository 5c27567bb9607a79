"""Quote boxes of wire copy between a name and its verb: a code and a signed percent ("Alpha AU:ALP -0.40%
lost 1.1%"). The box is the quote of the moment, an intraday move of its own; the verb's figure is the move the
sentence states. A signed percent after a code with no later percent in the clause is the clause's move, as
before.

Sentences are written for these tests (invented figures; index names from the built-in directory).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.extraction import rows_of

run = rows_of("instrument.key", "change_pct", "period")


BOXES = [
    # an exchange code, a bare code, a numeric code before the box
    ("The Nikkei Stock Average JP:NIK +0.36% ended with a 0.9% gain.",
     [("N225", 0.36, "intraday"), ("N225", 0.9, "day")]),
    ("The Kospi SEU -0.40% lost 1.1% in a choppy session.", [("KOSPI", -0.4, "intraday"), ("KOSPI", -1.1, "day")]),
    ("The Hang Seng Index 100000021 -0.48% lost a more modest 1.4%.",
     [("HSI", -0.48, "intraday"), ("HSI", -1.4, "day")]),
    # no later percent: the signed figure is the move, a live quote (intraday, as every quote box)
    ("Shares of Sony SNE +2.1% rose on the news.", [("6758.T", 2.1, "intraday")]),
    # no code before the figure: prose as before
    ("Sony fell 2.1% to 1,200 yen.", [("6758.T", -2.1, "day")]),
]


@pytest.mark.parametrize(("text", "expected"), BOXES)
def test_quote_boxes(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected
