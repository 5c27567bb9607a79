"""References that share one figure out to every member of the list just named, whatever its length: "Each"
before a verb ("Each rose about 1%"), "each of them" / "all of them" / "both of them" (opening a clause or after
a comma), and an opening "They" with "each", "both" or "all" right after it, or "each"/"apiece" right after the
figure ("They rose 1% each"). Each member gets its own event. A held quantity ("each holds 5%", "they each pay a
3% dividend") stays no move, and a single instrument before keeps the plain pronoun reading.

Table-driven, one row a case; the passages are invented.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.extraction import rows_of

run = rows_of("instrument.key", "change_pct", "approx")


SHARED: list[tuple[str, list[tuple[Any, ...]]]] = [
    # "Each" opening a sentence or clause, before its verb
    ("BMW, Siemens and Adidas were in focus. Each rose about 1%.",
     [("BMW.DE", 1.0, True), ("SIE.DE", 1.0, True), ("ADS.DE", 1.0, True)]),
    ("Toyota and Honda reported results. Each closed 3% lower.", [("7203.T", -3.0, False), ("7267.T", -3.0, False)]),
    ("BMW and Siemens rose. Each gained 1%, while Adidas fell 2%.",
     [("BMW.DE", 1.0, False), ("SIE.DE", 1.0, False), ("ADS.DE", -2.0, False)]),
    # "each of them", "all of them", "both of them"
    ("BMW and Siemens were hit by the news; each of them lost 2%.", [("BMW.DE", -2.0, False), ("SIE.DE", -2.0, False)]),
    ("Shell and BP slid, each of them shedding about 2%.", [("SHEL.L", -2.0, True), ("BP.L", -2.0, True)]),
    ("Shell, BP and Centrica were in demand. All of them gained 0.5%.",
     [("SHEL.L", 0.5, False), ("BP.L", 0.5, False), ("CNA.L", 0.5, False)]),
    ("Apple and Microsoft reported earnings. Both of them slid 4%.", [("AAPL", -4.0, False), ("MSFT", -4.0, False)]),
    # "They" with "each", "both", "all" after it
    ("BMW and Siemens fell after the update, and they each lost 2%.",
     [("BMW.DE", -2.0, False), ("SIE.DE", -2.0, False)]),
    ("Shell and BP rallied. They both gained 1.5%.", [("SHEL.L", 1.5, False), ("BP.L", 1.5, False)]),
    ("Shell, BP and Centrica were in demand. They all closed 0.5% higher.",
     [("SHEL.L", 0.5, False), ("BP.L", 0.5, False), ("CNA.L", 0.5, False)]),
    # "They ... each" / "apiece" right after the figure
    ("BMW and Siemens rose on Monday. They rose 1% each.", [("BMW.DE", 1.0, False), ("SIE.DE", 1.0, False)]),
    ("Shell and BP moved on oil. They were up 2 per cent apiece.", [("SHEL.L", 2.0, False), ("BP.L", 2.0, False)]),
    ("Toyota, Honda and Nissan were sold. They lost about 3% each.",
     [("7203.T", -3.0, True), ("7267.T", -3.0, True), ("7201.T", -3.0, True)]),
]

NOT_SHARED: list[tuple[str, list[tuple[Any, ...]]]] = [
    # a quantity each holds or pays
    ("Shell and BP signed the deal. They each hold 5% of the venture.", []),
    ("Shell and BP were steady. They each pay a 3% dividend.", []),
    ("Shell and BP were steady. Each holds 5% of the venture.", []),
    # "each" of something else, or no list before
    ("Acme Corp rose 3%. Each share gained 2 cents.", [("name:acme-corp", 3.0, False)]),
    ("Toyota reported results. Each rose 3%.", []),
    ("Apple and Microsoft reported sales and profit. Each rose 3%.", []),
    # one instrument before: "they" keeps naming its shares
    ("Apple fell 2%. They have lost 9% this year.", [("AAPL", -2.0, False), ("AAPL", -9.0, False)]),
]


@pytest.mark.parametrize(("text", "expected"), SHARED + NOT_SHARED)
def test_share_out_reference(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected
