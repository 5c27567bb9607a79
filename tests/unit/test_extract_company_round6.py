"""Single-company stories, round 6, by class: a move verb right after "and" goes on with the subject when the
distractor before it (a result, an estimate, guidance) was the object of the subject's verb ("Orion posted record
sales and jumped 8%", "reported a profit that beat estimates and rose 13%"), never when the distractor is the
subject of a clause of its own ("Orion said revenue beat estimates and rose 13%": the revenue rose); after "its" or
"their", as after a possessive name, only the company's shares move ("Its backlog grew 14%" is a result); the
lexicon's results take a company's backlog, billings, order intake and EBIT ("Siemens order intake jumped 9%").
Table-driven, one row a case; the passages are invented.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.extraction import rows_of

run = rows_of("instrument.key", "change_pct", "period")

CASES: list[tuple[str, list[tuple[Any, ...]]]] = [
    # the distractor is an object: the move after "and" is the subject's
    ("Apple results\nApple reported a quarterly profit that beat estimates and jumped 13% on Friday.",
     [("AAPL", 13.0, "day")]),
    ("Apple results\nApple posted revenue that topped forecasts and rose 5% in early trading.",
     [("AAPL", 5.0, "intraday")]),
    ("Apple results\nApple posted record sales and jumped 8% in morning trade.", [("AAPL", 8.0, "intraday")]),
    ("Tesla slides\nTesla cut its full-year guidance and fell 9% on Tuesday.", [("TSLA", -9.0, "day")]),
    ("Tesla slides\nTesla reported deliveries that missed estimates and fell 9% on Tuesday.", [("TSLA", -9.0, "day")]),
    ("Apple results\nApple beat profit estimates and rose 4.5% to $190.", [("AAPL", 4.5, "day")]),
    ("Apple results\nApple reported revenue of $90 billion and gained 3% in after-hours trading.",
     [("AAPL", 3.0, "intraday")]),
    # (the result's own figure stays no move; only the verb after "and" is the subject's)
    ("Apple results\nApple reported a 12% rise in profit and jumped 8%.", [("AAPL", 8.0, "day")]),
    ("Apple results\nApple raised its dividend by 10% and rose 2%.", [("AAPL", 2.0, "day")]),
    # (the distractor is the subject of a clause of its own: the move after "and" is the result's)
    ("Apple results\nApple said revenue beat estimates and rose 13%.", []),
    ("Tesla slides\nTesla said deliveries missed estimates and fell 9% on Tuesday.", []),
    ("Apple results\nApple said profit rose 12% and jumped 8%.", []),
    ("Apple results\nApple revenue beat estimates and rose 13%.", []),
    # (no move verb right after "and": another noun's figure)
    ("Apple results\nApple said profit rose 12% and sales jumped 8%.", []),
    ("Apple results\nApple reported record sales and margins widened 2%.", []),
    # after "its" or "their", a noun that is not the company's shares: a result or a count, no price move
    ("Apple results\nApple rose 2% on Tuesday. Its backlog grew 14%.", [("AAPL", 2.0, "day")]),
    ("Apple results\nApple rose 2% on Tuesday. Its membership grew 14% and its order intake jumped 9%.",
     [("AAPL", 2.0, "day")]),
    ("Tesla results\nTesla fell 2% on Tuesday. Their deliveries dropped 8%.", [("TSLA", -2.0, "day")]),
    ("Tesla results\nTesla fell 2% on Tuesday. Its fleet grew 30% from a year earlier.", [("TSLA", -2.0, "day")]),
    # (its shares, its stock, its ADRs, and a move noun or figure after "its" stay the company's moves)
    ("Apple results\nApple rose 2% on Tuesday. Its shares are up 20% this year.",
     [("AAPL", 2.0, "day"), ("AAPL", 20.0, "ytd")]),
    ("Apple results\nApple rose 2% on Tuesday. Its stock has gained 20% this year.",
     [("AAPL", 2.0, "day"), ("AAPL", 20.0, "ytd")]),
    ("Apple results\nApple rose 2% on Tuesday. Its ADRs fell 3%.", [("AAPL", 2.0, "day"), ("AAPL", -3.0, "day")]),
    ("Apple results\nApple rose 2% on Tuesday. Its 12% jump last week was its best.",
     [("AAPL", 2.0, "day"), ("AAPL", 12.0, "week")]),
    ("Apple results\nApple rose 2% on Tuesday. Its decline of 8% last week was its worst.",
     [("AAPL", 2.0, "day"), ("AAPL", -8.0, "week")]),
    # a company's backlog, billings, order intake and EBIT are results, after its name too
    ("Siemens results\nSiemens rose 2% on Tuesday. Siemens order intake jumped 9%.", [("SIE.DE", 2.0, "day")]),
    ("Siemens results\nSiemens order intake jumped 9% and its backlog grew 4%.", []),
    ("Siemens results\nSiemens rose 2% on Tuesday. The Siemens backlog grew 9% to a record.", [("SIE.DE", 2.0, "day")]),
    ("Apple results\nApple rose 2% on Tuesday. Mac billings climbed 11%, and the Apple backlog grew 9%.",
     [("AAPL", 2.0, "day")]),
    ("Siemens results\nSiemens rose 2% on Tuesday. Siemens EBIT climbed 8%.", [("SIE.DE", 2.0, "day")]),
    # (the stock's move before them stays: "jumped 4% as adjusted EBIT topped forecasts")
    ("Siemens results\nSiemens jumped 4% as adjusted EBIT topped forecasts.", [("SIE.DE", 4.0, "day")]),
    ("Siemens results\nSiemens jumped 9% on a record backlog.", [("SIE.DE", 9.0, "day")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_company_round6(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected
