"""Table-driven tests of the forms a level after a move takes: currency signs and codes before the price, an
extreme named on the way ("to hit another all-time high of"), levels spoken in words ("84-thousand-700 won"),
and the opening level, which is not the move's.

The passages are written for these tests (the instruments are directory entries, the sentences invented).
"""

from __future__ import annotations

from typing import Any

import pytest

from streams.model import Article
from tests.unit.extraction import EX


def levels(text: str) -> list[tuple[Any, ...]]:
    return [(e.instrument.key, e.change_pct, e.level, e.currency) for e in EX.extract(Article(id="t", body=text))]


CASES = [
    # currency signs and codes before the price
    ("Infosys fell 0.8% to ₹1,524.00 apiece.", [("INFY.NS", -0.8, 1524.0, "INR")]),
    ("TSMC rose 1.8% to T$1,150.", [("2330.TW", 1.8, 1150.0, "TWD")]),
    ("Meituan rose 4.1% to HKD 100.", [("3690.HK", 4.1, 100.0, None)]),
    ("Infosys fell 0.8% to Rs 1,524.10.", [("INFY.NS", -0.8, 1524.1, None)]),
    # ... and after it
    ("Infosys fell 0.8% to 1,524.10 rupees.", [("INFY.NS", -0.8, 1524.1, "INR")]),
    # the extreme the move reached, with its modifiers, before the level
    ("Sony Group jumped 2 per cent to reach a one-year high of 3,100 yen.", [("6758.T", 2.0, 3100.0, "JPY")]),
    ("Sony Group closed up 3.5 per cent to hit another all-time high of 3,300 yen.", [("6758.T", 3.5, 3300.0, "JPY")]),
    ("Sony Group slid 4% to a 52-week low of 2,750 yen.", [("6758.T", -4.0, 2750.0, "JPY")]),
    # levels spoken in words and figures, as broadcasters write them
    ("Samsung Electronics rose one-point-44 percent to 84-thousand-700 won.", [("005930.KS", 1.44, 84700.0, "KRW")]),
    ("SK hynix gained two\u2011point\u201187 percent to 612\u2011thousand won.",
     [("000660.KS", 2.87, 612000.0, "KRW")]),
    ("The KOSPI shot up 17-point-54 points, or zero-point-51 percent, to close at three-thousand-486-point-19.",
     [("KOSPI", 0.51, 3486.19, None)]),
    ("The KOSDAQ fell two-point-15 points, or zero-point-25 percent, to close at 872-point-21.",
     [("KOSDAQ", -0.25, 872.21, None)]),
    # the opening level is where the move started, not its level
    ("The KOSPI opened at three-thousand-489-point-46 and rose zero-point-51 percent to three-thousand-486-point-19.",
     [("KOSPI", 0.51, 3486.19, None)]),
    ("The Taiex opened at 21,543.17 and ended the day at 21,769.36 points, up 331.11 points or 1.3 per cent.",
     [("TWII", 1.3, 21769.36, None)]),
    ("The Taiex opened at 21,543.17 and rose 1.3 per cent.", [("TWII", 1.3, None, None)]),
    # a figure beside the move that is not its level stays out
    ("Sony Group rose 2% after a 52-week low of 2,750 yen last month.", [("6758.T", 2.0, None, None)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:60] for c in CASES])
def test_level_forms(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert levels(text) == expected
