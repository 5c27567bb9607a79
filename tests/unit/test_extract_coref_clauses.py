"""The subject carried into a later clause of its sentence, and references with a place's possessive.

- A clause after "but", "after" or "before" whose first words are a verb of the close ("closed", "ended",
  "finishing", "settled"), adverbs of time ("eventually", "finally") or a time of the session ("after midday"),
  with a level after "at"/"to" or a change in points before the percent, has no subject of its own: its move is
  the subject's ("rose 1% but closed 0.3% lower"). A clause with a noun of its own ("but profits ended 30%
  lower") is no move of the subject.
- "the UK's blue-chip index", "Japan's broader index": a capitalised possessive before the head's adjectives
  is no name; the phrase is a reference. Before the head itself ("the Mothers' index" style names) it is not.
- A family of indices named once before a list ending in "indices"/"indexes" ("the BSE Midcap and Smallcap
  indices", "the Nifty Bank, Auto and Metal indexes") names each listed index with it, when the directory knows
  the name so made; a word that makes no known name with it stays what it was.
- "The market", "the broader market" is the benchmark of the article's market (that of a stock named before it
  in its sentence when none is known yet) as the subject of a verb or a possessive; not before another noun
  ("the market peak", "the market value of"), nor after "in" or "across" (a scene).
- A reference that is the subject of its sentence ("The carmaker, a supplier to Beta, fell 3%") is what a later
  "the stock's" in that sentence names, not a stock in a phrase of place after it.

Table-driven, one row a case; the passages are invented (instruments of the built-in directory).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.extraction import rows_of

run = rows_of("instrument.key", "direction", "change_pct", sort=True)


CONTINUED = [
    ("The Nikkei rose as much as 1% but closed 0.3% lower.", [("N225", "down", -0.3), ("N225", "up", 1.0)]),
    ("The Nikkei rose as much as 1 per cent in the morning but ended the day 0.3 per cent lower.",
     [("N225", "down", -0.3), ("N225", "up", 1.0)]),
    ("Toyota hit a record high after lunch but finished 0.4 pc lower at 2,410 yen.", [("7203.T", "down", -0.4)]),
    ("The Kospi peaked at 2,648 after midday and closed at 2,645, up 1.6%.", [("KOSPI", "up", 1.6)]),
    ("The Dow declined for a third straight session but ended just 64 points lower (-0.3%).",
     [("DJI", "down", -0.3)]),
    ("The FTSE 100 slipped early on but eventually settled 0.5 percent higher at 7,512.",
     [("UKX", "up", 0.5)]),
    ("Sony fell in early deals before finally closing 1.2% up.", [("6758.T", "up", 1.2)]),
    ("The Hang Seng Index swung between gains and losses but ended the session 0.8 per cent higher.",
     [("HSI", "up", 0.8)]),
    # an earlier session's move is its own event (the definition)
    ("Sony eased 0.8% to 12,100 yen, after ending 1.6% lower on Tuesday.",
     [("6758.T", "down", -1.6), ("6758.T", "down", -0.8)]),
    # a clause with a noun of its own as subject states no move of the subject
    ("Toyota rose 2% but profits ended 30% lower.", [("7203.T", "up", 2.0)]),
    ("Sony rose 1% after the session closed, while volume was 30% lower.", [("6758.T", "up", 1.0)]),
    ("Toyota gained 1.5% but sales closed the year at 30 billion yen, up 12%.", [("7203.T", "up", 1.5)]),
]

POSSESSIVES = [
    ("The FTSE 100 had another bad day. The UK's blue-chip index closed at 6,796.33, after dropping 3.5%.",
     [("UKX", "down", -3.5)]),
    ("Tokyo stocks were mixed. Japan's broader index, the Topix, was flat, while the Nikkei fell 0.4 per cent. "
     "Japan's benchmark index has lost 3 per cent this week.",
     [("N225", "down", -3.0), ("N225", "down", -0.4), ("TOPIX", "flat", None)]),
    # a name's possessive right before the head names another index, not the last one
    ("The Nikkei rose 1%. The Orbis’s index added 0.7%.", [("N225", "up", 1.0)]),
]

STOCK_REFS = [
    # the reference that is the subject, not the stock after "to", is what "the stock's" names
    ("Sony warned on profit. The electronics maker, a supplier to Toyota, dropped as much as 3.6 percent, "
     "bringing the stock's five-day decline to 9.4 percent.",
     [("6758.T", "down", -9.4), ("6758.T", "down", -3.6)]),
]

FAMILIES = [
    ("Among broader indices, the BSE Midcap and Smallcap indices closed 0.8 per cent and 1.5 per cent higher, "
     "respectively.", [("BSEMIDCAP", "up", 0.8), ("BSESMALLCAP", "up", 1.5)]),
    ("The BSE Midcap and Smallcap indices also lost one per cent each.",
     [("BSEMIDCAP", "down", -1.0), ("BSESMALLCAP", "down", -1.0)]),
    ("Sectorally, the Nifty Realty, FMCG, and IT indices slipped 3.5 per cent each.",
     [("NIFTYFMCG", "down", -3.5), ("NIFTYIT", "down", -3.5), ("NIFTYREALTY", "down", -3.5)]),
    ("The Nifty Bank, Auto and Metal indexes were up 1.1 percent, 0.9 percent and 2 percent.",
     [("NIFTYAUTO", "up", 0.9), ("NIFTYBANK", "up", 1.1), ("NIFTYMETAL", "up", 2.0)]),
    ("The S&P BSE Midcap & Smallcap indices fell 0.4 pc and 0.7 pc, respectively.",
     [("BSEMIDCAP", "down", -0.4), ("BSESMALLCAP", "down", -0.7)]),
    ("The CSI 300 and 500 indices rose 1% and 2% respectively.", [("CSI300", "up", 1.0), ("CSI500", "up", 2.0)]),
    ("The FTSE 100 and 250 indices rose 0.4% and 0.6% respectively.", [("MCX", "up", 0.6), ("UKX", "up", 0.4)]),
    # a word that makes no known name with the family, or a list without the plural head
    ("The Nifty IT and Orbix indices rose 1.2% and 0.8% respectively.", [("NIFTYIT", "up", 1.2)]),
    ("The BSE Midcap and Infosys rose 1% and 2% respectively.", [("BSEMIDCAP", "up", 1.0), ("INFY.NS", "up", 2.0)]),
]

MARKET = [
    ("Taiwan shares rose on Tuesday. The Taiex ended 1.2% higher at 23,000. The market opened up 0.5 percent.",
     [("TWII", "up", 0.5), ("TWII", "up", 1.2)]),
    ("Hong Kong stocks rallied on Monday. The market closed 1.1 per cent higher at 18,020.", [("HSI", "up", 1.1)]),
    ("Apple rose 3%, beating the broader market's 0.6 percent advance.", [("AAPL", "up", 3.0), ("SPX", "up", 0.6)]),
    ("The Kospi gained 0.8%. The broader market also rose, up 1.1 per cent.",
     [("KOSPI", "up", 0.8), ("KOSPI", "up", 1.1)]),
    ("Seoul stocks slipped. The wider market was down 0.4 pc at the close.", [("KOSPI", "down", -0.4)]),
    # another noun after it, a scene
    ("The Dow is off 28% from the market peak of 2007.", [("DJI", "down", -28.0)]),
    ("The Sensex rose 1%. The market value of Infosys fell 5%.", [("SENSEX", "up", 1.0)]),
    ("The FTSE 100 rose 0.3 pc. Across the market, miners gained 2 pc.",
     [("UKX", "up", 0.3), ("name:miners-sub-index", "up", 2.0)]),
    ("The Sensex rose 1%. In the broader market Orbix Midcaps ended 0.04% higher.", [("SENSEX", "up", 1.0)]),
    ("Sony cut its outlook. Its share of the market fell 3 percent.", []),
    # no market known in the article: no benchmark to name
    ("The market opened up 1.3 percent on Monday.", []),
]


@pytest.mark.parametrize(("text", "expected"), MARKET)
def test_the_market(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == sorted(expected)


@pytest.mark.parametrize(("text", "expected"), FAMILIES)
def test_family_named_once(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == sorted(expected)


@pytest.mark.parametrize(("text", "expected"), CONTINUED)
def test_clause_continues_subject(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == sorted(expected)


@pytest.mark.parametrize(("text", "expected"), POSSESSIVES)
def test_place_possessive_reference(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == sorted(expected)


@pytest.mark.parametrize(("text", "expected"), STOCK_REFS)
def test_subject_reference_names_the_stock(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == sorted(expected)
