"""Single-company stories, by class of antecedent: the company's ticker alone, a description opening the sentence
with another company inside it, and "the stock" after a clause naming a broker or a rival. Table-driven, one row a
case; the passages are invented.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.extraction import rows_of

run = rows_of("instrument.key", "change_pct", "period")


CASES: list[tuple[str, list[tuple[Any, ...]]]] = [
    # the company's own US symbol alone, after its name, ahead of another company the code may name
    ("GameStop Corp. shares rose on the news. GME fell 3% on Monday.", [("GME", -3.0, "day")]),
    ("Apple Inc. reported results on Thursday. AAPL rose 4.1% on Friday.", [("AAPL", 4.1, "day")]),
    ("Shares of Nvidia Corp. hit a record. NVDA gained 2.2%.", [("NVDA", 2.2, "day")]),
    ("Apple reported results. CEO pay rose 4%.", []),
    # a description opening the sentence is its subject, not a company named in the phrase after its head
    ("Lanxess cut its outlook. The supplier to tiremaker Michelin dropped 3.6 percent.", [("LXS.DE", -3.6, "day")]),
    ("Denso cut its outlook on Monday. The supplier of parts to carmaker Toyota fell 4.2%.",
     [("6902.T", -4.2, "day")]),
    ("TSMC cut its forecast. The maker of chips for Apple fell 2.3%.", [("2330.TW", -2.3, "day")]),
    # (the security's own noun before "of" is that company's)
    ("Toyota rose. The shares of Sony fell 2%.", [("6758.T", -2.0, "day")]),
    # a reference whose head is a kind of company ("the biotech", "the shipbuilder", "the telco", "the chip designer")
    ("Moderna cut its outlook. The biotech fell 4.2%.", [("MRNA", -4.2, "day")]),
    ("Hanwha Ocean won an order. The shipbuilder jumped 5%.", [("042660.KS", 5.0, "day")]),
    ("Telstra reported results. The telco rose 1.1%.", [("TLS.AX", 1.1, "day")]),
    ("Nvidia reported results. The chip designer fell 1.3%.", [("NVDA", -1.3, "day")]),
    # (a word of the description may hold capitals after a lower-case first letter: "the iPhone maker")
    ("Apple reported results. The iPhone maker rose 2.1%.", [("AAPL", 2.1, "day")]),
    ("Apple reported results. Shares of the iPhone maker rose 2.1%.", [("AAPL", 2.1, "day")]),
    # (a head before a noun of a sector or index is no reference)
    ("Telstra reported results. The utility sector rose 1%.", [("name:utility-sub-index", 1.0, "day")]),
    # "the stock" after a company named as the subject of a clause of time or cause is the main subject's
    ("Toyota fell after Sony lowered its forecast. The stock lost 9%.", [("7203.T", -9.0, "day")]),
    ("Honda rose as Nomura upgraded the carmaker. The stock gained 3.5%.", [("7267.T", 3.5, "day")]),
    ("Toyota slid when Sony announced a rival model. The stock fell 2.4%.", [("7203.T", -2.4, "day")]),
    # ... and so after brokers joined by "and" in a phrase of place (a word of a name the directory lacks too)
    ("Lanxess fell after analysts at Citigroup Inc. (C) and Main First Bank AG cut their ratings. The stock dropped "
     "3.6%.", [("LXS.DE", -3.6, "day")]),
    ("Toyota slid after analysts at Nomura and Mizuho cut their targets. The stock fell 2.4%.",
     [("7203.T", -2.4, "day")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_company_antecedents(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected
