"""The cues the engine now finds once per text read as the per-segment scans did (issue 14, engine speed).

In an ASCII text the cues of plural references ("both", "each", "they", and "the"/"all" before a count, "pair" or
"of") are searched once over the whole lower-cased text, and a segment is asked only about the cues wholly inside
it: a cue at a segment's start or end, after a line break, or in a later sentence passes as before, and a word
that merely begins with a cue ("Bothered") still counts as the full scan counted it. The descriptions of a
company ("the chipmaker", "the Seoul-based chipmaker") are looked for over the whole text only as far as a
question needs, resumed where the last one stopped: a reference right after the name, and one more than a
thousand characters on, name the company as they did. A head word is looked for only when some head shares
its first two letters: "bank", "miner", "lender" are heads, "band", "mixer", "leader" are not.

The passages are written for these tests.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.extraction import rows_of

run = rows_of("instrument.key", "change_pct", "approx")

FILL = " ".join(["Trading volumes were thin across the region as investors waited for data from Washington."] * 13)

PLURAL_CUES: list[tuple[str, list[tuple[Any, ...]]]] = [
    ("Honda and Toyota posted quarterly figures. They both slid 2.5%.",
     [("7267.T", -2.5, False), ("7203.T", -2.5, False)]),
    ("Honda and Toyota posted quarterly figures.\nBoth slid 2.5% in Tokyo.",
     [("7267.T", -2.5, False), ("7203.T", -2.5, False)]),
    ("Honda and Toyota posted figures. " + FILL + " Honda and Toyota then reported sales. Each slid 2.5%.",
     [("7267.T", -2.5, False), ("7203.T", -2.5, False)]),
    # a cue that is no reference: the named stock only
    ("Honda and Toyota posted figures. Bothered investors sold; Toyota slid 2.5%.", [("7203.T", -2.5, False)]),
    ("Honda and Toyota posted figures, all of them weak. Toyota slid 2.5%.", [("7203.T", -2.5, False)]),
]

DESCRIPTIONS: list[tuple[str, list[tuple[Any, ...]]]] = [
    ("Orion Optics Ltd posted a 12% drop in profit. The stock fell 4%.", [("name:orion-optics-ltd", -4.0, False)]),
    ("Orion Optics Ltd posted a 12% drop in profit. Analysts had expected less. The chipmaker fell 4%.",
     [("name:orion-optics-ltd", -4.0, False)]),
    ("Orion Optics Ltd posted a 12% drop in profit. " + FILL + " The chipmaker fell 4%.",
     [("name:orion-optics-ltd", -4.0, False)]),
    ("Printer maker Orion Optics warned on costs. The Seoul-based chipmaker fell 9%.",
     [("name:orion-optics", -9.0, False)]),
]

HEADS: list[tuple[str, list[tuple[Any, ...]]]] = [
    (f"Printer maker Orion Optics warned on costs. The Seoul-based {head} fell 9%.",
     [("name:orion-optics", -9.0, False)] if named else [])
    for head, named in [("bank", True), ("band", False), ("miner", True), ("mixer", False), ("lender", True),
                        ("leader", False), ("carmaker", True), ("caretaker", False)]
]


@pytest.mark.parametrize(("text", "expected"), HEADS)
def test_heads_by_their_first_two_letters(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), PLURAL_CUES)
def test_plural_cues_found_once_per_text(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), DESCRIPTIONS)
def test_descriptions_looked_for_as_far_as_asked(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected
