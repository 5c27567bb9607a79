"""Table-driven tests of the periods that need the article's date (`Article.published_at`): a named year is the
running year to date while it runs, a completed year once it is over.

The passages are written for these tests (the instruments are directory entries, the sentences invented).
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from benchmarks.realnews.evaluate import published_at
from streams.model import Article
from tests.unit.extraction import EX

JUNE_2025 = datetime(2025, 6, 10, 8, 30, tzinfo=UTC)
FEB_2026 = datetime(2026, 2, 3, tzinfo=UTC)
LAST_WEEK_2025 = datetime(2025, 12, 30, 17, 0, tzinfo=UTC)


def periods(text: str, when: datetime | None) -> list[tuple[str, float | None, str]]:
    article = Article(id="t", body=text, published_at=when)
    return [(e.instrument.key, e.change_pct, e.period) for e in EX.extract(article)]


CASES = [
    # "in", "for", "during" a named year: the running year to date in that year ...
    ("Tencent Holdings has gained 24% in 2025.", JUNE_2025, [("0700.HK", 24.0, "ytd")]),
    ("The S&P 500 is up 6.5% for 2025 after a strong May.", JUNE_2025, [("SPX", 6.5, "ytd")]),
    ("The Nikkei share average has fallen 3.4% during 2025.", JUNE_2025, [("N225", -3.4, "ytd")]),
    # ... a completed year after it, in the year's last week, or when the date is not known
    ("Tencent Holdings gained 24% in 2025.", FEB_2026, [("0700.HK", 24.0, "year")]),
    ("Tencent Holdings has gained 24% in 2025.", LAST_WEEK_2025, [("0700.HK", 24.0, "year")]),
    ("Tencent Holdings has gained 24% in 2025.", None, [("0700.HK", 24.0, "year")]),
    ("The Nikkei share average fell 3.4% during 2024.", JUNE_2025, [("N225", -3.4, "year")]),
    # "so far in" a year is the year to date whatever the date
    ("The S&P 500 has risen 8% so far in 2025.", None, [("SPX", 8.0, "ytd")]),
    ("The S&P 500 has risen 8% so far in 2025.", JUNE_2025, [("SPX", 8.0, "ytd")]),
    # "since the start of" the running year is the year to date; of an earlier year, a span from a point
    ("The Hang Seng Index has climbed 15% since the start of 2025.", JUNE_2025, [("HSI", 15.0, "ytd")]),
    ("The Hang Seng Index has climbed 15% since the beginning of 2025.", FEB_2026, [("HSI", 15.0, "other")]),
    # the named year reaches the next subject of the sentence, as other periods do
    ("Tencent Holdings has gained 20% in 2025, while Alibaba Group Holding has dropped 5%.", JUNE_2025,
     [("0700.HK", 20.0, "ytd"), ("9988.HK", -5.0, "ytd")]),
    # a day move keeps its period whatever the date
    ("Sony Group rose 2.1% on Tuesday.", JUNE_2025, [("6758.T", 2.1, "day")]),
]


@pytest.mark.parametrize(("text", "when", "expected"), CASES, ids=[f"{c[0][:50]} @{c[1]}" for c in CASES])
def test_named_year_periods(text: str, when: datetime | None, expected: list[tuple[str, float | None, str]]) -> None:
    assert periods(text, when) == expected


@pytest.mark.parametrize(("passage_id", "expected"), [
    ("au-2025-06-25-someoutlet-banks", datetime(2025, 6, 25, tzinfo=UTC)),
    ("company-2024-02-09-outlet", datetime(2024, 2, 9, tzinfo=UTC)),
    ("cn-2015-03-blog", None),          # a month only: no date
    ("asia-outlet-msci", None),         # no date
    ("us-2025-13-40-outlet", None),     # not a date
])
def test_eval_passes_the_date_in_the_passage_id(passage_id: str, expected: datetime | None) -> None:
    assert published_at(passage_id) == expected
