"""Table-driven tests of the forms a level after a move takes: currency signs and codes before the price, and
an extreme named on the way ("to hit another all-time high of").

The passages are written for these tests (the instruments are directory entries, the sentences invented).
"""

from __future__ import annotations

from typing import Any

import pytest

from streams.extract import Extractor
from streams.model import Article

EX = Extractor()


def levels(text: str) -> list[tuple[Any, ...]]:
    return [(e.instrument.key, e.change_pct, e.level, e.currency) for e in EX.extract(Article(id="t", body=text))]


CASES = [
    # currency signs and codes before the price
    ("Infosys fell 0.8% to ₹1,524.00 apiece.", [("INFY", -0.8, 1524.0, "INR")]),
    ("TSMC rose 1.8% to T$1,150.", [("2330.TW", 1.8, 1150.0, "TWD")]),
    ("Meituan rose 4.1% to HKD 100.", [("3690.HK", 4.1, 100.0, None)]),
    ("Infosys fell 0.8% to Rs 1,524.10.", [("INFY", -0.8, 1524.1, None)]),
    # ... and after it
    ("Infosys fell 0.8% to 1,524.10 rupees.", [("INFY", -0.8, 1524.1, "INR")]),
    # the extreme the move reached, with its modifiers, before the level
    ("Sony Group jumped 2 per cent to reach a one-year high of 3,100 yen.", [("6758.T", 2.0, 3100.0, "JPY")]),
    ("Sony Group closed up 3.5 per cent to hit another all-time high of 3,300 yen.", [("6758.T", 3.5, 3300.0, "JPY")]),
    ("Sony Group slid 4% to a 52-week low of 2,750 yen.", [("6758.T", -4.0, 2750.0, "JPY")]),
    # a figure beside the move that is not its level stays out
    ("Sony Group rose 2% after a 52-week low of 2,750 yen last month.", [("6758.T", 2.0, None, None)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:60] for c in CASES])
def test_level_forms(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert levels(text) == expected
