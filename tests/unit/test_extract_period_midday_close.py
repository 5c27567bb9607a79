"""Table-driven tests of two snapshot cues of Hong Kong style market reports: a close word whose clause goes on to
a time of the midday break ("closing down 47 points at midday") is the break's close, not the session's, so the
afternoon snapshot after it holds; and an index "opening lower" (or "higher", "down") in the lead of an article
that never says the market closed makes it a snapshot, as "opened" does.

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
    return [(e.instrument.key, e.change_pct, e.period) for e in EX.extract(article) if e.change_pct is not None]


MORNING = ("The market was choppy this morning, with the Hang Seng Index opening down 40 points and "
           "{close} at midday. In the afternoon the Hang Seng Index was last at 25,120, down 1.1%. ")

CASES = [
    (MORNING.format(close="closing down 52 points") + "Tencent Holdings fell 2.3%.",
     [("HSI", -1.1, "intraday"), ("0700.HK", -2.3, "intraday")]),
    (MORNING.format(close="ending the morning down 52 points") + "Tencent Holdings was down 2.3%.",
     [("HSI", -1.1, "intraday"), ("0700.HK", -2.3, "intraday")]),
    (MORNING.format(close="it closed 0.2% lower") + "Tencent Holdings lost 2.3%.",
     [("HSI", -0.2, "intraday"), ("HSI", -1.1, "intraday"), ("0700.HK", -2.3, "intraday")]),
    ("Hong Kong stocks slid, with the Hang Seng Index closing down 1.3% at noon. Tencent Holdings dropped 2.1%.",
     [("HSI", -1.3, "intraday"), ("0700.HK", -2.1, "intraday")]),
    # the session's own close, with a midday time in another clause or after a turn: the day's
    ("The Hang Seng Index closed down 1.3%, having been up 0.4% at midday. Tencent Holdings dropped 2.1%.",
     [("HSI", -1.3, "day"), ("HSI", 0.4, "intraday"), ("0700.HK", -2.1, "day")]),
    ("The Hang Seng Index closed up 0.8% after trading lower at midday. Tencent Holdings gained 1.9%.",
     [("HSI", 0.8, "day"), ("0700.HK", 1.9, "day")]),
    # "opening lower" in the lead of an article that never says the market closed
    ("Hong Kong stocks pulled back, with the Hang Seng Index opening lower by 250 points. Meituan fell by 3.3% "
     "and Baidu declined by 3.1%.",
     [("3690.HK", -3.3, "intraday"), ("9888.HK", -3.1, "intraday")]),
    ("The Hang Seng Index rose 1.2%, opening higher on strong tech earnings, and Meituan gained 4.1%.",
     [("HSI", 1.2, "intraday"), ("3690.HK", 4.1, "intraday")]),
    # an article that says the market closed: no snapshot
    ("The Hang Seng Index closed up 0.6% after opening lower. Meituan fell 3.3%.",
     [("HSI", 0.6, "day"), ("3690.HK", -3.3, "day")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:60] for c in CASES])
def test_midday_close_and_opening(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert events(text) == expected
