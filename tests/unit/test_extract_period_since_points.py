"""Table-driven tests of company spans (``spans.rs``, ``found.rs``, ``period_cues.rs``): a move since a weekday,
a listing ("since it listed", "since going public", "since their Nasdaq debut") or results is ``other``, also when
the point names the subject again ("since the company's results"), and so is a distance from an offer or listing
price; "year-to-date" before a nominal move is its span ("taking its year-to-date loss to 12.5 percent"); "in
recent trading" and "at last check" quote the session running. A comparison ("its biggest drop since Monday") is
no span.

The passages are written for these tests.
"""

from __future__ import annotations

import pytest

from streams.model import Article
from tests.unit.extraction import EX


def periods(text: str) -> list[tuple[str, float | None, str]]:
    return [(e.instrument.key, e.change_pct, e.period) for e in EX.extract(Article(id="t", body=text))]


SINCE = [
    ("BHP shares have dropped 14% since Monday.", [("BHP.AX", -14.0, "other")]),
    ("Tencent has gained 6 percent since Friday's close.", [("0700.HK", 6.0, "other")]),
    ("BHP shares have dropped 14% since the company's results on Tuesday.", [("BHP.AX", -14.0, "other")]),
    ("Tencent shares have fallen 9 percent since its earnings.", [("0700.HK", -9.0, "other")]),
    ("Meituan has climbed 60% since it listed in 2018.", [("3690.HK", 60.0, "other")]),
    ("BHP shares have risen 35% since the company went public.", [("BHP.AX", 35.0, "other")]),
    ("Meituan shares have risen 35% since going public in September.", [("3690.HK", 35.0, "other")]),
    ("Meituan shares have gained 85 percent since their Hong Kong debut.", [("3690.HK", 85.0, "other")]),
    # the first day of trading is a listing too
    ("Meituan shares have lost 12% since they began trading.", [("3690.HK", -12.0, "other")]),
    ("BHP has climbed 40 percent since it started trading in Sydney.", [("BHP.AX", 40.0, "other")]),
    ("Tencent stock is up 3,000% since it first traded in 2004.", [("0700.HK", 3000.0, "other")]),
    ("Meituan has doubled in value, up 100%, since the stock began trading in 2018.", [("3690.HK", 100.0, "other")]),
    ("BHP shares have dropped 14% since their Nasdaq listing.", [("BHP.AX", -14.0, "other")]),
    # a distance from the price of a listing
    ("Alpha Resources shares have climbed 60% above their offer price.", [("name:alpha-resources", 60.0, "other")]),
    ("Meituan shares are trading 12 percent below their offer price.", [("3690.HK", -12.0, "other")]),
    ("BHP shares have fallen 30% from their listing price.", [("BHP.AX", -30.0, "other")]),
    # comparisons stay the day's
    ("BHP fell 3%, its biggest drop since Monday.", [("BHP.AX", -3.0, "day")]),
    ("It was the steepest fall since Friday for Tencent, which lost 2.2 percent.", [("0700.HK", -2.2, "day")]),
]

YTD_ADJECTIVE = [
    ("Tencent fell 2 percent, taking its year-to-date loss to 30 percent.",
     [("0700.HK", -2.0, "day"), ("0700.HK", -30.0, "ytd")]),
    ("The Hang Seng Index rose 0.3 percent, taking its year-to-date gain to 12.5 percent.",
     [("HSI", 0.3, "day"), ("HSI", 12.5, "ytd")]),
    ("The Hang Seng Index slid 0.3 percent, extending its year-to-date decline to 12.5 percent.",
     [("HSI", -0.3, "day"), ("HSI", -12.5, "ytd")]),
    ("Meituan rose 1.4 percent, bringing its year-to-date advance to 22 percent.",
     [("3690.HK", 1.4, "day"), ("3690.HK", 22.0, "ytd")]),
]

RECENT = [
    ("BHP shares were up 3.2% in recent trading.", [("BHP.AX", 3.2, "intraday")]),
    ("Tencent was 1.1 percent lower in recent trade in Hong Kong.", [("0700.HK", -1.1, "intraday")]),
    ("Meituan shares were 4% higher at last check.", [("3690.HK", 4.0, "intraday")]),
]


@pytest.mark.parametrize(("text", "expected"), SINCE + YTD_ADJECTIVE + RECENT)
def test_company_span_periods(text: str, expected: list[tuple[str, float | None, str]]) -> None:
    assert periods(text) == expected
