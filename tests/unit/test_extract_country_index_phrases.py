"""Table-driven tests of an Asian market's benchmark named by its country rather than the index's name, as regional
wraps write it: "Thailand's main index", "Malaysia's key stock index", "the Philippine index", "The Philippines main
stock index", "Seoul's main index" (aliases of the index rows in ``streams/data/aliases.tsv``). A bare country
name ("Malaysia rose 0.6%") is no alias: it opens company names ("Telekom Malaysia", "Airports of Thailand",
"Vietnam Airlines") and follows prepositions of trade and macro figures ("shipments to Vietnam").

The passages are written for these tests (the sentences invented).
"""

from __future__ import annotations

from typing import Any

import pytest

from streams.model import Article
from tests.unit.extraction import EX


def moves(text: str) -> list[tuple[Any, ...]]:
    return [(e.instrument.key, e.change_pct, e.level, e.period)
            for e in EX.extract(Article(id="t", body="Regional markets\n" + text))]


CASES = [
    # possessive country + a head of the benchmark
    ("Thailand's main index closed 0.4 percent up at a three-week high.", [("SETI", 0.4, None, "day")]),
    ("Malaysia's main index rose 0.7 percent to 1,876.61.", [("KLCI", 0.7, 1876.61, "day")]),
    ("Malaysia's key stock index slipped 0.3 per cent on Friday.", [("KLCI", -0.3, None, "day")]),
    ("Indonesia's benchmark stock index slipped 0.5 percent to 7,012.40.", [("JKSE", -0.5, 7012.4, "day")]),
    ("Vietnam's key index rose 1.2 percent as retail buying returned.", [("VNINDEX", 1.2, None, "day")]),
    ("The Philippines' main index shed 1.1 percent.", [("PSEI", -1.1, None, "day")]),
    ("Singapore's benchmark index added 0.2 percent.", [("STI", 0.2, None, "day")]),
    ("Taiwan's main index rose 0.5 percent, and South Korea's main index gained 1.1 percent.",
     [("TWII", 0.5, None, "day"), ("KOSPI", 1.1, None, "day")]),
    ("Seoul's main stock index lost 0.9% in the week.", [("KOSPI", -0.9, None, "week")]),
    # the adjective of the country before the head, with or without the article
    ("The Philippine index finished up 1.56 percent at 6,656.61.", [("PSEI", 1.56, 6656.61, "day")]),
    ("The Philippine main index eased 0.4 percent, led by property names.", [("PSEI", -0.4, None, "day")]),
    ("The Philippines main stock index, which gained 1.6 percent for the week, ended up 0.8 percent.",
     [("PSEI", 1.6, None, "week"), ("PSEI", 0.8, None, "day")]),
    ("The Malaysian main index dipped 0.2 percent, while the Thai stock index rose 0.6 percent.",
     [("KLCI", -0.2, None, "day"), ("SETI", 0.6, None, "day")]),
    # the period of one clause stays with its own subject
    ("Thailand's main index gained 2.1 percent in the week, while Malaysia's main index finished 0.3 percent "
     "firmer on the day.", [("SETI", 2.1, None, "week"), ("KLCI", 0.3, None, "day")]),
]

NOT_MOVES = [
    # companies named after their country, trade and macro figures, futures
    "Telekom Malaysia rose 2.1 percent and Vietnam Airlines shares rose 2 percent.",
    "Shipments to Vietnam jumped 12 percent in May.",
    "Malaysia Airports climbed 1.4 percent.",
    "Malaysia's main index futures fell 0.4 percent.",
    "Thailand's benchmark index of consumer prices rose 2 percent.",
    "Thailand's exports fell 4.2 percent in May.",
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_country_index_phrase(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert moves(text) == expected


@pytest.mark.parametrize("text", NOT_MOVES)
def test_no_country_index(text: str) -> None:
    assert [k for k, *_ in moves(text) if k in {"SETI", "KLCI", "JKSE", "VNINDEX", "PSEI", "STI"}] == []
