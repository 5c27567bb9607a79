"""The day of an intraday snapshot's session is the weekday of the article's publication (docs/move-events.md,
"period": a snapshot's same-day moves are intraday, a move stated with another day is that day's), not the first
weekday the article happens to name; without a publication date the first named weekday stands in.

Passages are written for these tests (invented sentences; names from the built-in directory).
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from streams.model import Article
from tests.unit.extraction import EX

TUESDAY = datetime(2026, 3, 3, 3, 0, tzinfo=UTC)
WEDNESDAY = datetime(2026, 3, 4, 3, 0, tzinfo=UTC)
SATURDAY = datetime(2026, 3, 7, 3, 0, tzinfo=UTC)

SNAPSHOT = ("Hong Kong stocks rebound at midday\nThe Hang Seng Index, which fell on Monday, rose 0.8% by midday. "
            "Tencent gained 2% on Tuesday.")

ROWS = [
    # published on Tuesday: "on Tuesday" is the snapshot's own session, though Monday is named first
    (TUESDAY, [("HSI", "intraday"), ("0700.HK", "intraday")]),
    # published on Wednesday: Tuesday is an earlier, completed session
    (WEDNESDAY, [("HSI", "intraday"), ("0700.HK", "day")]),
    # no publication date, or a weekend one: the first weekday named (Monday) is taken as the session's
    (None, [("HSI", "intraday"), ("0700.HK", "day")]),
    (SATURDAY, [("HSI", "intraday"), ("0700.HK", "day")]),
]


@pytest.mark.parametrize("published, expected", ROWS, ids=["tuesday", "wednesday", "none", "saturday"])
def test_snapshot_day_is_the_publication_weekday(published: datetime | None, expected: list[tuple[str, str]]) -> None:
    events = EX.extract(Article(id="t", body=SNAPSHOT, published_at=published))
    assert [(e.instrument.key, e.period) for e in events] == expected
