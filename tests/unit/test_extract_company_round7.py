"""Single-company stories, round 7, by class: the period of "a.m." or "p.m." before a time zone's code ends no
sentence, so a move after the time keeps its subject ("The stock resumed trading at 3:30 p.m. ET and rose 1%");
a company the directory lacks, named right before a lower-case "stock" or "shares" in a sentence without a move
("Orion stock hits a record low"), is the company a later reference names ("Shares tumbled 20%"); an all-capital
dateline before a dash ("SAN FRANCISCO – Orion shares fell 9%") is no list entry of a company.
Table-driven, one row a case; the passages are invented. (test_extract_company.py holds an earlier round.)
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.extraction import rows_of

run = rows_of("instrument.key", "change_pct")

CASES: list[tuple[str, list[tuple[Any, ...]]]] = [
    # a clock time with its zone: the zone's code opens no sentence
    ("Apple halted\nApple shares fell 5% early on Thursday. The stock resumed trading at 3:30 p.m. ET and rose 1%.",
     [("AAPL", -5.0), ("AAPL", 1.0)]),
    ("Apple halted\nApple shares fell 5% early on Thursday. The stock resumed trading around 2 p.m. EST and "
     "subsequently rose 1.5%.", [("AAPL", -5.0), ("AAPL", 1.5)]),
    ("BP update\nBP shares fell 2% on Monday. Trading resumed at 10 a.m. GMT and the stock rose 0.8%.",
     [("BP.L", -2.0), ("BP.L", 0.8)]),
    ("Apple halted\nApple shares fell 5% early on Thursday. It resumed trading at 3:30 P.M. UTC and rose 1%.",
     [("AAPL", -5.0), ("AAPL", 1.0)]),
    # (a capitalised word that is no zone's code after the time still opens a sentence)
    ("Apple halted\nApple shares fell 5% by 3 p.m. Tesla shares rose 2%.", [("AAPL", -5.0), ("TSLA", 2.0)]),
    # a name the directory lacks, before "stock" or "shares", then a reference to it
    ("J.R. Qorvanta stock hits a record low\nJ.R. Qorvanta slashed its profit forecast. Shares tumbled 20% on "
     "Friday.", [("name:j-r-qorvanta", -20.0)]),
    ("Qorvanta stock hits a record low\nThe company slashed its profit forecast. Shares tumbled 20% on Friday.",
     [("name:qorvanta", -20.0)]),
    ("Deal news\nInvestors sold Qorvanta Brindle stock on Monday. The stock fell 4% on Tuesday.",
     [("name:qorvanta-brindle", -4.0)]),
    ("Deal news\nThe price of Brindle Optics shares jumped after the bid. Shares rose 12% on Friday.",
     [("name:brindle-optics", 12.0)]),
    # (a plural "stocks" or a word that only begins with "stock" marks no company)
    ("Deal news\nInvestors sold Qorvanta stocks on Monday. Shares fell 4% on Friday.", []),
    ("Deal news\nQorvanta stockpiles grew in the quarter. Shares fell 4% on Friday.", []),
    # an all-capital dateline before a dash is no company; the name after it moves
    ("Apple slides\nSAN FRANCISCO \u2013 Apple shares dove 19 percent Thursday.", [("AAPL", -19.0)]),
    ("Apple slides\nSEATTLE \u2014 Apple shares dove 19 percent Thursday.", [("AAPL", -19.0)]),
    # (a list entry of a name in capitals and lower case, or of a code of five capitals at most, stays the company)
    ("Movers\nQVXT \u2014 Shares of the retailer rose 18.9% after results.", [("name:qvxt", 18.9)]),
    ("Movers\nQuillmere Foods \u2014 Shares of the retailer rose 18.9% after results.",
     [("name:quillmere-foods", 18.9)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_company_round7(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected
