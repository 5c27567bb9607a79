"""Quote strips and tables whose cells run together: a name glued to its level ("Hang Seng21,314.60"), a name
ending in digits glued to the level ("S&P/ASX 2008,105.20"), a code glued before the name (".KS11KOSPI Index",
".SETISET Composite Index"), the time or date of the quote, and rows split over two lines. A row gives its level,
change and percent only when they agree.

Strips are written for these tests (invented figures; index names from the built-in directory).
"""

from __future__ import annotations

from typing import Any

import pytest

from streams.model import Article
from tests.unit.extraction import EX, rows_of

run = rows_of("instrument.key", "direction", "change_pct", "change_points", "level")


ROWS = [
    # a strip: name glued to the level, change and percent on the next line (no sign: a rise)
    ("Markets\nHang Seng21,314.60\n-112.40 (-0.52%)-0.52%\nNikkei38,120.55\n95.10 (0.25%)0.25%\nMore markets",
     [("HSI", "down", -0.52, -112.4, 21314.6), ("N225", "up", 0.25, 95.1, 38120.55)]),
    # a name ending in digits glued to the level
    ("Markets\nS&P/ASX 2008,105.20\n-24.60 (-0.30%)-0.30%\nMore markets",
     [("XJO", "down", -0.3, -24.6, 8105.2)]),
    # a table: code, name, time, level, change and percent run together
    ("Index table\n.KS11KOSPI Index3:12am EDT2,612.40-13.05-0.50%\n"
     ".SSECShanghai Composite Index2:05am EDT3,120.88+21.60+0.70%\nEnd of table",
     [("KOSPI", "down", -0.5, -13.05, 2612.4), ("SHCOMP", "up", 0.7, 21.6, 3120.88)]),
    # a code glued to a name in capitals: the name starts inside the capitals
    ("Index table\n.SETISET Composite Index4:10am EDT1,480.20+3.10+0.21%\n"
     ".PSIPSE Composite Index11:40pm EDT6,210.40-30.20-0.48%\nEnd of table",
     [("SETI", "up", 0.21, 3.1, 1480.2), ("PSEI", "down", -0.48, -30.2, 6210.4)]),
    ("Index table\n.SETISET Composite Index 1,480.20 +3.10 +0.21%\nEnd of table", [("SETI", "up", 0.21, 3.1, 1480.2)]),
    # capitals that start no name stay unmatched
    ("Index table\n.QQXZQQXZ Composite Index4:10am EDT1,480.20+3.10+0.21%\nEnd of table", []),
    # the Thomson Reuters country indices of Reuters quote widgets
    ("Index table\n.TRXFLDJPPThomson Reuters Equity Japan Index2:10am EDT180.20-2.10-1.15%\n"
     ".TRXFLDINPThomson Reuters Equity India Index6:05am EDT1,700.50+5.10+0.30%\nEnd of table",
     [("TRXFLDJPP", "down", -1.15, -2.1, 180.2), ("TRXFLDINP", "up", 0.3, 5.1, 1700.5)]),
    # the quote's date glued to the level
    ("Index table\n.SSECShanghai Composite Index21 Mar 20213,120.88+21.60+0.70%\nEnd of table",
     [("SHCOMP", "up", 0.7, 21.6, 3120.88)]),
    # the same row with spaces
    ("Hang Seng Index 21,314.60 -112.40 -0.52%", [("HSI", "down", -0.52, -112.4, 21314.6)]),
    ("Hang Seng Index 21,314.60 -112.40 (-0.52%)", [("HSI", "down", -0.52, -112.4, 21314.6)]),
    # a change that does not agree with the level and the percent is no row: the percent alone
    ("Hang Seng Index 21,314.60 -112.40 -2.52%", [("HSI", "down", -2.52, None, None)]),
    # signs that disagree make no row
    ("Hang Seng Index 21,314.60 +112.40 -0.52%", [("HSI", "down", -0.52, None, None)]),
    # a word the name shortens, with its period, between the name and the row's figures
    ("Index Components\nNovartis 116.10 +0.50 +0.43\nRoche Holding Part. Cert. 301.20 +2.40 +0.80\nEnd of table",
     [("NOVN.SW", "up", 0.43, 0.5, 116.1), ("RO.SW", "up", 0.8, 2.4, 301.2)]),
    # a quote of index futures names no index
    ("Markets\nSPI 2008,079.00\n-1.00 (-0.01%)-0.01%\nMore markets", []),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_quote_rows(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected


def test_a_dash_range_is_still_a_range() -> None:
    # "1.5-2.3%" stays a range (no single percent); "105.60-0.36%" in a row is a change and a percent
    events = EX.extract(Article(id="t", body="Tencent rose 1.5-2.3% on Monday."))
    assert [e.approx for e in events] == [True] and all(e.change_pct not in (1.5, 2.3) for e in events)


@pytest.mark.parametrize(("text", "period"), [
    # the time column stamps the quote: the row is the session's move
    ("Index table\n.KS11KOSPI Index3:12am EDT2,612.40-13.05-0.50%\nEnd of table", "day"),
    ("Index table\n.SSECShanghai Composite Index21 Mar 20213,120.88+21.60+0.70%\nEnd of table", "day"),
])
def test_a_rows_time_is_no_period(text: str, period: str) -> None:
    assert [e.period for e in EX.extract(Article(id="t", body=text))] == [period]
