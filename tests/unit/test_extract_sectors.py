"""Sectors as subjects: a sector name alone ("Materials dropped 2.2%"), an industry before a head ("energy
stocks"), sectors in parentheses, signed rows and list items; each number goes to its own sector.

Passages are written for these tests (invented sentences; company names from the built-in directory or made up).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.extraction import rows_of

run = rows_of("instrument.kind", "instrument.key", "direction", "change_pct")


SECTORS = [
    # a sector name alone as the subject of a verb with a percent
    ("Materials slid 1.8 per cent as ore prices eased.",
     [("sector", "name:materials-sub-index", "down", -1.8)]),
    ("Utilities climbed 0.6% in a quiet session.", [("sector", "name:utilities-sub-index", "up", 0.6)]),
    ("Banks advanced 2.1% to lead the market.", [("sector", "name:banks-sub-index", "up", 2.1)]),
    ("Meanwhile, real estate was down 0.35 percent.", [("sector", "name:real-estate-sub-index", "down", -0.35)]),
    # an aside between commas
    ("Industrials, meanwhile, eased 0.4%.", [("sector", "name:industrials-sub-index", "down", -0.4)]),
    # an industry before a head
    ("Gold stocks jumped 3.3% on Friday.", [("sector", "name:gold-sub-index", "up", 3.3)]),
    ("Chip shares fell 2% after the warning.", [("sector", "name:chip-sub-index", "down", -2.0)]),
    ("Insurance companies gained 0.9 per cent.", [("sector", "name:insurance-sub-index", "up", 0.9)]),
    # a code in brackets after the name
    ("Consumer discretionary (.XCD) lost 1.2% on the day.",
     [("sector", "name:consumer-discretionary-sub-index", "down", -1.2)]),
    # moves in parentheses
    ("Gains were broad, with energy (up 1.1 per cent) and healthcare (up 0.7 per cent) ahead.",
     [("sector", "name:energy-sub-index", "up", 1.1), ("sector", "name:healthcare-sub-index", "up", 0.7)]),
    # signed rows
    ("Sector moves: Financials +0.8% Utilities -1.3%",
     [("sector", "name:financials-sub-index", "up", 0.8), ("sector", "name:utilities-sub-index", "down", -1.3)]),
    # a sector table's rows, with singular names ("Financial", "Industrial") and "Consumer Products"
    ("Sector % Change\nFinancial +0.7%\nIndustrial -0.2%\nConsumer Products +0.5%",
     [("sector", "name:financial-sub-index", "up", 0.7), ("sector", "name:industrial-sub-index", "down", -0.2),
      ("sector", "name:consumer-products-sub-index", "up", 0.5)]),
    # a signed percent in brackets, after "led by" or alone
    ("Seven sectors ended lower, led by utilities (-1.4%) and consumer staples (-0.6%).",
     [("sector", "name:utilities-sub-index", "down", -1.4),
      ("sector", "name:consumer-staples-sub-index", "down", -0.6)]),
    ("Energy (+2.2%) was the standout.", [("sector", "name:energy-sub-index", "up", 2.2)]),
    # the communication services sector of the index providers, old and new names
    ("Communication services slid 1.3% while telecom services (-0.4%) held up better.",
     [("sector", "name:communication-services-sub-index", "down", -1.3),
      ("sector", "name:telecom-services-sub-index", "down", -0.4)]),
    # list items after a shared verb take its direction
    ("Among sectors, metals fell 1.9 per cent, realty 1.2 per cent and capital goods 0.7 per cent.",
     [("sector", "name:metals-sub-index", "down", -1.9), ("sector", "name:realty-sub-index", "down", -1.2),
      ("sector", "name:capital-goods-sub-index", "down", -0.7)]),
    # each sector keeps its own number ("consumer staples" is a sector before "sector")
    ("The index rose, with its financial sector sub-index up 1.1 per cent, the consumer staples sector "
     "up 0.4 per cent.",
     [("sector", "name:financial-sub-index", "up", 1.1), ("sector", "name:consumer-staples-sub-index", "up", 0.4)]),
]


# a sector or index after "in" sets the scene: the move after it is another subject's
SCENES = [
    ("In the chip sector Xiaomi added 30 cents, or 1.3 per cent, to $23.10.",
     [("stock", "1810.HK", "up", 1.3)]),
    ("In the chip sector, Xiaomi rose 1.6 percent.", [("stock", "1810.HK", "up", 1.6)]),
    # the subject is a company the engine cannot name: no event rather than the scene's
    ("In the steel sector, the smallest mill was the top dragger, down 5.2%.", []),
    ("In the Hang Seng index, the smallest lender was the top dragger, down 5.2%.", []),
]


@pytest.mark.parametrize(("text", "expected"), SECTORS + SCENES)
def test_sector_subjects(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected


NOT_SECTORS = [
    # commodities alone are no sector (and no move event)
    "Gold rose 1.2% to a record.",
    "Oil dropped 3% after the meeting.",
    # a sector word at the end of a company's name
    "Varnholt Materials rose 3%.",
    # a sector word in another noun phrase
    "Energy prices rose 4% in May.",
    "Household purchasing power fell 2% last year.",
    # a bare figure after a sector name is a move only as a list item
    "Utilities 1.73 per cent of the index.",
    # an industry alone needs a head
    "Insurance rose 2%.",
    # the singular names before another noun
    "Financial markets rose 2% in the month.",
    "Industrial output rose 2% in May.",
    "Consumer products sales (+4%) beat forecasts.",
    "Communication services revenue rose 4% in the quarter.",
]


@pytest.mark.parametrize("text", NOT_SECTORS)
def test_not_sector_subjects(text: str) -> None:
    assert [r for r in run(text) if r[0] == "sector"] == []
