"""Coreference, round fourteen.

- a bare "the index" or "the gauge" names the index named last before it, and that may be a sector index of the
  directory ("Only 2 of 10 stocks on the Nifty IT index rose. The index closed 4.7% lower" is the Nifty IT, not the
  Sensex named before it), even when a stock was named in between;
- not when a broad index was named after the sector index, nor after a sector phrase ("the technology sector") or
  a sector fund (a "Select Sector SPDR"): those are no index, and the broad index named before is meant.

Table-driven, one row a case; the passages are invented.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.extraction import rows_of

run = rows_of("instrument.key", "change_pct")


NEAREST_SECTOR_INDEX: list[tuple[str, list[tuple[Any, ...]]]] = [
    ("The Sensex closed down 0.6%. Only three of ten stocks on the Nifty IT index gained. The index ended 3.9% lower.",
     [("SENSEX", -0.6), ("NIFTYIT", -3.9)]),
    ("The Sensex ended 0.4% higher. The Nifty IT index had its worst day in a year. The index lost 5.2%.",
     [("SENSEX", 0.4), ("NIFTYIT", -5.2)]),
    ("The Sensex fell 1.1%. The Nifty IT index slid 2.8% on Monday. The index is down 11% this year.",
     [("SENSEX", -1.1), ("NIFTYIT", -2.8), ("NIFTYIT", -11.0)]),
    ("The S&P 500 gained 0.7%. Chipmakers hit the Philadelphia Semiconductor Index. The index ended 1.6% lower.",
     [("SPX", 0.7), ("SOX", -1.6)]),
    ("The Nifty IT index dropped 3.3%. Infosys tumbled 12% after its results. The gauge has lost 7% this month.",
     [("NIFTYIT", -3.3), ("INFY.NS", -12.0), ("NIFTYIT", -7.0)]),
    # a broad index named after the sector index is the nearer one
    ("The Nifty IT index dropped 3.3%. The Sensex slipped 0.5%. The index is down 6% this year.",
     [("NIFTYIT", -3.3), ("SENSEX", -0.5), ("SENSEX", -6.0)]),
    ("The Sensex fell 0.2%. The Nifty IT index lost 1.9%. The Nifty 50 index rose 0.3%. The index is up 4% this year.",
     [("SENSEX", -0.2), ("NIFTYIT", -1.9), ("NIFTY", 0.3), ("NIFTY", 4.0)]),
    # a sector phrase or a sector fund is no index
    ("Tech shares slid as the Nasdaq rose 1.2%. The technology sector lost 2%. The index is up 9% this year.",
     [("IXIC", 1.2), ("name:technology-sub-index", -2.0), ("IXIC", 9.0)]),
    ("The S&P 500 rose 0.8%. The Technology Select Sector SPDR Fund fell 1.4%. The index is up 6% this year.",
     [("SPX", 0.8), ("XLK", -1.4), ("SPX", 6.0)]),
]


@pytest.mark.parametrize(("text", "expected"), NEAREST_SECTOR_INDEX)
def test_the_index_names_the_nearest_index_named_a_sector_index_too(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected
