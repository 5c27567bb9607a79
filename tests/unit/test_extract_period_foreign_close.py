"""Table-driven tests of Wall Street moves stated at the close of London or Europe ("In New York, the Dow was up 1%
at the time of the London close"): New York is still trading then, so a move without a close of its own is
`intraday`; the European markets' own moves, and a New York move that says it closed, keep their period.

The passages are written for these tests (the instruments are directory entries, the sentences invented).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from streams.model import Article
from tests.unit.extraction import EX

THURSDAY = datetime(2026, 3, 12, tzinfo=UTC)


def events(text: str) -> list[tuple[Any, ...]]:
    article = Article(id="t", body=text, published_at=THURSDAY)
    return [(e.instrument.key, e.change_pct, e.period) for e in EX.extract(article)]


CASES = [
    ("In New York, the Dow Jones Industrial Average was up 0.6% at the time of the London close.",
     [("DJI", 0.6, "intraday")]),
    ("On Wall Street, the S&P 500 was up 0.4 per cent and the Nasdaq Composite 0.9 per cent by the time "
     "European markets closed.",
     [("SPX", 0.4, "intraday"), ("IXIC", 0.9, "intraday")]),
    ("Stocks in New York were mixed shortly after European markets closed, with the Dow Jones Industrial "
     "Average down 0.2 percent and the Nasdaq Composite up 0.5 percent.",
     [("DJI", -0.2, "intraday"), ("IXIC", 0.5, "intraday")]),
    ("At the European close the S&P 500 was 1.1% higher.", [("SPX", 1.1, "intraday")]),
    ("The Nasdaq Composite had gained 1.3pc and the Dow was down 0.1pc at the close in London.",
     [("IXIC", 1.3, "intraday"), ("DJI", -0.1, "intraday")]),
    # a European market's own move at its close is its day
    ("The FTSE 100 was up 0.5% at the London close, while the Dow Jones Industrial Average was down 0.3%.",
     [("UKX", 0.5, "day"), ("DJI", -0.3, "intraday")]),
    ("The DAX ended 0.8% higher and the CAC 40 rose 0.3% as European markets closed.",
     [("DAX", 0.8, "day"), ("CAC", 0.3, "day")]),
    # a New York move that says it closed is the day's
    ("European markets closed lower, and later on Wall Street the S&P 500 closed down 0.7%.",
     [("SPX", -0.7, "day")]),
    # no European close named: nothing changes
    ("In New York, the Dow Jones Industrial Average rose 0.6% on Thursday.", [("DJI", 0.6, "day")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:60] for c in CASES])
def test_wall_street_at_the_european_close(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert events(text) == expected
