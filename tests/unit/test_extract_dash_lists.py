"""Dash lists under a line header: a header of move nouns alone ("Weekly gains", "Biggest declines") gives its
direction to the unsigned lines below it, a weekly or monthly header its period, and a code in brackets the
directory lacks stands between a line's name and its figure ("- Alpha (ALP), 1.2%").

Passages are written for these tests (invented sentences; names from the directory).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.extraction import rows_of

UP, DOWN = "up", "down"
INF, WIP, HDFC, TATA = "Infosys Ltd.", "Wipro Ltd.", "HDFC Bank Ltd.", "Tata Steel Ltd."


run = rows_of("instrument.name", "direction", "change_pct", "period")


@pytest.mark.parametrize(("text", "expected"), [
    # a weekly header of move nouns: direction and period for the unsigned lines
    ("Indian shares had a mixed week.\nWeekly gains\n- Infosys (INFY), 2.15%\n- Wipro (WIT), 0.42%\n"
     "Weekly declines\n- HDFC Bank (HDB), -0.31%\n- Tata Steel (TISC), -2.6%\n",
     [(INF, UP, 2.15, "week"), (WIP, UP, 0.42, "week"), (HDFC, DOWN, -0.31, "week"), (TATA, DOWN, -2.6, "week")]),
    ("Weekly losses:\n- Tata Steel, 3.4%\n- HDFC Bank, 1.05%\n",
     [(TATA, DOWN, -3.4, "week"), (HDFC, DOWN, -1.05, "week")]),
    ("Monthly gains\n* Wipro: 6.2%\n* Infosys: 4.8%\n", [(WIP, UP, 6.2, "month"), (INF, UP, 4.8, "month")]),
    # a header of move nouns without a period
    ("Mumbai trade ended mixed.\n\nBiggest declines\n\n- Wipro (WIT), 1.7%\n- Infosys (INFY), 0.9%\n",
     [(WIP, DOWN, -1.7, "day"), (INF, DOWN, -0.9, "day")]),
    ("Largest advances\n- Tata Steel 3.3%\n- HDFC Bank 1.2%\n", [(TATA, UP, 3.3, "day"), (HDFC, UP, 1.2, "day")]),
    # a code in brackets between the name and the figure, under a header noun
    ("Top gainers\n- Infosys (INFY), 1.4%\n- Wipro (WIT.N): 0.6%\n", [(INF, UP, 1.4, "day"), (WIP, UP, 0.6, "day")]),
    ("Top losers\n- HDFC Bank (HDB) 2.2%\n- Tata Steel (TATASTEEL), 1.9%\n",
     [(HDFC, DOWN, -2.2, "day"), (TATA, DOWN, -1.9, "day")]),
    # a header with both directions, or with a figure of its own, gives none
    ("Gains and losses\n- Infosys (INFY), 1.4%\n- Wipro (WIT), 0.6%\n", []),
    ("Shares fell 2% on the week\n- Infosys (INFY), 1.4%\n- Wipro (WIT), 0.6%\n", []),
])
def test_dash_lists_under_a_header(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected
