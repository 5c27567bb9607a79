"""Table-driven tests of Asian, Australian and global market wraps: the names wires give the regional and
Chinese gauges ("MSCI's ex-Japan Asian-Pacific index", "Chinese blue-chips", "mainland China's blue-chip index"),
Australia's benchmark named through the country ("Australia's share benchmark") and the bare "SET" of Bangkok;
a bare country as its market's benchmark ("Thailand fell 1%", "South Korea finished up 3.7%"), but not inside a longer
name ("Zeta Air Australia dived 12%"), nor before its economy's figures ("Indonesia's GDP grew 5%"); a country's
possessive before its own index counted once in a list ("Hong Kong's Hang Seng and South Korea's Kospi fell 0.9%
and 0.2%, respectively"); New Zealand companies at their NZX listing and Jakarta large caps under their
long and short names; and list lines that give the figure first
with an underscore and an aside in brackets ("86 percent _ Alpha Index (Brazil, Chile)").

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


BARE_COUNTRIES = [
    ("Thailand fell 1.2% and Indonesia added 0.3%.", [("SETI", -1.2), ("JKSE", 0.3)]),
    ("Elsewhere, Malaysia rose 0.5% and New Zealand slipped 0.4%.", [("KLCI", 0.5), ("NZ50", -0.4)]),
    ("South Korea, which analysts favour, finished the session up 3.7%.", [("KOSPI", 3.7)]),
    ("South Korea fell 2.1% as chipmakers slid.", [("KOSPI", -2.1)]),
    ("The Philippines rose 0.6% while Vietnam shed 1.1%.", [("PSEI", 0.6), ("VNINDEX", -1.1)]),
    # a country word ending a longer name is no market
    ("Zeta Air Australia dived 12.7% amid speculation.", []),
    ("Bank Quorn Indonesia jumped 4.7 percent.", []),
    ("Orvan Telecom Malaysia fell 2.1 percent.", []),
    # the country's economy is no market
    ("Indonesia's GDP grew 5.1% last year.", []),
    ("Malaysia's inflation rose 2.1% in May.", []),
]


@pytest.mark.parametrize(("text", "expected"), BARE_COUNTRIES)
def test_bare_countries(text: str, expected: list[tuple[Any, ...]]) -> None:
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
