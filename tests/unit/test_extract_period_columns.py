"""Table rows under a header naming each column's period ("1-day 5-day YTD", "Name Last Chg % YTD %", "Price | 1D
| 1M | Yield"): each percent cell of a row is one move, of its column's period; a price column is the level of
the day's move, a yield or volume column never a move. A fund's name at the start of such a row ("Orbit Top 20 ETF
(OTF)") is the row's subject, figures and all. The same figure in two columns is two moves. Without a header of
periods, a row of percents keeps its old reading.

Passages are written for these tests (invented tables and figures; names from the built-in directory or made up).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.extraction import rows_of

run = rows_of("instrument.key", "change_pct", "period", "level")

ROWS: list[tuple[str, list[tuple[Any, ...]]]] = [
    ("Returns as at Friday:\n  1-day 5-day 6-month YTD 1Y\nTesco (TSCO) -0.4% +1.2% +3.1% +2.7% +3.4%\n"
     "Barclays (BARC) -0.7% +2.0% +5.9% +5.9% +8.3%",
     [("TSCO.L", -0.4, "day", None), ("TSCO.L", 1.2, "week", None), ("TSCO.L", 3.1, "other", None),
      ("TSCO.L", 2.7, "ytd", None), ("TSCO.L", 3.4, "year", None),
      ("BARC.L", -0.7, "day", None), ("BARC.L", 2.0, "week", None), ("BARC.L", 5.9, "other", None),
      ("BARC.L", 5.9, "ytd", None), ("BARC.L", 8.3, "year", None)]),
    ("Name Last Chg % YTD %\nTesco 412.10 -0.4% +1.2%\nBarclays 201.40 -0.7% -2.0%",
     [("TSCO.L", -0.4, "day", 412.1), ("TSCO.L", 1.2, "ytd", None),
      ("BARC.L", -0.7, "day", 201.4), ("BARC.L", -2.0, "ytd", None)]),
    (" 1 Day 1 Week YTD\nTesco -0.4% +1.2% +3.1%\nBarclays -0.7% +2.0% +7.7%",
     [("TSCO.L", -0.4, "day", None), ("TSCO.L", 1.2, "week", None), ("TSCO.L", 3.1, "ytd", None),
      ("BARC.L", -0.7, "day", None), ("BARC.L", 2.0, "week", None), ("BARC.L", 7.7, "ytd", None)]),
    # a yield column is no move
    ("Stock | Price | 1D | 1M | Yield\nTesco | 412.10 | +0.4% | -1.2% | 3.1%",
     [("TSCO.L", 0.4, "day", 412.1), ("TSCO.L", -1.2, "month", None)]),
    # funds the directory lacks: the whole head is the name
    ("Fund returns.\n\n  1-day 5-day YTD\nKestrel Growth Fund (KGF) -0.4% +1.2% +3.1%\n"
     "Orbit Top 20 ETF (OTF) -0.7% +2.0% -7.7%",
     [("name:kestrel-growth-fund", -0.4, "day", None), ("name:kestrel-growth-fund", 1.2, "week", None),
      ("name:kestrel-growth-fund", 3.1, "ytd", None), ("name:orbit-top-20-etf", -0.7, "day", None),
      ("name:orbit-top-20-etf", 2.0, "week", None), ("name:orbit-top-20-etf", -7.7, "ytd", None)]),
    ("Daily Week Month\nKestrel Mining (KMX) +2.5% -1.5% +6.0%",
     [("name:kestrel-mining", 2.5, "day", None), ("name:kestrel-mining", -1.5, "week", None),
      ("name:kestrel-mining", 6.0, "month", None)]),
]

# no header of periods above: no column periods, and no fund name from a row
NO_COLUMNS: list[tuple[str, list[tuple[Any, ...]]]] = [
    ("Kestrel Growth Fund (KGF) -0.4% +1.2% +3.1%", []),
    ("Fund returns\nKestrel Growth Fund (KGF) -0.4% +1.2% +3.1%", []),
    # a blank line between the header and the row ends the table
    ("1-day 5-day YTD\n\nTesco -0.4% +1.2%", [("TSCO.L", -0.4, "day", None), ("TSCO.L", 1.2, "day", None)]),
    # a header word that names no column: no header
    ("Tesco shares week YTD\nTesco -0.4% +1.2%", [("TSCO.L", -0.4, "day", None), ("TSCO.L", 1.2, "day", None)]),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_cells_take_their_columns_periods(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), NO_COLUMNS)
def test_no_header_of_periods(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected
