"""Table-driven tests of South-East Asian market reports: the large caps newsrooms name by short forms (directory
rows in ``aliases.tsv``), prices in pesos, ringgit and rupiah written with their local signs ("P31", "RM11.06",
"Rp458"), and a list item that keeps its possessive before the figure ("Beta's 1.3%").

The passages are written for these tests (the instruments are directory entries, the sentences invented).
"""

from __future__ import annotations

from typing import Any

import pytest

from streams.model import Article
from tests.unit.extraction import EX


def moves(text: str) -> list[tuple[Any, ...]]:
    return [(e.instrument.key, e.change_pct, e.level, e.currency) for e in EX.extract(Article(id="t", body=text))]


CASES = [
    # Singapore banks and large caps by their short names
    ("In Singapore, OCBC rose 0.9 per cent to S$17.20.", [("O39.SI", 0.9, 17.2, "SGD")]),
    ("UOB slipped 0.4 per cent, while DBS added 1.2 per cent.",
     [("U11.SI", -0.4, None, None), ("D05.SI", 1.2, None, None)]),
    ("Singapore Airlines shares dropped 2.1 percent on Monday.", [("C6L.SI", -2.1, None, None)]),
    ("Singtel gained 1.6 per cent to S$3.05.", [("Z74.SI", 1.6, 3.05, "SGD")]),
    # Malaysian, Indonesian, Thai and Vietnamese names; ringgit and rupiah prices
    ("Maybank climbed 1.1% to RM10.42.", [("1155.KL", 1.1, 10.42, "MYR")]),
    ("Tenaga Nasional fell 0.6 percent to RM 13.50.", [("5347.KL", -0.6, 13.5, "MYR")]),
    ("Bank Central Asia shares fell 2.3 percent to Rp9,150.", [("BBCA.JK", -2.3, 9150.0, "IDR")]),
    ("Telkom Indonesia rose 1.9 percent to Rp 3,870.", [("TLKM.JK", 1.9, 3870.0, "IDR")]),
    ("PTT edged up 0.5 percent in Bangkok.", [("PTT.BK", 0.5, None, None)]),
    ("Vinamilk gained 2.4 percent in Ho Chi Minh City.", [("VNM.VN", 2.4, None, None)]),
    # secondary indices of the region's exchanges
    ("The broader All Shares index rose 0.6 percent to 3,412.55.", [("PSEALL", 0.6, 3412.55, None)]),
    ("The VN30 index lost 1.3 percent, and the LQ45 index shed 0.9 percent.",
     [("VN30", -1.3, None, None), ("JKLQ45", -0.9, None, None)]),
    ("Thailand's SET50 index added 0.4 percent.", [("SET50", 0.4, None, None)]),
    # the frontier exchanges and Vietnam's unlisted-companies board
    ("Hanoi's UPCoM-Index slipped 0.3 percent to 91.7 points.", [("UPCOM", -0.3, 91.7, None)]),
    ("The UPCoM Index gained 1.2 percent as retail buying returned.", [("UPCOM", 1.2, None, None)]),
    ("The Cambodia Securities Exchange fell 0.8 percent on the week.", [("CSXI", -0.8, None, None)]),
    ("The CSX Index rose 2.2% to 455.3.", [("CSXI", 2.2, 455.3, None)]),
    ("The Lao Securities Exchange (LSX) advanced 0.6%.", [("LSXC", 0.6, None, None)]),
    ("The FBM Emas Index slipped 0.2 per cent.", [("FBMEMAS", -0.2, None, None)]),
    # Philippine pesos written "P" before the figure
    ("Ayala Land rose 2.6 percent to P28.40 per share.", [("ALI.PS", 2.6, 28.4, "PHP")]),
    ("Jollibee Foods Corp., down 0.9 percent to P1,241; SM Prime Holdings, up 1.1 percent to P31.",
     [("JFC.PS", -0.9, 1241.0, "PHP"), ("SMPH.PS", 1.1, 31.0, "PHP")]),
    # the item's possessive before its gapped figure
    ("BDO Unibank's share price fell 3.1% and Ayala Land's 1.4% during the session.",
     [("BDO.PS", -3.1, None, None), ("ALI.PS", -1.4, None, None)]),
]


PERIODS = [
    # a period phrase after a gapped item's figure is the item's, and the list's, with a clause after it
    ("BDO Unibank's share price fell 3.1% and Ayala Land's 1.4% during the week, weighing on the index.",
     [("BDO.PS", "week"), ("ALI.PS", "week")]),
    ("Maybank fell 2.2% and CIMB 1.5% during the week, as foreign funds sold.",
     [("1155.KL", "week"), ("1023.KL", "week")]),
    ("UOB rose 1.2% and OCBC 0.7% on Tuesday, tracking the index.", [("U11.SI", "day"), ("O39.SI", "day")]),
]


@pytest.mark.parametrize(("text", "expected"), PERIODS)
def test_gapped_item_period(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(e.instrument.key, e.period) for e in EX.extract(Article(id="t", body=text))] == expected


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_sea_markets(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert moves(text) == expected


NOT_MONEY = [
    # a "P", "RM" or "Rp" that is part of a word or code is not a currency sign
    "P2P lenders rose 4% in volume.",
    "The RM3 engine sold 12% more units.",
]


@pytest.mark.parametrize("text", NOT_MONEY)
def test_not_currency(text: str) -> None:
    assert all(e.currency not in {"PHP", "MYR", "IDR"} for e in EX.extract(Article(id="t", body=text)))
