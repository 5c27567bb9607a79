"""Table-driven tests of the period of Hong Kong market reports as different outlets write them: midday and
lunch-break snapshots, morning-session and early-trade reports, opening reports (also a headline "open lower"),
closing wraps with a week, month or year beside the day, half-day sessions (whose midday is the close), and a
state ("was up") said of another instrument after a completed move in the lead, which makes no snapshot.

The passages are written for these tests (the instruments are directory entries, the sentences invented).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from streams.model import Article
from tests.unit.extraction import EX

TUESDAY = datetime(2026, 3, 3, 4, 0, tzinfo=UTC)


def events(body: str, headline: str | None = None) -> list[tuple[Any, ...]]:
    article = Article(id="t", headline=headline, body=body, published_at=TUESDAY)
    return [(e.instrument.key, e.change_pct, e.period) for e in EX.extract(article) if e.change_pct is not None]


IN, D = "intraday", "day"

SNAPSHOTS = [
    # the midday break, lunch, the morning session, early trade, a clock: every same-day move is the session's so far
    (None, "Hong Kong stocks fell at the midday break on Tuesday. The Hang Seng Index dropped 1.2% to 17,020, while "
     "the Hang Seng Tech Index lost 2.1%. Meituan slid 3.4%.", [("HSI", -1.2, IN), ("HSTECH", -2.1, IN),
                                                                ("3690.HK", -3.4, IN)]),
    (None, "Hong Kong shares were lower at lunch. The Hang Seng Index was down 210 points, or 1.2%, at 17,020. "
     "Tencent lost 1.5%.", [("HSI", -1.2, IN), ("0700.HK", -1.5, IN)]),
    (None, "The Hang Seng Index fell 1.2% in the morning session to 17,020. Tencent Holdings lost 1.5%, while "
     "Meituan dropped 3.4%.", [("HSI", -1.2, IN), ("0700.HK", -1.5, IN), ("3690.HK", -3.4, IN)]),
    (None, "Hong Kong stocks were little changed on Wednesday. In early trade, the Hang Seng Index was down 0.8% at "
     "17,100. HSBC Holdings rose 0.6%.", [("HSI", -0.8, IN), ("0005.HK", 0.6, IN)]),
    (None, "The Hang Seng Index dropped 1.2% as of 12:01 p.m. in Hong Kong, while Tencent lost 1.5%.",
     [("HSI", -1.2, IN), ("0700.HK", -1.5, IN)]),
    (None, "By noon, the Hang Seng Index had lost 1.2%. Tencent slid 1.5%.",
     [("HSI", -1.2, IN), ("0700.HK", -1.5, IN)]),
    (None, "The Hang Seng Index extended losses in the afternoon session, falling 1.9% to 16,900. Tencent slid 2.5%.",
     [("HSI", -1.9, IN), ("0700.HK", -2.5, IN)]),
    # bullet lines under a lead with a time of the session
    (None, "Hong Kong stocks rose in morning trade on Tuesday.\n** The Hang Seng Index was up 0.9% at 17,300.\n"
     "** Tencent gained 2.1%, while Meituan fell 1.3%.",
     [("HSI", 0.9, IN), ("0700.HK", 2.1, IN), ("3690.HK", -1.3, IN)]),
    # the close of the morning is the midday break, however it is said
    (None, "The Hang Seng Index closed the morning session up 0.9% at 17,300. Tencent gained 2.1%.",
     [("HSI", 0.9, IN), ("0700.HK", 2.1, IN)]),
    (None, "The Hang Seng Index ended the morning 0.9% higher. Tencent gained 2.1%.",
     [("HSI", 0.9, IN), ("0700.HK", 2.1, IN)]),
    (None, "Hang Seng finished the morning 0.4% lower at 17,200, with Meituan down 2%.",
     [("HSI", -0.4, IN), ("3690.HK", -2.0, IN)]),
    (None, "At the midday close, the Hang Seng Index was 0.9% higher at 17,300. Tencent gained 2.1%.",
     [("HSI", 0.9, IN), ("0700.HK", 2.1, IN)]),
    # an opening report, also when only its headline says so
    (None, "Hong Kong stocks opened higher on Tuesday, with the Hang Seng Index rising 0.7% to 17,250. Tencent "
     "gained 1.2%.", [("HSI", 0.7, IN), ("0700.HK", 1.2, IN)]),
    ("Hong Kong stocks open lower", "The Hang Seng Index fell 0.8% to 17,100. Tencent slid 1.1%.",
     [("HSI", -0.8, IN), ("0700.HK", -1.1, IN)]),
    ("Hang Seng opens higher as tech gains", "The Hang Seng Index rose 0.5%. Meituan added 2%.",
     [("HSI", 0.5, IN), ("3690.HK", 2.0, IN)]),
    ("HK stocks: Hang Seng down 1.2% at midday", "The Hang Seng Index fell 1.2% to 17,020. Tencent slid 1.5%.",
     [("HSI", -1.2, IN), ("0700.HK", -1.5, IN)]),
]

WRAPS = [
    # a closing wrap: the day, and the week, month or year stated beside it
    (None, "Hong Kong stocks closed lower on Wednesday. The Hang Seng Index fell 1.2% to 17,020, and the Hang Seng "
     "Tech Index lost 2.1%. Meituan slid 3.4%.", [("HSI", -1.2, D), ("HSTECH", -2.1, D), ("3690.HK", -3.4, D)]),
    (None, "The Hang Seng Index ended 1.2% lower at 17,020 on Friday. It fell 2.5% for the week. Tencent lost 1.5%. "
     "The index has gained 4.1% since January.",
     [("HSI", -1.2, D), ("HSI", -2.5, "week"), ("0700.HK", -1.5, D), ("HSI", 4.1, "ytd")]),
    (None, "Hong Kong stocks ended higher on Monday. The Hang Seng Index rose 210 points, or 1.2 percent, to close at "
     "17,320. Over the week, the index gained 3 percent.", [("HSI", 1.2, D), ("HSI", 3.0, "week")]),
    (None, "The Hang Seng Index fell 0.5% on Friday, and lost 2.1% over the week. It has fallen 7% this month.",
     [("HSI", -0.5, D), ("HSI", -2.1, "week"), ("HSI", -7.0, "month")]),
    (None, "The Hang Seng Index rose 18% last year. It fell 0.5% on Tuesday.",
     [("HSI", 18.0, "year"), ("HSI", -0.5, D)]),
    ("Hang Seng closes 1.2% lower", "The Hang Seng Index fell 1.2% to 17,020. Tencent Holdings slid 1.5%.",
     [("HSI", -1.2, D), ("0700.HK", -1.5, D)]),
    # the morning's extreme and the midday snapshot of a session the wrap goes on to close
    (None, "The Hang Seng Index closed 0.9% higher at 17,300 after rising as much as 1.5% in the morning session. "
     "Tencent added 2.1%.", [("HSI", 0.9, D), ("HSI", 1.5, IN), ("0700.HK", 2.1, D)]),
    (None, "The Hang Seng Index fell 1.2% to 17,020 at midday. Losses deepened in the afternoon, and the index "
     "closed 1.9% lower at 16,900. Tencent ended 2.5% lower.", [("HSI", -1.2, IN), ("HSI", -1.9, D),
                                                                ("0700.HK", -2.5, D)]),
    # a half-day session: its midday is the close
    (None, "In a half-day session on Christmas Eve, the Hang Seng Index rose 0.6% to 17,200. Tencent gained 1.1%.",
     [("HSI", 0.6, D), ("0700.HK", 1.1, D)]),
    (None, "Hong Kong stocks rose in a shortened session on New Year's Eve, with trading ending at noon. The Hang "
     "Seng Index rose 0.6% to 17,200. Tencent gained 1.1%.", [("HSI", 0.6, D), ("0700.HK", 1.1, D)]),
    (None, "The Hang Seng Index rose 0.6% to 17,200 at the close of the half-day session. Tencent gained 1.1%.",
     [("HSI", 0.6, D), ("0700.HK", 1.1, D)]),
    # a state ("was up") after a completed move in the lead is an aside, not a snapshot of the article
    (None, "Shares of Meituan fell 5.2% on Tuesday after the food delivery giant reported a drop in profit. The Hang "
     "Seng Index was up 0.3%.", [("3690.HK", -5.2, D), ("HSI", 0.3, D)]),
    (None, "Tencent shares rose 2.4% on Tuesday after the company raised its dividend. The broader Hang Seng Index "
     "was down 0.6%, and the Hang Seng Tech Index was 1.1% lower.",
     [("0700.HK", 2.4, D), ("HSI", -0.6, D), ("HSTECH", -1.1, D)]),
]

STATES = [
    # a state in the first sentence with figures, in an article that never closes: a snapshot (as before)
    (None, "Hong Kong shares tracked Asia lower on Tuesday.\n** The Hang Seng Index was down 1.2% at 17,020.\n"
     "** Tencent fell 1.5%.", [("HSI", -1.2, IN), ("0700.HK", -1.5, IN)]),
    (None, "Property developers are among the top gainers in Hong Kong. Country Garden is up 5.8%, while Longfor "
     "rises 4%.", [("2007.HK", 5.8, IN), ("0960.HK", 4.0, IN)]),
]


CASES = SNAPSHOTS + WRAPS + STATES


@pytest.mark.parametrize(("headline", "body", "expected"), CASES, ids=[(c[0] or c[1])[:60] for c in CASES])
def test_hong_kong_report_periods(headline: str | None, body: str, expected: list[tuple[Any, ...]]) -> None:
    assert events(body, headline) == expected
