"""Table-driven tests of quote chips as web pages copy them: a footnote mark after the chip's percent ("ALPH,
+0.72%[1] rose") and a chip cut onto lines of its own ("stock\nALPH,\n+24.77%\nsoared"). Both read as the chip
inside its sentence (a live quote, intraday; the sentence's own figure keeps its period). Not a bracketed mark
after a percent with no code, a table row ending its line, a price in a chip's place, nor a line that opens a
new sentence.

The passages are written for these tests (the instruments are directory entries, the sentences invented).
"""

from __future__ import annotations

import pytest

from tests.unit.test_extract_period_signals import periods  # the same article date and fields

CASES = [
    # a footnote mark after the chip's percent
    ("Shares of Tesco TSCO, +3.15%[2] rose 2% after the update.",
     [("TSCO.L", 3.15, "intraday"), ("TSCO.L", 2.0, "day")]),
    ("The Nikkei share average 100000018 -0.41%[7]  ended 1.1% lower.",
     [("N225", -0.41, "intraday"), ("N225", -1.1, "day")]),
    ("Sony Group has risen 22% this year, while the Nikkei share average 100000018 -0.35%[3] has added 11%.",
     [("6758.T", 22.0, "ytd"), ("N225", -0.35, "intraday"), ("N225", 11.0, "ytd")]),
    # a chip cut onto lines of its own
    ("Shares of Tesco\nTSCO,\n+3.15%\nrose 2% after the update.",
     [("TSCO.L", 3.15, "intraday"), ("TSCO.L", 2.0, "day")]),
    ("The Hang Seng Index\nHSI,\n-0.62%\nfell 0.5% on Monday.",
     [("HSI", -0.62, "intraday"), ("HSI", -0.5, "day")]),
    ("Tencent Holdings has lost 31% over the past 12 months, while the Hang Seng Index\nHSI,\n+0.84%\nhas gained 9%.",
     [("0700.HK", -31.0, "year"), ("HSI", 0.84, "intraday"), ("HSI", 9.0, "year")]),
    # not a chip: a bracketed mark after a percent with no code, table rows ending their lines
    ("Tesco fell 2.1%[3] on Monday after the update.", [("TSCO.L", -2.1, "day")]),
    ("Biggest movers:\nTesco TSCO -1.85%[1]\nBarclays BARC +0.95%[2]",
     [("TSCO.L", -1.85, "day"), ("BARC.L", 0.95, "day")]),
    ("Biggest movers:\nTesco TSCO -1.85%  Barclays BARC +0.95%",
     [("TSCO.L", -1.85, "day"), ("BARC.L", 0.95, "day")]),
    # ... nor a chip's lines before a line that opens a new sentence
    ("Tesco rose 2% on Monday.\nBARC,\n+0.95%\nBarclays closed higher.", [("TSCO.L", 2.0, "day")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_chip_mends(text: str, expected: list[tuple[str, float | None, str]]) -> None:
    assert periods(text) == expected
