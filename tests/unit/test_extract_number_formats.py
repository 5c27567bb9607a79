"""Number formats of levels, points and percents (docs/move-events.md, "level", "change_points"): thousands
groups set off by a space, a thin space (U+2009), a narrow no-break space (U+202F) or the apostrophe of Swiss
figures; a decimal comma before a percent sign; the "Rs.2, 076" garble of Indian pages; fractions of old quotes
("5 1/4"); a currency sign or code before a level, with or without a space; units in title case or capitals
("3 Per Cent", "1.2 PCT" of headlines); and the cases that stay apart (a name's number, a table's columns, a date,
"a Windows 11 PC").

Passages are written for these tests (invented sentences; names from the built-in directory).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.extraction import rows_of

run = rows_of("instrument.key", "change_pct", "change_points", "level")


GROUPS = [
    # a space, a thin space, a narrow no-break space between thousands
    ("The Nikkei fell 0.5 percent to 17 407.62.", [("N225", -0.5, None, 17407.62)]),
    ("The Nikkei fell 0.5 percent to 17\u2009407.62.", [("N225", -0.5, None, 17407.62)]),
    ("The Nikkei fell 0.5 percent to 17\u202f407.62.", [("N225", -0.5, None, 17407.62)]),
    ("The Nikkei gained 50.11 points, or 0.3 percent, to 17 407.62.", [("N225", 0.3, 50.11, 17407.62)]),
    ("The JSE All Share rose 0.5% to 52 345.10.", [("J203", 0.5, None, 52345.1)]),
    ("Toyota rose 1.4 percent to 7 190 yen.", [("7203.T", 1.4, None, 7190.0)]),
    ("The Sensex rose 1.25% to 1 061 234.5 in a dream.", [("SENSEX", 1.25, None, 1061234.5)]),
    # the apostrophe of Swiss figures, straight or curly
    ("The SMI rose 0.8% to 11'234.5.", [("SMI", 0.8, None, 11234.5)]),
    ("The SMI rose 0.8% to 11\u2019234.5.", [("SMI", 0.8, None, 11234.5)]),
    # a decimal comma before a percent sign; a comma before three digits is still a thousand
    ("Nestle rose 1,2% to 11'234.5 francs.", [("NESN.SW", 1.2, None, 11234.5)]),
    ("The Sensex rose 1,25 % to 61 234.5.", [("SENSEX", 1.25, None, 61234.5)]),
    ("The Nifty fell 1,234 points, or 2.1%, to 21,500.", [("NIFTY", -2.1, -1234.0, 21500.0)]),
    # a rupee figure whose thousands comma a space follows
    ("Tata Motors rose 2.5 per cent to Rs 1, 234.", [("TATAMOTORS.NS", 2.5, None, 1234.0)]),
    ("Tata Motors rose 2.5 per cent to Rs.1, 234.", [("TATAMOTORS.NS", 2.5, None, 1234.0)]),
]

FRACTIONS = [
    # a whole number and a fraction of 2, 4, 8, 16, 32 or 64 (old quotes)
    ("IBM shed 5 1/4, or 4 percent, to 121 1/2.", [("IBM", -4.0, -5.25, 121.5)]),
    ("IBM rose 3 3/8, or 2.1 percent, to 101 5/8.", [("IBM", 2.1, 3.375, 101.625)]),
    # two digits on either side of the slash
    ("IBM rose 1 13/16, or 2.1 percent, to 88 15/32.", [("IBM", 2.1, 1.8125, 88.46875)]),
    # not a fraction of quotes: a third
    ("IBM rose 2 percent to 101 1/3.", [("IBM", 2.0, None, 101.0)]),
]

CURRENCY = [
    # a sign and one space before the level
    ("Renault fell 2% to \u20ac 16.95.", [("RNL.PA", -2.0, None, 16.95)]),
    ("Tencent fell 2% to HK$ 301.5.", [("0700.HK", -2.0, None, 301.5)]),
    ("BHP fell 2% to A$\u00a045.10.", [("BHP.AX", -2.0, None, 45.1)]),
    ("Infosys fell 2% to \u20b9 1,501.5.", [("INFY.NS", -2.0, None, 1501.5)]),
    ("Apple fell 2% to US$ 181.5.", [("AAPL", -2.0, None, 181.5)]),
    # a currency code before the level
    ("Renault fell 2% to EUR 16.95.", [("RNL.PA", -2.0, None, 16.95)]),
    ("Nestle fell 2% to CHF 101.5.", [("NESN.SW", -2.0, None, 101.5)]),
    # money, not a level
    ("Apple fell 2% to $ 181.5 billion.", [("AAPL", -2.0, None, None)]),
]

CASE = [
    # a unit in title case or capitals, as headlines write it (ASCII texts and others)
    ("Toyota Shares Fall 3 Per Cent On Friday", [("7203.T", -3.0, None, None)]),
    ("Toyota Shares Fall 3 PER CENT On Friday", [("7203.T", -3.0, None, None)]),
    ("Toyota Shares Fall 3 PERCENT On Friday", [("7203.T", -3.0, None, None)]),
    ("Toyota Shares Fall 3 PCT On Friday", [("7203.T", -3.0, None, None)]),
    ("Toyota Shares Fall 3 Per Cent On Friday – Café Report", [("7203.T", -3.0, None, None)]),
    ("Sensex Sheds 700 POINTS, Nifty Falls 1.2 PER CENT",
     [("SENSEX", None, -700.0, None), ("NIFTY", -1.2, None, None)]),
    # "PC" in capitals is a computer, not a percent
    ("Lenovo shares rose after it unveiled a Windows 11 PC on Friday.", []),
]

APART = [
    # a name's number before a figure, a date, a table's columns
    ("The Nikkei 225 100.23 points higher, up 0.5%.", [("N225", 0.5, 100.23, None)]),
    ("The FTSE 100 fell 12.5 points, or 0.2%, to 7,234.5 on Nov 25 2014.", [("UKX", -0.2, -12.5, 7234.5)]),
    ("The FTSE 100 fell 0.2% to 7 234.5.", [("UKX", -0.2, None, 7234.5)]),
    ("Hang Seng 22 924.25 rose 1.2%.", [("HSI", 1.2, None, None)]),
    ("Tata Motors rose 2.5 per cent, 1, 234 shares changing hands.", [("TATAMOTORS.NS", 2.5, None, None)]),
]


@pytest.mark.parametrize(("text", "expected"), GROUPS + FRACTIONS + CURRENCY + CASE + APART)
def test_number_formats(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected
