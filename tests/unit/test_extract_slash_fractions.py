"""Fractions written with a slash in a percent change (docs/move-events.md, `change_pct`; number formats): a whole
number and a fraction joined by a hyphen ("2-1/2 percent"), as some wires write them, and a fraction with no whole
part ("1/2 percent", "3/4%"), with the hedge before them kept. Dates with slashes are no fractions. Passages
written for these tests.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.extraction import rows_of

run = rows_of("instrument.key", "change_pct", "range_pct", "approx", sort=True)


FRACTIONS = [
    ("Tesla rose about 2-1/2 percent on Tuesday.", [("TSLA", 2.5, None, True)]),
    ("The Dow fell nearly 1-3/4 percent to 10,200.", [("DJI", -1.75, None, True)]),
    ("Apple gained 3-1/8 per cent in late trade.", [("AAPL", 3.125, None, False)]),
    ("Tesla rose 1/2 percent on Tuesday.", [("TSLA", 0.5, None, False)]),
    ("The Nasdaq slipped roughly 1/4 per cent on 1/2/2020.", [("IXIC", -0.25, None, True)]),
    ("Apple added more than 3/4% by midday.", [("AAPL", 0.75, None, True)]),
    # a date is no fraction, and a hyphen range stays a range
    ("On 12/4 Tesla rose 2%.", [("TSLA", 2.0, None, False)]),
    ("Tesla and Apple rose 1-2% on Tuesday.", [("AAPL", None, (1.0, 2.0), True), ("TSLA", None, (1.0, 2.0), True)]),
]


@pytest.mark.parametrize("text, expected", FRACTIONS, ids=[c[0][:50] for c in FRACTIONS])
def test_slash_fractions(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == sorted(expected)
