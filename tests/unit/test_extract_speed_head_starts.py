"""References, "shares of" antecedents and sector subjects read as before the cheaper tests ahead of them
(issue 14, engine speed).

A reference ("the chipmaker") is tried only when a head word starts where its words may start: right after its
article, or after one of the next three spaces (a possessive "the world's " and at most two filler words); a
head looked for among the heads with the word's first two letters only. A capitalised word is asked whether
"shares of", "shares in" or "stock of" stands before it only after "of " or "in ". A sector subject is looked for
only up to the last "%", "per" or "pc" of its sentence, found from the end, and a word is looked up as a sector
name's first word only when one shares its length, first letter and second letter.

The passages are written for these tests.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.extraction import rows_of

run = rows_of("instrument.key", "change_pct", "approx")

LEAD = "Orion Optics Ltd cut its outlook. "
ORION = [("name:orion-optics-ltd", -4.0, False)]

REFERENCES: list[tuple[str, list[tuple[Any, ...]]]] = [
    (LEAD + "The chipmaker fell 4%.", ORION),
    (LEAD + "Its shares fell 4%.", ORION),
    (LEAD + "The Seoul-based contract chipmaker fell 4%.", ORION),
    (LEAD + "The world's biggest contract chipmaker fell 4%.", ORION),
    (LEAD + "The country's second-largest listed chipmaker fell 4%.", ORION),
    # a head past the second filler word is no reference, as before
    (LEAD + "The country's second-largest listed memory chipmaker fell 4%.", []),
    # same first two letters, no head
    (LEAD + "The shipper fell 4%.", ORION),
    (LEAD + "The shipment fell 4%.", []),
]

SHARES_OF: list[tuple[str, list[tuple[Any, ...]]]] = [
    ("Shares of Orion Optics crashed to a seven-year low. The stock fell 4%.", [("name:orion-optics", -4.0, False)]),
    ("Shares in Orion Optics crashed to a seven-year low. The stock fell 4%.", [("name:orion-optics", -4.0, False)]),
    ("Stock of Orion Optics crashed to a seven-year low. The stock fell 4%.", [("name:orion-optics", -4.0, False)]),
    ("Talk of Orion Optics crashed the market. The stock fell 4%.", []),
]

SECTOR_SUBJECTS: list[tuple[str, list[tuple[Any, ...]]]] = [
    ("Energy stocks fell 2.1 per cent in Sydney.", [("name:energy-sub-index", -2.1, False)]),
    ("Materials dropped 2.2pc, while utilities rose 1.1 per cent.",
     [("name:materials-sub-index", -2.2, False), ("name:utilities-sub-index", 1.1, False)]),
    ("Financials, however, slipped 0.7%.", [("name:financials-sub-index", -0.7, False)]),
    # a sector name's first word is hashed only when some first word shares its first two letters
    ("Industrials gained 1.4% and materials slipped 0.3%.",
     [("name:industrials-sub-index", 1.4, False), ("name:materials-sub-index", -0.3, False)]),
    ("Indigo gained 1.4% in Sydney.", []),
    ("Miners fell 2% in Sydney.", [("name:miners-sub-index", -2.0, False)]),
    ("Mixers fell 2% in Sydney.", []),
    ("Health care stocks rose 0.8% in Sydney.", [("name:health-care-sub-index", 0.8, False)]),
]


@pytest.mark.parametrize(("text", "expected"), REFERENCES)
def test_references_by_where_their_head_may_start(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), SHARES_OF)
def test_names_after_shares_of(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), SECTOR_SUBJECTS)
def test_sector_subjects_up_to_the_last_percent(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected
