"""References to an instrument named before ("the stock", "the carmaker", "the Aichi-based carmaker's shares").

Table-driven, one row a case; the passages are invented.
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
    ("Toyota reported results on Monday. The stock rose 2.2% on the news.", [("7203.T", 2.2)]),
    ("Toyota reported results on Monday. The carmaker rose 2.2% on the news.", [("7203.T", 2.2)]),
    ("Toyota reported results on Monday. Shares of the company rose 2.2% on the news.", [("7203.T", 2.2)]),
    # a place joined to a word, capitalised, before the head
    ("Toyota reported results on Monday. The Aichi-based carmaker's shares rose 2.2% on the news.",
     [("7203.T", 2.2)]),
    ("Toyota reported results on Monday. The Tokyo-listed company rose 2.2% on the news.", [("7203.T", 2.2)]),
    # no instrument before: no subject is invented
    ("The Tokyo-listed company rose 2.2% on the news.", []),
    ("The stock rose 4% on Monday.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_reference_resolves_to_the_instrument_named_before(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected
