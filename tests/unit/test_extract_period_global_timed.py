"""Table-driven tests of two kinds of global wrap (``snapshot.rs``): a morning report whose time of day is stated
with a forecast of the open ("ASX futures were down 0.7% as of 8:30am, suggesting a lower open") is no snapshot of
a session, so the closed sessions it reports stay whole days; and a figureless sentence giving a market's state
at a time of the session ("European markets are higher at midday") makes the moves of the next sentence
intraday, even after the article said other markets closed; so does one in the moves' own sentence ("European
stocks were trading higher in the afternoon, with the Stoxx 600 up 0.4%").

The passages are written for these tests.
"""

from __future__ import annotations

import pytest

from streams.model import Article
from tests.unit.extraction import EX


def periods(text: str) -> list[tuple[str, str]]:
    return [(e.instrument.key, e.period) for e in EX.extract(Article(id="t", body=text))]


PRE_OPEN = [
    ("ASX futures were down 0.7% as of 8:30am on Thursday, suggesting a lower open. The S&P 500 declined 0.7% "
     "and the Nasdaq fell 0.6%.", [("SPX", "day"), ("IXIC", "day")]),
    ("SPI 200 futures were up 30 points, or 0.4%, at 7:45am AEST, pointing to a higher open. On Wall Street, the "
     "Dow rose 1.1% and the S&P 500 gained 0.9%.", [("DJI", "day"), ("SPX", "day")]),
    ("Local shares are set to open higher as of 8am. The Nikkei gained 1.3% and the Hang Seng rose 0.8%.",
     [("N225", "day"), ("HSI", "day")]),
    ("Futures tracking the index were 0.3% lower at 7:50am, signalling a weak start. Overnight, the Nasdaq "
     "slipped 0.9%.", [("IXIC", "day")]),
    # a time of the session without a forecast still makes a snapshot
    ("The S&P/ASX 200 was down 0.7% as of 10:30am on Thursday. BHP fell 1.2%.", [("XJO", "intraday"),
                                                                               ("BHP.AX", "intraday")]),
]

TIMED_STATE = [
    ("Asian stocks finished lower. Japan's Nikkei fell 2.7%. European markets are higher at midday. London's "
     "FTSE 100 is up 1.5%, and the DAX has added 2.5%.", [("N225", "day"), ("UKX", "intraday"), ("DAX", "intraday")]),
    ("Tokyo shares closed lower, with the Nikkei down 0.8%. In Europe, stocks were trading higher in the "
     "afternoon. The CAC 40 rose 0.6%.", [("N225", "day"), ("CAC", "intraday")]),
    ("The Kospi ended 1.1% lower. European bourses were lower in early trade. The DAX lost 0.4% and the CAC 40 "
     "shed 0.3%.", [("KOSPI", "day"), ("DAX", "intraday"), ("CAC", "intraday")]),
    # the timed state and the moves in one sentence
    ("Asian shares ended lower on Tuesday: the Nikkei lost 1.1% and the Kospi fell 0.9%. European stocks were "
     "trading higher in the afternoon, with the Stoxx 600 up 0.4%.",
     [("N225", "day"), ("KOSPI", "day"), ("SXXP", "intraday")]),
    ("The Hang Seng closed 0.5% lower. In London, shares were lower at midday, with the FTSE 100 off 0.2%.",
     [("HSI", "day"), ("UKX", "intraday")]),
    # a state at a time, then a close: the close's
    ("European markets were higher at midday. The DAX closed 0.9% up.", [("DAX", "day")]),
    # a state without a time is no snapshot of the next sentence
    ("Asian stocks finished lower. European markets are higher. The DAX rose 0.9%.", [("DAX", "day")]),
]


@pytest.mark.parametrize(("text", "expected"), PRE_OPEN + TIMED_STATE)
def test_global_wrap_periods(text: str, expected: list[tuple[str, str]]) -> None:
    assert periods(text) == expected
