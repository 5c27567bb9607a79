"""A company the directory lacks before a move stated as a noun after "a" (native/src/proper_nominal.rs).

Passages written for these tests; the companies are invented.
"""

from __future__ import annotations

import pytest

from streams.extract import Extractor
from streams.model import Article

EXTRACTOR = Extractor()


def moves(text: str) -> list[tuple[str, str, float | None]]:
    return [(m.instrument.name, m.direction, m.change_pct) for m in EXTRACTOR.extract(Article(id="t", body=text))]


@pytest.mark.parametrize("text, expected", [
    ("Kestrel Mining led the way with a gain of 28 per cent to 229.75p.", [("Kestrel Mining", "up", 28.0)]),
    ("Orion Foods topped the index with a 2.2 per cent jump after its results.", [("Orion Foods", "up", 2.2)]),
    ("Delta Power was among the risers with a 1.1% gain to 136.4p.", [("Delta Power", "up", 1.1)]),
    ("Harrow Biotech finished with a loss of more than 16 percent.", [("Harrow Biotech", "down", -16.0)]),
    ("Quillmere Steel closed the session with a 3.4pc decline.", [("Quillmere Steel", "down", -3.4)]),
    ("Among small caps, Brindle Software ended with an increase of 4.33%.", [("Brindle Software", "up", 4.33)]),
    ("Harrow Biotech posted a gain of 4.1 per cent on the day.", [("Harrow Biotech", "up", 4.1)]),
    ("Quillmere Steel suffered a 6.5% slide after the profit warning.", [("Quillmere Steel", "down", -6.5)]),
])
def test_a_name_before_a_move_in_a_noun_is_the_mover(text: str, expected: list[tuple[str, str, float]]) -> None:
    assert moves(text) == expected


@pytest.mark.parametrize("text", [
    "Investors were rewarded with a 5% gain.",  # one word opening the sentence: no mark of a company
    "Orion Foods reported results with a 12% gain in revenue.",  # the noun names another thing that grew
    "Orion Foods ended the year with a 9% rise in profit.",
    "Orion Foods agreed terms with a rival, a 5% premium.",  # no move word after "with a"
    "Orion Foods, which closed with a deal, said margins were 12%.",
    "Chief Executive Tom Baird said it was a 5% gain for investors.",  # what someone said, not a move
    "Analyst Jane Moore expects a 5% gain for the stock this year.",
    "Orion Foods said it expects a 12% rise in sales.",
])
def test_no_move_without_a_price_move_in_the_noun(text: str) -> None:
    assert moves(text) == []
