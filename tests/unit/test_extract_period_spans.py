"""Table-driven tests of periods that span more than one session or sentence: a running total over a counted
span of sessions ("extending its two-day gain to 24%").

The passages are written for these tests (the instruments are directory entries, the sentences invented).
"""

from __future__ import annotations

import pytest

from streams.extract import Extractor
from streams.model import Article

EX = Extractor()


def periods(headline: str, body: str) -> list[tuple[str, float | None, str]]:
    article = Article(id="t", headline=headline or None, body=body)
    return [(e.instrument.key, e.change_pct, e.period) for e in EX.extract(article)]


SESSION_SPANS = [
    # a count of sessions before the nominal move a light clause carries: the running total is `other`
    ("Sony Group rose 5%, extending its two-day gain to 24%.",
     [("6758.T", 5.0, "day"), ("6758.T", 24.0, "other")]),
    ("Sony Group rose 5% on Friday, extending its three-day rally to 11%.",
     [("6758.T", 5.0, "day"), ("6758.T", 11.0, "other")]),
    ("HSBC fell 2%, taking its 4-session slide to 7%.",
     [("0005.HK", -2.0, "day"), ("0005.HK", -7.0, "other")]),
    ("Tencent Holdings posted a two-day gain of 9%.", [("0700.HK", 9.0, "other")]),
    # ... not a streak, nor an extreme the move is compared with
    ("HSBC fell 2%, its biggest drop in three sessions.", [("0005.HK", -2.0, "day")]),
]


@pytest.mark.parametrize(("body", "expected"), SESSION_SPANS)
def test_session_spans(body: str, expected: list[tuple[str, float | None, str]]) -> None:
    assert periods("", body) == expected
