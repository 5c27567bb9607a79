"""Hard-wrapped text (wire copy cut into lines of ~70 characters): a line break inside a sentence, after a
lower-case word or a comma and before a word in lower case, is no sentence end, so a move whose clause runs
over the break keeps its subject. A break before a capital, a figure, a bullet or a word such as "eBay" still
ends the line's sentence.

Passages are written for these tests (invented sentences; company names made up or from the built-in directory).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.extraction import rows_of

run = rows_of("instrument.key", "direction", "change_pct")


WRAPPED = [
    # a second verb of the same subject on the next line
    ("Quillmere Foods ends higher\nQuillmere Foods shares jumped 6 percent to $5.30, their\n"
     "highest since May, and were up 4.1 percent at $5.20 by noon.",
     [("name:quillmere-foods", "up", 6.0), ("name:quillmere-foods", "up", 4.1)]),
    # the subject on one line, its verb on the next
    ("Tokyo close\nShares of Quillmere Foods\njumped 3.5 percent after the results.",
     [("name:quillmere-foods", "up", 3.5)]),
    ("Tokyo close\nThe Nikkei was down 1.2% by the break. The broader Topix\nhad fallen 0.9% to 2,703.20.",
     [("N225", "down", -1.2), ("TOPIX", "down", -0.9)]),
    # after a comma
    ("Hong Kong close\nThe Hang Seng Index climbed 1.3%,\nwhile the Nikkei slipped 0.4%.",
     [("HSI", "up", 1.3), ("N225", "down", -0.4)]),
]


@pytest.mark.parametrize(("text", "expected"), WRAPPED)
def test_a_soft_line_break_is_no_sentence_end(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected


KEPT = [
    # a line that ends in a word before a capital: a new sentence (a headline without a full stop)
    ("Stocks fall as oil slides\nThe Nikkei fell 1.2% on Monday.", [("N225", "down", -1.2)]),
    # a word with a capital inside opens its own line ("eBay"): the reference has no subject on its line
    ("Markets report\nQuillmere Foods was flat in the morning\neBay rose 2%.", [("EBAY", "up", 2.0)]),
]


@pytest.mark.parametrize(("text", "expected"), KEPT)
def test_a_hard_line_break_still_ends_the_line(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected
