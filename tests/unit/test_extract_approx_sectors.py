"""Approximate moves ("more than 7%", "almost 3 per cent", "just under 2%") and sectors as subjects in market
wraps: a sector in a predicate ("Mining was the only sector to drop - it fell 0.4 per cent"), sectors listed
before a shared move ("Realty and FMCG rose 0.5% and 0.3%, respectively"), a sector "being down" after a
company's move; and hedge words before figures that are not price moves, which stay no event.

Passages are written for these tests (invented sentences; names from the built-in directory or made up).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.extraction import rows_of

run = rows_of("instrument.key", "direction", "change_pct", "approx")


ORION = "name:orion-gravel-holdings"

# a hedge word or phrase before the figure: approximate, with the stated number
APPROX = [
    ("Orion Gravel Holdings jumped more than 7% after the results.", [(ORION, "up", 7.0, True)]),
    ("Shares of Orion Gravel Holdings rose over 8 per cent on Tuesday.", [(ORION, "up", 8.0, True)]),
    ("Orion Gravel Holdings fell almost 3% in Sydney.", [(ORION, "down", -3.0, True)]),
    ("Orion Gravel Holdings dropped nearly 2 per cent.", [(ORION, "down", -2.0, True)]),
    ("Orion Gravel Holdings added about 1 percent.", [(ORION, "up", 1.0, True)]),
    ("Orion Gravel Holdings lost some 4%.", [(ORION, "down", -4.0, True)]),
    ("Orion Gravel Holdings climbed roughly 5.5 pc.", [(ORION, "up", 5.5, True)]),
    ("Orion Gravel Holdings slid just under 2%.", [(ORION, "down", -2.0, True)]),
    ("Orion Gravel Holdings surged as much as 5%.", [(ORION, "up", 5.0, True)]),
    ("Orion Gravel Holdings fell by more than one per cent.", [(ORION, "down", -1.0, True)]),
    ("Orion Gravel Holdings was down by more than 2%.", [(ORION, "down", -2.0, True)]),
    ("Orion Gravel Holdings shares were up almost 4 per cent at $2.10.", [(ORION, "up", 4.0, True)]),
    ("Orion Gravel Holdings ended nearly 3% higher.", [(ORION, "up", 3.0, True)]),
    ("Orion Gravel Holdings closed about 1.2 per cent lower at $5.40.", [(ORION, "down", -1.2, True)]),
    ("Orion Gravel Holdings rose by close to 6%.", [(ORION, "up", 6.0, True)]),
    ("Orion Gravel Holdings shed approximately 3 per cent.", [(ORION, "down", -3.0, True)]),
    ("Orion Gravel Holdings tumbled nearly 12pc.", [(ORION, "down", -12.0, True)]),
    ("Westpac posted a gain of nearly 4% on the day.", [("WBC.AX", "up", 4.0, True)]),
    ("The Nifty gained over 1% to 22,400.", [("NIFTY", "up", 1.0, True)]),
    ("The Taiex fell more than 2% on Friday.", [("TWII", "down", -2.0, True)]),
    ("The S&P/ASX 200 rose almost 1 per cent to 7,800.", [("XJO", "up", 1.0, True)]),
    ("Orion Gravel Holdings and Delta Kettle Holdings rose around 1.3% each.",
     [(ORION, "up", 1.3, True), ("name:delta-kettle-holdings", "up", 1.3, True)]),
    # the exact figure of one member and the hedged one of another
    ("Orion Gravel Holdings fell 2%, while Delta Kettle Holdings rose nearly 4%.",
     [(ORION, "down", -2.0, False), ("name:delta-kettle-holdings", "up", 4.0, True)]),
    ("Bank shares were down by more than one per cent.", [("name:bank-sub-index", "down", -1.0, True)]),
    ("Energy shares were higher by almost 2 per cent.", [("name:energy-sub-index", "up", 2.0, True)]),
]

# a hedge word before a figure that is not a price move: no event
NOT_MOVES = [
    "Orion Gravel Holdings said revenue rose about 12% in the year.",
    "Orion Gravel Holdings expects earnings to grow by more than 10%.",
    "Orion Gravel Holdings now holds a stake of almost 5% in the miner.",
    "Orion Gravel Holdings said nearly 40% of its sales come from Asia.",
    "The economy grew by about 3% in the quarter, beating forecasts.",
    "Orion Gravel Holdings' market value rose over 20% to $3 billion.",
    "Energy was the best performing sector last quarter, with profits up 12%.",
    "Energy was the best sector as investors bought oil producers.",
    # commodities listed without a head are no sectors; nor is an industry before another noun
    "Gold and oil rose 2% on the day.",
    "Metal prices fell 2 per cent.",
    "The company plans to list real estate investment trusts, which could raise 10%.",
    # "it" is a pronoun, only "IT" the industry; an industry with one sector name is no list of sectors
    "Analysts said it fell 2% on the day.",
    "Gold and oil & gas rose 2% each.",
]

# sectors as subjects in wraps of the Australian and Indian markets
SECTORS = [
    # a predicate naming the sector's role, and the move later in the sentence
    ("Energy was the only sector to rise - it gained 0.7 per cent - as oil prices firmed.",
     [("name:energy-sub-index", "up", 0.7, False)]),
    ("Utilities were the only sector to fall, dropping 0.3 per cent.",
     [("name:utilities-sub-index", "down", -0.3, False)]),
    ("Materials were the only sector in the red after a loss of 1.2%.",
     [("name:materials-sub-index", "down", -1.2, False)]),
    ("Health care was the best-performing sector after a gain of 1.9 per cent.",
     [("name:health-care-sub-index", "up", 1.9, False)]),
    ("Industrials were the only sector in positive territory after a gain of 0.45%.",
     [("name:industrials-sub-index", "up", 0.45, False)]),
    ("Mining was the worst-performing sector, falling about 1.5 per cent.",
     [("name:mining-sub-index", "down", -1.5, True)]),
    ("Banks were among the worst performers, down 1.1 per cent.", [("name:banks-sub-index", "down", -1.1, False)]),
    # the move of another subject in the sentence stays its own
    ("Technology was the standout sector this year, while Orion Gravel Holdings fell 3%.",
     [(ORION, "down", -3.0, False)]),
    # a sector "being down" after a company's move
    ("Westpac lost 2 per cent and contributed to bank shares being down by more than one per cent.",
     [("WBC.AX", "down", -2.0, False), ("name:bank-sub-index", "down", -1.0, True)]),
    # sectors listed before a shared verb, paired in order
    ("Realty and FMCG rose 0.5% and 0.3%, respectively.",
     [("name:realty-sub-index", "up", 0.5, False), ("name:fmcg-sub-index", "up", 0.3, False)]),
    ("Realty and FMCG were the only gainers, up 0.5% and 0.3%.",
     [("name:realty-sub-index", "up", 0.5, False), ("name:fmcg-sub-index", "up", 0.3, False)]),
    ("Metals, energy and banks fell 1%, 2% and 3%.",
     [("name:metals-sub-index", "down", -1.0, False), ("name:energy-sub-index", "down", -2.0, False),
      ("name:banks-sub-index", "down", -3.0, False)]),
    # industries listed before one head: each is a sector, paired in order
    ("Among old-economy shares, plastics and paper stocks rose 0.9 percent and 0.1 percent respectively.",
     [("name:plastics-sub-index", "up", 0.9, False), ("name:paper-sub-index", "up", 0.1, False)]),
    ("Textile, cement and glass stocks were down 1.2 percent, 0.9 percent and 0.4 percent, respectively.",
     [("name:textile-sub-index", "down", -1.2, False), ("name:cement-sub-index", "down", -0.9, False),
      ("name:glass-sub-index", "down", -0.4, False)]),
    ("Tech and energy stocks rose 2% and 1%.",
     [("name:tech-sub-index", "up", 2.0, False), ("name:energy-sub-index", "up", 1.0, False)]),
    # a plural "sectors" after the last name, and words that share the move out ("each", "both", "all")
    ("The index slipped, with healthcare, chemicals and personal goods sectors falling more than 1 percent.",
     [("name:healthcare-sub-index", "down", -1.0, True), ("name:chemicals-sub-index", "down", -1.0, True),
      ("name:personal-goods-sub-index", "down", -1.0, True)]),
    ("The energy and materials sectors both gained about 2%.",
     [("name:energy-sub-index", "up", 2.0, True), ("name:materials-sub-index", "up", 2.0, True)]),
    ("Banks and miners all fell more than 1%.",
     [("name:banks-sub-index", "down", -1.0, True), ("name:miners-sub-index", "down", -1.0, True)]),
    ("Financials and consumer staples each gained 0.3 per cent.",
     [("name:financials-sub-index", "up", 0.3, False), ("name:consumer-staples-sub-index", "up", 0.3, False)]),
    # list items with a bare percent in parentheses after the first one's verb
    ("All sectoral indices ended lower. Realty tanked 3.1 per cent, industrials (2.8 per cent), capital goods "
     "(2.5 per cent), auto (2.4 per cent) and metal (2.2 per cent).",
     [("name:realty-sub-index", "down", -3.1, False), ("name:industrials-sub-index", "down", -2.8, False),
      ("name:capital-goods-sub-index", "down", -2.5, False), ("name:auto-sub-index", "down", -2.4, False),
      ("name:metal-sub-index", "down", -2.2, False)]),
    ("Metal fell 1.2 per cent while auto rose 0.4 per cent.",
     [("name:metal-sub-index", "down", -1.2, False), ("name:auto-sub-index", "up", 0.4, False)]),
    # "IT" in capitals, "oil & gas" as "oil and gas", "media", "telecom" and "PSU banks" alone
    ("IT and auto stocks rose 1.2% and 0.8%, respectively.",
     [("name:it-sub-index", "up", 1.2, False), ("name:auto-sub-index", "up", 0.8, False)]),
    ("The IT sector fell 1.7% on Monday.", [("name:it-sub-index", "down", -1.7, False)]),
    ("Oil & gas stocks slipped 0.6 per cent.", [("name:oil-and-gas-sub-index", "down", -0.6, False)]),
    ("Media, telecom and PSU banks fell 1.1%, 0.6% and 0.4%.",
     [("name:media-sub-index", "down", -1.1, False), ("name:telecom-sub-index", "down", -0.6, False),
      ("name:psu-banks-sub-index", "down", -0.4, False)]),
    # an industry between two sector names is an item of their list, and every item takes the move
    ("Realty, metals and oil & gas fell 2 percent each.",
     [("name:realty-sub-index", "down", -2.0, False), ("name:metals-sub-index", "down", -2.0, False),
      ("name:oil-and-gas-sub-index", "down", -2.0, False)]),
    # plural "indices" after the last name
    ("Realty and metal indices gained 1.4% and 0.9%, respectively.",
     [("name:realty-sub-index", "up", 1.4, False), ("name:metal-sub-index", "up", 0.9, False)]),
    # a verb that states the move as a noun
    ("Realty witnessed a decline of 4 percent.", [("name:realty-sub-index", "down", -4.0, False)]),
    ("Media and telecom posted gains of 1.1% and 0.6%.",
     [("name:media-sub-index", "up", 1.1, False), ("name:telecom-sub-index", "up", 0.6, False)]),
    # real estate investment trusts as a sector
    ("Real estate investment trusts (up 2 per cent) led the way.",
     [("name:real-estate-investment-trusts-sub-index", "up", 2.0, False)]),
    ("REITs fell 1.4 per cent as bond yields rose.", [("name:reits-sub-index", "down", -1.4, False)]),
    # sector indices by name
    ("The Nifty Bank index fell about 0.9% to 48,200.", [("NIFTYBANK", "down", -0.9, True)]),
    ("The BSE realty index jumped 3.4 per cent.", [("BSEREALTY", "up", 3.4, False)]),
    ("The Nifty Realty index surged nearly 4%.", [("NIFTYREALTY", "up", 4.0, True)]),
]


@pytest.mark.parametrize(("text", "expected"), APPROX)
def test_approximate_moves(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize("text", NOT_MOVES)
def test_hedged_figures_that_are_not_moves(text: str) -> None:
    assert run(text) == []


@pytest.mark.parametrize(("text", "expected"), SECTORS)
def test_sectors_in_wraps(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected
