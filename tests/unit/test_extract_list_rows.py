"""Lists whose items carry their own figures: figures before the one verb that ends the list, figures sharing the
unit of the last one, headers in a later clause, members after a code in brackets, names the directory lacks
between items, legal forms in lower case. And lists of figures that are no price moves.

Passages are written for these tests (invented sentences; invented companies or names from the directory).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.extraction import rows_of

UP, DOWN = "up", "down"


run = rows_of("instrument.name", "direction", "change_pct")


INF, WIP, HDFC, TATA = "Infosys Ltd.", "Wipro Ltd.", "HDFC Bank Ltd.", "Tata Steel Ltd."


@pytest.mark.parametrize(("text", "expected"), [
    # figures in brackets, or bare, before the verb that ends the list
    ("Infosys (1.2%), Wipro (2.3%) and HDFC Bank (0.8%) fell.",
     [(INF, DOWN, -1.2), (WIP, DOWN, -2.3), (HDFC, DOWN, -0.8)]),
    ("Infosys (1.2 per cent) and Wipro (2.3 per cent) rose on Monday.", [(INF, UP, 1.2), (WIP, UP, 2.3)]),
    ("Infosys 1.2%, Wipro 2.3% and HDFC Bank 0.8% advanced.", [(INF, UP, 1.2), (WIP, UP, 2.3), (HDFC, UP, 0.8)]),
    ("Quillmere Foods (4.1 pct) and Varnholt Tech (2.6 pct) slumped after the results.",
     [("Quillmere Foods", DOWN, -4.1), ("Varnholt Tech", DOWN, -2.6)]),
    # a figure list that ends in no verb gives nothing; a verb with its own figure does not reach back
    ("Infosys (8.1%), Wipro (6.2%) and HDFC Bank (4.4%) are the largest weights in the index.", []),
    ("Infosys (8.1%), Wipro (6.2%) and HDFC Bank fell 2% on Friday.", [(HDFC, DOWN, -2.0)]),
])
def test_figures_before_the_verb(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # numbers before the last one share its unit, in order
    ("Sony and Toyota added 2.2 and 1.1 per cent, respectively.", [("Sony Group", UP, 2.2), ("Toyota Motor", UP, 1.1)]),
    ("Infosys, Wipro and HDFC Bank rose 3.1, 2.4 and 1.9 per cent respectively.",
     [(INF, UP, 3.1), (WIP, UP, 2.4), (HDFC, UP, 1.9)]),
    ("Barclays and Lloyds were down by 1.4 and 0.6 percent.",
     [("Barclays", DOWN, -1.4), ("Lloyds Banking Group", DOWN, -0.6)]),
    ("Kelbrook Mining and Tarnell Energy shed about 3 and 2.5 pc respectively.", None),
    # a year, a level or a range is no shared figure
    ("Infosys rose 12% in March and Wipro 5% in April.", [(INF, UP, 12.0), (WIP, UP, 5.0)]),
    ("Infosys rose between 2.2 and 3.1 per cent.", [(INF, UP, None)]),
    ("Infosys closed at 1,512.35 and 1.1 per cent of its float changed hands.", []),
])
def test_shared_unit(text: str, expected: list[tuple[Any, ...]] | None) -> None:
    got = run(text)
    if expected is None:
        assert [e[1:] for e in got] == [(DOWN, -3.0), (DOWN, -2.5)]
    else:
        assert got == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a header in the clause after "while" gives its direction to the items after it
    ("Top gainers were Infosys (5.2%) and Wipro (4.1%), while the top losers were HDFC Bank (3.0%) and Tata Steel "
     "(1.1%).", [(INF, UP, 5.2), (WIP, UP, 4.1), (HDFC, DOWN, -3.0), (TATA, DOWN, -1.1)]),
    ("Top gainers: Infosys 5.2%, Wipro 4.1%; losers: HDFC Bank 3.0%, Tata Steel 1.1%.",
     [(INF, UP, 5.2), (WIP, UP, 4.1), (HDFC, DOWN, -3.0), (TATA, DOWN, -1.1)]),
    ("Infosys rose 2%, whereas the laggards included Wipro (1.1%).", [(INF, UP, 2.0), (WIP, DOWN, -1.1)]),
    # a header in the item's own clause, after its figure
    ("Top gainers were Infosys (3.2 per cent) and Wipro (2.8 per cent), while Tata Steel (1.1 per cent) was the top "
     "loser.", [(INF, UP, 3.2), (WIP, UP, 2.8), (TATA, DOWN, -1.1)]),
    ("Infosys rose 2%; Wipro (0.4%) was among the fallers.", [(INF, UP, 2.0), (WIP, DOWN, -0.4)]),
])
def test_header_in_a_later_clause(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a member's code in brackets between it and its figure, after a shared verb
    ("Tencent (0700.HK) rose 1.2%, Alibaba (9988.HK) 2.3% and Meituan (3690.HK) 0.8%.",
     [("Tencent Holdings", UP, 1.2), ("Alibaba Group Holding", UP, 2.3), ("Meituan", UP, 0.8)]),
    ("Among tech stocks, Tencent (0700.HK) fell 1.2% and Alibaba (9988.HK) 2.3%.",
     [("Tencent Holdings", DOWN, -1.2), ("Alibaba Group Holding", DOWN, -2.3)]),
    # names the directory lacks after an item that ends with its percent
    ("In the banks, Westbrook Bank rose 0.9 per cent, Kelbrook Bank 1.1 per cent and Tarnell Bank 0.4 per cent.",
     [("Westbrook Bank", UP, 0.9), ("Kelbrook Bank", UP, 1.1), ("Tarnell Bank", UP, 0.4)]),
    ("Quillmere Resources slid 3.2%, Varnholt Mining 2.1% and Ostravel Holdings 1.5%.",
     [("Quillmere Resources", DOWN, -3.2), ("Varnholt Mining", DOWN, -2.1), ("Ostravel Holdings", DOWN, -1.5)]),
    ("Infosys was up 1.2 per cent, Tarnell Systems 2.1 per cent.", [(INF, UP, 1.2), ("Tarnell Systems", UP, 2.1)]),
    # but not a name before a figure with no item before it, nor a month or a place
    ("Westbrook Bank rose 0.9 per cent and March 1.1 per cent.", [("Westbrook Bank", UP, 0.9)]),
    ("Analysts at Kelbrook Research 4% of the time disagree.", []),
])
def test_members_between_items(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a legal form in lower case ends a name; "off" in apposition is a fall
    ("Among the risers were Kelbrook plc, up 3.2 per cent, and Tarnell Group, up 2.7 per cent.",
     [("Kelbrook plc", UP, 3.2), ("Tarnell Group", UP, 2.7)]),
    ("Fallers included Kelbrook plc, down 3.2pc, and Tarnell Group, off 2.7pc.",
     [("Kelbrook plc", DOWN, -3.2), ("Tarnell Group", DOWN, -2.7)]),
    ("Kelbrook plc rose 2% in London.", [("Kelbrook plc", UP, 2.0)]),
    # a lower-case word after a name is no legal form unless it is one
    ("The mining plc rose 2% in London.", []),
    # a name opening with one lower-case letter before a capital
    ("Gains came from Orion Foods (3%) and iQuill (8.5%).", [("Orion Foods", UP, 3.0), ("iQuill", UP, 8.5)]),
    ("Shares of eKestrel Systems fell 2.2%.", [("eKestrel Systems", DOWN, -2.2)]),
    ("iPhone sales rose 5%.", []),
])
def test_legal_forms_and_apposition(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "lifted" with its own figure is a rise (Australian and wire style); with an object it is the object's
    ("BHP lifted 1.2 per cent and Fortescue 2.1 per cent.", [("BHP Group", UP, 1.2), ("FORTESCUE LTD.", UP, 2.1)]),
    ("Qantas Airways lifts 3 per cent to $6.10.", [("Qantas Airways Ltd.", UP, 3.0)]),
    ("Gains in banks lifted the ASX 200 0.5 per cent.", [("S&P/ASX 200", UP, 0.5)]),
    ("The miner lifted its dividend 5 per cent.", []),
    # a figure in brackets right after the verb, for a name the directory lacks too
    ("Kestrel Mining lifted (0.35 per cent) after the update.", [("Kestrel Mining", UP, 0.35)]),
    ("BHP lifted (0.6 percent) on Tuesday, while Orion Foods rose (2.5 percent).",
     [("BHP Group", UP, 0.6), ("Orion Foods", UP, 2.5)]),
    ("Orion Foods rose (see chart) 3%.", []),
    ("Revenue at Orion Foods rose (3%) in May.", []),
])
def test_lifted_and_bracketed_figures(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a word the name shortens, with its period, ends no sentence inside the name
    ("Fallers were Kestrel Ent. (-4.4%) and Orion Foods (-2.1%).",
     [("Kestrel Ent", DOWN, -4.4), ("Orion Foods", DOWN, -2.1)]),
    ("Top gainers\n- Infosys: 2.9 per cent\n- Quillmere Cons. Prod: 2.8 per cent\n- Wipro: 2.4 per cent",
     [(INF, UP, 2.9), ("Quillmere Cons. Prod", UP, 2.8), (WIP, UP, 2.4)]),
    ("Varnholt Intl. (+3.3%) and Tarnell Hldgs. (+1.2%) led the gainers.",
     [("Varnholt Intl", UP, 3.3), ("Tarnell Hldgs", UP, 1.2)]),
    # the same letters in prose, or in lower case, still end a sentence
    ("Analysts weighed the pros and cons. Infosys fell 2%.", [(INF, DOWN, -2.0)]),
    ("It was the best part. Wipro rose 1.5%.", [(WIP, UP, 1.5)]),
])
def test_abbreviated_words_inside_names(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a move in apposition with a hedge before its figure
    ("Fallers included Orion Foods, down over 2%.", [("Orion Foods", DOWN, -2.0)]),
    # "each", "both", "all" before the apposed move share it with the names listed before
    ("Orion Foods and Delta Tech, both up 3%, led the gains.", [("Orion Foods", UP, 3.0), ("Delta Tech", UP, 3.0)]),
    ("Kestrel Bank slid 4.1%, followed by QRT, Pine Co, and Varnholt Tech, each down over 1.5%.",
     [("Kestrel Bank", DOWN, -4.1), ("QRT", DOWN, -1.5), ("Pine Co", DOWN, -1.5), ("Varnholt Tech", DOWN, -1.5)]),
])
def test_apposed_moves_shared_by_a_list(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected
