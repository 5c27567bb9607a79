"""Table-driven tests of where a move's level stands in its sentence: after an adverb of direction ("ended
0.6% down at 8,510.10"), after a verb of the session without a figure ("ended lower at 21,400.40, down
1.02%", "climbed before settling at 11,863.53, gaining 0.39%"), and in quote rows with a signed percent
("Alpha (ALP) 601.00p -4.60%"); and the figures beside a move that are not its level.

The passages are written for these tests (the instruments are directory entries or invented names).
"""

from __future__ import annotations

from typing import Any

import pytest

from streams.extract import Extractor
from streams.model import Article

EX = Extractor()


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
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:60] for c in CASES])
def test_level_attach(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert levels(text) == expected
