"""Table-driven tests of number formats and units of levels, points and percents (docs/move-events.md, "level",
"change_points", "change_pct"): European figures with a decimal comma ("18.256,48", "18 256,48", "95,12 points"),
"p.c." for per cent, and prices in cents written "18c", "78.5cps" or in sen ("37.5 sen"), which are given in
the currency's unit (18c is 0.18).

The passages are written for these tests (invented sentences; names from the built-in directory).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.extraction import rows_of

run = rows_of("instrument.key", "change_pct", "change_points", "level", "currency")


DECIMAL_COMMAS = [
    # points between thousands groups and a decimal comma
    ("The DAX rose 0.5% to 18.256,48 points.", [("DAX", 0.5, None, 18256.48, None)]),
    ("The DAX fell 0,7% to 1.018.256,4 points.", [("DAX", -0.7, None, 1018256.4, None)]),
    # spaced thousands and a decimal comma
    ("The CAC 40 rose 0,5 % to 7 256,48 points.", [("CAC", 0.5, None, 7256.48, None)]),
    # a decimal comma before points, as before a percent sign
    ("The DAX rose 95,12 points, or 0,5%, to 18.256,48.", [("DAX", 0.5, 95.12, 18256.48, None)]),
    ("The DAX lost 95,1 points, or 0,5%, to 18.256,48.", [("DAX", -0.5, -95.1, 18256.48, None)]),
    # a point alone stays a decimal point; a comma before three digits stays a thousands comma
    ("The DAX rose 0.5% to 18.256 points.", [("DAX", 0.5, None, 18.256, None)]),
    ("The DAX rose 1,234 points, or 0.5%, to 18,256.48.", [("DAX", 0.5, 1234.0, 18256.48, None)]),
    # a figure and a list's next figure after a comma and a space stay apart
    ("The DAX and the CAC 40 rose 0.5% and 0.7% to 18.256, 48 and 7,256.", [("DAX", 0.5, None, None, None),
                                                                             ("CAC", 0.7, None, None, None)]),
]

PER_CENT = [
    ("The Sensex fell 0.3 p.c. to 72,211.16.", [("SENSEX", -0.3, None, 72211.16, None)]),
    ("The Sensex fell 3 p.c on Monday.", [("SENSEX", -3.0, None, None, None)]),
    ("Infosys rose 6p.c. to Rs 1,500.", [("INFY.NS", 6.0, None, 1500.0, None)]),
]

CENTS = [
    # "c" or "cps" joined to the figure: cents of the market's currency
    ("Westpac rose 3% to 18c.", [("WBC.AX", 3.0, None, 0.18, "AUD")]),
    ("Westpac closed up 27 per cent at 1.4c.", [("WBC.AX", 27.0, None, 0.014, "AUD")]),
    ("Westpac fell 13% to 78.5cps.", [("WBC.AX", -13.0, None, 0.785, "AUD")]),
    ("Westpac fell 6.6 per cent to 78 cents.", [("WBC.AX", -6.6, None, 0.78, "AUD")]),
    # sen, a hundredth of a ringgit (a company missing from the directory: no market, no currency)
    ("Orchid Tiles surged 50%, or 12.5 sen, to 37.5 sen.", [("name:orchid-tiles", 50.0, 0.125, 0.375, None)]),
]


@pytest.mark.parametrize(("text", "expected"), DECIMAL_COMMAS + PER_CENT + CENTS, ids=[c[0][:60] for c in
                                                                                    DECIMAL_COMMAS + PER_CENT + CENTS])
def test_number_units(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected


# a percent joined to its figure by a hyphen, as an adjective ("a 2.99-percent rise", "a 4-per-cent drop"); a
# business quantity's change and a stake stay none, and another word after the hyphen is no percent ("3-year")
HYPHEN_PERCENTS = [
    ("Tencent posted a 3-percent gain.", [("0700.HK", 3.0, None, None, None)]),
    ("Tencent posted a 2.99-percent increase on Friday.", [("0700.HK", 2.99, None, None, None)]),
    ("Tencent shares fell in a 4-per-cent drop.", [("0700.HK", -4.0, None, None, None)]),
    ("The Nikkei rose 1.2-pct on Friday.", [("N225", 1.2, None, None, None)]),
    ("Tencent\u2019s shares posted a 2.99\u2011percent gain.", [("0700.HK", 2.99, None, None, None)]),
    ("BYD reported a 12-percent drop in profit.", []),
    ("Tencent holds a 5-percent stake in BYD.", []),
    ("BYD shares hit a 3-year high, up 2%.", [("1211.HK", 2.0, None, None, None)]),
]


@pytest.mark.parametrize("text, expected", HYPHEN_PERCENTS, ids=[c[0][:48] for c in HYPHEN_PERCENTS])
def test_hyphenated_percent(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected
