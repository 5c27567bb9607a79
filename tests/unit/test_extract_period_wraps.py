"""Table-driven tests of periods in wraps: a close the story only names as a time ("after the market close"),
another market's session introduced by a sentence without figures ("Wall Street ended mixed overnight."), and
spans from January ("in the first nine months").

The passages are written for these tests (the instruments are directory entries, the sentences invented).
"""

from __future__ import annotations

import pytest

from streams.extract import Extractor
from streams.model import Article

EX = Extractor()


def periods(text: str) -> list[tuple[str, float | None, str]]:
    return [(e.instrument.key, e.change_pct, e.period) for e in EX.extract(Article(id="t", body=text))]


CASES = [
    # a close named as the time of a coming report does not end the snapshot
    ("Stocks making the biggest moves at midday: Micron, Tesla\n"
     "Micron rose 2.7% ahead of its earnings release, scheduled for Wednesday after the market close. "
     "Tesla shares rose 4.8% after a broker note.",
     [("MU", 2.7, "intraday"), ("TSLA", 4.8, "intraday")]),
    ("Nike shares rose 3.1% in midday trading ahead of results due after the market closes. Tesla fell 1.2%.",
     [("NKE", 3.1, "intraday"), ("TSLA", -1.2, "intraday")]),
    ("Oracle gained 2.2% at midday. Its report comes before the market close on Thursday. Nike fell 1.4%.",
     [("ORCL", 2.2, "intraday"), ("NKE", -1.4, "intraday")]),
    ("Oracle gained 2.2% at midday, with results due after market close. Nike fell 1.4%.",
     [("ORCL", 2.2, "intraday"), ("NKE", -1.4, "intraday")]),
    # ... while the session's own close still does
    ("Oracle gained 2.2% at midday. Oracle closed 3.1% higher. Nike fell 1.4%.",
     [("ORCL", 2.2, "intraday"), ("ORCL", 3.1, "day"), ("NKE", -1.4, "day")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_period_in_wraps(text: str, expected: list[tuple[str, float | None, str]]) -> None:
    assert periods(text) == expected
