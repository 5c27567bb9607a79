"""Table-driven tests of distances from a mark: a figure "below" or "above" a high, a low, a record, a listing or a
level before an event (and a figure "from" or "off" a record) is a move since that mark (period `other`; "the
starting point this year" keeps `ytd`), while a distance from anything else (a price target, the current price)
or of no instrument is no move.

The passages are written for these tests (the instruments are directory entries, the sentences invented).
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from streams.model import Article
from tests.unit.extraction import EX

FRIDAY = datetime(2026, 3, 6, 9, 0, tzinfo=UTC)


def moves(text: str) -> list[tuple[str, float | None, str]]:
    article = Article(id="t", body=text, published_at=FRIDAY)
    return [(e.direction, e.change_pct, e.period) for e in EX.extract(article)]


CASES = [
    ("Meituan shares are now about 4% below their peak.", [("down", -4.0, "other")]),
    ("Meituan remains about 4% below its peak from July.", [("down", -4.0, "other")]),
    ("The Nasdaq Composite is now 3.9 percent below its all-time closing high of 15,210.5.", [("down", -3.9, "other")]),
    ("The FTSE 100 is still 12% below its pre-crisis level.", [("down", -12.0, "other")]),
    ("Meituan shares are 6.5% below their record close.", [("down", -6.5, "other")]),
    ("Meituan shares are trading 20% above their IPO price.", [("up", 20.0, "other")]),
    ("The Hang Seng Index stands 11 per cent above its October low.", [("up", 11.0, "other")]),
    ("The Hang Seng Index remains 9 per cent below the starting point this year.", [("down", -9.0, "ytd")]),
    # "from" and "off" a record, as from a high
    ("Meituan is off just over 2% from its record.", [("down", -2.0, "other")]),
    ("Meituan shares have fallen 7% from their record close.", [("down", -7.0, "other")]),
    ("Meituan shares are 4% off their record.", [("down", -4.0, "other")]),
    # a pre-market level is a time of the session, not a mark
    ("Meituan shares rose 2% from their pre-market level.", [("up", 2.0, "intraday")]),
]

NOTHING = [
    "Meituan was unchanged. The target is 20% above the current price.",
    "Interest rates are 2% below their peak.",
    "Meituan shares trade 5% above the sector average.",
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_distance_from_a_mark_is_a_move_since_it(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert moves(text) == expected


@pytest.mark.parametrize("text", NOTHING)
def test_distance_from_no_mark_is_no_move(text: str) -> None:
    assert [m for m in moves(text) if m[1] is not None] == []
