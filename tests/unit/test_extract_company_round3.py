"""Single-company stories, round 3, by class: a company the directory lacks before its possessive and a listing or
class of its shares ("Orion Foods' U.S.-listed shares", "Orion's class B shares", "Orion's ADRs"); a source of
figures or an employer of people is no antecedent of "the stock" ("according to FactSet", "data provider LSEG",
"Jefferies analyst Ann Lee"); a linking verb, a day or session, then the adverb ("Orion ended Tuesday up 43%");
short and open interest in the shares ("Short interest in the stock rose 8%": the lexicon's `reject`); the past
seven days are a week.
Table-driven, one row a case; the passages are invented.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.extraction import rows_of

run = rows_of("instrument.name", "change_pct", "period")


CASES: list[tuple[str, list[tuple[Any, ...]]]] = [
    # a listing or class of the shares between an unknown company's possessive and them
    ("Orbital Foods results\nOrbital Foods' Nasdaq-listed shares rose 3.1% on Tuesday.",
     [("Orbital Foods", 3.1, "day")]),
    ("Orbital results\nOrbital’s U.S.-listed shares rose 3.1% on Tuesday.", [("Orbital", 3.1, "day")]),
    ("Kestrel Optics's Hong Kong-listed stock slid 4.2% on Monday.", [("Kestrel Optics", -4.2, "day")]),
    ("Orbital results\nOrbital's common stock rose 1.5% on Tuesday.", [("Orbital", 1.5, "day")]),
    ("Zeta Motors' class B shares fell 2.6% on Wednesday.", [("Zeta Motors", -2.6, "day")]),
    ("Zeta Motors' ADRs rose 3.1% on Tuesday.", [("Zeta Motors", 3.1, "day")]),
    ("Zeta Motors Inc's ADRs rose 3.1% on Tuesday.", [("Zeta Motors Inc", 3.1, "day")]),
    ("Zeta Motors' stock has lost 20% over the past 12 months and Orbital Foods' U.S.-listed shares have dropped "
     "24.7%.", [("Zeta Motors", -20.0, "year"), ("Orbital Foods", -24.7, "year")]),
    # (capitalised words alone are a market's phrase, not a listing: unchanged)
    ("Orbital Foods' profit rose 12% on Tuesday.", []),
    ("Orbital Foods' U.S.-listed peers rose 3% on Tuesday.", []),
    # a source of figures named after the company is not what "the stock" names
    ("Zeta Motors rallies\nZeta Motors rose 5% on Monday. Volume was twice the average, according to FactSet. "
     "The stock gained 3% on Tuesday.", [("Zeta Motors", 5.0, "day"), ("Zeta Motors", 3.0, "day")]),
    ("Zeta Motors rallies\nZeta Motors rose 5% on Monday. Volume was twice the average, according to data "
     "provider LSEG. On Tuesday the stock gained 3%.", [("Zeta Motors", 5.0, "day"), ("Zeta Motors", 3.0, "day")]),
    ("Zeta Motors rallies\nZeta Motors rose 5% on Monday. Short interest jumped, data from FactSet showed. The "
     "shares have gained 12% this year.", [("Zeta Motors", 5.0, "day"), ("Zeta Motors", 12.0, "ytd")]),
    ("Zeta Motors rallies\nZeta Motors rose 5% on Monday. Jefferies analyst Ann Lee said demand was strong. The "
     "shares have gained 12% this year.", [("Zeta Motors", 5.0, "day"), ("Zeta Motors", 12.0, "ytd")]),
    # (the company named alone is still what they name)
    ("FactSet rose 5% on Monday. Its shares have gained 12% this year.",
     [("FactSet Research Systems Inc.", 5.0, "day"), ("FactSet Research Systems Inc.", 12.0, "ytd")]),
    ("Jefferies CEO Ann Lee said the bank would buy back stock. The shares rose 4% on Monday.",
     [("Jefferies Financial Group Inc.", 4.0, "day")]),
    # a linking verb, a day or session, then the adverb of an unknown company's move
    ("Zeta Motors rallies\nZeta Motors ended Tuesday up 4.3%.", [("Zeta Motors", 4.3, "day")]),
    ("Zeta Motors rallies\nZeta Motors closed Friday down 4%.", [("Zeta Motors", -4.0, "day")]),
    ("Zeta Motors rallies\nZeta Motors finished the week up 4%.", [("Zeta Motors", 4.0, "week")]),
    ("Zeta Motors rallies\nZeta Motors stock ended Tuesday up 4.3%.", [("Zeta Motors", 4.3, "day")]),
    ("Zeta Motors rallies\nZeta Motors ended Tuesday up 43% in the four trading sessions since it reported "
     "results.", [("Zeta Motors", 43.0, "other")]),
    # short or open interest in the company's shares or options is no price move of them
    ("Zeta Motors beats\nZeta Motors rose 3% on Monday. Short interest in the stock rose 8% last month.",
     [("Zeta Motors", 3.0, "day")]),
    ("Zeta Motors beats\nZeta Motors rose 3% on Monday. Open interest in the shares jumped 30%.",
     [("Zeta Motors", 3.0, "day")]),
    ("Zeta Motors beats\nZeta Motors rose 3% on Monday. Short interest in Zeta Motors rose 8% last month.",
     [("Zeta Motors", 3.0, "day")]),
    ("Zeta Motors rallies\nShort interest in Zeta Motors shares climbed 12% in the latest period, while the stock "
     "rose 2%.", [("Zeta Motors", 2.0, "day")]),
    # (interest in another clause leaves the move alone)
    ("Zeta Motors rallies\nZeta Motors rose 4% on Monday as investor interest returned.",
     [("Zeta Motors", 4.0, "day")]),
    ("Zeta Motors rallies\nZeta Motors shares jumped 4% on Monday, attracting interest from funds.",
     [("Zeta Motors", 4.0, "day")]),
    # the past or last seven days are a week; other counts of days or sessions stay `other`
    ("Zeta Motors rallies\nZeta Motors stock has lost 6% of its value over the past 7 days.",
     [("Zeta Motors", -6.0, "week")]),
    ("Zeta Motors rallies\nZeta Motors rose 2% on Monday. The shares have gained 9% over the past seven days.",
     [("Zeta Motors", 2.0, "day"), ("Zeta Motors", 9.0, "week")]),
    ("Zeta Motors rallies\nZeta Motors rose 2% on Monday. In the last seven days, the stock has gained 9%.",
     [("Zeta Motors", 2.0, "day"), ("Zeta Motors", 9.0, "week")]),
    ("Zeta Motors rallies\nZeta Motors rose 2% on Monday. The shares have gained 9% over the past seven sessions.",
     [("Zeta Motors", 2.0, "day"), ("Zeta Motors", 9.0, "other")]),
    ("Zeta Motors rallies\nZeta Motors rose 2% on Monday. The shares have gained 9% over the past 70 days.",
     [("Zeta Motors", 2.0, "day"), ("Zeta Motors", 9.0, "other")]),
    # (a day without a linking verb before it names nothing new)
    ("Zeta Motors rallies\nOn Tuesday up 4% was the forecast of Zeta Motors analysts.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_company_round3(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected
