"""Forms of the text around a subject that must not part it from its move: a comma written inside closing
quotes before an aside, a count inside an aside ("which tracks the 100 largest companies on the London Stock
Exchange"), the "Rs." of a rupee price (no sentence end), and brand spellings the exchange lists lack.

Passages are written for these tests (invented sentences; instruments of the built-in directory or made up).
"""

from __future__ import annotations

from typing import Any

import pytest

from streams.model import Article
from tests.unit.extraction import EX, rows_of

run = rows_of("instrument.key", "direction", "change_pct")


ASIDES = [
    # the comma inside the closing quotes (American style) still opens the aside: the name in it is not the subject
    ("London report\nThe \u201cFootsie,\u201d which counts Barclays among its members, rose 0.8% on Friday.",
     [("UKX", "up", 0.8)]),
    ('London report\nThe "Footsie," which counts Barclays among its members, rose 0.8% on Friday.',
     [("UKX", "up", 0.8)]),
    # a count inside the aside is no figure of a move
    ("London report\nThe FTSE 100, which tracks the 100 biggest companies on the London Stock Exchange, fell 1.1%.",
     [("UKX", "down", -1.1)]),
    ("Seoul report\nThe Kospi, whose 800 members include Samsung Electronics, gained 0.6%.",
     [("KOSPI", "up", 0.6)]),
]


@pytest.mark.parametrize(("text", "expected"), ASIDES)
def test_an_aside_keeps_the_subject(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected


RUPEES = [
    # "Rs." before a price ends no sentence: the clause after it keeps its subject
    ("Mumbai report\nTata Steel hit a high of Rs. 141.20 before ending the day up 2.4 percent.",
     [("TATASTEEL.NS", "up", 2.4)]),
    ("Mumbai report\nTata Steel had a strong session, with the stock closing at Rs. 152, up 3.1 percent.",
     [("TATASTEEL.NS", "up", 3.1)]),
]


@pytest.mark.parametrize(("text", "level"), [
    # the abbreviated currency's period stands between "at"/"to" and the price: it is still the level
    ("Mumbai report\nTata Steel rose 2.4 percent to Rs. 141.20.", 141.2),
    ("Mumbai report\nTata Steel had a strong session, with the stock closing at Rs. 152, up 3.1 percent.", 152.0),
    ("Mumbai report\nTata Steel rose 2.4 percent to Rs 141.20.", 141.2),
])
def test_rupee_price_is_the_level(text: str, level: float) -> None:
    assert [e.level for e in EX.extract(Article(id="t", body=text))] == [level]


@pytest.mark.parametrize(("text", "expected"), RUPEES)
def test_rupee_abbreviation(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected


BRANDS = [
    ("Taipei report\nLITEON rose 3.2% on Tuesday.", [("2301.TW", "up", 3.2)]),
    ("London report\nOnline broker Plus 500 was the top riser, up 4.1%.", [("PLUS.L", "up", 4.1)]),
]


@pytest.mark.parametrize(("text", "expected"), BRANDS)
def test_brand_spellings(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected
