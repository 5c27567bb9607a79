"""Table-driven tests of the sector boards of Manila, Jakarta and Tokyo reports by their own names (``sector_names``
and ``industries`` of ``streams/data/lexicon.toml``): "holding firms" and "mining and oil" (PSE), "consumer goods"
and "basic industry" (IDX), "commerce and industry" (the Hang Seng's), "transportation equipment", "marine
transportation", "iron and steel" (Tokyo's 33 industries), as the subject of a move, in a list after "followed
by", and before "index" or "stocks". A macro figure of such a word ("output of consumer goods") is no move.

The passages are written for these tests.
"""

from __future__ import annotations

from typing import Any

import pytest

from streams.model import Article
from tests.unit.extraction import EX


def moves(text: str) -> list[tuple[Any, ...]]:
    return [(e.instrument.name, e.instrument.kind, e.change_pct) for e in EX.extract(Article(id="t", body=text))]


CASES = [
    ("Holding firms climbed 1.2 percent as conglomerates rallied.",
     [("holding firms sub-index", "sector", 1.2)]),
    ("In Manila, holding firms shed 0.6 percent.", [("holding firms sub-index", "sector", -0.6)]),
    ("Mining and oil jumped 3.1 percent on higher metal prices.", [("mining and oil sub-index", "sector", 3.1)]),
    ("The mining & oil index slipped 0.9 percent.", [("mining and oil sub-index", "sector", -0.9)]),
    ("Consumer goods lost 1.4 percent, the worst of the sectors.", [("consumer goods sub-index", "sector", -1.4)]),
    ("Basic industry rose 0.7 percent, while consumer goods stocks dropped 0.3 percent.",
     [("basic industry sub-index", "sector", 0.7), ("consumer goods sub-index", "sector", -0.3)]),
    ("Consumer goods fell 2.2 percent, followed by basic industry (0.5 percent).",
     [("consumer goods sub-index", "sector", -2.2), ("basic industry sub-index", "sector", -0.5)]),
    ("Transportation equipment led the gains, up 2.2%, while mining was the worst performer (down 0.6%).",
     [("transportation equipment sub-index", "sector", 2.2), ("mining sub-index", "sector", -0.6)]),
    ("The transportation equipment index advanced 1.5 percent.",
     [("transportation equipment sub-index", "sector", 1.5)]),
    # industries of Tokyo's 33 sector indices
    ("Marine transportation jumped 3.2 percent, the best of Tokyo's 33 industry groups.",
     [("marine transportation sub-index", "sector", 3.2)]),
    ("Securities & Commodities Futures rose 1.9%, followed by Oil & Coal Products (up 1.4%).",
     [("securities and commodities futures sub-index", "sector", 1.9),
      ("oil and coal products sub-index", "sector", 1.4)]),
    ("The iron and steel index fell 1.1 percent, while precision instruments gained 0.7 percent.",
     [("iron and steel sub-index", "sector", -1.1), ("precision instruments sub-index", "sector", 0.7)]),
    ("Electric appliances lost 0.9% and nonferrous metals added 1.2%.",
     [("electric appliances sub-index", "sector", -0.9), ("nonferrous metals sub-index", "sector", 1.2)]),
    ("The pulp and paper sub-index slipped 0.4 percent.", [("pulp and paper sub-index", "sector", -0.4)]),
    ("Exports of precision instruments rose 4.1 percent in March.", []),
    # the Hang Seng's commerce and industry sub-index; Jakarta's trade and diversified industry boards
    ("The Hang Seng gained 0.8%. Finance rose 0.5 percent, and commerce and industry was 1.2 percent up.",
     [("Hang Seng Index", "index", 0.8), ("finance sub-index", "sector", 0.5),
      ("commerce and industry sub-index", "sector", 1.2)]),
    ("The Commerce & Industry sub-index slipped 0.7 percent.",
     [("commerce and industry sub-index", "sector", -0.7)]),
    ("The diversified industry sector posted the steepest fall, at 3.1 percent.",
     [("diversified industry sub-index", "sector", -3.1)]),
    ("Trade and services lost 0.4 percent, while the services and trade index rose 0.2 percent.",
     [("trade and services sub-index", "sector", -0.4), ("services and trade sub-index", "sector", 0.2)]),
    ("The ministry of commerce and industry said exports rose 3 percent.", []),
    ("Output of trade and services rose 2 percent in May.", []),
    # macro figures of the same words are no move
    ("Factory output of consumer goods rose 2.2 percent in May.", []),
    ("Basic industry output rose 4 percent last year.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_asia_sector_boards(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert moves(text) == expected
