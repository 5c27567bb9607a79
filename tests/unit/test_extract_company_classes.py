"""Single-company stories, by class: a move outside the regular session stated with a closing verb, a move over
a run of sessions, lists of the company's affiliates and rivals, and the company's other listing ("its ADRs", "its
U.S.-listed shares"). Table-driven, one row a case; the passages are invented.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.extraction import rows_of

run = rows_of("instrument.key", "change_pct", "period")


CASES: list[tuple[str, list[tuple[Any, ...]]]] = [
    # pre-market, after-hours and extended trading are intraday even where the clause says it closed or finished
    ("Toyota shares closed at 2,160 yen in after-hours trade, up 2.7%.", [("7203.T", 2.7, "intraday")]),
    ("In pre-market trading, Sony shares finished at 13,200 yen, down 1.8%.", [("6758.T", -1.8, "intraday")]),
    ("Honda shares ended at 1,540 yen in extended trading, up 0.9%.", [("7267.T", 0.9, "intraday")]),
    # (without one, the close is the day's)
    ("Toyota shares closed at 2,160 yen, up 2.7%.", [("7203.T", 2.7, "day")]),
    # a run of sessions the move spans: other ("during its current win streak", "during the six days ended")
    ("Toyota reported results. The stock has soared 14.1% during its current win streak.",
     [("7203.T", 14.1, "other")]),
    ("Toyota reported results. The stock rocketed 14.5% during the six days ended March 18, 2009.",
     [("7203.T", 14.5, "other")]),
    ("Toyota reported results. The shares have gained 9% during the streak.", [("7203.T", 9.0, "other")]),
    # (not the session, nor the day in progress)
    ("Toyota rose 2% during the session.", [("7203.T", 2.0, "day")]),
    ("Toyota fell 3% during the day, then recovered.", [("7203.T", -3.0, "intraday")]),
    # a list whose members each follow a word of their relation to the company ("affiliate", "rival", "unit")
    ("Shares in sister automaker Kia Corp and affiliate Hyundai Mobis fell 6 per cent and 5.7 per cent, "
     "respectively.", [("000270.KS", -6.0, "day"), ("012330.KS", -5.7, "day")]),
    ("Toyota fell 2%, while rival carmaker Honda and affiliate Denso fell 1.5% and 0.8% respectively.",
     [("7203.T", -2.0, "day"), ("7267.T", -1.5, "day"), ("6902.T", -0.8, "day")]),
    ("Shares of chipmaker Tokyo Electron and rival Advantest rose 3.1% and 2.4%.",
     [("8035.T", 3.1, "day"), ("6857.T", 2.4, "day")]),
    ("Samsung Electronics rose 2%. Its unit Samsung SDI and rival LG Energy Solution gained 1.1% and 0.9%, "
     "respectively.", [("005930.KS", 2.0, "day"), ("006400.KS", 1.1, "day"), ("373220.KS", 0.9, "day")]),
    # (two clauses, each with its own verb, stay two subjects)
    ("Toyota rose 2% and rival Honda fell 1.2%.", [("7203.T", 2.0, "day"), ("7267.T", -1.2, "day")]),
    # the company's other listing, referred to by its possessive
    ("Sony reported results. Its U.S.-listed shares have dropped 24.7% over the past year.",
     [("6758.T", -24.7, "year")]),
    ("Toyota reported results. Its U.S.-traded shares rose 1.2% overnight.", [("7203.T", 1.2, "day")]),
    ("Sony reported results. Its ADRs fell 3.5% on Monday.", [("6758.T", -3.5, "day")]),
    ("Infosys shares fell 2.4% in Mumbai. Its ADRs lost 1.1% in New York.",
     [("INFY.NS", -2.4, "day"), ("INFY.NS", -1.1, "day")]),
    # (a capitalised word with a hyphen is no filler of a reference: "the wider All-Shares index" is its name)
    ("The PSEi rose 0.5% while the wider All-Shares index rose 1.44 percent.",
     [("PSEI", 0.5, "day"), ("PSEALL", 1.44, "day")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_company_classes(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected
