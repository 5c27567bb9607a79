"""Table-driven tests of company names that open with dotted initials ("C.H. Robinson Worldwide Inc.", "J.B. Hunt
Transport Services Inc."): the period after the initials ends no sentence when a capitalised word follows
(native/src/abbreviations.rs `dotted_initials`), so the whole name is found, in the directory or as a name it
lacks (proper_names.rs), never its tail alone ("Robinson Worldwide Inc").

The passages are written for these tests (the listed companies are directory entries, the others invented).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.extraction import extract


def moves(text: str) -> list[tuple[Any, ...]]:
    return [(e.instrument.key, e.change_pct) for e in extract(text)]


CASES = [
    ("C.H. Robinson Worldwide Inc. rose 1.7 percent.", [("CHRW", 1.7)]),
    ("Shares in C.H. Robinson Worldwide Inc. slipped 0.8 percent in late trade.", [("CHRW", -0.8)]),
    ("J.B. Hunt Transport Services Inc. fell 2 percent after its freight update.", [("JBHT", -2.0)]),
    ("A.O. Smith Corp. gained 3.1 percent on Tuesday.", [("AOS", 3.1)]),
    # a name the directory lacks keeps its initials
    ("Shares of R.T. Kestrel Holdings Inc. rose 4 percent.", [("name:r-t-kestrel-holdings-inc", 4.0)]),
    ("R.T. Kestrel Holdings Inc. rose 4 percent, while J.B. Hunt Transport Services Inc. fell 2 percent.",
     [("name:r-t-kestrel-holdings-inc", 4.0), ("JBHT", -2.0)]),
    # a body's initials before the next sentence leave that sentence its own subject
    ("The case went to the F.T.C. Shares of Acme Corp fell 2 percent.", [("name:acme-corp", -2.0)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_dotted_initials(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert moves(text) == expected
