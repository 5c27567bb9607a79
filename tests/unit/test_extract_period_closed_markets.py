"""Table-driven tests of a snapshot's moves of markets whose session had already closed when it was written: in
an article about a session in progress in Asia, a Wall Street move without a period of its own is New York's
last completed session (`day`), and in one about a session in progress in Europe or the Americas, a move of
Tokyo, Seoul, Shanghai, Hong Kong, Taipei, Sydney or Wellington is that market's completed session. The
snapshot's own market keeps its intraday moves, and so do the moves that state their own period.

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
    return [(e.instrument.key, e.change_pct, e.period) for e in EX.extract(article)]


CASES = [
    # an Asian session in progress, then Wall Street's completed one
    ("Japan's Nikkei 225 was up 0.8% in morning trade, and Hong Kong's Hang Seng index was 0.4% higher. "
     "The S&P 500 fell 0.6% and the Nasdaq Composite lost 1.1%.",
     [("N225", 0.8, "intraday"), ("HSI", 0.4, "intraday"), ("SPX", -0.6, "day"), ("IXIC", -1.1, "day")]),
    ("South Korea's Kospi climbed 1.2% by midday. Wall Street had a quiet session as traders waited for data. "
     "The Dow Jones Industrial Average slipped 0.2%.",
     [("KOSPI", 1.2, "intraday"), ("DJI", -0.2, "day")]),
    ("The Hang Seng index is down 1.5% at the lunch break, with tech names leading losses. "
     "The Nasdaq Composite dropped 2.3% and the S&P 500 shed 1.4%.",
     [("HSI", -1.5, "intraday"), ("IXIC", -2.3, "day"), ("SPX", -1.4, "day")]),
    ("Australia's S&P/ASX 200 was trading 0.3% lower in early trade.\n"
     "  • The S&P 500 lost 0.9% to 5,210.40.\n  • The Dow skidded 1.2% to 38,100.55.",
     [("XJO", -0.3, "intraday"), ("SPX", -0.9, "day"), ("DJI", -1.2, "day")]),
    # a European session in progress, then Asia's completed one
    ("In Europe, the DAX was up 0.9% in morning trading and the CAC 40 rose 0.6%. In Asia, Japan's Nikkei 225 "
     "added 1.1% and Hong Kong's Hang Seng fell 0.5%.",
     [("DAX", 0.9, "intraday"), ("CAC", 0.6, "intraday"), ("N225", 1.1, "day"), ("HSI", -0.5, "day")]),
    ("Britain's FTSE 100 is 0.4% higher at midday, while the Shanghai Composite fell 0.7%.",
     [("UKX", 0.4, "intraday"), ("SHCOMP", -0.7, "day")]),
    ("The CAC 40 was down 1.3% in early trade in Paris. Earlier, South Korea's Kospi lost 2.1% and Japan's "
     "Nikkei 225 shed 1.8%.",
     [("CAC", -1.3, "intraday"), ("KOSPI", -2.1, "day"), ("N225", -1.8, "day")]),
    # a Wall Street session in progress, then Asia's completed one
    ("The S&P 500 was up 0.5% in morning trading in New York, and Japan's Nikkei 225 had risen 0.9%.",
     [("SPX", 0.5, "intraday"), ("N225", 0.9, "day")]),
]

KEEP = [
    # a move that states its own period keeps it
    ("Japan's Nikkei 225 was up 0.8% in morning trade. The S&P 500 was up 0.4% in after-hours trading.",
     [("N225", 0.8, "intraday"), ("SPX", 0.4, "intraday")]),
    ("Hong Kong's Hang Seng index was 0.4% higher at midday. The S&P 500 has gained 9% so far this year.",
     [("HSI", 0.4, "intraday"), ("SPX", 9.0, "ytd")]),
    # markets whose sessions run together stay in the snapshot: Europe in an Asian afternoon, New York in a
    # European afternoon
    ("Hong Kong's Hang Seng index was up 0.6% in afternoon trade, and the DAX rose 0.3%.",
     [("HSI", 0.6, "intraday"), ("DAX", 0.3, "intraday")]),
    ("The DAX was up 0.7% in afternoon trading, while the Dow Jones Industrial Average rose 0.2%.",
     [("DAX", 0.7, "intraday"), ("DJI", 0.2, "intraday")]),
    # no snapshot: every move is a day's
    ("Japan's Nikkei 225 closed 0.8% higher. The S&P 500 fell 0.6%.",
     [("N225", 0.8, "day"), ("SPX", -0.6, "day")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES + KEEP)
def test_closed_markets(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert events(text) == expected
