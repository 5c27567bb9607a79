"""Forms of a move's figures (docs/move-events.md, "change_points", "approx"): the verbs that state a move in
their several inflections, and the absolute change stated beside a percent (a bare number before ", or X%" or
"(X%)", money in brackets after the percent, a change "of" money after a noun of a move).

Passages are written for these tests (invented sentences; names from the built-in directory or made up).
"""

from __future__ import annotations

from typing import Any

import pytest

from streams.model import Article
from tests.unit.extraction import EX, rows_of

run = rows_of("instrument.key", "direction", "change_pct", "change_points")


# verbs of a move in their inflections, each with a figure
VERBS = [
    ("Tencent bounced 3.1% on Monday.", [("0700.HK", "up", 3.1, None)]),
    ("The Nikkei is bouncing 1.2 per cent in early trade.", [("N225", "up", 1.2, None)]),
    ("The Topix spurted 25.70 points, or 0.95%, to 2,728.32.", [("TOPIX", "up", 0.95, 25.7)]),
    ("Alibaba rockets 14% after the results.", [("9988.HK", "up", 14.0, None)]),
    ("The Nifty cracked 212.40 points, or 0.9 per cent, to 23,410.", [("NIFTY", "down", -0.9, -212.4)]),
    ("Tencent was cracking 2.2% lower by midday.", [("0700.HK", "down", -2.2, None)]),
    ("Meituan skyrockets 21 percent on its debut anniversary.", [("3690.HK", "up", 21.0, None)]),
    ("The Kospi was firming 0.4 per cent by midday.", [("KOSPI", "up", 0.4, None)]),
    ("Tencent collapsed 30% after the ruling.", [("0700.HK", "down", -30.0, None)]),
    ("Alibaba crumbled 4.5 per cent in late trade.", [("9988.HK", "down", -4.5, None)]),
    ("The Hang Seng Index sags 0.8% at the open.", [("HSI", "down", -0.8, None)]),
    ("Meituan dives 9 percent as losses widen.", [("3690.HK", "down", -9.0, None)]),
    ("The Nifty softened 0.3 pc in thin trade.", [("NIFTY", "down", -0.3, None)]),
    ("Westpac drooping 0.4 per cent to $27.21 weighed on banks.", [("WBC.AX", "down", -0.4, None)]),
    ("Tencent shares are skidding 2.2% on Tuesday.", [("0700.HK", "down", -2.2, None)]),
    ("The Taiex kept decreasing by 1.4% over the session.", [("TWII", "down", -1.4, None)]),
    ("Alibaba crashes 11% on the probe.", [("9988.HK", "down", -11.0, None)]),
]


@pytest.mark.parametrize("text, expected", VERBS, ids=[c[0][:48] for c in VERBS])
def test_verbs(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected


# the same verbs without a figure, or before a figure of something else, state no move
NOT_MOVES = [
    "Regulators cracked down on 12% of the brokers in Mumbai.",
    "Tencent bounced back after the results.",
    "Alibaba said its cloud revenue collapsed 30% in the quarter.",
    "The talks collapsed, and Meituan said nothing.",
]


@pytest.mark.parametrize("text", NOT_MOVES, ids=[c[:48] for c in NOT_MOVES])
def test_not_moves(text: str) -> None:
    assert run(text) == []


# the absolute change beside a percent: index points, or a stock's change in the unit of its price
CHANGES = [
    # a bare number right after the verb, restated as a percent after ", or", "or" or in brackets
    ("The Nasdaq Composite declined 41.27, or 1.8 percent, to 2,290.15.", [("IXIC", "down", -1.8, -41.27)]),
    ("The Dow Jones industrial average rose 118.06 (1.12%) to 10,642.80.", [("DJI", "up", 1.12, 118.06)]),
    ("The Dow ended up 487.15 or 4.9% for the week.", [("DJI", "up", 4.9, 487.15)]),
    ("The Dow is off by -1,104.52 or -9.5% from its April peak.", [("DJI", "down", -9.5, -1104.52)]),
    ("The Nifty slipped 96.4 (-0.41%) to 23,410.", [("NIFTY", "down", -0.41, -96.4)]),
    ("Tencent shed 5.25, or 2 percent, to 257.50.", [("0700.HK", "down", -2.0, -5.25)]),
    # money in brackets after the percent
    ("Samsung Electronics closed at 71,300 won, down 2.1% (1,500 won) from Friday.",
     [("005930.KS", "down", -2.1, -1500.0)]),
    ("Tencent fell 1.9% (HK$8) to HK$412.", [("0700.HK", "down", -1.9, -8.0)]),
    # a change "of" money or of a bare number after a noun of a move
    ("Tencent led the index lower with a slide of HK$7.20 (1.7%) to HK$410.", [("0700.HK", "down", -1.7, -7.2)]),
    ("Tesco, with a 4.1% rise of 11.2p to 284.6p, topped the FTSE 100.", [("TSCO.L", "up", 4.1, 11.2)]),
    # prices in pence with a vulgar fraction
    ("Lloyds Banking Group rose ¾p, or 1.6 per cent, to 47½p.", [("LLOY.L", "up", 1.6, 0.75)]),
    ("Barclays picked up 3½p, or 1.9 per cent, to 188¼p.", [("BARC.L", "up", 1.9, 3.5)]),
    # a figure in points after a verb of reaching is the level, or an extreme: never the change
    ("The Hang Seng Index closed up 0.4%, reaching 17,240 points.", [("HSI", "up", 0.4, None)]),
    ("The Ibex 35 rose 0.6% to 11,420 points, having reached an intraday maximum of 11,480 points.",
     [("IBEX", "up", 0.6, None)]),
]


@pytest.mark.parametrize("text, expected", CHANGES, ids=[c[0][:48] for c in CHANGES])
def test_changes(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected


def test_levels_beside_the_changes() -> None:
    events = EX.extract(Article(id="t", body="Lloyds Banking Group rose ¾p, or 1.6 per cent, to 47½p. The Hang Seng "
                                             "Index closed up 0.4%, reaching 17,240 points. Quillmere Mining soared "
                                             "21.5 per cent to 4.2 cents."))
    assert [(e.change_points, e.level) for e in events] == [(0.75, 47.5), (None, 17240.0), (None, 0.042)]


# a percent "of its value" is the change of the price; other percents "of" something are shares of it
VALUE = [
    ("Quillmere Robotics has lost almost 30% of its value since its listing.",
     [("name:quillmere-robotics", "down", -30.0, None)]),
    ("Tencent and Alibaba shed 12 per cent of their value in the week.",
     [("0700.HK", "down", -12.0, None), ("9988.HK", "down", -12.0, None)]),
]
SHARES = [
    "Tencent makes up 8.1% of the index.",
    "Tencent lost 40% of its customers in the region.",
    "Alibaba sold 5% of its stake in the retailer.",
]


@pytest.mark.parametrize("text, expected", VALUE, ids=[c[0][:48] for c in VALUE])
def test_percent_of_its_value(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize("text", SHARES, ids=[c[:48] for c in SHARES])
def test_percent_of_something_else(text: str) -> None:
    assert run(text) == []


# a bare number before a percent that is no change: a level after "to"/"at", or a number with no verb before it
NOT_CHANGES = [
    ("The Nasdaq Composite rose to 2,290.15 (1.8%) on Friday.", [("IXIC", "up", 1.8, None)]),
    ("The Nasdaq Composite closed at 2,290.15, or 1.8% higher.", [("IXIC", "up", 1.8, None)]),
    ("Tencent rose 1.9% in 2024, or 3% with dividends.", [("0700.HK", "up", 1.9, None)]),
]


@pytest.mark.parametrize("text, expected", NOT_CHANGES, ids=[c[0][:48] for c in NOT_CHANGES])
def test_not_changes(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text)[:1] == expected


# "upto", one word (Indian English), is "up to": a range from nothing to the figure
UPTO = [
    ("Tata Steel rose upto 5.3 percent.", [("TATASTEEL.NS", "up", None, (0.0, 5.3))]),
    ("Infosys and TCS were the top losers, shedding upto 2.4 per cent.",
     [("INFY.NS", "down", None, (-2.4, 0.0)), ("TCS.NS", "down", None, (-2.4, 0.0))]),
    ("The Nifty fell by upto 1% in early deals.", [("NIFTY", "down", None, (-1.0, 0.0))]),
]


@pytest.mark.parametrize("text, expected", UPTO, ids=[c[0][:48] for c in UPTO])
def test_upto(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert [(e.instrument.key, e.direction, e.change_pct, e.range_pct)
            for e in EX.extract(Article(id="t", body=text))] == expected


@pytest.mark.parametrize("text", ["Analysts said Infosys could rise upto 30%.",
                                  "Regulators may impose duties of upto 35% on Infosys."])
def test_upto_without_a_move(text: str) -> None:
    assert run(text) == []


# hedges before the figure: approximate, with the stated number
HEDGES = [
    ("Alibaba fell a shade under 4% on Monday.", [("9988.HK", "down", -4.0, True)]),
    ("Alibaba rose just shy of 2 per cent on Monday.", [("9988.HK", "up", 2.0, True)]),
    ("Alibaba rose north of 5 percent after the results.", [("9988.HK", "up", 5.0, True)]),
    ("Alibaba climbed in excess of 10% on its debut anniversary.", [("9988.HK", "up", 10.0, True)]),
    ("Alibaba lost an estimated 3pc in late trade.", [("9988.HK", "down", -3.0, True)]),
    ("Alibaba gained circa 3% on the day.", [("9988.HK", "up", 3.0, True)]),
    ("Alibaba fell close on 2 per cent.", [("9988.HK", "down", -2.0, True)]),
    ("Alibaba shed an approximate 2% on Monday.", [("9988.HK", "down", -2.0, True)]),
    # the same words elsewhere in the sentence leave the figure exact
    ("Alibaba fell 2% on Monday, close on the heels of a weak session in New York.",
     [("9988.HK", "down", -2.0, False)]),
]


@pytest.mark.parametrize("text, expected", HEDGES, ids=[c[0][:48] for c in HEDGES])
def test_hedges(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert [(e.instrument.key, e.direction, e.change_pct, e.approx)
            for e in EX.extract(Article(id="t", body=text))] == expected
