"""Market wraps of India, the UK, Australia and continental Europe: their vocabulary ("1.5 per cent softer",
"the metal index", "the scrip", "the top dragger"), names the directory lacks in wrap grammar ("Orbital Foods
shares closed 4% lower", "Kestrel Mining, up 4%") and continuation clauses.

Passages are written for these tests (invented sentences; company names from the built-in directory or made up).
"""

from __future__ import annotations

from typing import Any

import pytest

from streams.extract import Extractor
from streams.model import Article

EX = Extractor()


def run(text: str) -> list[tuple[Any, ...]]:
    return [(e.instrument.key, e.direction, e.change_pct) for e in EX.extract(Article(id="t", body=text))]


VOCABULARY = [
    # "softer" / "stronger" after the figure, as "weaker" / "firmer"
    ("Cochlear was 1.4 per cent softer at $210.50.", [("COH.AX", "down", -1.4)]),
    ("Cochlear finished 0.9 per cent stronger at $212.10.", [("COH.AX", "up", 0.9)]),
    # "metal" names a sector index before "index"
    ("Among sectoral gauges, the metal index dropped 2.1 per cent.", [("name:metal-sub-index", "down", -2.1)]),
    # "the scrip" (Indian usage) refers to the stock named before
    ("Tata Steel closed at Rs 140. The scrip had risen 2.2 per cent on Monday.", [("TATASTEEL.NS", "up", 2.2)]),
    # "top dragger" is a header of falls
    ("Top draggers: Tata Steel (2.3%), Hindalco (1.7%).",
     [("TATASTEEL.NS", "down", -2.3), ("HINDALCO.NS", "down", -1.7)]),
]


@pytest.mark.parametrize(("text", "expected"), VOCABULARY)
def test_wrap_vocabulary(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected
