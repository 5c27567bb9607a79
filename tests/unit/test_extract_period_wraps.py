"""Table-driven tests of periods in wraps: a close the story only names as a time ("after the market close"),
another market's session introduced by a sentence without figures ("Wall Street ended mixed overnight."), and
spans from January ("in the first nine months").

The passages are written for these tests (the instruments are directory entries, the sentences invented).
"""

from __future__ import annotations

import pytest

from streams.model import Article
from tests.unit.extraction import EX


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
    # a sentence without figures about another session: the other markets' moves after it are that session's
    ("Asian shares rose on Wednesday. The Nikkei was up 0.5% at 38,100.20 at midday.\n"
     "Wall Street stocks were mixed overnight as oil prices climbed.\n"
     "The Dow Jones Industrial Average fell 0.26%, the S&P 500 lost 0.13% while the Nasdaq Composite added 0.18%.",
     [("N225", 0.5, "intraday"), ("DJI", -0.26, "day"), ("SPX", -0.13, "day"), ("IXIC", 0.18, "day")]),
    ("The Hang Seng Index rose 0.8% to 17,900.10 in morning trade.\nU.S. stocks ended lower overnight after weak "
     "data.\nThe S&P 500 fell 0.5% and the Nasdaq Composite slid 0.9%.",
     [("HSI", 0.8, "intraday"), ("SPX", -0.5, "day"), ("IXIC", -0.9, "day")]),
    ("Japanese shares slipped in early trade. The Nikkei fell 0.4% to 38,200.10.\nOn Wall Street in the previous "
     "session, the major indexes finished mixed.\nThe Dow rose 0.2% and the Nasdaq Composite fell 0.3%.",
     [("N225", -0.4, "intraday"), ("DJI", 0.2, "day"), ("IXIC", -0.3, "day")]),
    ("The Kospi was down 0.6% at 2,500.10 as of 0200 GMT.\nOvernight, U.S. stocks rallied. "
     "The Nasdaq Composite jumped 1.4%.",
     [("KOSPI", -0.6, "intraday"), ("IXIC", 1.4, "day")]),
    # ... not the lead's cause ("tracking Wall Street overnight"), nor the home market's moves after it
    ("Australian shares rose in early trade on Thursday, tracking gains on Wall Street overnight.\n"
     "The S&P/ASX 200 rose 0.6% to 7,800.10. BHP Group gained 1.2%.",
     [("XJO", 0.6, "intraday"), ("BHP.AX", 1.2, "intraday")]),
    ("The Kospi was down 0.6% at 2,500.10 as of 0200 GMT.\nWall Street ended higher overnight.\n"
     "Samsung Electronics fell 1.1%.",
     [("KOSPI", -0.6, "intraday"), ("005930.KS", -1.1, "intraday")]),
    # a timed state of one market after another market's close runs on through the sentences with figures of
    # its paragraph, up to a close
    ("Asian stocks mostly finished lower. Japan's Nikkei fell 2.7%.\nEuropean markets are higher at midday. "
     "London's FTSE 100 is up 1.5%. Elsewhere, the CAC 40 and the DAX have added 2.1% and 2.5%, respectively.",
     [("N225", -2.7, "day"), ("UKX", 1.5, "intraday"), ("CAC", 2.1, "intraday"), ("DAX", 2.5, "intraday")]),
    ("Asian shares closed lower on Tuesday, with the Hang Seng down 1.1%.\nIn Europe, stocks were trading higher "
     "in the afternoon. The STOXX 600 rose 0.6%. Siemens gained 1.9% and SAP added 1.2%.\n"
     "New York futures pointed higher. Microsoft rose 2% on Monday.",
     [("HSI", -1.1, "day"), ("SXXP", 0.6, "intraday"), ("SIE.DE", 1.9, "intraday"), ("SAP.DE", 1.2, "intraday"),
      ("MSFT", 2.0, "day")]),
    ("The Nikkei ended 0.8% lower.\nEuropean shares were trading higher by 1130 GMT. The DAX was up 0.7%. "
     "The CAC 40 gained 0.4%.",
     [("N225", -0.8, "day"), ("DAX", 0.7, "intraday"), ("CAC", 0.4, "intraday")]),
    ("The Nikkei ended 0.8% lower.\nEuropean shares were trading higher by 1130 GMT. The DAX was up 0.7%. "
     "The Hang Seng closed 1.2% lower.",
     [("N225", -0.8, "day"), ("DAX", 0.7, "intraday"), ("HSI", -1.2, "day")]),
    ("The Nikkei ended 0.8% lower.\nEuropean shares were trading higher by 1130 GMT. The DAX was up 0.7%.\n"
     "The Hang Seng fell 1.2%.",
     [("N225", -0.8, "day"), ("DAX", 0.7, "intraday"), ("HSI", -1.2, "day")]),
    # another session named with "trading" or as the prior day ("in the previous trading session")
    ("The Nikkei was up 0.5% at 38,100.20 at midday. In the previous trading session, the Nasdaq Composite fell "
     "0.9%.", [("N225", 0.5, "intraday"), ("IXIC", -0.9, "day")]),
    ("Tesla shares were up 2.1% in early trade. On the prior trading day, Nvidia gained 3.4%.",
     [("TSLA", 2.1, "intraday"), ("NVDA", 3.4, "day")]),
    ("The Kospi was down 0.6% at 2,500.10 as of 0200 GMT. The prior day, Samsung Electronics had risen 1.4%.",
     [("KOSPI", -0.6, "intraday"), ("005930.KS", 1.4, "day")]),
    # spans from January: the running year's, or a named year's
    ("Shares of UBS Group are up 31.9% in the first three quarters of the year.", [("UBSG.SW", 31.9, "ytd")]),
    ("UBS Group shares rose 31.9% in the first nine months of the year.", [("UBSG.SW", 31.9, "ytd")]),
    ("UBS Group shares rose 12.2% in the first 8 months.", [("UBSG.SW", 12.2, "ytd")]),
    ("Roche shares fell 6.6% in the first seven months.", [("RO.SW", -6.6, "ytd")]),
    ("UBS Group shares rose 12.2% in the first nine months of 2019.", [("UBSG.SW", 12.2, "year")]),
    # (a half year stays a span of its own; a count of sessions or a listing's months is no span from January)
    ("UBS Group shares rose 12.2% in the first half of the year.", [("UBSG.SW", 12.2, "other")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_period_in_wraps(text: str, expected: list[tuple[str, float | None, str]]) -> None:
    assert periods(text) == expected
