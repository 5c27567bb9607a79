"""One figure or one verb shared by several subjects: "apiece", "each", "both", "all" (one event per named
subject); a stock's bare number code in brackets between list members ("Alpha (0700) and Beta (9988) both fell
2%"); a description after a member that runs on past its head noun ("Alpha, a key supplier of chip equipment, and
Beta both rose"); and a hedge before a figure after a move noun ("gains exceeding two percent"). Shares of a
quantity ("each holds 5% of the fund") stay no moves.

Passages are written for these tests (invented sentences and figures; names from the built-in directory).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.extraction import rows_of

run = rows_of("instrument.key", "direction", "change_pct", "approx")


SHARED = [
    ("Qantas and Telstra added 2.1 per cent apiece.",
     [("QAN.AX", "up", 2.1, False), ("TLS.AX", "up", 2.1, False)]),
    ("Barclays and Lloyds each lost about 1%.",
     [("BARC.L", "down", -1.0, True), ("LLOY.L", "down", -1.0, True)]),
    ("Both BMW and Siemens fell 0.8% on Thursday.",
     [("BMW.DE", "down", -0.8, False), ("SIE.DE", "down", -0.8, False)]),
    ("Shell, BP and Centrica were all up more than 3%.",
     [("SHEL.L", "up", 3.0, True), ("BP.L", "up", 3.0, True), ("CNA.L", "up", 3.0, True)]),
    ("Financials and industrials each added 0.7%.",
     [("name:financials-sub-index", "up", 0.7, False), ("name:industrials-sub-index", "up", 0.7, False)]),
    ("Tencent and Alibaba, up 2% apiece, led the gains.",
     [("0700.HK", "up", 2.0, False), ("9988.HK", "up", 2.0, False)]),
    ("The CSI 300 and the Shanghai Composite closed down 0.4% each.",
     [("CSI300", "down", -0.4, False), ("SHCOMP", "down", -0.4, False)]),
    ("Tencent and Alibaba both saw their share prices fall by over 8%.",
     [("0700.HK", "down", -8.0, True), ("9988.HK", "down", -8.0, True)]),
]

NUMBER_CODES = [
    ("Tencent (0700) and Alibaba (9988) both fell 2.7%.",
     [("0700.HK", "down", -2.7, False), ("9988.HK", "down", -2.7, False)]),
    ("Tencent (700) and Alibaba (9988) fell 2.7% and 1.1%, respectively.",
     [("0700.HK", "down", -2.7, False), ("9988.HK", "down", -1.1, False)]),
    ("Tencent (0700), Meituan (3690) and Alibaba (9988) all dropped about 3%.",
     [("0700.HK", "down", -3.0, True), ("3690.HK", "down", -3.0, True), ("9988.HK", "down", -3.0, True)]),
    ("Tencent (0700) and Alibaba both recorded declines of 2.7%.",
     [("0700.HK", "down", -2.7, False), ("9988.HK", "down", -2.7, False)]),
    ("Toyota (7203) and Sony (6758) both rose 1.5% in Tokyo.",
     [("7203.T", "up", 1.5, False), ("6758.T", "up", 1.5, False)]),
    ("Samsung Electronics (005930) and SK Hynix (000660) gained 1.5% apiece.",
     [("005930.KS", "up", 1.5, False), ("000660.KS", "up", 1.5, False)]),
]

DESCRIBED = [
    ("BHP, a major producer of iron ore, and Qantas both rose 4%.",
     [("BHP.AX", "up", 4.0, False), ("QAN.AX", "up", 4.0, False)]),
    ("Tencent, a leading player in online games, and Alibaba, an operator of shopping sites, each gained 3%.",
     [("0700.HK", "up", 3.0, False), ("9988.HK", "up", 3.0, False)]),
    ("Siemens, a key supplier of factory equipment, and BMW both slipped 1.2 per cent.",
     [("SIE.DE", "down", -1.2, False), ("BMW.DE", "down", -1.2, False)]),
]

EXCEEDING = [
    ("HSBC and Standard Chartered both saw gains exceeding two percent.",
     [("0005.HK", "up", 2.0, True), ("STAN.L", "up", 2.0, True)]),
    ("HSBC posted a decline exceeding 3% on Monday.", [("0005.HK", "down", -3.0, True)]),
    ("Barclays shares fell exceeding 3% in London.", [("BARC.L", "down", -3.0, True)]),
    ("Lloyds recorded gains surpassing 4% after the results.", [("LLOY.L", "up", 4.0, True)]),
]

NOT_MOVES = [
    "BlackRock and Vanguard each hold 5% of the fund.",
    "Barclays and Lloyds both own a 3% stake in the venture.",
    "BHP and Rio Tinto each account for 8% of the index.",
    "Tencent and Alibaba each have a weighting of about 4% in the benchmark.",
    "HSBC and Standard Chartered both reported profit growth exceeding 10%.",
]


@pytest.mark.parametrize(("text", "expected"), SHARED + NUMBER_CODES + DESCRIBED + EXCEEDING)
def test_one_event_per_subject_of_a_shared_figure(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize("text", NOT_MOVES)
def test_shares_of_a_quantity_are_no_moves(text: str) -> None:
    assert run(text) == []
