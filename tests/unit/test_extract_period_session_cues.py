"""Table-driven tests of period phrases in a move's own clause that wire and company stories use: times of the
session ("shortly after the open", "were last up", "on Monday afternoon", "as of 15:04 in Tokyo", "during the
day", "to hit an intraday low"), counted spans without "past" or "last" ("in six months", "over two sessions")
and spans since a listing or a named point ("since their debut", "since mid-June", "since last Wednesday").

The passages are written for these tests (the instruments are directory entries, the sentences invented), in
the styles of Hong Kong, Japan, Korea, India and company reports.
"""

from __future__ import annotations

import pytest

from streams.model import Article
from tests.unit.extraction import EX


def periods(text: str) -> list[tuple[str, float | None, str]]:
    return [(e.instrument.key, e.change_pct, e.period) for e in EX.extract(Article(id="t", body=text))]


INTRADAY = [
    # a quote of the session in progress
    ("Meituan shares were last up 3.4% at HK$120.", 3.4),
    ("Shares of Meituan were last down 3.4 per cent.", -3.4),
    ("Meituan was recently trading 3.4% lower.", -3.4),
    ("Meituan shares were recently at HK$120, down 3.4% from Friday's close.", -3.4),
    # the start of the session
    ("Shortly after the open, Meituan was down 3.4%.", -3.4),
    ("Meituan slipped 3.4% soon after the opening bell.", -3.4),
    ("Meituan was down 3.4% at the start of trade.", -3.4),
    ("Meituan fell 3.4 percent in the first hour of trading.", -3.4),
    ("Meituan fell 3.4% in the first few minutes.", -3.4),
    # a clock with a place or zone, a weekday's morning or afternoon, the time of writing
    ("Meituan was up 3.4% as of 15:04 in Hong Kong.", 3.4),
    ("Meituan was up 3.4 per cent at 11:20 local time.", 3.4),
    ("Meituan was up 3.4 per cent at 1120 local time.", 3.4),
    ("Meituan shares were 3.4% higher in Hong Kong on Monday afternoon.", 3.4),
    ("On Tuesday morning, Meituan shares were 3.4% higher.", 3.4),
    ("Meituan shares were 3.4% higher at the time of writing.", 3.4),
    # outside the regular session, even on a named day; a present state "today"
    ("Meituan surged on Thursday after hours by 3.4%.", 3.4),
    ("Meituan rose 3.4% in after-hours trade on Tuesday.", 3.4),
    ("Meituan fell 3.4% in premarket trading.", -3.4),
    ("Meituan is up 3.4% today.", 3.4),
    # an extreme the move reaches, and the day's extreme in an Indian wrap
    ("Meituan declined 3.4 per cent to hit an intraday low of HK$118.", -3.4),
    ("Meituan rose as much as 3.4% to an intraday high of HK$130.", 3.4),
    ("During the day, Meituan tumbled 3.4 per cent to HK$118.", -3.4),
    # a session still running, heading for a result
    ("Meituan shares rose 3.4% on Friday, heading for their biggest weekly gain since May.", 3.4),
    ("Meituan slipped 3.4%, on course for its worst day in five months.", -3.4),
    ("Shares of Meituan fell 3.4%, on track for their steepest drop since January.", -3.4),
    ("Meituan was 3.4% higher, on pace for its best session in a month.", 3.4),
    ("Meituan gained 3.4% in Hong Kong, headed for a third day of gains.", 3.4),
]


@pytest.mark.parametrize(("text", "pct"), INTRADAY)
def test_time_of_the_session(text: str, pct: float) -> None:
    assert periods(text) == [("3690.HK", pct, "intraday")]


CASES = [
    # counted spans: `other`
    ("Meituan has lost 16% in six months.", [("3690.HK", -16.0, "other")]),
    ("Meituan shares have fallen 9% in two days.", [("3690.HK", -9.0, "other")]),
    ("Meituan shares slumped 9% over two sessions.", [("3690.HK", -9.0, "other")]),
    ("Meituan shares slumped 9% over the two sessions.", [("3690.HK", -9.0, "other")]),
    ("Meituan shares slumped 9 per cent across three sessions.", [("3690.HK", -9.0, "other")]),
    # ... but not after a superlative or "for the first time": a comparison
    ("Meituan shares rose 2.1%, the biggest gain in two weeks.", [("3690.HK", 2.1, "day")]),
    ("Meituan shares rose 2.1% to the highest level in six months.", [("3690.HK", 2.1, "day")]),
    ("Meituan shares rose 2.1% for the first time in three sessions.", [("3690.HK", 2.1, "day")]),
    # spans since a listing or a named point: `other`
    ("Meituan shares have fallen 25% since their debut.", [("3690.HK", -25.0, "other")]),
    ("Meituan shares have fallen 25% since the IPO.", [("3690.HK", -25.0, "other")]),
    ("Since mid-June, Meituan is down 20 percent.", [("3690.HK", -20.0, "other")]),
    ("Meituan has slumped 20% since early March.", [("3690.HK", -20.0, "other")]),
    ("Meituan shares have lost 35 per cent since last Wednesday.", [("3690.HK", -35.0, "other")]),
    # no period: "since" as a cause, an opening that is no time, a close, an extreme the move is measured from
    ("Meituan shares rose 3% since investors expect a rebound.", [("3690.HK", 3.0, "day")]),
    ("Meituan rose 3% after the opening of a new store.", [("3690.HK", 3.0, "day")]),
    ("Meituan closed 3% higher today, while the Hang Seng Index is up 9% this year.",
     [("3690.HK", 3.0, "day"), ("HSI", 9.0, "ytd")]),
    ("The Hang Seng Index closed 1.1% higher at the end of the day.", [("HSI", 1.1, "day")]),
    ("The Hang Seng Index rose 1.1% to 19,200 at 4:00.", [("HSI", 1.1, "day")]),
    ("The Sensex closed 0.4% higher, off its intraday high of 81,200.", [("SENSEX", 0.4, "day")]),
    ("The Hang Seng Index rose 130 points during the session, advancing 0.5 per cent, to 25,750.",
     [("HSI", 0.5, "day")]),
    # a close stated before an extreme of the day, in an Indian wrap
    ("The Sensex fell 0.38 per cent to settle at 80,710. During the day, it declined 0.57 per cent to 80,554.",
     [("SENSEX", -0.38, "day"), ("SENSEX", -0.57, "intraday")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_period(text: str, expected: list[tuple[str, float | None, str]]) -> None:
    assert periods(text) == expected


STATES = [
    # a lead that states a move as a state ("was down"), in an article that never says its market closed: a
    # snapshot of the session in progress, all its same-day moves intraday
    ("Hong Kong stocks slipped on Monday.\n\nThe Hang Seng Index was down 210 points, or 1.2%, at 17,020. "
     "Meituan fell 3.1%.", [("HSI", -1.2, "intraday"), ("3690.HK", -3.1, "intraday")]),
    ("Tokyo shares are lower. The Nikkei share average is down 0.8 per cent. Sony Group lost 2.2 per cent.",
     [("N225", -0.8, "intraday"), ("6758.T", -2.2, "intraday")]),
    ("Housebuilders rallied after a broker upgrade. Barratt Developments was up 5.8 percent, and Persimmon "
     "rose 6 percent.", [("BTRW.L", 5.8, "intraday"), ("PSN.L", 6.0, "intraday")]),
    # ... but not when the article says its market closed, or states the day's move
    ("Hong Kong stocks slipped on Monday.\n\nThe Hang Seng Index was down 210 points, or 1.2%, at 17,020. "
     "Meituan closed 3.1% lower.", [("HSI", -1.2, "day"), ("3690.HK", -3.1, "day")]),
    ("The Hang Seng Index was down 1.2% on the day. Meituan fell 3.1%.",
     [("HSI", -1.2, "day"), ("3690.HK", -3.1, "day")]),
    # ... nor a state over a longer period ("are up 40% this year")
    ("Meituan shares jumped 6%; they are up 40% this year.",
     [("3690.HK", 6.0, "day"), ("3690.HK", 40.0, "ytd")]),
    # a finished move ("fell") opens no snapshot
    ("The Hang Seng Index fell 1.2% to 17,020. Meituan dropped 3.1%.",
     [("HSI", -1.2, "day"), ("3690.HK", -3.1, "day")]),
]


@pytest.mark.parametrize(("text", "expected"), STATES)
def test_state_snapshot(text: str, expected: list[tuple[str, float | None, str]]) -> None:
    assert periods(text) == expected
