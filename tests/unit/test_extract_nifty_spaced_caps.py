"""Table-driven tests of the spaced spellings of the NSE's mid- and small-cap index names ("Nifty Small Cap 100",
"Nifty Mid Cap 50"), as Indian market roundups write them: the index itself, not the Nifty 50 (aliases.tsv).

The passages are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.unit.extraction import rows_of

moves = rows_of("instrument.key", "change_pct")

CASES = [
    ("Mumbai close\nThe Nifty Small Cap 100 finished at 19,161.85, up 1.01%.", [("NIFTYSMALL100", 1.01)]),
    ("Mumbai close\nSmall caps lagged as the Nifty Small Cap index slipped 0.4 percent.", [("NIFTYSMALL100", -0.4)]),
    ("Mumbai close\nThe Nifty Mid Cap 100 gained 0.9% and the Nifty Small-Cap 250 added 1.2%.",
     [("NIFTYMID100", 0.9), ("NIFTYSMALL250", 1.2)]),
    ("Mumbai close\nThe Nifty Mid Cap 50 fell 0.3%, while the Nifty 50 rose 0.2%.",
     [("NIFTYMID50", -0.3), ("NIFTY", 0.2)]),
    ("Mumbai close\nThe broader Nifty Mid Cap 150 ended 0.7 per cent higher.", [("NIFTYMID150", 0.7)]),
    # the Nifty 50 alone stays itself
    ("Mumbai close\nThe Nifty rose 0.5%.", [("NIFTY", 0.5)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_nifty_spaced_caps(text: str, expected: list[tuple[str, float]]) -> None:
    assert moves(text) == expected
