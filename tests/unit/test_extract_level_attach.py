"""Table-driven tests of where a move's level stands in its sentence: after an adverb of direction ("ended
0.6% down at 8,510.10"), after a verb of the session without a figure ("ended lower at 21,400.40, down
1.02%", "climbed before settling at 11,863.53, gaining 0.39%"), and in quote rows with a signed percent
("Alpha (ALP) 601.00p -4.60%"); levels reached ("reaching 25,834 points"), stated in the clause before the
move or by a reference after it, listed for several subjects; and the figures beside a move that are not its
level (a time of day, a count, a level going the other way).

The passages are written for these tests (the instruments are directory entries or invented names).
"""

from __future__ import annotations

from typing import Any

import pytest

from streams.model import Article
from tests.unit.extraction import EX


def levels(text: str) -> list[tuple[Any, ...]]:
    return [(e.instrument.key, e.change_pct, e.level) for e in EX.extract(Article(id="t", body=text))]


CASES: list[tuple[str, list[tuple[Any, ...]]]] = [
    # the adverb of direction between the figure and "at"
    ("The NSE Nifty ended 42.10 points or 0.51 per cent down at 8,310.40.", [("NIFTY", -0.51, 8310.4)]),
    ("The Hang Seng Index opened 0.8 percent up at 21,100.25.", [("HSI", 0.8, 21100.25)]),
    ("The Kospi finished 1.2 pc up at 2,604.11 on Friday.", [("KOSPI", 1.2, 2604.11)]),
    ("The Nikkei 225 was 210 points, or 0.55%, down at 38,020.6 points.", [("N225", -0.55, 38020.6)]),
    # "up to" stays a bound, not a level
    ("The Kospi rose 1.2% and could climb up to 2,700 next month.", [("KOSPI", 1.2, None)]),
    # a verb of the session without a figure, then the figure: the level it ended at
    ("The Nifty ended the day lower at 21,400.40, down 1.02%.", [("NIFTY", -1.02, 21400.4)]),
    ("The Taiex finished higher at 22,310.55, up 0.7 per cent.", [("TWII", 0.7, 22310.55)]),
    ("The SMI rose early and climbed before settling at 11,863.53, gaining 46.64 points or 0.39%.",
     [("SMI", 0.39, 11863.53)]),
    # the latest level before the figure: where the session ended, not where it stood on the way
    ("The Hang Seng Index climbed to 21,387.56 in the afternoon before settling at 21,363.53, up 0.4%.",
     [("HSI", 0.4, 21363.53)]),
    # once the move has its figure, the first level stays
    ("The Kospi rose 0.9% to 2,650.10 and later hit 2,661.00 at one point.", [("KOSPI", 0.9, 2650.1)]),
    # a level on the way in the other direction is not where the move ended
    ("The Nifty fell to 21,100.00 early but recovered to end 0.3% higher.", [("NIFTY", 0.3, None)]),
    # quote rows: a price in pence and a signed percent
    ("FTSE 250 - Fallers\nOrbital Widgets (ORW) 601.00p -4.60%\nKestrel Mining (KMN) 2,390.00p -2.05%",
     [("name:orbital-widgets", -4.6, 601.0), ("name:kestrel-mining", -2.05, 2390.0)]),
    ("FTSE 250 - Risers\nOrbital Widgets (ORW) 412.50p +3.10%", [("name:orbital-widgets", 3.1, 412.5)]),
    # a verb whose object is the level reached: a level, not a change in points
    ("The Hang Seng Index ended the session up 0.4%, reaching 25,834 points.", [("HSI", 0.4, 25834.0)]),
    ("The DAX rose 0.12 per cent, reaching a level of 24,131.20 in late trade.", [("DAX", 0.12, 24131.2)]),
    ("The Kospi slipped 0.7 pct, having reached 2,580.3 points by the close.", [("KOSPI", -0.7, 2580.3)]),
    # a count reached by something else is no level
    ("The Kospi rose 1% as turnover reached 5,000 contracts.", [("KOSPI", 1.0, None)]),
    # the level stated in the clause before the move ("closed at ..., after ..."; "..., with a gain of")
    ("The FTSE 100 closed at 7,120.50, after dropping 101.2 points, or 1.4%.", [("UKX", -1.4, 7120.5)]),
    ("The Shenzhen Component Index ended the day session at 11,256, with a gain of 0.3%.",
     [("SZCOMP", 0.3, 11256.0)]),
    ("The Nifty settled at 21,000.50, following a 0.5 percent climb.", [("NIFTY", 0.5, 21000.5)]),
    # ... but not a level of another direction, nor the opening level
    ("The Nifty rose to 21,300.00 at first, after falling 0.6% in early deals.", [("NIFTY", -0.6, None)]),
    ("The Hang Seng Index opened at 21,000.25, after rising 1% on Monday.", [("HSI", 1.0, None)]),
    # before the move, the latest level stated: the close, not the day's high on the way
    ("The Shanghai Composite touched a high of 3,309 and closed at 3,286, down 0.5%.", [("SHCOMP", -0.5, 3286.0)]),
    # several subjects, their levels listed in order
    ("The Nikkei 225 and the broader Topix index each fell 1.1% to 16,276 and 1,297 respectively.",
     [("N225", -1.1, 16276.0), ("TOPIX", -1.1, 1297.0)]),
    ("The CSI 300 and the Shanghai Composite fell 0.5% and 0.4% to 3,203 and 2,979.",
     [("CSI300", -0.5, 3203.0), ("SHCOMP", -0.4, 2979.0)]),
    # one level for two subjects is no one's
    ("The CSI 300 and the Shanghai Composite both fell 0.5% to around 3,000.",
     [("CSI300", -0.5, None), ("SHCOMP", -0.5, None)]),
    # a reference that states only the level: the level of the move right before it
    ("HDFC Bank: Falling by 2.8 percent, the shares slumped to Rs 1,536.05", [("HDFCBANK.NS", -2.8, 1536.05)]),
    ("Infosys: With a decline of 2.7 percent, the company ended at Rs 1,544.95", [("INFY.NS", -2.7, 1544.95)]),
    ("Infosys fell 1.8%, and its shares settled at Rs 1,449.19.", [("INFY.NS", -1.8, 1449.19)]),
    # ... not a level going the other way, nor one in another sentence, nor a count
    ("Infosys rose 1.8%, and its shares had dropped to Rs 1,449.19 last week.", [("INFY.NS", 1.8, None)]),
    ("Infosys rose 1.8% on Monday. The shares closed at Rs 1,449.19 on Friday.", [("INFY.NS", 1.8, None)]),
    ("Infosys was down 5.8% after saying it was to close 200 offices and lose 3,000 staff.", [("INFY.NS", -5.8, None)]),
    # a time of day with its zone after "at" is no level; a level of four digits stays one
    ("The Nikkei 225 closed up 0.5% at 0230 GMT.", [("N225", 0.5, None)]),
    ("The DAX, which closed the year at 1300 GMT on Monday, rose 0.5%.", [("DAX", 0.5, None)]),
    ("The Kospi was up 0.3 per cent at 0915 KST.", [("KOSPI", 0.3, None)]),
    ("The Kospi closed up 0.5% at 2130.", [("KOSPI", 0.5, 2130.0)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:60] for c in CASES])
def test_level_attach(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert levels(text) == expected
