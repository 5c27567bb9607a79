"""Table-driven tests of forms of Asian market reports read by the native tokenizer and quantities: yen written "Y"
as wire copy does ("to Y2,850", "down Y45"; not "Y2K"), a Korean share price of a million won or more ("to 1.08
million won"; an amount of won with no move stays out), a sector named with "subsector" or "sub-sector" as Manila
reports write it, and a clause a scraped page cut with a blank line before its percent ("declined\\n\\n2.51
percent"), and a company's name in its own script in brackets before an appositive ("Hon Hai Precision Industry Co
(鴻海精密), the main iPhone assembler, lost 1.9 percent").

The passages are written for these tests.
"""

from __future__ import annotations

from typing import Any

import pytest

from streams.model import Article
from tests.unit.extraction import EX


def moves(text: str) -> list[tuple[Any, ...]]:
    return [(e.instrument.key, e.change_pct, e.level, e.currency, e.change_points)
            for e in EX.extract(Article(id="t", body=text))]


CASES = [
    # yen written "Y"
    ("Toyota rose 1.2 percent to Y2,850.", [("7203.T", 1.2, 2850.0, "JPY", None)]),
    ("Sony fell Y45, or 1.3 percent, to Y3,410.", [("6758.T", -1.3, 3410.0, "JPY", -45.0)]),
    ("Advantest closed up 4.1 percent at Y6,120 in Tokyo.", [("6857.T", 4.1, 6120.0, "JPY", None)]),
    ("The company met its Y2K deadline, and Toyota rose 1.2 percent.", [("7203.T", 1.2, None, None, None)]),
    # prices of a million won or more
    ("Korea Zinc fell 3 percent to 1.08 million won.", [("010130.KS", -3.0, 1080000.0, "KRW", None)]),
    ("Samsung Biologics rose 2 percent to 1.02 million won.", [("207940.KS", 2.0, 1020000.0, "KRW", None)]),
    ("Turnover was 1.5 million won, and LG Chem rose 2 percent.", [("051910.KS", 2.0, None, None, None)]),
    # "subsector" and "sub-sector" heads
    ("The property subsector rose 2.4 percent.", [("name:property-sub-index", 2.4, None, None, None)]),
    ("The mining sub-sector fell 1.1 percent.", [("name:mining-sub-index", -1.1, None, None, None)]),
    ("Buying lifted the banking subsector by 0.9 percent.", [("name:banking-sub-index", 0.9, None, None, None)]),
    # a clause cut by a blank line before its percent
    ("Discount chain E-mart declined\n\n2.5 percent to 214,000 won, and Lotte Shopping shed 1.3 percent.",
     [("139480.KS", -2.5, 214000.0, "KRW", None), ("023530.KS", -1.3, None, None, None)]),
    ("Tokyo Electron slid\n\n4.2% to become the biggest drag.", [("8035.T", -4.2, None, None, None)]),
    ("Stocks close lower\n\n3% of traders expect more losses.", []),
    # the company's name in its own script (or the question marks an encoding loss leaves) before an appositive
    ("Hon Hai Precision Industry Co (鴻海精密), the main iPhone assembler, lost 1.9 percent to NT$70.5.",
     [("2317.TW", -1.9, 70.5, "TWD", None)]),
    ("Largan Precision Co (大立光), a lens supplier to Apple Inc, rose 2.1 percent to NT$2,450.",
     [("3008.TW", 2.1, 2450.0, "TWD", None)]),
    ("Samsung Electronics Co. (삼성전자), the biggest memory maker, rose 1.2 percent to 71,000 won.",
     [("005930.KS", 1.2, 71000.0, "KRW", None)]),
    ("Tokyo Electron (東京エレクトロン), a chip-equipment maker, fell 3 percent.",
     [("8035.T", -3.0, None, None, None)]),
    ("MediaTek Inc (???), a smartphone chip designer, gained 0.8 percent to NT$1,120.",
     [("2454.TW", 0.8, 1120.0, "TWD", None)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_asia_forms(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert moves(text) == expected


def test_a_clause_of_a_sign_and_a_figure_only_is_read_without_an_error() -> None:
    # a newline after "Shares" joined before "3%" once left a clause of an empty range (a panic in its period)
    text = ("ASX. 3% Tencent, per 10:30 2.1\nShares\n3% -\t\u2212\tin\nthe\u00a0shares\u2003-4.60%\u00a0up\n\t-4.60%  "
            "ended Inc., AEST (ORB)\n\t2.3pc Ltd, Ltd \u00a3. ")
    assert all(0 <= e.span[0] <= e.span[1] <= len(text) for e in EX.extract(Article(id="t", body=text)))

