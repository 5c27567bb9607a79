"""Items under a list header whose price is written with a currency word ("Alpha Rs 1,520.40 (2.3%)", "Rs.",
"INR") or whose unsigned percent follows a price in its currency without brackets ("Top losers: Alpha 312p 4.1%,
Beta 52p 2.2%"): the header gives the direction and the price is the level. With no header the unsigned percent
has no direction; a percent that runs on into another quantity ("4.1% of volume") is no item's move.

Passages are written for these tests (invented sentences and figures; names from the built-in directory).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.extraction import rows_of

run = rows_of("instrument.key", "change_pct", "level")


ROWS: list[tuple[str, list[tuple[Any, ...]]]] = [
    # a currency word before the price
    ("Top gainers: Reliance Industries Rs 1,520.40 (2.3%), Infosys Rs 1,410.10 (1.9%)",
     [("RELIANCE.NS", 2.3, 1520.4), ("INFY.NS", 1.9, 1410.1)]),
    ("Top gainers: Reliance Industries Rs. 1,520.40 (2.3%), Infosys Rs. 1,410.10 (1.9%)",
     [("RELIANCE.NS", 2.3, 1520.4), ("INFY.NS", 1.9, 1410.1)]),
    ("Top losers:\nInfosys Rs 1,410.10 (1.9%)\nReliance Industries Rs 1,520.40 (2.3%)",
     [("INFY.NS", -1.9, 1410.1), ("RELIANCE.NS", -2.3, 1520.4)]),
    ("Top gainers: Infosys INR 1,410.10 (1.9%)", [("INFY.NS", 1.9, 1410.1)]),
    # an unbracketed percent right after a price in its currency
    ("Top losers: Barclays 312p 4.1%, Lloyds 52p 2.2%", [("BARC.L", -4.1, 312.0), ("LLOY.L", -2.2, 52.0)]),
    ("Biggest gainers: BHP A$45.20 3.1%, Fortescue A$20.15 2.4%", [("BHP.AX", 3.1, 45.2), ("FMG.AX", 2.4, 20.15)]),
    ("Top losers: Siemens €142.30 1.2%; BMW €88.10 0.7%", [("SIE.DE", -1.2, 142.3), ("BMW.DE", -0.7, 88.1)]),
]

NO_MOVE = [
    "Infosys Rs 1,410.10 (1.9%) and Wipro Rs 480.20 (0.9%) were the most traded.",
    "Barclays 312p 4.1%, Lloyds 52p 2.2%",
    "Top gainers: Barclays 312p 4.1% of volume",
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_header_item_with_a_price(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize("text", NO_MOVE)
def test_no_header_or_another_quantity(text: str) -> None:
    assert run(text) == []
