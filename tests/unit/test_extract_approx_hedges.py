"""Hedged figures (docs/move-events.md, "approx"): hedges after the figure ("3% or so", "3%-plus"), two-word
hedges before it (also for a company the directory lacks: "north of 4%"), and the figure of a participle clause
that opens the sentence ("After rising as much as 2% early, the Nikkei closed 0.5% lower"), which is the main
subject's own move with its own period, and "as much as" shared by several subjects, the most any of them moved: a
range from nothing for each, as "up to". Passages written for these tests (invented sentences and companies).
"""

from __future__ import annotations

from typing import Any

import pytest

from streams.model import Article
from tests.unit.extraction import EX, rows_of

QUILL = "name:quillmere-robotics"


run = rows_of("instrument.key", "direction", "change_pct", "approx", "period", sort=True)


HEDGES = [
    # a hedge after the figure
    ("Tencent fell 3% or so on Tuesday.", [("0700.HK", "down", -3.0, True, "day")]),
    ("Tencent fell 3%-plus on Tuesday.", [("0700.HK", "down", -3.0, True, "day")]),
    ("Tencent shed 3 per cent or thereabouts on Tuesday.", [("0700.HK", "down", -3.0, True, "day")]),
    ("Tencent jumped 10 percent or more on Tuesday.", [("0700.HK", "up", 10.0, True, "day")]),
    ("Shares of BHP climbed 2pc plus on Tuesday.", [("BHP.AX", "up", 2.0, True, "day")]),
    ("Quillmere Robotics rose 4% or so on Tuesday.", [(QUILL, "up", 4.0, True, "day")]),
    # two words before the figure
    ("Tencent slid just short of 2% on Tuesday.", [("0700.HK", "down", -2.0, True, "day")]),
    ("Tencent shed in the region of 2 per cent on Tuesday.", [("0700.HK", "down", -2.0, True, "day")]),
    ("Tencent rose upward of 6% on Tuesday.", [("0700.HK", "up", 6.0, True, "day")]),
    ("The Dow lost better than 2% on Tuesday.", [("DJI", "down", -2.0, True, "day")]),
    ("HSBC closed a touch under 2% lower on Tuesday.", [("0005.HK", "down", -2.0, True, "day")]),
    ("HSBC ended a tad under 1 per cent higher on Tuesday.", [("0005.HK", "up", 1.0, True, "day")]),
    # "exceeding" before the figure, also after a noun of a move shared by two subjects
    ("HSBC shares climbed exceeding 4 per cent on Tuesday.", [("0005.HK", "up", 4.0, True, "day")]),
    ("Tencent saw gains exceeding 2% on Tuesday.", [("0700.HK", "up", 2.0, True, "day")]),
    ("Tencent and HSBC both posted declines exceeding 3 percent on Tuesday.",
     [("0005.HK", "down", -3.0, True, "day"), ("0700.HK", "down", -3.0, True, "day")]),
    ("The Nifty gained just below 1 per cent on Tuesday.", [("NIFTY", "up", 1.0, True, "day")]),
    ("Tencent shed nigh on 2% on Tuesday.", [("0700.HK", "down", -2.0, True, "day")]),
    ("Quillmere Robotics gained nigh on 5 per cent on Tuesday.", [(QUILL, "up", 5.0, True, "day")]),
    # the same hedges before the figure of a company the directory lacks
    ("Quillmere Robotics rose north of 4% on Tuesday.", [(QUILL, "up", 4.0, True, "day")]),
    ("Quillmere Robotics fell a shade under 4 per cent on Tuesday.", [(QUILL, "down", -4.0, True, "day")]),
    ("Quillmere Robotics rose shy of 4% on Tuesday.", [(QUILL, "up", 4.0, True, "day")]),
    ("Quillmere Robotics gained an estimated 4% on Tuesday.", [(QUILL, "up", 4.0, True, "day")]),
    ("Quillmere Robotics lost upwards of 9pc on Tuesday.", [(QUILL, "down", -9.0, True, "day")]),
    ("Quillmere Robotics fell by a little more than 3% on Tuesday.", [(QUILL, "down", -3.0, True, "day")]),
    ("Quillmere Robotics rose well over 3% on Tuesday.", [(QUILL, "up", 3.0, True, "day")]),
    ("Quillmere Robotics rose marginally over 3 per cent on Tuesday.", [(QUILL, "up", 3.0, True, "day")]),
    ("Quillmere Robotics added a bit more than 3 percent on Tuesday.", [(QUILL, "up", 3.0, True, "day")]),
    ("Quillmere Robotics dropped in excess of 3 per cent on Tuesday.", [(QUILL, "down", -3.0, True, "day")]),
    ("Quillmere Robotics slid in the region of 3% on Tuesday.", [(QUILL, "down", -3.0, True, "day")]),
    # more hedges before the figure: "approaching", "in the vicinity of", "in the order of", "not quite", "more or
    # less", "something like", "a bit under", "a near ... drop", and "above" after a qualifier ("slightly above")
    ("Tencent fell approaching 3% on Tuesday.", [("0700.HK", "down", -3.0, True, "day")]),
    ("Tencent slid in the vicinity of 3% on Tuesday.", [("0700.HK", "down", -3.0, True, "day")]),
    ("Tencent rose in the order of 3 per cent on Tuesday.", [("0700.HK", "up", 3.0, True, "day")]),
    ("Tencent rose not quite 3% on Tuesday.", [("0700.HK", "up", 3.0, True, "day")]),
    ("Tencent lost more or less 3% on Tuesday.", [("0700.HK", "down", -3.0, True, "day")]),
    ("Tencent lost something like 3% on Tuesday.", [("0700.HK", "down", -3.0, True, "day")]),
    ("Tencent gained a bit under 3% on Tuesday.", [("0700.HK", "up", 3.0, True, "day")]),
    ("Tencent posted a near 3% drop on Tuesday.", [("0700.HK", "down", -3.0, True, "day")]),
    ("Tencent rose slightly above 3% on Tuesday.", [("0700.HK", "up", 3.0, True, "day")]),
    ("Quillmere Robotics rose just above 3 per cent on Tuesday.", [(QUILL, "up", 3.0, True, "day")]),
    # "above" alone is a threshold, not a hedge
    ("Tencent rose above 3% on Tuesday.", []),
    # those words without a figure after them: no move
    ("Quillmere Robotics dropped in the first hour on Tuesday.", []),
    ("Quillmere Robotics rose in the session and 3% of its rivals fell.", []),
    # exact figures stay exact: words after the figure that are no hedge
    ("Tencent fell 3% on Tuesday, or so traders said.", [("0700.HK", "down", -3.0, False, "day")]),
    ("Tencent fell 3% on Tuesday.", [("0700.HK", "down", -3.0, False, "day")]),
]


@pytest.mark.parametrize("text, expected", HEDGES, ids=[c[0][:50] for c in HEDGES])
def test_hedges(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == sorted(expected)


FRONTED = [
    ("After rising as much as 2% early, the Nikkei closed 0.5% lower.",
     [("N225", "down", -0.5, False, "day"), ("N225", "up", 2.0, True, "intraday")]),
    ("After being up as much as 0.9 per cent early, the benchmark S&P/ASX 200 index finished 0.4 per cent lower.",
     [("XJO", "down", -0.4, False, "day"), ("XJO", "up", 0.9, True, "intraday")]),
    ("Having jumped as much as 3% in early trade, HSBC shares ended 1.2% up.",
     [("0005.HK", "up", 1.2, False, "day"), ("0005.HK", "up", 3.0, True, "intraday")]),
    ("Having been down more than 2 per cent at one point, the FTSE 100 closed up 0.3 per cent.",
     [("UKX", "down", -2.0, True, "intraday"), ("UKX", "up", 0.3, False, "day")]),
    ("Up as much as 4% in the morning, Tencent finished 1.1% higher.",
     [("0700.HK", "up", 1.1, False, "day"), ("0700.HK", "up", 4.0, True, "intraday")]),
    ("Rising nearly 3pc at the open, BHP closed 1.4pc firmer.",
     [("BHP.AX", "up", 1.4, False, "day"), ("BHP.AX", "up", 3.0, True, "intraday")]),
    ("Despite falling as much as 1.5% early, the Hang Seng Index closed 0.2% higher.",
     [("HSI", "down", -1.5, True, "intraday"), ("HSI", "up", 0.2, False, "day")]),
    ("After having risen about 2% at one point, the Sensex ended 0.3% up.",
     [("SENSEX", "up", 0.3, False, "day"), ("SENSEX", "up", 2.0, True, "intraday")]),
    # the participle's own period, not carried to the main clause
    ("After falling 2% last week, the Nikkei rose 0.5% on Monday.",
     [("N225", "down", -2.0, False, "week"), ("N225", "up", 0.5, False, "day")]),
    ("Having risen 12% this year, HSBC shares fell 3% on Tuesday.",
     [("0005.HK", "down", -3.0, False, "day"), ("0005.HK", "up", 12.0, False, "ytd")]),
    ("After dropping more than 3% at one point, the S&P 500 recovered to close down 0.5%.",
     [("SPX", "down", -3.0, True, "intraday"), ("SPX", "down", -0.5, False, "day")]),
    # a reference as the main subject
    ("HSBC reported results on Monday. After climbing 5% in the past week, its shares rose another 1%.",
     [("0005.HK", "up", 1.0, False, "day"), ("0005.HK", "up", 5.0, False, "week")]),
    # not the subject's: a noun's move, another thing's, a clause that names something else, or no move of its own
    ("Following a 3% rise in oil prices, the Nikkei fell 1%.", [("N225", "down", -1.0, False, "day")]),
    ("Tracking a 2% drop overseas, the Nikkei fell 1%.", [("N225", "down", -1.0, False, "day")]),
    ("After posting a 12% rise in profit, HSBC shares fell 3%.", [("0005.HK", "down", -3.0, False, "day")]),
    ("After raising its forecast by 10%, HSBC shares jumped 3%.", [("0005.HK", "up", 3.0, False, "day")]),
    ("After cutting rates by 0.25%, the central bank said the Nikkei rose 1%.",
     [("N225", "up", 1.0, False, "day")]),
    ("After rising 2%, the yen weakened and the Nikkei rose 1%.", [("N225", "up", 1.0, False, "day")]),
    ("After rising 3% on Monday, analysts said the Nikkei was overvalued.", []),
    ("After rising as much as 2% early, the Nikkei ended lower.", []),
]


@pytest.mark.parametrize("text, expected", FRONTED, ids=[c[0][:50] for c in FRONTED])
def test_fronted_participle(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == sorted(expected)


def ranges(text: str) -> list[tuple[Any, ...]]:
    return [(e.instrument.key, e.direction, e.change_pct, e.range_pct, e.period)
            for e in EX.extract(Article(id="t", body=text))]


SHARED_EXTREMES = [
    ("ICICI Bank, Axis Bank and Infosys rose as much as 5 per cent on Monday.",
     [("ICICIBANK.NS", "up", None, (0.0, 5.0), "day"), ("AXISBANK.NS", "up", None, (0.0, 5.0), "day"),
      ("INFY.NS", "up", None, (0.0, 5.0), "day")]),
    ("Tencent and Alibaba fell as much as 4% in early trade.",
     [("0700.HK", "down", None, (-4.0, 0.0), "intraday"), ("9988.HK", "down", None, (-4.0, 0.0), "intraday")]),
    ("Tencent and Alibaba slid as much as 4% this week.",
     [("0700.HK", "down", None, (-4.0, 0.0), "week"), ("9988.HK", "down", None, (-4.0, 0.0), "week")]),
    # shared out ("each", "both", "apiece"), paired, or one subject: each its own extreme
    ("Tencent and Alibaba each fell as much as 4%.",
     [("0700.HK", "down", -4.0, None, "intraday"), ("9988.HK", "down", -4.0, None, "intraday")]),
    ("Both Tencent and Alibaba fell as much as 4%.",
     [("0700.HK", "down", -4.0, None, "intraday"), ("9988.HK", "down", -4.0, None, "intraday")]),
    ("Tencent and Alibaba fell as much as 4% apiece.",
     [("0700.HK", "down", -4.0, None, "intraday"), ("9988.HK", "down", -4.0, None, "intraday")]),
    ("Tencent and Alibaba fell as much as 4% and 3%, respectively.",
     [("0700.HK", "down", -4.0, None, "intraday"), ("9988.HK", "down", -3.0, None, "intraday")]),
    ("Tencent fell as much as 4%.", [("0700.HK", "down", -4.0, None, "intraday")]),
]


@pytest.mark.parametrize("text, expected", SHARED_EXTREMES, ids=[c[0][:50] for c in SHARED_EXTREMES])
def test_shared_extreme(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert ranges(text) == expected


BOUNDS = [
    # a lower bound is restated by a larger figure only, an upper bound by a smaller one; "about" by either
    ("Tencent sinks over 6%", "Tencent sank 6.3% on Tuesday.", [("0700.HK", -6.3, False)]),
    ("Tencent sinks over 6%", "Tencent sank 5.8% on Tuesday.", [("0700.HK", -6.0, True), ("0700.HK", -5.8, False)]),
    ("Tencent sinks more than 6%", "Tencent sank 5.8% on Tuesday.",
     [("0700.HK", -6.0, True), ("0700.HK", -5.8, False)]),
    ("Tencent sinks 6%-plus", "Tencent sank 5.8% on Tuesday.", [("0700.HK", -6.0, True), ("0700.HK", -5.8, False)]),
    ("Tencent sinks nearly 6%", "Tencent sank 5.8% on Tuesday.", [("0700.HK", -5.8, False)]),
    ("Tencent sinks nearly 6%", "Tencent sank 6.2% on Tuesday.", [("0700.HK", -6.0, True), ("0700.HK", -6.2, False)]),
    ("Tencent sinks just under 6%", "Tencent sank 6.2% on Tuesday.",
     [("0700.HK", -6.0, True), ("0700.HK", -6.2, False)]),
    ("Tencent sinks about 6%", "Tencent sank 5.8% on Tuesday.", [("0700.HK", -5.8, False)]),
    ("Tencent sinks about 6%", "Tencent sank 6.2% on Tuesday.", [("0700.HK", -6.2, False)]),
    ("Tencent sinks not quite 6%", "Tencent sank 6.2% on Tuesday.",
     [("0700.HK", -6.0, True), ("0700.HK", -6.2, False)]),
    ("Tencent sinks slightly above 6%", "Tencent sank 5.8% on Tuesday.",
     [("0700.HK", -6.0, True), ("0700.HK", -5.8, False)]),
]


@pytest.mark.parametrize("headline, body, expected", BOUNDS, ids=[f"{c[0]} / {c[1]}"[:60] for c in BOUNDS])
def test_bound_restatements(headline: str, body: str, expected: list[tuple[str, float, bool]]) -> None:
    events = EX.extract(Article(id="h", headline=headline, body=body))
    assert sorted((e.instrument.key, e.change_pct, e.approx) for e in events) == sorted(expected)
