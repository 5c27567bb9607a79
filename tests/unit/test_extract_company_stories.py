"""Stories about one company: its name in the possessive, references to it ("the stock", "Shares"), and the
moves of a subject that a later clause continues. Table-driven, one row a case; the passages are invented.
"""

from __future__ import annotations

from typing import Any

import pytest

from streams.extract import Extractor
from streams.model import Article

EX = Extractor()


def run(text: str) -> list[tuple[Any, ...]]:
    return [(e.instrument.key, e.change_pct) for e in EX.extract(Article(id="t", body=text))]


CASES: list[tuple[str, list[tuple[Any, ...]]]] = [
    # a name the directory lacks, in the possessive: the mark is no part of the name (either apostrophe)
    ("Qorvanta's shares fell 4.7% in late trade.", [("name:qorvanta", -4.7)]),
    ("Qorvanta\u2019s shares fell 4.7% in late trade.", [("name:qorvanta", -4.7)]),
    ("Later on, Brindle Optics\u2019 stock rose 2.1% to $8.30.", [("name:brindle-optics", 2.1)]),
    # not a name: a plural possessive of a common noun, or another noun of the name moving
    ("Analysts' shares fell 4%.", []),
    ("Qorvanta's revenue fell 4% in the quarter.", []),
    # "the stock" after a sentence whose subject is one stock and that names another in a phrase of place
    ("Sony's bull at Macquarie kept its outperform rating. The stock jumped 8.1% on Monday.", [("6758.T", 8.1)]),
    ("Toyota signed a supply deal with Sony on Monday. The stock rose 2% on the news.", [("7203.T", 2.0)]),
    ("Toyota signed a supply deal with Sony on Monday. The company's shares rose 2% on the news.",
     [("7203.T", 2.0)]),
    # a stock named in a phrase of place with no other in its sentence is still the last one named
    ("Toyota fell 1% on Monday. Investors piled into Sony on Tuesday. The stock rose 3%.",
     [("7203.T", -1.0), ("6758.T", 3.0)]),
    ("Toyota reported results. Sony signed a deal with it. The stock rose 3%.", [("6758.T", 3.0)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_company_story(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected
