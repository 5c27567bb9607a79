"""Lists and tables: members joined through tickers and asides, shared figures, list headers.

Passages are written for these tests (invented sentences; company names from the built-in directory).
"""

from __future__ import annotations

from typing import Any

import pytest

from streams.extract import Extractor
from streams.model import Article

EX = Extractor()


def run(text: str) -> list[tuple[Any, ...]]:
    return [(e.instrument.key, e.direction, e.change_pct) for e in EX.extract(Article(id="t", body=text))]


CASES = [
    # pairs in order across tickers in parentheses
    ("Xiaomi (01810.HK) and Baidu (09888.HK) rose 0.9% and 1.2%, while Meituan fell 2%.",
     [("1810.HK", "up", 0.9), ("9888.HK", "up", 1.2), ("3690.HK", "down", -2.0)]),
    ("Xiaomi (01810.HK) and Baidu (09888.HK) gained 3.1% and 0.4% respectively.",
     [("1810.HK", "up", 3.1), ("9888.HK", "up", 0.4)]),
    # asides in parentheses without a figure join the list
    ("Tencent (opens in a new tab) and Baidu (opens in a new tab) slid 2% and 3%.",
     [("0700.HK", "down", -2.0), ("9888.HK", "down", -3.0)]),
    # a figure shared by several subjects, with "the" and "both"
    ("Both the CSI 300 and the Shanghai Composite fell 0.4%.",
     [("CSI300", "down", -0.4), ("SHCOMP", "down", -0.4)]),
    ("The CSI 300 Index and the Shanghai Composite Index both slipped 0.3 per cent on Friday.",
     [("CSI300", "down", -0.3), ("SHCOMP", "down", -0.3)]),
    # a scene-setting sector before a comma is not a member of the list
    ("In the chip sector, Xiaomi (01810.HK) and Baidu (09888.HK) fell 1.1% and 4.6%.",
     [("1810.HK", "down", -1.1), ("9888.HK", "down", -4.6)]),
    # list headers give the direction to items without a verb of their own
    ("Top losers included Infosys (2.41 pct), Wipro (1.95 pct) and Tata Steel (1.2 per cent).",
     [("INFY", "down", -2.41), ("WIT", "down", -1.95), ("TATASTEEL.NS", "down", -1.2)]),
    ("Gainers: Infosys 2.1%, Wipro 1.5%.", [("INFY", "up", 2.1), ("WIT", "up", 1.5)]),
    ("TOP GAINERS - Infosys: 3.26 per cent - Wipro: 2.57 per cent TOP LOSERS - HDFC Bank: -0.14 per cent",
     [("INFY", "up", 3.26), ("WIT", "up", 2.57), ("HDB", "down", -0.14)]),
    # an index named in the header is not the subject of the items
    ("For the Sensex, the top gainers were Infosys (up 2.76%), Wipro (up 1.94%).",
     [("INFY", "up", 2.76), ("WIT", "up", 1.94)]),
    # a shared verb gives its direction to the items after "followed by"
    ("HSBC dropped 1.9 per cent, followed by Tencent 1.2 per cent and Meituan 0.7 per cent.",
     [("0005.HK", "down", -1.9), ("0700.HK", "down", -1.2), ("3690.HK", "down", -0.7)]),
    # a header noun without any figure gives nothing
    ("Gainers outnumbered losers on the Sensex as Infosys led the way.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_lists(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected
