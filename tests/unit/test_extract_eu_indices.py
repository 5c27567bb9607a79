"""European and UK index and sector names, and words that are never the name of a company: the STOXX Europe
600 sector indices under the forms newsrooms use ("the Stoxx Europe 600 banking index", "Europe's media
index"), London's blue-chip and mid-cap gauges by description, the benchmarks of the Nordic and smaller
European markets ("Norwegian shares", "the main index" in an Oslo report), the FTSE Eurofirst 300 spelled
in two words, industries of sector stocks ("beverages stocks"), short company names ("VW", "AB Foods",
"Morrisons") and holidays ("Christmas trading").

Passages are written for these tests (invented sentences; company names from the built-in directory or made up).
"""

from __future__ import annotations

from typing import Any

import pytest

from streams.model import Article
from tests.unit.extraction import EX


def moves(text: str) -> list[tuple[Any, ...]]:
    """Key, kind, direction and percent of each event."""
    return [(e.instrument.key, e.instrument.kind, e.direction, e.change_pct)
            for e in EX.extract(Article(id="t", body=text))]


SECTOR_FORMS = [
    # the full name with the industry word news uses, one event for the sector (not the broad index too)
    ("The Stoxx Europe 600 banking index climbed 2.3 per cent.", [("SX7P", "sector", "up", 2.3)]),
    ("The STOXX Europe 600 insurance index slipped 0.8%.", [("SXIP", "sector", "down", -0.8)]),
    ("The Stoxx Europe 600 retail index added 1.1% by the close.", [("SXRP", "sector", "up", 1.1)]),
    # the region's possessive, with "index" or "sector"
    ("Europe's banking index fell 1.7 per cent.", [("SX7P", "sector", "down", -1.7)]),
    ("Europe's media index edged up 0.4%.", [("SXMP", "sector", "up", 0.4)]),
    ("Europe's utilities sector lost 1.2% as yields rose.", [("SX6P", "sector", "down", -1.2)]),
    ("The European telecoms sector gained 0.9%.", [("SXKP", "sector", "up", 0.9)]),
    ("The European banking sector dropped 2.6 per cent.", [("SX7P", "sector", "down", -2.6)]),
]

UK_AND_EU_GAUGES = [
    # London's gauges by description
    ("The UK blue-chip index rose 52 points, or 0.7%, to 7,450.", [("UKX", "index", "up", 0.7)]),
    ("Britain's blue-chip index slipped 0.3 per cent.", [("UKX", "index", "down", -0.3)]),
    ("London's blue-chip index ended 1.1% higher.", [("UKX", "index", "up", 1.1)]),
    ("The UK mid-cap index shed 0.9%.", [("MCX", "index", "down", -0.9)]),
    ("Britain's midcap index added 0.5 per cent.", [("MCX", "index", "up", 0.5)]),
    # the FTSE Eurofirst 300 in two words is not the FTSE 100
    ("The FTSE Eurofirst 300 rose 0.4% to 1,512 points.", [("FTEU3", "index", "up", 0.4)]),
    ("The pan-European FTSE Eurofirst 300 index fell 1.2%.", [("FTEU3", "index", "down", -1.2)]),
]

NORDIC_AND_SMALLER_MARKETS = [
    # a market phrase is the market's benchmark, and "the main index" after it is that benchmark, not the HSI
    ("Norwegian shares fell 0.8%. At the close in Oslo, the main index was 0.8% lower.",
     [("OBX", "index", "down", -0.8)]),
    ("Oslo OBX up 0.3%\nThe main index rose 0.3% as energy stocks gained.", [("OBX", "index", "up", 0.3)]),
    ("Swedish stocks edged down 0.1%. The benchmark index fell 0.1%.", [("OMXS30", "index", "down", -0.1)]),
    ("Danish shares gained 0.7%.", [("OMXC25", "index", "up", 0.7)]),
    ("Helsinki stocks slipped 0.4%.", [("OMXH25", "index", "down", -0.4)]),
    ("Irish shares added 0.6%.", [("ISEQ", "index", "up", 0.6)]),
    ("Portugal's PSI rose 1.2%.", [("PSI20", "index", "up", 1.2)]),
    ("Polish stocks dropped 1.9%.", [("WIG20", "index", "down", -1.9)]),
]

INDUSTRIES = [
    # plural and drink industries before a sector head
    ("Beverages stocks added 1.4%, while Tesco fell 0.5%.",
     [("name:beverages-sub-index", "sector", "up", 1.4), ("TSCO.L", "stock", "down", -0.5)]),
    ("Tobacco shares slipped 2.1 per cent.", [("name:tobacco-sub-index", "sector", "down", -2.1)]),
    ("Drinks stocks rose 0.8%.", [("name:drinks-sub-index", "sector", "up", 0.8)]),
]

SHORT_NAMES = [
    # the short names newsrooms use where the lists give the legal name or capitals only
    ("VW slipped 1.5% while BMW rose 0.4%.", [("VOW3.DE", "stock", "down", -1.5), ("BMW.DE", "stock", "up", 0.4)]),
    ("Morrisons (MRW) fell 2.2% to 180.4p.", [("MRW.L", "stock", "down", -2.2)]),
    ("AB Foods added 1.3% and Relx gained 0.6%.", [("ABF.L", "stock", "up", 1.3), ("REL.L", "stock", "up", 0.6)]),
    ("BAT lost 0.9% and Asos jumped 7.5%.", [("BATS.L", "stock", "down", -0.9), ("ASC.L", "stock", "up", 7.5)]),
]

HOLIDAYS = [
    # a holiday is no company: sales over the holiday are a result, not a move
    ("Like-for-like sales over Christmas were up 4.2%.", []),
    ("Sales in the weeks around Easter rose 6%.", []),
    ("Trading over Thanksgiving was up 3.5% on the year before.", []),
    # a company in the same sentence still moves
    ("Tesco rose 2.1% after sales over Christmas beat forecasts.", [("TSCO.L", "stock", "up", 2.1)]),
]


CASES = SECTOR_FORMS + UK_AND_EU_GAUGES + NORDIC_AND_SMALLER_MARKETS + INDUSTRIES + SHORT_NAMES + HOLIDAYS


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_european_names(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert moves(text) == expected
