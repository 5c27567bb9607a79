"""A percent printed right after a price or a ticker: signed ("Siemens 142.30 EUR +1.2%", "Nestle (SIX:NESN)
-0.49%", "ASML €612.40 (-2.1%)"), and unsigned in brackets after the price under a list header, which gives the
direction ("Top gainers: Alpha 31.12 (9.8%), Beta 33.80 (9.2%)"; the price is the level); a stock's bare number
code may stand between the name and its price ("Tencent (0700) 312.40 (1.8%)"). An unsigned percent after a price
with no header or verb has no direction and is no move.

Passages are written for these tests (invented sentences and figures; names from the built-in directory).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.extraction import rows_of

run = rows_of("instrument.key", "direction", "change_pct", "level")


SIGNED = [
    ("Among the decliners were Nestle (SIX:NESN) -0.49% and Novartis (SIX:NOVN) -1.2%.",
     [("NESN.SW", "down", -0.49, None), ("NOVN.SW", "down", -1.2, None)]),
    ("Siemens 142.30 EUR +1.2%, BMW 88.10 EUR -0.7%",
     [("SIE.DE", "up", 1.2, None), ("BMW.DE", "down", -0.7, None)]),
    ("Tencent HK$312.40 (+1.8%) and Alibaba HK$80.15 (-0.6%) moved in opposite directions.",
     [("0700.HK", "up", 1.8, None), ("9988.HK", "down", -0.6, None)]),
    ("Apple (NASDAQ:AAPL) +2.3%, Microsoft (NASDAQ:MSFT) -0.4%",
     [("AAPL", "up", 2.3, None), ("MSFT", "down", -0.4, None)]),
    ("Tencent (0700) 312.40 +1.8%", [("0700.HK", "up", 1.8, 312.4)]),
]

HEADER_ROWS = [
    ("Top gainers: BHP A$45.20 (3.1%), Fortescue A$20.15 (2.4%)",
     [("BHP.AX", "up", 3.1, 45.2), ("FMG.AX", "up", 2.4, 20.15)]),
    ("Top gainers: BHP 45.20 (3.1 per cent), Fortescue 20.15 (2.4 per cent)",
     [("BHP.AX", "up", 3.1, 45.2), ("FMG.AX", "up", 2.4, 20.15)]),
    ("Biggest decliners: Tencent HK$312.40 (1.8%), Meituan HK$98.10 (2.6%)",
     [("0700.HK", "down", -1.8, 312.4), ("3690.HK", "down", -2.6, 98.1)]),
    ("Biggest fallers: Barclays 325.4p (3.1%), Lloyds 52.1p (2.2%)",
     [("BARC.L", "down", -3.1, 325.4), ("LLOY.L", "down", -2.2, 52.1)]),
    ("Leading decliners were Barclays at 325.4p (3.1%) and Lloyds at 52.1p (2.2%).",
     [("BARC.L", "down", -3.1, 325.4), ("LLOY.L", "down", -2.2, 52.1)]),
    ("Top losers: Siemens €142.30 (1.2%); BMW €88.10 (0.7%)",
     [("SIE.DE", "down", -1.2, 142.3), ("BMW.DE", "down", -0.7, 88.1)]),
    ("Top gainers: Tencent (0700) 312.40 (1.8%), Meituan (3690) 98.10 (2.6%)",
     [("0700.HK", "up", 1.8, 312.4), ("3690.HK", "up", 2.6, 98.1)]),
]

NO_DIRECTION = [
    "Siemens 142.30 (1.2%)",
    "BHP 45.20 (2.1%) and Fortescue 20.15 (0.9%) were the most traded.",
]


@pytest.mark.parametrize(("text", "expected"), SIGNED + HEADER_ROWS)
def test_percent_after_a_price_or_ticker(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize("text", NO_DIRECTION)
def test_unsigned_percent_after_a_price_needs_a_direction(text: str) -> None:
    assert run(text) == []
