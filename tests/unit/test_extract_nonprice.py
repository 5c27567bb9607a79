"""Percentages that are not price moves give no event (docs/move-events.md, "Never a move event").

Table-driven, one row a case; the passages are invented. Each row gives the text and the events that remain
(the price moves beside the distractor).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.extraction import rows_of

run = rows_of("instrument.key", "direction", "change_pct")


CASES: list[tuple[str, list[tuple[Any, ...]]]] = [
    # a nominal change of a business figure after the move: "a N% drop in <profit/revenue/sales>"
    ("Tencent Holdings rose 2.1% despite the company reporting a 9% drop in second-quarter revenue.",
     [("0700.HK", "up", 2.1)]),
    ("Alibaba Group fell 1.4% after the group announced a 12% drop in its operating profit.",
     [("9988.HK", "down", -1.4)]),
    ("Meituan gained 0.8%. The company reported a 4% rise in core earnings.", [("3690.HK", "up", 0.8)]),
    ("Xiaomi slid 3.3% on a 15% fall in smartphone sales.", [("1810.HK", "down", -3.3)]),
    # ... while a nominal move of the shares stays a move
    ("Tencent Holdings weighed on the market with a 2.6% drop in its shares.", [("0700.HK", "down", -2.6)]),
    # the subject is the complement of a business figure: "Revenue in <company>", "Profits across <group>"
    ("Revenue in the Meituan delivery unit climbed 31% on an annual basis.", []),
    ("Profits across the Xiaomi group fell 3% to 1 billion yuan.", []),
    # breadth and weightings: a share of the index, not the index
    ("Some 80% of the constituent stocks of the Hang Seng Index fell more than 2%.", []),
    ("Tencent Holdings makes up 8.1% of the Hang Seng Index.", []),
    ("Meituan rose 3.2%, making up 4% of the index gain.", [("3690.HK", "up", 3.2)]),
    # index futures are not the index
    ("S&P 500 futures rose 0.5% before the open.", []),
    ("Nasdaq futures fell about 1 percent after the results.", []),
    # volatility gauges
    ("The Cboe Volatility Index (VIX) increased 5.1% to 17.48.", []),
    ("The India VIX recorded a jump of 6.6 per cent on Thursday.", []),
    ("The S&P 500 rose 1.2% while the VIX fell 8.4%.", [("SPX", "up", 1.2)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_non_price_percentages_give_no_event(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected
