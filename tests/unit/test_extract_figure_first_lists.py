"""List lines that give the figure before the name ("1.2% - Alpha", "+3.4%  Beta", "down 2.1 pct: Gamma"), lines of
a name and a percent alone under a header that gives their direction ("Top losers:" then "Alpha 2.3%"), and quote
rows whose percent follows the level in brackets or after a column mark ("Alpha 265.92 (6.99%)", "Alpha | 58.71 |
3.54%").

Passages are written for these tests (invented sentences; names from the directory).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.extraction import rows_of

UP, DOWN = "up", "down"
INF, WIP, TATA, HDFC = "Infosys Ltd.", "Wipro Ltd.", "Tata Steel Ltd.", "HDFC Bank Ltd."
MAY, TNB, MU, NKE = "Malayan Banking", "Tenaga Nasional", "Micron Technology", "Nike"


run = rows_of("instrument.name", "direction", "change_pct")


@pytest.mark.parametrize(("text", "expected"), [
    # the figure first, the direction from the header
    ("Kuala Lumpur ended mixed.\nTop gainers:\n1.2% - Maybank\n3.4% - Tenaga Nasional\n",
     [(MAY, UP, 1.2), (TNB, UP, 3.4)]),
    ("Biggest fallers\n1.2% - Maybank\n3.4% - Tenaga Nasional\n", [(MAY, DOWN, -1.2), (TNB, DOWN, -3.4)]),
    ("Top losers\n* 2.3% Infosys\n* 1.1% Wipro\n", [(INF, DOWN, -2.3), (WIP, DOWN, -1.1)]),
    ("Top gainers\n- 2.3% - Infosys\n- 0.8%: Wipro\n", [(INF, UP, 2.3), (WIP, UP, 0.8)]),
    ("Top gainers\n2.3% Infosys\n1.1% Wipro\n", [(INF, UP, 2.3), (WIP, UP, 1.1)]),
    ("Leading decliners\n4.5 per cent | Tata Steel\n1.05 per cent | HDFC Bank\n",
     [(TATA, DOWN, -4.5), (HDFC, DOWN, -1.05)]),
    # the figure first with its own sign or direction word, under any header or none
    ("Sensex movers:\n+3.4%  Infosys\n-2.1%  Wipro\n", [(INF, UP, 3.4), (WIP, DOWN, -2.1)]),
    ("+3.4%\tInfosys\n-2.1%\tWipro\n", [(INF, UP, 3.4), (WIP, DOWN, -2.1)]),
    ("Movers on the Sensex:\ndown 2.1 pct: Tata Steel\nup 1.4 pct: Infosys\n", [(TATA, DOWN, -2.1), (INF, UP, 1.4)]),
    ("Mumbai movers\nUp 0.6% - HDFC Bank (HDB)\nDown 1.9% - Wipro (WIT)\n", [(HDFC, UP, 0.6), (WIP, DOWN, -1.9)]),
    # an unsigned figure with no header, or a header of both directions: no direction, no move
    ("1.2% - Maybank\n3.4% - Tenaga Nasional\n", []),
    ("Gains and losses\n2.3% - Infosys\n1.1% - Wipro\n", []),
    # a sign against the direction word: no move
    ("down +2.1% - Wipro\n", []),
])
def test_figure_first_lines(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a name and an unsigned percent alone on a line: the header above gives the direction
    ("Top losers:\nInfosys 2.3%\nWipro 1.1%\n", [(INF, DOWN, -2.3), (WIP, DOWN, -1.1)]),
    ("Biggest fallers\nTata Steel\t2.3%\nHDFC Bank\t1.1%\n", [(TATA, DOWN, -2.3), (HDFC, DOWN, -1.1)]),
    ("Top losers:\nInfosys, 2.3%\nWipro: 1.1 per cent\n", [(INF, DOWN, -2.3), (WIP, DOWN, -1.1)]),
    ("Top gainers\nInfosys | 2.3%\nWipro | 1.1 pct\n", [(INF, UP, 2.3), (WIP, UP, 1.1)]),
    ("Top gainers\n- Tata Steel | 2.3%\n- HDFC Bank \u2013 1.1%\n", [(TATA, UP, 2.3), (HDFC, UP, 1.1)]),
    ("Top gainers\nInfosys (2.3%)\nWipro (1.1%)\n", [(INF, UP, 2.3), (WIP, UP, 1.1)]),
    # a line's own sign or verb wins over the header
    ("Top losers:\nInfosys -2.3%\nWipro rose 1.1%\n", [(INF, DOWN, -2.3), (WIP, UP, 1.1)]),
    # without a header line: no direction
    ("Infosys 2.3%\nWipro 1.1%\n", []),
])
def test_lines_under_a_header(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # level, then the percent in brackets or after a column mark (unsigned: the header's direction, else a rise)
    ("Nasdaq top gainers\n\nMicron Technology 265.92 (6.99%)\nNike 58.71 (3.54%)\n", [(MU, UP, 6.99), (NKE, UP, 3.54)]),
    ("Nasdaq top losers\nMicron Technology | 265.92 | 6.99%\nNike | 58.71 | 3.54%\n",
     [(MU, DOWN, -6.99), (NKE, DOWN, -3.54)]),
    ("Top losers\n\nMicron Technology265.92(-6.99%)\nNike58.71(-3.54%)\n", [(MU, DOWN, -6.99), (NKE, DOWN, -3.54)]),
    ("Wall Street movers\nMicron Technology 265.92 (+6.99%)\nNike 58.71 (-3.54%)\n",
     [(MU, UP, 6.99), (NKE, DOWN, -3.54)]),
])
def test_quote_rows_with_bracketed_percent(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected


def test_wrapped_prose_still_joins() -> None:
    # a hard-wrapped sentence whose next line opens with "up" and a figure is one sentence
    assert run("Shares of Infosys were\nup 2% in early trade on Monday.\n") == [(INF, UP, 2.0)]


@pytest.mark.parametrize(("text", "expected"), [
    # numbered lines under a header
    ("Top gainers\n1. Infosys 2.3%\n2. Wipro 1.1%\n", [(INF, UP, 2.3), (WIP, UP, 1.1)]),
    ("Top losers\n1) Tata Steel, 2.3 per cent\n2) HDFC Bank, 1.1 per cent\n", [(TATA, DOWN, -2.3), (HDFC, DOWN, -1.1)]),
    ("Biggest fallers:\n(1) Infosys 2.3%\n(2) Wipro 1.1%\n(3) Tata Steel 0.4%\n",
     [(INF, DOWN, -2.3), (WIP, DOWN, -1.1), (TATA, DOWN, -0.4)]),
    # arrows as signs, glued or after a space
    ("Sensex movers\nInfosys \u25b22.3%\nWipro \u25bc1.1%\n", [(INF, UP, 2.3), (WIP, DOWN, -1.1)]),
    ("Movers\nTata Steel \u2191 2.3%\nHDFC Bank \u2193 1.1%\n", [(TATA, UP, 2.3), (HDFC, DOWN, -1.1)]),
    ("Infosys shares \u25bc 0.9% at the close.\n", [(INF, DOWN, -0.9)]),
    # the figure first in brackets
    ("Top gainers\n(+2.3%) Infosys\n(1.1%) Wipro\n", [(INF, UP, 2.3), (WIP, UP, 1.1)]),
    ("Sensex movers\n(-2.3%) Tata Steel\n(+1.1%) HDFC Bank\n", [(TATA, DOWN, -2.3), (HDFC, UP, 1.1)]),
])
def test_numbered_arrows_and_brackets(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize("text", [
    # figures before names inside one sentence: a figure is never given to the name before it
    "Gainers: 2.3% Infosys, 1.1% Wipro\n",
    "Top losers were 2.3% Tata Steel, 1.1% HDFC Bank.\n",
    "Movers: 0.4% Wipro, 0.2% Infosys\n",
])
def test_figure_before_names_in_a_sentence_is_not_misread(text: str) -> None:
    assert not any(e for e in run(text) if e[0] in (INF, TATA, WIP) and e[2] in (1.1, 0.2))


@pytest.mark.parametrize(("text", "expected"), [
    # a name the directory lacks, glued to its price in a quote widget: the name ends where the price starts
    ("Top gainers\n\nZorbix Labs12.40(3.1%)\nQuillon Foods8.05(2.2%)\n",
     [("Zorbix Labs", UP, 3.1), ("Quillon Foods", UP, 2.2)]),
    ("Top losers\nVarnel Mining4.71(-6.2%)\n", [("Varnel Mining", DOWN, -6.2)]),
    # digits that are part of a name stay in it
    ("K92 Mining rose 3%.\n", [("K92 Mining", UP, 3.0)]),
    # an arrow before a figure that comes first
    ("Top gainers\n\u25b22.3% Infosys\n\u25bc 1.1% - Wipro\n", [(INF, UP, 2.3), (WIP, DOWN, -1.1)]),
])
def test_glued_widget_names_and_arrows_first(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected
