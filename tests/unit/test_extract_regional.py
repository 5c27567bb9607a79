"""Market wraps outside the US: quote rows whose percent carries a sign right after the level, markets named by
their city or country, and the sectors and members of wraps.

Every passage is written for these tests (invented companies, invented figures; index names from the built-in
directory).
"""

from __future__ import annotations

from typing import Any

import pytest

from streams.model import Article
from tests.unit.extraction import EX, rows_of

run = rows_of("instrument.name", "direction", "change_pct", "level")


# A row of a level then a signed percent keeps its level, with or without a board header above it.
SIGNED_ROWS = [
    ("FTSE 250 - Fallers\nOrbital Widgets (ORW) 601.00p -4.60%\nDelta Foods Group (DFG) 2,390.00p -2.05%",
     [("Orbital Widgets", "down", -4.6, 601.0), ("Delta Foods Group", "down", -2.05, 2390.0)]),
    ("Kestrel Mining Intl (KMI) 88.40p -1.10%", [("Kestrel Mining Intl", "down", -1.1, 88.4)]),
    ("Kestrel Mining Intl (KMI) 88.40p +1.10%", [("Kestrel Mining Intl", "up", 1.1, 88.4)]),
    ("Top movers\nHarbour Lights Group 1,204.50 −0.75%", [("Harbour Lights Group", "down", -0.75, 1204.5)]),
]


@pytest.mark.parametrize(("text", "expected"), SIGNED_ROWS)
def test_signed_percent_rows_keep_their_level(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected


def keys(text: str) -> list[tuple[Any, ...]]:
    return [(e.instrument.key, e.direction, e.change_pct) for e in EX.extract(Article(id="t", body=text))]


# A city or country that names its market is that market's benchmark, in any wording of the move.
PLACES = [
    ("Tokyo fell 1.2 per cent while Seoul added 0.3 per cent.", [("N225", "down", -1.2), ("KOSPI", "up", 0.3)]),
    ("Elsewhere in Asia, Hong Kong slipping 0.9 percent and Shanghai falling 1.1 percent.",
     [("HSI", "down", -0.9), ("SHCOMP", "down", -1.1)]),
    ("Taiwan inched up 0.2%, Singapore was 0.4% lower and Sydney ended flat.",
     [("TWII", "up", 0.2), ("STI", "down", -0.4), ("XJO", "flat", None)]),
    ("Shanghai stocks have climbed 4.1 pc this month.", [("SHCOMP", "up", 4.1)]),
    ("So far this year the Shanghai stock index is up 6.2 per cent.", [("SHCOMP", "up", 6.2)]),
    ("Zurich lost 0.8% and Stockholm gained 1.1%.", [("SMI", "down", -0.8), ("OMXS30", "up", 1.1)]),
    ("The French benchmark closed 0.7% higher.", [("CAC", "up", 0.7)]),
    ("The German index fell 1.3 percent, its third loss in a row.", [("DAX", "down", -1.3)]),
    ("Mumbai stocks dropped 2.2%.", [("SENSEX", "down", -2.2)]),
    # a headline in title case
    ("Tokyo Slips 1.4% as Exporters Retreat", [("N225", "down", -1.4)]),
    ("Kuala Lumpur Ends 0.5% Higher", [("KLCI", "up", 0.5)]),
]


@pytest.mark.parametrize(("text", "expected"), PLACES)
def test_a_place_names_its_market(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert keys(text) == expected


# A place in a scene, inside a longer name, or in a possessive before another noun names no market (a name the
# directory lacks may still be found after it).
NOT_MARKETS = [
    "The won weakened 0.4% after trading opened in Seoul, having gained as much as 1% the day before.",
    "The index of large caps traded in Shanghai and Shenzhen rose 0.4 per cent.",
    "Paris Orleans Foods rose 3% on the bid.",
    "The Tokyo Widget ETF rose 2.3%.",
    "According to Radio Taiwan, Quillmere Optics rose by 4.5 percent.",
    "Singapore's exports rose 3.1% in May.",
    "Hong Kong-listed Zentor Foods rose 3%.",
    "Madrid Telecom fell 2.4% after the ruling.",
]


@pytest.mark.parametrize("text", NOT_MARKETS)
def test_a_place_that_is_no_market(text: str) -> None:
    assert [e.instrument.key for e in EX.extract(Article(id="t", body=text)) if e.instrument.kind == "index"] == []


# A sector with its move in a relative clause, and a move stated as a noun after a verb of posting.
SECTOR_CLAUSES = [
    ("Banks were steady, and materials, which rose 0.6 per cent, led the gains.", [("materials", "up", 0.6)]),
    ("Energy, which gained 1.2%, was the best group.", [("Energy", "up", 1.2)]),
    ("Utilities, which shed 0.45 pc, were the weakest.", [("Utilities", "down", -0.45)]),
    ("Industrials were the only sector in the green after posting a gain of 0.9%.", [("Industrials", "up", 0.9)]),
    ("Westpac ended the day lower after recording a 1.5 per cent fall.", [("Westpac", "down", -1.5)]),
    ("Energy was the best sector after notching up a 2.1% rise.", [("Energy", "up", 2.1)]),
    # an aside without a move keeps the move after it
    ("Financials, however, slipped 0.7%.", [("Financials", "down", -0.7)]),
]


@pytest.mark.parametrize(("text", "expected"), SECTOR_CLAUSES)
def test_sector_relative_clauses_and_posted_moves(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert [(e.mention, e.direction, e.change_pct) for e in EX.extract(Article(id="t", body=text))] == expected


# Short names Indian reports use for large companies, in list rows.
SHORT_NAMES = [
    ("Top gainers: Kotak Bank 2.3 per cent higher at Rs 1,762.20; Power Grid Corp 1.1 per cent higher.",
     [("KOTAKBANK.NS", "up", 2.3), ("POWERGRID.NS", "up", 1.1)]),
    ("NIFTY TOP GAINERS\n- HCL Tech: 2.94 per cent\n- Kotak Bank: 1.20 per cent",
     [("HCLTECH.NS", "up", 2.94), ("KOTAKBANK.NS", "up", 1.2)]),
    ("The Sensex gained 0.4%. SBI rose 1.2 per cent and ONGC lost 0.9 per cent.",
     [("SENSEX", "up", 0.4), ("SBIN.NS", "up", 1.2), ("ONGC.NS", "down", -0.9)]),
    ("The Nifty slipped 0.3%. HUL, Maruti Suzuki and BHEL fell 1.1%, 1.4% and 2.2%, respectively.",
     [("NIFTY", "down", -0.3), ("HINDUNILVR.NS", "down", -1.1), ("MARUTI.NS", "down", -1.4),
      ("BHEL.NS", "down", -2.2)]),
    ("The Nifty rose 0.5%. Among metal stocks, SAIL added 2.1%, NALCO 1.8% and Hind Zinc 1.2%.",
     [("NIFTY", "up", 0.5), ("SAIL.NS", "up", 2.1), ("NATIONALUM.NS", "up", 1.8), ("HINDZINC.NS", "up", 1.2)]),
    ("The Sensex fell 0.2%. RIL climbed 1.3 per cent while Zomato lost 3 per cent.",
     [("SENSEX", "down", -0.2), ("RELIANCE.NS", "up", 1.3), ("ETERNAL.NS", "down", -3.0)]),
    ("The Sensex fell 0.2%. Gail India gained 1.6 per cent and Sesa Goa shed 2.4 per cent.",
     [("SENSEX", "down", -0.2), ("GAIL.NS", "up", 1.6), ("VEDL.NS", "down", -2.4)]),
]


@pytest.mark.parametrize(("text", "expected"), SHORT_NAMES)
def test_indian_short_names(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert keys(text) == expected


# "blue-chip" is no chip sector: "the blue-chip index" names the market's benchmark, while a chip index stays one.
BLUE_CHIP = [
    ("The FTSE 100 rose 0.4%. The blue-chip index had fallen 1.1% on Monday.",
     [("FTSE 100", "up", 0.4), ("FTSE 100", "down", -1.1)]),
    ("The Hang Seng Index gained 0.8 per cent. The blue-chip index is up 4 per cent this week.",
     [("Hang Seng Index", "up", 0.8), ("Hang Seng Index", "up", 4.0)]),
    ("The chip sector rose 2.3%.", [("chip sub-index", "up", 2.3)]),
]


@pytest.mark.parametrize(("text", "expected"), BLUE_CHIP)
def test_blue_chip_is_no_chip_sector(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert [(e.instrument.name, e.direction, e.change_pct) for e in EX.extract(Article(id="t", body=text))] == expected
