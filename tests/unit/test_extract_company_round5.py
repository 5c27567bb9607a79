"""Single-company stories, round 5, by class: a quote chip or a ticker in brackets between a company's share word
and its verb, also after the short form of a name used before ("Orion shares ORFQ, -2.10% fell 3%", "Orion
shares (ORFQ) fell 3%"); "in extended trade" is outside the regular session, an intraday move like "in extended
trading"; the first part of a hyphenated name is its short form like the first word of a name of two words
("Rolls" after "Rolls-Royce"). Table-driven, one row a case; the passages are invented.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.extraction import rows_of

run = rows_of("instrument.name", "change_pct", "period")

ORION = "Grocer slides\nShares in Orion Foods Inc fell sharply on Monday. "

CASES: list[tuple[str, list[tuple[Any, ...]]]] = [
    # a chip after the share word of a short name: the chip and the move of the sentence
    (ORION + "Orion shares ORFQ, -2.10% fell 3% on Monday.",
     [("Orion Foods Inc", -2.1, "intraday"), ("Orion Foods Inc", -3.0, "day")]),
    ("Lender slips\nShares in Deutsche Bank dropped on Friday.\nDeutsche shares DBK, -1.20% fell by as much as 1.9% on"
     " Friday morning.", [("Deutsche Bank", -1.2, "intraday"), ("Deutsche Bank", -1.9, "intraday")]),
    ("Brewer gains\nShares in Kestrel Brewing Group rose on Tuesday. Kestrel stock KSTB, +0.84% gained 1.2% by noon.",
     [("Kestrel Brewing Group", 0.84, "intraday"), ("Kestrel Brewing Group", 1.2, "intraday")]),
    # after the share word of a full name, and after the name itself
    ("Grocer slides\nOrion Foods shares ORFQ, -2.10% fell 3% on Monday.",
     [("Orion Foods", -2.1, "intraday"), ("Orion Foods", -3.0, "day")]),
    ("Grocer slides\nOrion Foods ORFQ, -2.10% fell 3% on Monday.",
     [("Orion Foods", -2.1, "intraday"), ("Orion Foods", -3.0, "day")]),
    # a ticker in brackets after the share word
    (ORION + "Orion shares (ORFQ) fell 3% on Tuesday.", [("Orion Foods Inc", -3.0, "day")]),
    ("Grocer slides\nOrion Foods shares (ORFQ) fell 3% on Monday.", [("Orion Foods", -3.0, "day")]),
    ("Lender slips\nShares in Deutsche Bank dropped on Friday.\nDeutsche shares (DBK) fell 1.9% on Friday.",
     [("Deutsche Bank", -1.9, "day")]),
    # (a commodity or a result with a chip is no company's move)
    ("Oil slips\nBrent crude BRNQ, -1.10% fell 2% on Monday.", []),
    (ORION + "Its revenue ORFQ, -2.10% fell 3% in the quarter.", []),
    # (a currency code with a chip is no company)
    ("Pound slips\nThe pound GBPUSD, -0.30% fell 1% against the dollar on Monday.", []),
    # "in extended trade" (and "extended-hours trade"): outside the regular session, an intraday move
    ("Acme results\nAcme Corp shares rose 4% in extended trade after the report.", [("Acme Corp", 4.0, "intraday")]),
    ("Zeta Motors slides\nZeta Motors fell 8% in extended trade on Tuesday after it cut its outlook.",
     [("Zeta Motors", -8.0, "intraday")]),
    ("Orion results\nOrion Foods Inc jumped 6% in extended-hours trade after it raised its forecast.",
     [("Orion Foods Inc", 6.0, "intraday")]),
    # (a trade deal extended is no session: the close stays a day's move)
    ("Zeta Motors gains\nZeta Motors closed up 2% on Monday after the two countries extended trade talks.",
     [("Zeta Motors", 2.0, "day")]),
    # the first capitalised part of a hyphenated name, used after it, is that company
    ("Engine maker soars\nShares in Rolls-Royce jumped 3% on Thursday.\nRolls is up 85pc this year.",
     [("Rolls Royce Holdings plc", 3.0, "day"), ("Rolls Royce Holdings plc", 85.0, "ytd")]),
    ("Engine maker soars\nRolls-Royce shares rose 2% on Tuesday. Rolls shares have gained 40 per cent so far"
     " this year.",
     [("Rolls Royce Holdings plc", 2.0, "day"), ("Rolls Royce Holdings plc", 40.0, "ytd")]),
    ("Lab maker slips\nKestrel-Orion Labs fell 2% on Monday. Kestrel shares are down 9% this year.",
     [("Kestrel-Orion Labs", -2.0, "day"), ("Kestrel-Orion Labs", -9.0, "ytd")]),
    # (only the first part is a short form: the second part alone names nothing)
    ("Drinks maker\nCoca-Cola rose 1% on Monday. Cola demand rose 3% in the quarter.", [("Coca-Cola", 1.0, "day")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_company_round5(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected
