"""London and Sydney wraps: the names newsrooms give the FTSE 250 and the AIM All-Share ("the domestically
focused midcap index (.FTMC)", "the AIM-All Share index"), and volatility gauges named after an index ("the
S&P/ASX 200 VIX", "the FTSE 100 VIX"), whose moves are never price moves (docs/move-events.md); sectors named
by a bare plural before a percent and its adverb ("Miners closed 1.5% lower") or after their role ("The top
sector was utilities, up 1.1 per cent"), and levels after a hedge ("to a more than one-year low of 3,650p",
"at around 71p").

Passages are written for these tests (invented sentences; instruments from the built-in directory).
"""

from __future__ import annotations

from typing import Any

import pytest

from streams.model import Article
from tests.unit.extraction import EX


def moves(text: str) -> list[tuple[Any, ...]]:
    return [(e.instrument.key, e.direction, e.change_pct, e.level) for e in EX.extract(Article(id="t", body=text))]


INDEX_NAMES = [
    # the Reuters name of the FTSE 250, in both spellings, with or without its RIC
    ("The blue-chip FTSE 100 index (.FTSE) rose 0.3%, while the domestically focused midcap index (.FTMC) "
     "gained 0.6%.", [("UKX", "up", 0.3, None), ("MCX", "up", 0.6, None)]),
    ("The domestically-focused mid-cap index slipped 0.5% to 19,804.2.", [("MCX", "down", -0.5, 19804.2)]),
    ("Housebuilders lifted sentiment and the domestically focussed mid-cap index (.FTMC) added 1.1%.",
     [("MCX", "up", 1.1, None)]),
    ("The domestically focussed FTSE 250 fell 0.8 per cent.", [("MCX", "down", -0.8, None)]),
    # the AIM All-Share as London writes it
    ("The AIM-All Share index rose 1.8 per cent to 982.", [("AXX", "up", 1.8, 982.0)]),
    ("London's junior AIM market fell 0.4 per cent.", [("AXX", "down", -0.4, None)]),
    ("Over the week the AIM-All Share index and the FTSE 100 both rose 2.1% to 801 and 7,402 respectively.",
     [("AXX", "up", 2.1, 801.0), ("UKX", "up", 2.1, 7402.0)]),
    ("The FTSE AIM All-Share Index slid 0.9% to 745.3.", [("AXX", "down", -0.9, 745.3)]),
]


@pytest.mark.parametrize(("text", "expected"), INDEX_NAMES)
def test_index_names(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert moves(text) == expected


VOLATILITY = [
    ("The S&P/ASX 200 VIX, which tracks implied volatility, was up 12.5% to 18.2.", []),
    ("The ASX 200 VIX jumped 9 per cent as the S&P/ASX 200 fell 1.4 per cent.", [("XJO", "down", -1.4, None)]),
    ("The FTSE 100 VIX rose 8%, while the FTSE 100 fell 1.2%.", [("UKX", "down", -1.2, None)]),
    ("London's fear gauge, the FTSE 100 Volatility Index, climbed 11 per cent.", []),
]


@pytest.mark.parametrize(("text", "expected"), VOLATILITY)
def test_volatility_gauges_are_not_moves(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert moves(text) == expected


SECTOR_ADVERBS = [
    # a sector named by a bare plural, a verb without a direction, then the percent and its adverb
    ("Tech stocks finished 2 per cent higher.", [("name:tech-sub-index", "up", 2.0, None)]),
    ("Miners closed 1.5% lower.", [("name:miners-sub-index", "down", -1.5, None)]),
    ("Banks ended the day 0.8 per cent lower.", [("name:banks-sub-index", "down", -0.8, None)]),
    ("Miners closed 1.5 per cent lower at 12,402.", [("name:miners-sub-index", "down", -1.5, 12402.0)]),
    # the role "the worst hit" / "the hardest hit" before the move
    ("Energy stocks were the worst hit, down 2.2 per cent.", [("name:energy-sub-index", "down", -2.2, None)]),
    ("Travel stocks were the hardest hit, falling 3.1%.", [("name:travel-sub-index", "down", -3.1, None)]),
    # no percent with an adverb: no move
    ("Miners traded 2 million shares.", []),
    ("Banks ended 2 per cent of their branches.", []),
]


@pytest.mark.parametrize(("text", "expected"), SECTOR_ADVERBS)
def test_sector_percent_then_adverb(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert moves(text) == expected


LEVEL_HEDGES = [
    # a hedge between "to"/"at" and the price: the level is still the move's
    ("Unilever fell 4.2 per cent to a more than one-year low of 3,650p.", [("ULVR.L", "down", -4.2, 3650.0)]),
    ("Wesfarmers fell 3.1 per cent to a more than two-year low of $52.10.", [("WES.AX", "down", -3.1, 52.1)]),
    ("Shares in Vodafone were down 4% at around 71p.", [("VOD", "down", -4.0, 71.0)]),
    ("Tesco fell 3% to just 290p.", [("TSCO.L", "down", -3.0, 290.0)]),
    ("The FTSE 100 rose 0.5% to roughly 7,500.", [("UKX", "up", 0.5, 7500.0)]),
    # a hedge of a comparison, not a level
    ("Tesco rose 2%, more than the FTSE 100, which gained 0.4% to about 7,500.",
     [("TSCO.L", "up", 2.0, None), ("UKX", "up", 0.4, 7500.0)]),
]


@pytest.mark.parametrize(("text", "expected"), LEVEL_HEDGES)
def test_level_after_a_hedge(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert moves(text) == expected


INVERTED_SECTORS = [
    # the role first, the sector after the be-verb, then its move after a comma
    ("The best-performing sector was Information Technology, up 3.76 per cent.",
     [("name:information-technology-sub-index", "up", 3.76, None)]),
    ("The worst-performing sector was Energy, down 1.32 per cent.", [("name:energy-sub-index", "down", -1.32, None)]),
    ("The top sector was utilities, up 1.1 per cent.", [("name:utilities-sub-index", "up", 1.1, None)]),
    ("The worst performers were miners, falling 1.2%.", [("name:miners-sub-index", "down", -1.2, None)]),
    # no move after the comma: none
    ("The focus was energy, as oil rose 2%.", []),
]


@pytest.mark.parametrize(("text", "expected"), INVERTED_SECTORS)
def test_sector_after_its_role(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert moves(text) == expected


AX_PREFIX = [
    # "AX:" as some ASX wraps write the exchange: the code is the ASX company's, not a namesake's elsewhere
    ("Evolution Mining Ltd (AX:EVN) added 6.27% to end at 2.880.", [("EVN.AX", "up", 6.27, 2.88)]),
    ("Saracen Mineral Holdings Ltd (AX:SAR) rose 4.1% to end at 3.730.", [("SAR.AX", "up", 4.1, 3.73)]),
    ("Wesfarmers Ltd (AX:WES) fell 1.2% to end at 45.10.", [("WES.AX", "down", -1.2, 45.1)]),
]


@pytest.mark.parametrize(("text", "expected"), AX_PREFIX)
def test_ax_exchange_prefix(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert moves(text) == expected
