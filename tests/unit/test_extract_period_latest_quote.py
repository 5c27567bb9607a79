"""Table-driven tests of "most recently" before a move, as translated German wire reports state the latest quote
of a session still running ("Most recently, the shares lost 3.1 percent to 20.40 euros"): the move is `intraday`.
A closing move without the phrase keeps its day.

The passages are written for these tests (the instruments are directory entries, the sentences invented).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from streams.model import Article
from tests.unit.extraction import EX


def events(text: str) -> list[tuple[Any, ...]]:
    article = Article(id="t", body=text, published_at=datetime(2026, 3, 12, tzinfo=UTC))
    return [(e.instrument.key, e.change_pct, e.period) for e in EX.extract(article)]


CASES = [
    ("Siemens shares slid after the update. Most recently, they lost 3.1 percent to 201.40 euros.",
     [("SIE.DE", -3.1, "intraday")]),
    ("Most recently, the shares of Siemens were 2.4 percent higher at 210.15 euros.",
     [("SIE.DE", 2.4, "intraday")]),
    ("Siemens most recently gained 1.8 percent, putting it at the top of the Dax.",
     [("SIE.DE", 1.8, "intraday")]),
    ("Investors sold the stock after the figures, and Siemens was most recently down 0.9 percent.",
     [("SIE.DE", -0.9, "intraday")]),
]

KEEP = [
    ("Siemens shares closed 3.1 percent lower at 201.40 euros.", [("SIE.DE", -3.1, "day")]),
    ("Siemens shares fell 3.1 percent on Tuesday.", [("SIE.DE", -3.1, "day")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES + KEEP)
def test_latest_quote(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert events(text) == expected
