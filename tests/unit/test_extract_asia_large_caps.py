"""Table-driven tests of Korean, Taiwanese and Japanese large caps by the short names newsrooms use, curated in
``streams/data/aliases.tsv`` where the exchange lists lack them (Korea Zinc, E-mart, Samsung SDS, China Steel,
Taiwan Mobile) or carry only an older or longer name (Korean Air Lines, Korea Shipbuilding & Offshore
Engineering). A role noun before the name ("Gamemaker Krafton") and a name in the local script after it
("China Steel (中鋼)") leave the company's own row; the Seoul or Taipei listing wins over a US ADR or a Tokyo
namesake in a report on that market. Index names of the region's reports (``INDEX_CASES``) are aliases there too.

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
    # Korean names the exchange list lacks, with and without a role noun or a won price
    ("Korea Zinc climbed 4.2 percent to 512,000 won.", [("010130.KS", 4.2, 512000.0, "KRW")]),
    ("Smelter Korea Zinc slipped 1.1 percent in Seoul.", [("010130.KS", -1.1, None, None)]),
    ("Discount chain E-mart gained 3.3 percent to 68,900 won.", [("139480.KS", 3.3, 68900.0, "KRW")]),
    ("Emart fell 0.7 percent, while Shinsegae rose 2 percent.",
     [("139480.KS", -0.7, None, None), ("004170.KS", 2.0, None, None)]),
    ("IT services arm Samsung SDS added 1.8 percent to 150,200 won.", [("018260.KS", 1.8, 150200.0, "KRW")]),
    ("Game publisher Krafton lost 2.6 percent to 301,500 won.", [("259960.KS", -2.6, 301500.0, "KRW")]),
    ("Korean Air rose 0.9 percent and HD Korea Shipbuilding dropped 2.4 percent.",
     [("003490.KS", 0.9, None, None), ("009540.KS", -2.4, None, None)]),
    ("Kepco advanced 1.4 percent to 21,950 won, and SK Square declined 3.2 percent.",
     [("015760.KS", 1.4, 21950.0, "KRW"), ("402340.KS", -3.2, None, None)]),
    ("In Seoul, SK Telecom edged up 0.4 percent and LG Display sank 5.1 percent.",
     [("017670.KS", 0.4, None, None), ("034220.KS", -5.1, None, None)]),
    # Taiwanese names, also with the Chinese name in brackets
    ("China Steel Corp (中鋼) rose 1.2 percent to NT$24.35.", [("2002.TW", 1.2, 24.35, "TWD")]),
    ("Taiwan Mobile lost 0.3 percent, while Taiwan Cement gained 1.6 percent.",
     [("3045.TW", -0.3, None, None), ("1101.TW", 1.6, None, None)]),
    ("Contract chipmaker UMC fell 2.2 percent to NT$47.1.", [("2303.TW", -2.2, 47.1, "TWD")]),
    ("Shin Kong Financial added 0.8 percent and China Development Financial shed 0.5 percent.",
     [("2888.TW", 0.8, None, None), ("2883.TW", -0.5, None, None)]),
    ("Evergreen Marine jumped 6.1 percent and Yang Ming rose 4.4 percent.",
     [("2603.TW", 6.1, None, None), ("2609.TW", 4.4, None, None)]),
    # Japanese names that the word-list rules kept out of the generated forms
    ("Mizuho rose 1.5 percent and MUFG gained 1.1 percent.",
     [("8411.T", 1.5, None, None), ("8306.T", 1.1, None, None)]),
    ("Tepco tumbled 7 percent to 612 yen.", [("9501.T", -7.0, 612.0, "JPY")]),
    ("Mazda Motor fell 2.8 percent, and Kubota added 0.6 percent.",
     [("7261.T", -2.8, None, None), ("6326.T", 0.6, None, None)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_asia_large_caps(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert moves(text) == expected


# Index names of Jakarta, Bangkok, Taipei and Tokyo reports: "JCI" and the translated "Composite Stock Price
# Index" (Seoul's too: the article's market decides), "Thailand's SET" without "index", "the TWSE index", "the
# Mother's index"; a US ticker "JCI" in brackets stays the company's.
INDEX_CASES = [
    ("The JCI rose 1.1 percent to 7,201.", [("JKSE", 1.1, 7201.0, None)]),
    ("Indonesia's JCI slipped 0.4 percent.", [("JKSE", -0.4, None, None)]),
    ("Jakarta stocks rallied on Tuesday. The Composite Stock Price Index rose 1.1 percent to 7,201.2.",
     [("JKSE", 1.1, 7201.2, None)]),
    ("Korean shares rose on Tuesday. The Composite Stock Price Index rose 1.1 percent to 2,601.2.",
     [("KOSPI", 1.1, 2601.2, None)]),
    ("Thailand's SET fell 0.8 percent to 1,401.2.", [("SETI", -0.8, 1401.2, None)]),
    ("The Thai SET fell 0.8 percent, while the TWSE index rose 0.9 percent to 22,101.5.",
     [("SETI", -0.8, None, None), ("TWII", 0.9, 22101.5, None)]),
    ("Johnson Controls (NYSE: JCI) rose 2.1 percent.", [("JCI", 2.1, None, None)]),
    # Tokyo's former start-up board as newsrooms spell it
    ("The Mother’s index of start-ups added 5.3 percent to 1,140.02.", [("TSEGROWTH", 5.3, 1140.02, None)]),
    ("The Mothers' index fell 2.1 percent, and the TSE Mothers index of growth stocks is at a low.",
     [("TSEGROWTH", -2.1, None, None)]),
    ("Tokyo's Mothers market index slipped 1.4 percent.", [("TSEGROWTH", -1.4, None, None)]),
]


@pytest.mark.parametrize(("text", "expected"), INDEX_CASES)
def test_asia_index_names(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert moves(text) == expected
