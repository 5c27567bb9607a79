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
    # an antecedent named earlier in the same sentence
    ("Sony rose 0.5% on Thursday. On Friday, Toyota was the top gainer on the Nikkei, the stock rose 4.2% to "
     "2,900 yen.",
     [("6758.T", 0.5), ("7203.T", 4.2)]),
    # a head that only qualifies another noun ("the stock market", "the index futures") is no reference
    ("Sony rose 1.2%. The mainland stock market index climbed 0.5%.", [("6758.T", 1.2)]),
    ("Sony rose 1.2%. Driven by the stock market rally, the index futures rose 0.5%.", [("6758.T", 1.2)]),
    # a sector index named inside the phrase is that sector, not a reference to the last one
    ("The energy sector rose 0.8% on Monday. The Hang Seng Index fell 1.1% on Tuesday, with its property sector "
     "sub-index down 2.5%.", [("name:energy-sub-index", 0.8), ("HSI", -1.1), ("name:property-sub-index", -2.5)]),
    ("The energy sector rose 0.8% on Monday. The CSI 300 index fell 1.1% on Tuesday, with the real estate index "
     "up 0.4%.", [("name:energy-sub-index", 0.8), ("CSI300", -1.1), ("name:real-estate-sub-index", 0.4)]),
    # no instrument before: no subject is invented
    ("The Tokyo-listed company rose 2.2% on the news.", []),
    ("The stock rose 4% on Monday.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_reference_resolves_to_the_instrument_named_before(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected
