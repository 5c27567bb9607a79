"""Index names as wires write them: a place as a possessive ("Jakarta's Composite Index"), a regional gauge
"ex Japan" in its spellings, further markets' benchmarks and MSCI gauges, German mid and small caps as
"MDax"; and a noun of a move that says more of a figure that is no move ("passenger numbers were up 30%, with
a 28% rise") is none. Passages are our own."""

from __future__ import annotations

from typing import Any

import pytest

from streams.extract import Extractor
from streams.model import Article


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def run(extractor: Extractor, text: str) -> list[tuple[Any, ...]]:
    events = extractor.extract(Article(id="t", body=text))
    return [(e.instrument.key, e.direction, e.change_pct) for e in events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place as a possessive
        ("Jakarta's Composite Index ended down 3.8 percent at 554.26.", [("JKSE", "down", -3.8)]),
        ("Shanghai\u2019s Composite Index slipped 0.4 per cent on Tuesday.", [("SHCOMP", "down", -0.4)]),
        ("In late deals, Jakarta's Composite Index was 1.1% higher.", [("JKSE", "up", 1.1)]),
        # "ex Japan", however it is spelt, with "Index" before or after it
        ("The MSCI Asia Pacific Index ex. Japan fell 0.6% to 471.58.", [("MXAPJ", "down", -0.6)]),
        ("The MSCI Asia Pacific ex. Japan index fell 0.6 per cent.", [("MXAPJ", "down", -0.6)]),
        ("The MSCI Asia Pacific excluding Japan Index rose 1.2%.", [("MXAPJ", "up", 1.2)]),
        ("MSCI's Asia Pacific index excluding Japan added 0.3 percent.", [("MXAPJ", "up", 0.3)]),
        # further markets' benchmarks
        ("Elsewhere, Poland's WIG20 was down 0.70% and Budapest's BUX rose 0.2%.",
         [("WIG20", "down", -0.7), ("BUX", "up", 0.2)]),
        ("Brazil's Bovespa gained 1.2 pc while Mexico's IPC index shed 0.5 pc.",
         [("BVSP", "up", 1.2), ("MXX", "down", -0.5)]),
        ("In Toronto, the S&P/TSX composite index rose 0.4 percent.", [("GSPTSE", "up", 0.4)]),
        ("Saudi Arabia's Tadawul All Share Index fell 1.3%, and Egypt's EGX30 climbed 2.1%.",
         [("TASI", "down", -1.3), ("EGX30", "up", 2.1)]),
        ("Pakistan's KSE-100 index jumped 1,024 points, or 2.2 per cent.", [("KSE100", "up", 2.2)]),
        ("The JSE Top 40 index closed 0.9% lower in Johannesburg.", [("J200", "down", -0.9)]),
        # MSCI gauges
        ("The MSCI EAFE index rose 2% in the quarter.", [("MXEA", "up", 2.0)]),
        ("The MSCI All-World Index rose 0.8% to a record.", [("MXWD", "up", 0.8)]),
        ("MSCI's emerging markets index fell 0.5%, and the MSCI Frontier Markets index lost 0.2%.",
         [("MXEF", "down", -0.5), ("MXFM", "down", -0.2)]),
        # the wires' descriptions of MSCI's all-country world index
        ("MSCI\u2019s benchmark for global equity markets rose 0.4% to 612.30.", [("MXWD", "up", 0.4)]),
        ("MSCI's broadest gauge of world stocks fell 1.1 per cent.", [("MXWD", "down", -1.1)]),
        ("MSCI's gauge of global stocks added 0.2%.", [("MXWD", "up", 0.2)]),
        # German mid and small caps
        ("The MDax of medium-sized stocks closed with a gain of 0.15 percent.", [("MDAX", "up", 0.15)]),
        ("The SDax fell 0.2 percent and the TecDax added 0.4 percent.",
         [("SDAX", "down", -0.2), ("TDXP", "up", 0.4)]),
        # a benchmark's name is not another's: "S&P/TSX" is no S&P 500
        ("Toronto's S&P/TSX composite edged up 0.1%.", [("GSPTSE", "up", 0.1)]),
    ],
)
def test_index_names(extractor: Extractor, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Qantas Airways said passenger numbers were up 30% YoY, with a 28% rise for the first half.", []),
        ("Kestrel Foods Holdings said sales rose 12 per cent, with a 9 per cent gain in Asia.", []),
        ("Orion Mining Group said output was up 4%, and a 6% jump is expected next year.", []),
        # a move of the company's own after such a clause is still its move
        ("Qantas Airways said revenue rose 9%, while its shares gained 2.1%.", [("QAN.AX", "up", 2.1)]),
        ("Qantas Airways shares fell 3%, with a 1.5% drop in the first hour.",
         [("QAN.AX", "down", -3.0), ("QAN.AX", "down", -1.5)]),
    ],
)
def test_a_noun_of_a_move_after_a_figure_that_is_no_move(extractor: Extractor, text: str,
                                                         expected: list[tuple[Any, ...]]) -> None:
    assert run(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # South-East Asian benchmarks under their older or longer names
        ("The KLSE Composite Index closed 0.6 percent higher at 1,702.3.", [("KLCI", "up", 0.6)]),
        ("In Kuala Lumpur the KLSE Composite slipped 0.3%.", [("KLCI", "down", -0.3)]),
        ("The Stock Exchange of Thailand index rose 1.1% to 1,580.2.", [("SETI", "up", 1.1)]),
        ("Shares on the Stock Exchange of Thailand gained 0.8% on the week.", [("SETI", "up", 0.8)]),
        # Hanoi's composite is not its 30-stock gauge
        ("The HNX-Index fell 1.4 percent, while the VN-Index lost 0.9 percent.",
         [("HNXINDEX", "down", -1.4), ("VNINDEX", "down", -0.9)]),
        ("The HNX 30 gained 2%.", [("HNX30", "up", 2.0)]),
        ("Myanmar's Myanpix Index dropped 1.7% over the week.", [("MYANPIX", "down", -1.7)]),
    ],
)
def test_south_east_asian_benchmarks(extractor: Extractor, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(extractor, text) == expected
