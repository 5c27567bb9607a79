"""Table-driven tests of a list after a move its members escaped ("only four stocks escaped the wave of declines:
Alpha (0.6%), Beta (0.3%)"): a verb of escape ("escaped", "avoided", "bucked", "defied", ...) up to four words
before a move without a figure turns the direction that move gives the list items after it; a move with its own
figure keeps its own direction.

The passages are written for these tests (the instruments are directory entries, the sentences invented).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from streams.model import Article
from tests.unit.extraction import EX

WEDNESDAY = datetime(2026, 3, 11, tzinfo=UTC)


def events(text: str) -> list[tuple[Any, ...]]:
    article = Article(id="t", body=text, published_at=WEDNESDAY)
    return [(e.instrument.key, e.change_pct) for e in EX.extract(article) if e.change_pct is not None]


CASES = [
    # the list escaped a fall: its members rose
    ("Only three stocks escaped the broad declines in Madrid: Endesa (0.56%), Ferrovial (0.25%) and Inditex (0.19%).",
     [("ELE.MC", 0.56), ("FER.MC", 0.25), ("ITX.MC", 0.19)]),
    ("A handful of names avoided the heavy losses: Endesa (1.2%) and Iberdrola (0.4%).",
     [("ELE.MC", 1.2), ("IBE.MC", 0.4)]),
    ("Utilities defied the slide, with Endesa (0.9%) and Iberdrola (0.3%).",
     [("ELE.MC", 0.9), ("IBE.MC", 0.3)]),
    # the list escaped a rise: its members fell
    ("Two stocks bucked the gains: Inditex (0.7%) and Ferrovial (0.2%).",
     [("ITX.MC", -0.7), ("FER.MC", -0.2)]),
    # no escape: the move's own direction
    ("Utilities jumped, with Endesa (3%) and Iberdrola (6.2%).",
     [("ELE.MC", 3.0), ("IBE.MC", 6.2)]),
    ("Banks led the declines: Endesa (0.8%) and Ferrovial (0.5%).",
     [("ELE.MC", -0.8), ("FER.MC", -0.5)]),
    # a move with its own figure keeps its direction
    ("Endesa avoided the rally and fell 1.2%, while Ferrovial rose 0.4%.",
     [("ELE.MC", -1.2), ("FER.MC", 0.4)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_escaped_move_turns_list(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert events(text) == expected
