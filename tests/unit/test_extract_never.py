"""Never a move event (docs/move-events.md), beside true moves in the same sentence: forecasts whose object is an
instrument, places where something else trades, another thing's move after a market word's possessive, commodity
prices, and counts a company reports.

Passages are written for these tests (invented sentences; names from the built-in directory or made up).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.extraction import rows_of

run = rows_of("instrument.key", "direction", "change_pct")


CASES = [
    # the object of a forecast verb: a hypothetical move; a real move beside it stays
    ("Citi expects the Nifty to rise 12% by December.", []),
    ("The broker sees the ASX 200 gaining 8 per cent next year, after the index rose 1.1 per cent on Friday.",
     [("XJO", "up", 1.1)]),
    ("Analysts at Nomura predict the Nikkei will climb 15% by year-end; the Topix fell 0.3% on Tuesday.",
     [("TOPIX", "down", -0.3)]),
    ("Strategists forecast the Hang Seng to gain 10pc in 2027, while Tencent slipped 1.2pc.",
     [("0700.HK", "down", -1.2)]),
    # a place after a commodity or a company's listed shares
    ("Copper on the London Metal Exchange rose 1.4 per cent to $9,800 a tonne.", []),
    ("Gold in London fell 0.8% and the FTSE 100 gained 0.2%.", [("UKX", "up", 0.2)]),
    ("BASF shares traded in Frankfurt rose 2.1% on Monday.", [("BAS.DE", "up", 2.1)]),
    ("Stocks in Frankfurt slipped 0.4% and the FTSE 100 gained 0.2%.", [("DAX", "down", -0.4), ("UKX", "up", 0.2)]),
    # a market word's possessive before a figure names another thing that moved: the market's benchmark (the
    # definition: a generic market phrase is that market's benchmark), not the stock
    ("TSMC rose 2.5%, beating the broader market's 0.6 percent advance.",
     [("2330.TW", "up", 2.5), ("TWII", "up", 0.6)]),
    ("BHP and CBA contributed the most to the index's 1.2 per cent gain.", []),
    ("Rio Tinto fell 1.2%, trailing its rivals' 2% gain.", [("RIO.L", "down", -1.2)]),
    ("Barclays outpaced the sector's 1.5% rise with a 3% jump.", [("BARC.L", "up", 3.0)]),
    # (the index's own figure stays its own)
    ("The Nifty rose 1%, extending the index's 3% gain this week.", [("NIFTY", "up", 1.0), ("NIFTY", "up", 3.0)]),
    ("Tencent accounted for 80 points of the Hang Seng's 1.5% rise.", [("HSI", "up", 1.5)]),
    # commodity prices in their units
    ("The benchmark oil measure Brent crude fell to $48.06 per barrel, down 1.8 per cent.", []),
    ("Spot gold was up 0.6% at $1,980 per ounce.", []),
    # counts a company reports
    ("Persimmon said completions rose 8 per cent, and its shares climbed 3.1 per cent.", [("PSN.L", "up", 3.1)]),
    ("The number of new accounts at Quorvex Brokerage rose 18% in March.", []),
    ("Cathay Pacific said passenger numbers were up 30% YoY, with a 28% rise for the first half.", []),
    ("Wesfarmers reported a 12 per cent lift in first-half profit and its shares gained 1.4 per cent.",
     [("WES.AX", "up", 1.4)]),
    ("BHP's iron ore production rose 2pc to 250 million tonnes, while shares in the miner added 1.1pc.",
     [("BHP.AX", "up", 1.1)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_never_a_move_beside_true_moves(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected
