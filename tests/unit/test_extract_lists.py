"""Lists and tables: members joined through tickers and asides, shared figures, list headers.

Passages are written for these tests (invented sentences; company names from the built-in directory).
"""

from __future__ import annotations

from typing import Any

import pytest

from streams.model import Article
from tests.unit.extraction import EX, rows_of

run = rows_of("instrument.key", "direction", "change_pct")


CASES = [
    # pairs in order across tickers in parentheses
    ("Xiaomi (01810.HK) and Baidu (09888.HK) rose 0.9% and 1.2%, while Meituan fell 2%.",
     [("1810.HK", "up", 0.9), ("9888.HK", "up", 1.2), ("3690.HK", "down", -2.0)]),
    ("Xiaomi (01810.HK) and Baidu (09888.HK) gained 3.1% and 0.4% respectively.",
     [("1810.HK", "up", 3.1), ("9888.HK", "up", 0.4)]),
    # asides in parentheses without a figure join the list
    ("Tencent (opens in a new tab) and Baidu (opens in a new tab) slid 2% and 3%.",
     [("0700.HK", "down", -2.0), ("9888.HK", "down", -3.0)]),
    # the period of an abbreviation inside the list
    ("Intel Corp. and Broadcom Inc. rose 2.8% and 2%, respectively.", [("INTC", "up", 2.8), ("AVGO", "up", 2.0)]),
    # a bare ticker after each name
    ("Shares of Intel Corporation INTC and Broadcom Inc. AVGO rose 2.8% and 2%, respectively.",
     [("INTC", "up", 2.8), ("AVGO", "up", 2.0)]),
    # a member known only by its code, after a name the directory lacks
    ("ZTE (00763.HK) and Zorblax Optical Fibre (01810.HK) fell 2.4% and 5.1%.",
     [("0763.HK", "down", -2.4), ("1810.HK", "down", -5.1)]),
    ("ZTE said Zorblax Optical Fibre (01810.HK) fell 5.1%.", [("1810.HK", "down", -5.1)]),
    # an exchange label in parentheses is not a member
    ("Xiaomi (HK:)(NASDAQ:) rose 5.99%.", [("1810.HK", "up", 5.99)]),
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
     [("INFY.NS", "down", -2.41), ("WIPRO.NS", "down", -1.95), ("TATASTEEL.NS", "down", -1.2)]),
    ("Gainers: Infosys 2.1%, Wipro 1.5%.", [("INFY.NS", "up", 2.1), ("WIPRO.NS", "up", 1.5)]),
    ("TOP GAINERS - Infosys: 3.26 per cent - Wipro: 2.57 per cent TOP LOSERS - HDFC Bank: -0.14 per cent",
     [("INFY.NS", "up", 3.26), ("WIPRO.NS", "up", 2.57), ("HDFCBANK.NS", "down", -0.14)]),
    # an index named in the header is not the subject of the items
    ("For the Sensex, the top gainers were Infosys (up 2.76%), Wipro (up 1.94%).",
     [("INFY.NS", "up", 2.76), ("WIPRO.NS", "up", 1.94)]),
    # an index naming the board of a header noun is not the subject
    ("Infosys was the top Sensex gainer, rising 5.26 per cent.", [("INFY.NS", "up", 5.26)]),
    ("Wipro was the biggest FTSE 100 loser, down 3%.", [("WIPRO.NS", "down", -3.0)]),
    ("The Sensex gained 1%, with gainers led by Infosys.", [("SENSEX", "up", 1.0)]),
    # a shared verb gives its direction to the items after "followed by"
    ("HSBC dropped 1.9 per cent, followed by Tencent 1.2 per cent and Meituan 0.7 per cent.",
     [("0005.HK", "down", -1.9), ("0700.HK", "down", -1.2), ("3690.HK", "down", -0.7)]),
    # a verb without a figure gives its direction to the items after it
    ("Chip stocks jumped, with firms such as Tencent (3%), Meituan (10%) and Baidu (6.2%).",
     [("0700.HK", "up", 3.0), ("3690.HK", "up", 10.0), ("9888.HK", "up", 6.2)]),
    ("The Hang Seng rose the most at 2.27 percent, followed by the Hang Seng Tech at 2.19 percent.",
     [("HSI", "up", 2.27), ("HSTECH", "up", 2.19)]),
    # bullet lines under a header line
    ("Markets were busy.\nTOP GAINERS\n- Infosys: 3.26 per cent\n- Wipro: 2.57 per cent\nTOP LOSERS\n"
     "- HDFC Bank: -0.14 per cent\n- Tata Steel: 0.09 per cent",
     [("INFY.NS", "up", 3.26), ("WIPRO.NS", "up", 2.57), ("HDFCBANK.NS", "down", -0.14),
      ("TATASTEEL.NS", "down", -0.09)]),
    # a long line before the bullets is prose, not a header
    ("Analysts said gainers and losers were evenly spread across the board in a long and quiet session today.\n"
     "- Infosys: 3.26 per cent", []),
    # a header noun without any figure gives nothing
    ("Gainers outnumbered losers on the Sensex as Infosys led the way.", []),
    # members described ("and chip company Beta") or with an aside ("Alpha, a fossil fuels company, and Beta")
    ("Shares of search firm Baidu and gaming company Tencent rose 2.4% and 1.1% respectively.",
     [("9888.HK", "up", 2.4), ("0700.HK", "up", 1.1)]),
    ("Barclays, a banking company, and drug/vaccine maker AstraZeneca gained 1.5% and 0.9%, respectively.",
     [("BARC.L", "up", 1.5), ("AZN.L", "up", 0.9)]),
    ("Shares of Siemens AG and banking company Deutsche Bank declined by 2.0% and 1.4% respectively.",
     [("SIE.DE", "down", -2.0), ("DBK.DE", "down", -1.4)]),
    # a legal form the directory's name lacks, between two members
    ("Airbus SE and Siemens AG rose 1.2% and 0.8%.", [("AIR.PA", "up", 1.2), ("SIE.DE", "up", 0.8)]),
    ("Airbus N.V. and Siemens fell 1.2% and 0.8%.", [("AIR.PA", "down", -1.2), ("SIE.DE", "down", -0.8)]),
    # a description needs a joiner, and a relative clause is no description
    ("Baidu, whose parent company Tencent rose 2%, said nothing.", [("0700.HK", "up", 2.0)]),
    ("Baidu said chip company Tencent rose 2%.", [("0700.HK", "up", 2.0)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_lists(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected


def run_full(text: str) -> list[tuple[Any, ...]]:
    return [(e.instrument.key, e.direction, e.change_pct, e.change_points, e.level)
            for e in EX.extract(Article(id="t", body=text))]


ROWS = [
    # quote rows: a level in pence then a percent, under a header
    ("Risers: Serco Group (SRP) 233.40p 4.57% Frasers Group (FRAS) 738.50p 4.53%",
     [("SRP.L", "up", 4.57, None, 233.4), ("FRAS.L", "up", 4.53, None, 738.5)]),
    ("Fallers: Serco Group (SRP) 233.40p 4.57% Frasers Group (FRAS) 738.50p 4.53%",
     [("SRP.L", "down", -4.57, None, 233.4), ("FRAS.L", "down", -4.53, None, 738.5)]),
    # a code in parentheses is the name before it, not another instrument
    ("Serco Group (TPK) 233.40p 4.57%", [("SRP.L", "up", 4.57, None, 233.4)]),
    # a level without decimals (a year, a count) does not make a row
    ("Serco Group 2024 4.57% of revenue", []),
    # the percent must not run into prose
    ("Serco Group 233.40 4.57% stake", []),
    # level, change and percent without a sign: only when they agree (+0.68 on 63.66 is +1.07%)
    ("Index % change: Holcim 64.34 +0.68 +1.07 Sika 128.40 -1.50 -1.15",
     [("LHN.SW", "up", 1.07, 0.68, 64.34), ("SIKA.SW", "down", -1.15, -1.5, 128.4)]),
    ("Index % change: Holcim 64.34 +0.68 +3.07", []),
    # "pc" and "pct" are percent
    ("Top losers included Infosys (3.13 pc), Wipro (2.30 pct).",
     [("INFY.NS", "down", -3.13, None, None), ("WIPRO.NS", "down", -2.3, None, None)]),
    ("Infosys shares tumble 6.9pc", [("INFY.NS", "down", -6.9, None, None)]),
    ("Infosys sold 20 PCs.", []),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_rows(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run_full(text) == expected
