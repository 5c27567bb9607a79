"""Table-driven tests of Asian, Australian and global market wraps: the names wires give the regional and
Chinese gauges ("MSCI's ex-Japan Asian-Pacific index", "Chinese blue-chips", "mainland China's blue-chip index"),
Australia's benchmark named through the country ("Australia's share benchmark") and the bare "SET" of Bangkok;
no market move before an economy's figures ("Singapore's GDP grew 2%"); a place's possessive before its own index
counted once in a list ("Hong Kong's Hang Seng and Taiwan's Taiex fell 1.4% and 0.6%, respectively"); New Zealand
companies at their NZX listing and Jakarta large caps under their long and short names; a move pointed forward to
an index after its country's possessive ("driven by a 1.7% rise in Japan's Nikkei"); and list lines that give the
figure first with an underscore and an aside in brackets ("86 percent _ Alpha Index (Brazil, Chile)").

The passages are written for these tests; the companies and figures are invented.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.extraction import rows_of

moves = rows_of("instrument.key", "change_pct")

GAUGE_NAMES = [
    ("MSCI's ex-Japan Asian-Pacific index was down 0.4% in early trade.", [("MXAPJ", -0.4)]),
    ("MSCI's ex-Japan Asia-Pacific index rose 1.2 percent.", [("MXAPJ", 1.2)]),
    ("World stocks, measured by MSCI's gauge of 47 markets, added 0.3%.", [("MXWD", 0.3)]),
    ("Losses for MSCI's 47-country world index deepened as it fell 2.5%.", [("MXWD", -2.5)]),
    ("MSCI's broadest index of Asia-Pacific stocks added 0.8% on Tuesday.", [("MXAP", 0.8)]),
    ("Chinese blue-chips added 0.7%, while the Hang Seng fell 0.2%.", [("CSI300", 0.7), ("HSI", -0.2)]),
    ("Mainland China's blue-chip index gained 1.4% by the close.", [("CSI300", 1.4)]),
    ("China's blue-chip index slipped 0.3 percent.", [("CSI300", -0.3)]),
    ("Australia's share benchmark plunged 4.1% at the open.", [("XJO", -4.1)]),
    ("Australia's benchmark index ended 0.6 per cent higher.", [("XJO", 0.6)]),
    ("SET down almost 2% as exporters slump", [("SETI", -2.0)]),
    ("Thailand's SET climbed 0.9 percent.", [("SETI", 0.9)]),
]


@pytest.mark.parametrize(("text", "expected"), GAUGE_NAMES)
def test_gauge_names(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert moves(text) == expected


ECONOMY_FIGURES = [
    # a market's place before its economy's figures is no market move
    ("Singapore's GDP grew 2.1% in the quarter.", []),
    ("Singapore's inflation rose 1.8% in May, and the Straits Times Index fell 0.4%.", [("STI", -0.4)]),
]


@pytest.mark.parametrize(("text", "expected"), ECONOMY_FIGURES)
def test_economy_figures(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert moves(text) == expected


PLACE_POSSESSIVES = [
    ("Hong Kong's Hang Seng and South Korea's Kospi gave up 0.9% and 0.2%, respectively.",
     [("HSI", -0.9), ("KOSPI", -0.2)]),
    ("Hong Kong's Hang Seng and Taiwan's Taiex fell 1.4% and 0.6%, respectively.", [("HSI", -1.4), ("TWII", -0.6)]),
    ("The Nikkei and Korea's Kospi rose 0.3% and 1.1%, respectively.", [("N225", 0.3), ("KOSPI", 1.1)]),
    ("South Korea's Kospi surrendered 0.8%.", [("KOSPI", -0.8)]),
]


@pytest.mark.parametrize(("text", "expected"), PLACE_POSSESSIVES)
def test_place_possessives(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert moves(text) == expected


NZ_NAMES = [
    ("The biggest gain is by Argosy (ARG, #30) up +1.7%.", [("ARG.NZ", 1.7)]),
    ("Warehouse Group (WHS, #45) is next up +1.6% today.", [("WHS.NZ", 1.6)]),
    ("Infratil rose 0.8%, followed by Spark up 0.3%.", [("IFT.NZ", 0.8), ("SPK.NZ", 0.3)]),
    ("Auckland Airport fell 1.9% and Fletcher Building added 0.7%.", [("AIA.NZ", -1.9), ("FBU.NZ", 0.7)]),
]


@pytest.mark.parametrize(("text", "expected"), NZ_NAMES)
def test_nz_names(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert moves(text) == expected


FIGURE_FIRST = [
    ("Gains so far this year:\n\n64 percent _ MSCI EM Latin America (Brazil, Chile, Peru)\n\n"
     "41 percent _ MSCI BRIC (Brazil, Russia, India, China)",
     [("MXLA", 64.0), ("MXBRIC", 41.0)]),
    ("Gains so far this year:\n\n64 percent _ MSCI EM Latin America\n\n41 percent _ MSCI BRIC",
     [("MXLA", 64.0), ("MXBRIC", 41.0)]),
    ("Gains so far this year:\n\n12 percent _ MSCI EAFE (21 developed markets)", [("MXEA", 12.0)]),
    # without a header or a sign the line states no direction
    ("12 percent _ MSCI EAFE (21 developed markets)", []),
]


@pytest.mark.parametrize(("text", "expected"), FIGURE_FIRST)
def test_figure_first_underscore(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert moves(text) == expected


JAKARTA_NAMES = [
    ("Bank Danamon Indonesia jumped 3.2 percent, and United Tractors rose 1.1 percent.",
     [("BDMN.JK", 3.2), ("UNTR.JK", 1.1)]),
    ("Perusahaan Perkebunan London Sumatra Indonesia, a plantation firm, gained 2.4 percent.", [("LSIP.JK", 2.4)]),
    ("PT Adaro Energy Tbk fell 4.5% and Aneka Tambang slid 2.2%.", [("ADRO.JK", -4.5), ("ANTM.JK", -2.2)]),
    ("Media Nusantara Citra surged 14 percent to Rp 420.", [("MNCN.JK", 14.0)]),
]


@pytest.mark.parametrize(("text", "expected"), JAKARTA_NAMES)
def test_jakarta_names(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert moves(text) == expected


FORWARD_POSSESSIVES = [
    ("Most of that was driven by a 1.7% rise in Japan's Nikkei, which rebounded.", [("N225", 1.7)]),
    ("The region was dragged by a 2.3% drop in Germany\u2019s DAX.", [("DAX", -2.3)]),
    ("Gains came from a 0.9% advance in Korea's Kospi.", [("KOSPI", 0.9)]),
    # (no possessive: as before)
    ("It was driven by a 1.2% rise in the Nikkei.", [("N225", 1.2)]),
]


@pytest.mark.parametrize(("text", "expected"), FORWARD_POSSESSIVES)
def test_forward_possessives(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert moves(text) == expected
