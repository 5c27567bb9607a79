""""Profit-taking" and "profit booking" are selling, which moves prices (docs/move-events.md): the word "profit"
before "taking" or "booking" does not make a figure a company's profit, as "profit" alone does ("Alpha's profit
fell 2%" is no price move). Passages written for these tests (invented sentences).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.extraction import rows_of

run = rows_of("instrument.key", "change_pct", sort=True)


CASES = [
    ("Profit-taking dragged down Barclays by 0.19 per cent on Friday.", [("BARC.L", -0.19)]),
    ("Profit booking dragged down Infosys by 1.2 per cent.", [("INFY.NS", -1.2)]),
    ("Later, profit-booking by retail investors dragged down Barclays and Lloyds by 0.4 per cent and 0.3 per cent, "
     "respectively.", [("BARC.L", -0.4), ("LLOY.L", -0.3)]),
    ("Profit taking pulled Tesco 2% lower on Friday.", [("TSCO.L", -2.0)]),
    ("Profits-taking knocked the Nikkei down 0.7% on Monday.", [("N225", -0.7)]),
    # "profit" alone is still a company's profit
    ("Tesco's profit fell 2% in the first half.", []),
    ("Tesco's profits rose 12% while the stock fell 2%.", [("TSCO.L", -2.0)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_profit_taking_is_selling(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == sorted(expected)
