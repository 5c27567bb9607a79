"""Plural references to a list named just before ("the Nikkei, the Kospi and the Hang Seng. All three rose
0.5%", "Both lenders lost 2%", "The two carmakers fell 3% each", "Shares of both companies slid 4%", "the
pair"): the reference names each member of the list, each with the shared figure, only when its count and its
noun agree with a list of instruments joined by "and" in the same or the previous sentence; never a list of a
different length or kind, nor a business quantity of theirs ("both companies' sales").

Table-driven, one row a case; the passages are invented.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.extraction import rows_of

run = rows_of("instrument.key", "change_pct")


PLURALS: list[tuple[str, list[tuple[Any, ...]]]] = [
    # a count word alone, in the next sentence
    ("Traders watched the Nikkei, the Kospi and the Hang Seng on Friday. All three rose about 0.5%.",
     [("N225", 0.5), ("KOSPI", 0.5), ("HSI", 0.5)]),
    ("The Nikkei and the Kospi opened on a quiet note. Both gained 1.2% by noon.", [("N225", 1.2), ("KOSPI", 1.2)]),
    ("Toyota and Honda reported results. Both have lost 3% this year.", [("7203.T", -3.0), ("7267.T", -3.0)]),
    # a plural noun of the list's kind
    ("The Nikkei and the Kospi opened higher. Both indices rose 1%.", [("N225", 1.0), ("KOSPI", 1.0)]),
    ("Investors piled into Apple and Microsoft on Tuesday. Both stocks climbed 2%.", [("AAPL", 2.0), ("MSFT", 2.0)]),
    ("Toyota and Honda reported results. The two carmakers fell 3% each.", [("7203.T", -3.0), ("7267.T", -3.0)]),
    ("Toyota and Honda reported results. Each of the two carmakers fell 3%.", [("7203.T", -3.0), ("7267.T", -3.0)]),
    ("The Dow, the S&P 500 and the Nasdaq opened higher on Tuesday. All three major U.S. stock indexes rose 1%.",
     [("DJI", 1.0), ("SPX", 1.0), ("IXIC", 1.0)]),
    ("The Dow, the S&P 500 and the Nasdaq opened higher. The three main indexes added 0.4%.",
     [("DJI", 0.4), ("SPX", 0.4), ("IXIC", 0.4)]),
    # shares of them, the pair
    ("Apple and Microsoft reported earnings. Shares of both companies slid 4%.", [("AAPL", -4.0), ("MSFT", -4.0)]),
    ("Toyota and Honda reported results. Shares in the two carmakers fell 3%.", [("7203.T", -3.0), ("7267.T", -3.0)]),
    ("Toyota and Honda reported results. The pair fell 3%.", [("7203.T", -3.0), ("7267.T", -3.0)]),
    ("Toyota and Honda reported results. Shares of the pair dropped 3%.", [("7203.T", -3.0), ("7267.T", -3.0)]),
    ("Toyota, Honda and Nissan reported results. The trio fell about 3%.",
     [("7203.T", -3.0), ("7267.T", -3.0), ("7201.T", -3.0)]),
    # lists of other shapes: place possessives, codes in parentheses, a description between commas, "as well as"
    ("Japan's Nikkei and South Korea's Kospi opened higher. Both indices rose 1%.", [("N225", 1.0), ("KOSPI", 1.0)]),
    ("Toyota Motor (7203.T) and Honda Motor (7267.T) reported results. Both stocks fell 3%.",
     [("7203.T", -3.0), ("7267.T", -3.0)]),
    ("Apple (AAPL) and Microsoft (MSFT) reported earnings. Both stocks slid 4%.", [("AAPL", -4.0), ("MSFT", -4.0)]),
    ("Toyota (7203.T), Honda (7267.T) and Nissan (7201.T) reported results. All three stocks fell 3%.",
     [("7203.T", -3.0), ("7267.T", -3.0), ("7201.T", -3.0)]),
    ("Toyota, the largest carmaker, and Honda reported results. Both stocks fell 3%.",
     [("7203.T", -3.0), ("7267.T", -3.0)]),
    ("Toyota as well as Honda reported results. Both fell 3%.", [("7203.T", -3.0), ("7267.T", -3.0)]),
    ("Toyota (7203.T), Honda (7267.T) and Nissan (7201.T) reported results. Both stocks fell 3%.", []),
    # no list, but exactly that many instruments of the kind named in the sentence before
    ("The S&P 500 was slightly ahead of its two peers, the Dow and the Nasdaq, at midday. All three were trading "
     "about 0.5% higher.", [("SPX", 0.5), ("DJI", 0.5), ("IXIC", 0.5)]),
    ("The Nikkei outpaced the Kospi on Monday. Both indices ended about 1% higher.", [("N225", 1.0), ("KOSPI", 1.0)]),
    ("Apple beat Microsoft in the race for the top spot. Both stocks have gained 10% this year.",
     [("AAPL", 10.0), ("MSFT", 10.0)]),
    ("Apple rose 2% and Microsoft 1%. Both have gained 10% this year.",
     [("AAPL", 2.0), ("MSFT", 1.0), ("AAPL", 10.0), ("MSFT", 10.0)]),
    ("Apple overtook Microsoft and Nvidia on Monday. All three stocks gained 2%.",
     [("AAPL", 2.0), ("MSFT", 2.0), ("NVDA", 2.0)]),
    ("Apple overtook Microsoft, Nvidia and Tesla on Monday. Both stocks gained 2%.", []),
    ("Apple overtook Microsoft and Nvidia, while Tesla lagged. Both stocks gained 2%.", []),
    # "both" after its subject is no reference of its own
    ("Apple, a phone maker, and Microsoft, a software firm, both rose 2%.", [("AAPL", 2.0), ("MSFT", 2.0)]),
    ("Apple overtook Microsoft. Both Nvidia and Tesla rose 2%.", [("NVDA", 2.0), ("TSLA", 2.0)]),
    # in the same sentence, after the list's clause
    ("Apple and Microsoft reported earnings, and both stocks slid 4%.", [("AAPL", -4.0), ("MSFT", -4.0)]),
    ("Toyota and Honda reported results; both shares fell 3%.", [("7203.T", -3.0), ("7267.T", -3.0)]),
    # a list of another length, a list of the other kind, no list of instruments
    ("Apple, Microsoft and Nvidia reported results. Both stocks rose 3%.", []),
    ("Apple and Microsoft reported results. All three stocks rose 3%.", []),
    ("The Nikkei and the Kospi opened higher. Both stocks rose 1%.", []),
    ("Toyota and Honda opened higher. Both indices rose 1%.", []),
    ("The euro and the dollar were steady. The pair rose 0.5%.", []),
    # a business quantity of theirs, or another coordination in between
    ("Apple and Microsoft reported results. Both companies' sales rose 3%.", []),
    ("Toyota and Honda reported results. The pair's sales fell 3%.", []),
    ("Apple and Microsoft reported sales and profit. Both rose 3%.", []),
    ("Toyota and Honda reported results. Both companies posted a 3% rise in profit.", []),
    ("Apple and Microsoft reported results. The two quarters saw sales rise 3%.", []),
    # too far back: two sentences between
    ("Toyota and Honda reported results. The yen was steady. Exports slowed. Both carmakers fell 3%.", []),
    # an inline list keeps its own reading
    ("Both Apple and Microsoft fell 2%.", [("AAPL", -2.0), ("MSFT", -2.0)]),
]


@pytest.mark.parametrize(("text", "expected"), PLURALS)
def test_plural_reference(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected
