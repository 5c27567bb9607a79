"""Precision: figures that belong to no mentioned instrument are not given to a neighbour.

Passages are written for these tests (invented sentences; companies the directory lacks are invented names; the
others come from the built-in directory).
"""

from __future__ import annotations

from typing import Any

import pytest

from streams.model import Article
from tests.unit.extraction import EX, rows_of

run = rows_of("instrument.key", "direction", "change_pct")


# A later move of a clause whose own subject no mention names: no event for the subject before it.
NEW_SUBJECT = [
    # a capitalised name the directory lacks right before the verb
    ("Tencent slid 2.3 per cent to HK$300 and New World Harbour declined 1.7 per cent to HK$10.",
     [("0700.HK", "down", -2.3)]),
    # (a city that names its market is its index: "Shenzhen fell" is the Shenzhen market's own move)
    ("Tencent slid 2.3 per cent and Shenzhen fell 1.7 per cent.",
     [("0700.HK", "down", -2.3), ("SZCOMP", "down", -1.7)]),
    # (a company the directory lacks found by its form keeps its own move)
    ("Tencent slid 2.3 per cent to HK$300 and Quorvex Harbour Development declined 1.7 per cent to HK$10.",
     [("0700.HK", "down", -2.3), ("name:quorvex-harbour-development", "down", -1.7)]),
    # with an exchange label in parentheses and a relative pronoun between
    ("Xiaomi (HK:) rose 3.08%, Quorvex Asia Pacific (HK:) rose 3.52%.", [("1810.HK", "up", 3.08)]),
    ("Xiaomi (HK:) which lost 2.46% and Quorvex AG (HK:) which was down 1.89%.", [("1810.HK", "down", -2.46)]),
    # with an adverb set off by commas
    ("Baidu firmed +4.33%, to $4.82, Quorvex Express, meanwhile, slipped -3.68%, to $1.70.",
     [("9888.HK", "up", 4.33)]),
    # a head noun of an index or sector the directory does not name
    ("The Nifty climbed 1.38% and small cap index gained 1.31% during the week.", [("NIFTY", "up", 1.38)]),
    ("Baidu dipped 0.5%, the XR sector fell 2.07%.", [("9888.HK", "down", -0.5)]),
    ("The Hang Seng gained 2.41 percent, the utilities edged up 0.32 percent.", [("HSI", "up", 2.41)]),
    ("Tencent rose 1% and gold fell 0.8%.", [("0700.HK", "up", 1.0)]),
    # kept: a participle after a comma, a noun of the move's own phrase
    ("The Hang Seng Index in Hong Kong led losses among the region's major markets, falling more than 2%.",
     [("HSI", "down", -2.0)]),
    ("Tencent has seen share price rises or minor share price falls, such as a 0.5 per cent decrease in 2013.",
     [("0700.HK", "down", -0.5)]),
    # kept: the same subject goes on, after a weekday, a month or a participle
    ("The Hang Seng rose 0.55% on Friday, climbing for a third session and gaining 4.85% this week.",
     [("HSI", "up", 0.55), ("HSI", "up", 4.85)]),
    ("Tencent, which gained 8 per cent on Wednesday, increased 2.4 per cent.",
     [("0700.HK", "up", 8.0), ("0700.HK", "up", 2.4)]),
    ("Tencent rose 2% in March and fell 1% in April.", [("0700.HK", "up", 2.0), ("0700.HK", "down", -1.0)]),
    ("Tencent rose 2% in Hong Kong and jumped 3% in New York.", [("0700.HK", "up", 2.0), ("0700.HK", "up", 3.0)]),
]


@pytest.mark.parametrize(("text", "expected"), NEW_SUBJECT)
def test_new_subject_of_a_later_move(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected


def run_ranges(text: str) -> list[tuple[Any, ...]]:
    return [(e.instrument.key, e.direction, e.change_pct, e.range_pct)
            for e in EX.extract(Article(id="t", body=text))]


# The direction of a figure: "gave up" is a fall, a stated sign wins over the verb; "less than" is a range.
DIRECTION = [
    ("Tencent gave up 1.08 per cent to HK$300.", [("0700.HK", "down", -1.08, None)]),
    ("Baidu was giving up 2% by noon.", [("9888.HK", "down", -2.0, None)]),
    ("Tencent added -0.24%, to HK$12.38 and Baidu added +1.5%.",
     [("0700.HK", "down", -0.24, None), ("9888.HK", "up", 1.5, None)]),
    ("Tencent fell -1.8% and settled at HK$149.19.", [("0700.HK", "down", -1.8, None)]),
    ("Tencent and Baidu lost less than one per cent.",
     [("0700.HK", "down", None, (-1.0, 0.0)), ("9888.HK", "down", None, (-1.0, 0.0))]),
    ("Tencent was down less than 2%.", [("0700.HK", "down", None, (-2.0, 0.0))]),
    ("Tencent rose less than 1% on Monday.", [("0700.HK", "up", None, (0.0, 1.0))]),
]


@pytest.mark.parametrize(("text", "expected"), DIRECTION)
def test_direction_of_the_figure(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run_ranges(text) == expected


# A mention that is not the subject: in an aside about the subject, left out by "apart from", or a basket member.
NOT_THE_SUBJECT = [
    # (the company the directory lacks keeps its move across the aside: `test_extract_clause_insertions.py`)
    ("Quorvex Devices, a key assembler of Xiaomi phones, lost 1.95 percent.",
     [("name:quorvex-devices", "down", -1.95)]),
    ("Baidu, a rival of Tencent, fell 2%.", [("9888.HK", "down", -2.0)]),
    ("Baidu Inc., Tencent's search rival, rose 5.5 percent.", [("9888.HK", "up", 5.5)]),
    ("The auto sector, home of BMW and Volkswagen, is set to post its best year, up 38 percent.",
     [("name:auto-sub-index", "up", 38.0)]),
    ("Tech stocks – including Tencent and Baidu – recorded an 11 per cent decline.", []),
    ("Apart from Tencent, Baidu and Xiaomi also lost over 2.5 per cent each.",
     [("9888.HK", "down", -2.5), ("1810.HK", "down", -2.5)]),
    ("Besides Tencent, Baidu fell 2%.", [("9888.HK", "down", -2.0)]),
    # kept: a member's own figure after the aside, the subject after a scene or a sentence adverb
    ("Tech stocks rose, including Tencent, up 3%.", [("0700.HK", "up", 3.0)]),
    ("Meanwhile, the Hang Seng Index, which tracks the largest companies, rose 1%.", [("HSI", "up", 1.0)]),
    ("In Tokyo, the Nikkei 225, the main gauge, rose 1%.", [("N225", "up", 1.0)]),
    ("Among the gainers, Baidu, a search company, rose 3%.", [("9888.HK", "up", 3.0)]),
    ("Tencent, Baidu and Xiaomi rose 1%, 2% and 3%.", [("0700.HK", "up", 1.0), ("9888.HK", "up", 2.0),
                                                     ("1810.HK", "up", 3.0)]),
]


@pytest.mark.parametrize(("text", "expected"), NOT_THE_SUBJECT)
def test_mention_not_the_subject(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected


# A bullet opens a sentence: the line after one has its own subject.
def test_bullet_opens_a_sentence() -> None:
    text = ("▪ The Hang Seng Index closed at 26,447.78 points, down 0.15%. ▪ The Quorvex Enterprises Index closed "
            "at 9,070.66 points, down 0.26%.")
    assert run(text) == [("HSI", "down", -0.15)]


# A nominal move after "a" whose phrase names what moved is that thing's, not the subject's; a reversed range
# after "between" is a range.
NOMINAL_AND_RANGES = [
    ("The Dow was dragged lower by a 3.1% slide in Intel shares.", [("INTC", "down", -3.1, None)]),
    ("The Dow was weighed down by a 4.5% drop in Intel shares after the news.", [("INTC", "down", -4.5, None)]),
    ("Intel fell, with a 3% decline.", [("INTC", "down", -3.0, None)]),
    # "to" after a figure and its adverb leads to the level; "up to" before a figure stays a range
    ("Sony was 3.7 percent higher to 4,760 yen.", [("6758.T", "up", 3.7, None)]),
    ("Strong chip demand sent the Kospi 6.8% higher to 5,288.08.", [("KOSPI", "up", 6.8, None)]),
    ("Sony rose up to 3.7 percent.", [("6758.T", "up", None, (0.0, 3.7))]),
    # a hyphenated modifier between the figure and its noun ("a 52% year-to-date gain")
    ("With a 17% weighting, Tencent's 52% year-to-date gain has been a major driver.", [("0700.HK", "up", 52.0, None)]),
    ("Today's 45 percent after-hours plunge in Intel shares was the worst.", [("INTC", "down", -45.0, None)]),
    ("Tencent's 5% gain in after hours trade was the biggest.", [("0700.HK", "up", 5.0, None)]),
    # "after hours" is a time of trading, not a clause of its own
    ("Shares of Intel surged on Thursday after hours by 17% after beating forecasts.", [("INTC", "up", 17.0, None)]),
    ("Intel surged in after-hours trading by 17%.", [("INTC", "up", 17.0, None)]),
    ("Intel fell 2% after Nvidia rose 5%.", [("INTC", "down", -2.0, None), ("NVDA", "up", 5.0, None)]),
    ("Intel and Nvidia were slipping between 3-2%.",
     [("INTC", "down", None, (-3.0, -2.0)), ("NVDA", "down", None, (-3.0, -2.0))]),
]


@pytest.mark.parametrize(("text", "expected"), NOMINAL_AND_RANGES)
def test_nominal_moves_and_ranges(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run_ranges(text) == expected


# Never a move event (docs/move-events.md): yields, turnover, baskets, market value, forecasts, deliveries.
NEVER = [
    "The yield on the 10-year Treasury rose 2.3%.",
    "Turnover on the Hang Seng rose 12% to HK$100 billion.",
    "Volume on the Nikkei jumped 40%.",
    "The Magnificent Seven rose 2%.",
    "Tencent's market value rose 3% to $500 billion.",
    "Tencent's market capitalisation fell 4%.",
    "The Hang Seng Index is expected to rise 10% by year-end, analysts said.",
    "Nio delivered 20,000 vehicles, up 40% from a year earlier.",
    "Nio sales rose 40% YoY.",
    "The implied volatility of Hang Seng options was down 1.36% to 19.44.",
    "Tencent said its cloud segment grew 40%.",
    "Tencent saw traffic rise 5%.",
    "Tencent's ARPU rose 4%.",
    "Tencent has outperformed the index by 12%.",
    "Baidu underperformed the Hang Seng by 3% this year.",
]


@pytest.mark.parametrize("text", NEVER)
def test_never_a_move(text: str) -> None:
    assert run(text) == []


# Kept beside them: a move on an exchange, an aside with a reject word, a move after a data clause.
KEPT = [
    ("Tencent rose 2% on the Hang Seng.", [("0700.HK", "up", 2.0)]),
    ("Gains on the Hang Seng were led by Tencent, which rose 3%.", [("0700.HK", "up", 3.0)]),
    ("Nio, an electric vehicles maker, rose 2%.", [("9866.HK", "up", 2.0)]),
    ("Baidu said sales jumped 10%, and its shares rose 4%.", [("9888.HK", "up", 4.0)]),
    # a distractor inside an aside rejects the aside's figure only
    ("Tencent, whose gaming revenue grew 25%, rose 2%.", [("0700.HK", "up", 2.0)]),
    ("Tencent, which owns a stake in Meituan, rose 2%.", [("0700.HK", "up", 2.0)]),
    ("Tencent outperformed, rising 3%.", [("0700.HK", "up", 3.0)]),
]


@pytest.mark.parametrize(("text", "expected"), KEPT)
def test_kept_beside_distractors(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected
