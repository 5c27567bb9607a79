"""A list of figures that share the unit of the last one, each with its own hedge ("Alpha and Beta spiked more than
5.5 and nearly 4 percent", docs/move-events.md, "Lists" and `approx`): the hedge between the figures no longer
ends the list, so each name keeps its own figure instead of all taking the last. Passages written for these tests.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.extraction import rows_of

run = rows_of("instrument.key", "change_pct", "approx", sort=True)


HEDGED = [
    ("Intel and AMD spiked more than 5.5 and nearly 4 percent in afternoon trading.",
     [("AMD", 4.0, True), ("INTC", 5.5, True)]),
    ("Qantas and Webjet fell nearly 3 and more than 6 per cent respectively.",
     [("QAN.AX", -3.0, True), ("WEBJF", -6.0, True)]),
    ("Barclays and Lloyds dropped around 2 and almost 3 percent on Tuesday.",
     [("BARC.L", -2.0, True), ("LLOY.L", -3.0, True)]),
    ("Apple and Microsoft closed lower by about 1.0 and nearly 1.5 percent, respectively.",
     [("AAPL", -1.0, True), ("MSFT", -1.5, True)]),
    ("Toyota and Honda gained more than 2 and less than 1 per cent.",
     [("7203.T", 2.0, True), ("7267.T", 1.0, True)]),
    ("Apple, Microsoft and Intel rose roughly 1, nearly 2 and about 3 percent respectively.",
     [("AAPL", 1.0, True), ("INTC", 3.0, True), ("MSFT", 2.0, True)]),
    # the hedge before the whole list still reaches back to the move word
    ("Toyota and Honda gained more than 2 and 3 per cent on Tuesday.",
     [("7203.T", 2.0, True), ("7267.T", 3.0, True)]),
    # unhedged lists are unchanged
    ("Apple and Microsoft closed lower by 1.0 and 1.5 percent respectively.",
     [("AAPL", -1.0, False), ("MSFT", -1.5, False)]),
]


@pytest.mark.parametrize("text, expected", HEDGED, ids=[c[0][:50] for c in HEDGED])
def test_each_hedged_figure_pairs_with_its_name(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == sorted(expected)


NEGATIVE = [
    # a level before the hedged figure is no member of the list
    ("Apple rose to 180 and nearly 2 percent above its low.", [("AAPL", 2.0, True)]),
    ("The Nikkei climbed to 38,000 and more than 1 percent on the week.", [("N225", 1.0, True)]),
    # a list of names with no figure
    ("Apple, Microsoft and Intel fell sharply, while the Nasdaq lost nearly 2%.", [("IXIC", -2.0, True)]),
    # the percent of the last name only
    ("Apple was unchanged and Microsoft rose more than 2 percent.", [("AAPL", None, False), ("MSFT", 2.0, True)]),
]


@pytest.mark.parametrize("text, expected", NEGATIVE, ids=[c[0][:50] for c in NEGATIVE])
def test_no_shared_figure_without_a_list(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == sorted(expected)
