"""The engine's short cuts read as the full scans did (issue 14, engine speed).

A company's US symbol written later in the text is looked for where its first letter stands (not the whole
symbol at each place): a longer word or a shorter code that shares its first letters is no symbol of it. In an
ASCII text the brackets that may hold a name in its own script (or the question marks an encoding loss leaves of
it) are found by `memchr`: brackets before them, doubled ones and a run of two do not hide them. A name the
directory lacks asks for the word before its verb once for each place ("each", a linking verb, "shares"), and a
one-word name is asked whether it is a sector only when a sector's first word has its first letter and length.

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


SYMBOLS = [
    ("Apple Inc. reported results on Thursday. AA said AAP and AAPLX traders bought, and AAPL rose 4.1% on Friday.",
     [("AAPL", 4.1, None, None, None)]),
    ("Nvidia Corp. was upgraded. Analysts at N.V. said the NV unit grew. NVDA gained 2.2%.",
     [("NVDA", 2.2, None, None, None)]),
    ("Microsoft Corp. slipped early. MSFT2 was flat. Then MSFT fell 1.5%.", [("MSFT", -1.5, None, None, None)]),
    ("GameStop Corp. rose in early trade. Retail traders (GME holders) cheered, then GME fell 3% on Monday.",
     [("GME", -3.0, None, None, None)]),
]

BRACKETS = [
    ("MediaTek Inc (NASDAQ: none) said sales grew (a record). MediaTek Inc (???), a smartphone chip designer, "
     "gained 0.8 percent to NT$1,120.", [("2454.TW", 0.8, 1120.0, "TWD", None)]),
    ("(???) MediaTek Inc (??), a smartphone chip designer, gained 0.8 percent to NT$1,120.",
     [("2454.TW", 0.8, 1120.0, "TWD", None)]),
    ("Largan Precision Co (???) (???), a lens supplier, rose 2.1 percent to NT$2,450.",
     [("3008.TW", 2.1, 2450.0, "TWD", None)]),
    ("MediaTek Inc ((???)), a chip designer, gained 0.8 percent.", [("2454.TW", 0.8, None, None, None)]),
]


PROPER = [
    ("Orion Foods and Delta Tech each gained 3%.",
     [("name:orion-foods", 3.0, None, None, None), ("name:delta-tech", 3.0, None, None, None)]),
    ("Orion Foods shares had edged up 0.4%.", [("name:orion-foods", 0.4, None, None, None)]),
    ("Orion Optics' stock slid 2.5%.", [("name:orion-optics", -2.5, None, None, None)]),
    ("Kestrel Mining Ltd was up 3% on Tuesday.", [("name:kestrel-mining-ltd", 3.0, None, None, None)]),
    ("Utilities slipped 0.7% and Zephyr rose 1.1%.",
     [("name:utilities-sub-index", -0.7, None, None, None), ("name:zephyr", 1.1, None, None, None)]),
    ("Consumer Staples fell 1.4%, and Brightwater Energy Corp added 2%.",
     [("name:consumer-staples-sub-index", -1.4, None, None, None),
      ("name:brightwater-energy-corp", 2.0, None, None, None)]),
    ("Zephyr Labs (ZPL) jumped 4%, and Energy fell 1%.",
     [("name:zephyr-labs", 4.0, None, None, None), ("name:energy-sub-index", -1.0, None, None, None)]),
    ("\u00d8rsted Holdings rose 2% and \u00c9lan Foods fell 1.5%.",
     [("ORSTED.CO", 2.0, None, None, None), ("name:\u00e9lan-foods", -1.5, None, None, None)]),
]


@pytest.mark.parametrize(("text", "expected"), PROPER)
def test_names_the_directory_lacks(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert moves(text) == expected


@pytest.mark.parametrize(("text", "expected"), SYMBOLS)
def test_a_symbol_written_later(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert moves(text) == expected


@pytest.mark.parametrize(("text", "expected"), BRACKETS)
def test_brackets_of_an_encoding_loss(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert moves(text) == expected
