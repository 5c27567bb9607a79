"""Table-driven tests of the generic midcap and smallcap gauges ("the mid-cap index", "midcaps", "the small-cap
index", "small caps": the ``=midcap`` and ``=smallcap`` rows of ``streams/data/aliases.tsv``, resolved by the
``[midcaps]`` and ``[smallcaps]`` tables of ``streams/data/lexicon.toml``). Such a phrase is the board of its
class in the report's market, an index of the class named before, and never the broad index named before it
("The Sensex rose. The midcap index fell" is not the Sensex); a market without such a board names none.

The passages are written for these tests.
"""

from __future__ import annotations

from typing import Any

import pytest

from streams.model import Article
from tests.unit.extraction import EX


def moves(text: str) -> list[tuple[Any, ...]]:
    return [(e.instrument.symbol, e.change_pct) for e in EX.extract(Article(id="t", body=text))]


CASES = [
    # after a broad index of no size class: the board of its family or of its market
    ("The Sensex climbed 0.6 per cent. The midcap index slipped 1.1 per cent.",
     [("SENSEX", 0.6), ("BSEMIDCAP", -1.1)]),
    ("The Sensex ended 0.2 per cent higher, while the small-cap index added 0.9 per cent.",
     [("SENSEX", 0.2), ("BSESMALLCAP", 0.9)]),
    ("The Sensex ended 0.3 per cent lower. Midcaps shed 1.4 per cent and smallcaps 2.1 per cent.",
     [("SENSEX", -0.3), ("BSEMIDCAP", -1.4), ("BSESMALLCAP", -2.1)]),
    ("Mumbai stocks slipped 0.3 per cent, and the small cap index gained 1.2% to 31,040.",
     [("SENSEX", -0.3), ("BSESMALLCAP", 1.2)]),
    # a family with several gauges of the class (the Nifty's midcap indices): none rather than a guess
    ("The Nifty ended 0.3 per cent lower. Midcaps shed 1.4 per cent.", [("NIFTY", -0.3)]),
    ("The FTSE 100 was up 0.4%. The mid-cap index fell 0.2%.", [("UKX", 0.4), ("MCX", -0.2)]),
    ("The DAX rose 1.1%, while the mid-cap index lost 0.5%.", [("DAX", 1.1), ("MDAX", -0.5)]),
    ("The S&P 500 rose 0.8% on Wall Street, and small caps jumped 2.3%.", [("SPX", 0.8), ("RUT", 2.3)]),
    ("The S&P/ASX 200 edged up 0.1 per cent. Small caps fell 0.7 per cent.", [("XJO", 0.1), ("XSO", -0.7)]),
    # an index of the class named before is the one meant
    ("The Nifty Midcap 100 rose 1.5%, and the midcap index is up 12% this year.",
     [("NIFTYMID100", 1.5), ("NIFTYMID100", 12.0)]),
    # a market without such a board: no event rather than the broad index
    ("The Kospi rose 1.2%. The small-cap index slipped 0.4%.", [("KOSPI", 1.2)]),
    ("The Nikkei gained 0.9%. Small caps fell 0.6%.", [("N225", 0.9)]),
    # "the blue-chip index" is still the broad one; a company described as mid-cap keeps its move
    ("The Sensex rose 0.5%. The blue-chip index later fell 0.2 per cent.", [("SENSEX", 0.5), ("SENSEX", -0.2)]),
    ("The Sensex rose 0.5%. The mid-cap IT firm Quillmere Systems rose 5%.", [("SENSEX", 0.5), (None, 5.0)]),
    ("The Sensex rose 0.5%. Later the Smallcap index saw a plunge of 4 percent.",
     [("SENSEX", 0.5), ("BSESMALLCAP", -4.0)]),
    ("The FTSE 100 gained 0.3%. The Midcap index fell 0.2%.", [("UKX", 0.3), ("MCX", -0.2)]),
    # capitalised after a capitalised word, the words end a name of their own
    ("The Sensex rose 1%. In the broader market Quillmere Midcaps ended 0.4% higher.", [("SENSEX", 1.0)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_size_boards(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert moves(text) == expected
