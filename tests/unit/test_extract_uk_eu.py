"""UK and continental European market wraps and stock movers: prices and changes in pence ("down 12.4p at
456p", "or 14.4 pence"), index and sector names of London, Frankfurt, Paris and the STOXX family, and the
newsroom names of their constituents.

Passages are written for these tests (invented sentences; company names from the built-in directory or made up).
"""

from __future__ import annotations

from typing import Any

import pytest

from streams.model import Article
from tests.unit.extraction import EX


def fields(text: str) -> list[tuple[Any, ...]]:
    """Key, direction, percent, points, level and currency of each event."""
    return [(e.instrument.key, e.direction, e.change_pct, e.change_points, e.level, e.currency)
            for e in EX.extract(Article(id="t", body=text))]


# a share price in pence is GBX; a change in pence is in the unit of the price ("rose 8.5p to 301.5p" is +8.5)
PENCE = [
    # the change after the verb, then the percent after ", or"
    ("ITV gained 2.34p, or 3.1%, to 77.8p.", [("ITV.L", "up", 3.1, 2.34, 77.8, "GBX")]),
    ("Rolls-Royce rose 91p, or 10 per cent, to 979p.", [("RR.L", "up", 10.0, 91.0, 979.0, "GBX")]),
    # the percent first, the change in pence after ", or" (with or without the commas)
    ("Marks & Spencer fell 5.1 per cent, or 16.2p, to 301.4p.",
     [("MKS.L", "down", -5.1, -16.2, 301.4, "GBX")]),
    ("Shares in Barclays climbed 3.4% or 5.9p to 178.2p.", [("BARC.L", "up", 3.4, 5.9, 178.2, "GBX")]),
    ("Tesco ended 3.5 percent, or 14.4 pence, higher at 422p.", [("TSCO.L", "up", 3.5, 14.4, 422.0, "GBX")]),
    # "by" and an adverb before the change
    ("Vodafone fell by 2.1p, or 2.7%, to 74.3p.", [("VOD", "down", -2.7, -2.1, 74.3, "GBX")]),
    ("Tesco was down 4.2p, or 1.4%, at 301.5p.", [("TSCO.L", "down", -1.4, -4.2, 301.5, "GBX")]),
    # the change before the adverb ("closed 12.4p lower"), alone or in a parenthesis with the percent
    ("Tesco closed 12.4p lower at 456p, down 2.6%.", [("TSCO.L", "down", -2.6, -12.4, 456.0, "GBX")]),
    ("Tesco closed 12.4p, or 2.6%, lower at 456p.", [("TSCO.L", "down", -2.6, -12.4, 456.0, "GBX")]),
    ("Tesco moved 3.5 percent, or 14.4 pence, higher to 422p.",
     [("TSCO.L", "up", 3.5, 14.4, 422.0, "GBX")]),
    # a change stated after the level
    ("Lloyds Banking Group shares rose 1.2 per cent to 52.1p, up 0.6p.",
     [("LLOY.L", "up", 1.2, 0.6, 52.1, "GBX")]),
    ("Tesco added 4.2p to 301.5p, up 1.4%.", [("TSCO.L", "up", 1.4, 4.2, 301.5, "GBX")]),
    # a level in pence alone, "pc" for percent
    ("Lloyds Banking Group fell 3pc to 52.1p.", [("LLOY.L", "down", -3.0, None, 52.1, "GBX")]),
    ("BP was 2.3% higher at 456.7p and Shell was up 1.8% at 2,650p.",
     [("BP.L", "up", 2.3, None, 456.7, "GBX"), ("SHEL.L", "up", 1.8, None, 2650.0, "GBX")]),
    # a name the directory lacks
    ("Kelbrook Plc fell 12.4p, or 2.6%, to 456p.", [("name:kelbrook-plc", "down", -2.6, -12.4, 456.0, "GBX")]),
    # a price or change in pounds is given in pence, the unit of a UK share price
    ("Tesco rose 12 pence, or 2.9 per cent, to £4.26.", [("TSCO.L", "up", 2.9, 12.0, 426.0, "GBX")]),
    ("Shell fell £1.20, or 4.2 per cent, to £27.35.", [("SHEL.L", "down", -4.2, -120.0, 2735.0, "GBX")]),
    ("BP was up 2.3% at £4.57 and Shell was up 1.8% at 2,650p.",
     [("BP.L", "up", 2.3, None, 457.0, "GBX"), ("SHEL.L", "up", 1.8, None, 2650.0, "GBX")]),
    ("Tesco added 4½p to £3.02, up 1.5%.", [("TSCO.L", "up", 1.5, 4.5, 302.0, "GBX")]),
    # an index beside a stock in pence: points stay index points, no currency
    ("The FTSE 100 rose 45.2 points, or 0.6 per cent, to 7,512.3, with BP up 3.2% at 499.45p.",
     [("UKX", "up", 0.6, 45.2, 7512.3, None), ("BP.L", "up", 3.2, None, 499.45, "GBX")]),
    # a quote row in pence
    ("Serco Group (SRP) 233.40p 4.57%", [("SRP.L", "up", 4.57, None, 233.4, "GBX")]),
    # "p.m." is a time, not pence
    ("Tesco fell 2.1% to 301.5p by 3p.m. in London.", [("TSCO.L", "down", -2.1, None, 301.5, "GBX")]),
]


@pytest.mark.parametrize(("text", "expected"), PENCE)
def test_pence(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert fields(text) == expected


def moves(text: str) -> list[tuple[Any, ...]]:
    return [(e.instrument.key, e.direction, e.change_pct) for e in EX.extract(Article(id="t", body=text))]


# constituents of the FTSE, DAX, CAC and their neighbours by the short names newsrooms use
NEWSROOM_NAMES = [
    ("JD Sports slumped 8.1% after a profit warning.", [("JD.L", "down", -8.1)]),
    ("Sainsbury's rose 2.2% while M&S fell 1.1%.", [("SBRY.L", "up", 2.2), ("MKS.L", "down", -1.1)]),
    ("BT was the top riser, up 4.3%.", [("BT-A.L", "up", 4.3)]),
    ("IAG, the owner of British Airways, jumped 6.2%.", [("IAG.L", "up", 6.2)]),
    ("The top performers were B&M (+3.2%), Currys (+2.9%) and Wetherspoon (+2.1%).",
     [("BME.L", "up", 3.2), ("CURY.L", "up", 2.9), ("JDW.L", "up", 2.1)]),
    ("Lufthansa was the biggest faller on the DAX, down 5.1%.", [("LHA.DE", "down", -5.1)]),
    ("Among the decliners were Puma (-3.4%) and Continental (-2.2%).",
     [("PUM.DE", "down", -3.4), ("CON.DE", "down", -2.2)]),
    ("Munich Re and Hannover Re rose 1.2% and 0.9% respectively.",
     [("MUV2.DE", "up", 1.2), ("HNR1.DE", "up", 0.9)]),
    ("Danone fell 2.1% and Michelin rose 1.4%.", [("BN.PA", "down", -2.1), ("ML.PA", "up", 1.4)]),
    ("Luxury stocks weighed, with Richemont down 2.9% and Hermès off 1.8%.",
     [("CFR.SW", "down", -2.9), ("RMS.PA", "down", -1.8)]),
    ("Santander gained 2.3 per cent in Madrid, while Inditex lost 0.8 per cent.",
     [("SAN.MC", "up", 2.3), ("ITX.MC", "down", -0.8)]),
    ("Tui also saw its shares slump by 6.98% to 610.10.", [("TUI1.DE", "down", -6.98)]),
    ("Logitech International 70.96 +1.06 +1.52", [("LOGN.SW", "up", 1.52)]),
]


@pytest.mark.parametrize(("text", "expected"), NEWSROOM_NAMES)
def test_newsroom_names(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert moves(text) == expected


# a financial centre as the subject of a move is its market's benchmark ("London has risen by 0.97%"); a
# city in a prepositional phrase, a modifier or a dateline is not a subject
CITIES = [
    ("In European markets, London has risen by 0.97% and Milan, by 0.24%; while Paris has fallen by 0.40% and "
     "Frankfurt, by 0.27%.",
     [("UKX", "up", 0.97), ("FTSEMIB", "up", 0.24), ("CAC", "down", -0.4), ("DAX", "down", -0.27)]),
    ("Amsterdam closed down by 3%, Paris by 2.6%.", [("AEX", "down", -3.0), ("CAC", "down", -2.6)]),
    ("Stocks in Milan were up 1.1%, while Madrid gained 0.7%.", [("FTSEMIB", "up", 1.1), ("IBEX", "up", 0.7)]),
    ("The Paris bourse rose 0.6%.", [("CAC", "up", 0.6)]),
    ("Tesco fell 2% in London, while Carrefour lost 1% in Paris.", [("TSCO.L", "down", -2.0), ("CA.PA", "down", -1.0)]),
    ("Glencore, based in London, fell 3%.", [("GLEN.L", "down", -3.0)]),
    ("Paris-based Kering dropped 4%.", [("KER.PA", "down", -4.0)]),
    ("In London, Barclays rose 1.2% and in Paris BNP Paribas gained 0.9%.",
     [("BARC.L", "up", 1.2), ("BNP.PA", "up", 0.9)]),
    # datelines
    ("PARIS (AFP) - Renault rose 3% on Tuesday.", [("RNL.PA", "up", 3.0)]),
    ("LONDON (Reuters) - Ocado rose 3% on Tuesday.", [("OCDO.L", "up", 3.0)]),
    ("LONDON, Oct 5 (Reuters) - Shares in Ocado rose 3% on Tuesday.", [("OCDO.L", "up", 3.0)]),
    # a government bond beside a market is no move of it
    ("Milan slumps again with Europe, BTP down 4%.", []),
    ("Frankfurt eased as Bunds rallied, yields down 2%.", []),
]


@pytest.mark.parametrize(("text", "expected"), CITIES)
def test_cities(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert moves(text) == expected


# STOXX and FTSE sector names as subjects, with modifiers and asides
SECTORS = [
    ("Basic resources rose 1.8%, the best-performing sector.", [("name:basic-resources-sub-index", "up", 1.8)]),
    ("Retail added 1.2 per cent.", [("name:retail-sub-index", "up", 1.2)]),
    ("Rate-sensitive real estate gained 1.3 per cent while utilities, often seen as a bond proxy, added 1.1 per cent.",
     [("name:real-estate-sub-index", "up", 1.3), ("name:utilities-sub-index", "up", 1.1)]),
    ("Travel and leisure stocks dropped 2.3%.", [("name:travel-and-leisure-sub-index", "down", -2.3)]),
    ("Insurers fell 0.9%, while chemicals gained 0.6%.",
     [("name:insurers-sub-index", "down", -0.9), ("name:chemicals-sub-index", "up", 0.6)]),
    ("Housebuilders fell 3%.", [("name:housebuilders-sub-index", "down", -3.0)]),
    ("Technology stocks rose 1.6% and luxury shares fell 2.2%.",
     [("name:technology-sub-index", "up", 1.6), ("name:luxury-sub-index", "down", -2.2)]),
    # a capitalised compound is part of a name, not a modifier: no materials sector here
    ("Acme-Tech Materials rose 2%.", []),
    ("Retail sales rose 2% in May.", []),
]


@pytest.mark.parametrize(("text", "expected"), SECTORS)
def test_sectors(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert moves(text) == expected


# a sign parted from its figure by a space right after a bracket, as translated wraps write it
SPACED_SIGNS = [
    ("The leaders were IAG (+1.65%), Inditex (+ 1.59%) and Redeia (+1.52%).",
     [("IAG.L", "up", 1.65), ("ITX.MC", "up", 1.59), ("RED.MC", "up", 1.52)]),
    ("Renault (+ 2.1%) led the CAC 40.", [("RNL.PA", "up", 2.1)]),
    ("Renault (- 2.1%) weighed on the CAC 40.", [("RNL.PA", "down", -2.1)]),
    # a dash between words is no sign
    ("Renault - the carmaker - rose 2.1%.", [("RNL.PA", "up", 2.1)]),
]


@pytest.mark.parametrize(("text", "expected"), SPACED_SIGNS)
def test_spaced_signs(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert moves(text) == expected
