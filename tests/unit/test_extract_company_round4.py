"""Single-company stories, round 4, by class: a share word that names a measure or a count, not the company's
security ("its earnings per share", "the dividend per share", "its market share", "its shares outstanding", "its
share count", "its share buybacks", "Shares sold short", "Shares held by insiders", "its stock-based pay"); a move
before the bell is pre-market, an intraday move ("fell 2% before the bell", "ahead of the opening bell"); "by the
end of the day" says the session closed, so a story that opens on the open still gives the close its day.
Table-driven, one row a case; the passages are invented.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.extraction import rows_of

run = rows_of("instrument.name", "change_pct", "period")

LEAD = "Zeta Motors beats\nZeta Motors rose 3% on Monday. "
MONDAY = ("Zeta Motors", 3.0, "day")

CASES: list[tuple[str, list[tuple[Any, ...]]]] = [
    # a share word after "per" or "market" is a measure of the company, not its security
    (LEAD + "Its earnings per share rose 8%.", [MONDAY]),
    (LEAD + "The dividend per share rose 10% to 42 cents.", [MONDAY]),
    (LEAD + "Its adjusted profit per share climbed 6%.", [MONDAY]),
    (LEAD + "Its market share rose 2% in Europe.", [MONDAY]),
    (LEAD + "Its market share in China slipped 1.5% last year.", [MONDAY]),
    # a count of the company's shares or a dealing in them, named after the share word
    (LEAD + "Its shares outstanding fell 2% after buybacks.", [MONDAY]),
    (LEAD + "Its share count fell 2% last year.", [MONDAY]),
    (LEAD + "Its share buybacks rose 12% in the quarter.", [MONDAY]),
    (LEAD + "Shares sold short rose 8% in May.", [MONDAY]),
    (LEAD + "Shares held by insiders rose 4%.", [MONDAY]),
    (LEAD + "Shares changing hands jumped 40%.", [MONDAY]),
    # a share word joined by a hyphen to the next word is part of a modifier
    (LEAD + "Its stock-based compensation rose 12%.", [MONDAY]),
    (LEAD + "The share-based awards grew 9% last year.", [MONDAY]),
    # (the security itself still moves: a price, a sell-off, a market share named in another clause)
    (LEAD + "Its share price rose 2% on Tuesday.", [MONDAY, ("Zeta Motors", 2.0, "day")]),
    (LEAD + "Shares sold off 5% on Tuesday.", [MONDAY, ("Zeta Motors", -5.0, "day")]),
    (LEAD + "Its shares slid 5% on Tuesday after it said its market share fell.",
     [MONDAY, ("Zeta Motors", -5.0, "day")]),
    ("Zeta Motors beats\nZeta Motors reported earnings per share of $1.20. The stock rose 4% on Tuesday.",
     [("Zeta Motors", 4.0, "day")]),
    (LEAD + "The stock-market debut was strong. The stock gained 5% on Tuesday.",
     [MONDAY, ("Zeta Motors", 5.0, "day")]),
    # before the bell or the open: a pre-market move, intraday
    ("Zeta Motors beats\nZeta Motors shares fell 2.1% before the bell.", [("Zeta Motors", -2.1, "intraday")]),
    ("Zeta Motors beats\nThe stock of Zeta Motors slid 3.2% before the bell on Wednesday after the recall.",
     [("Zeta Motors", -3.2, "intraday")]),
    ("Zeta Motors beats\nZeta Motors shares were up 4% ahead of the opening bell on Tuesday.",
     [("Zeta Motors", 4.0, "intraday")]),
    ("Zeta Motors beats\nZeta Motors stock gained 4.5% before the open on Wall Street.",
     [("Zeta Motors", 4.5, "intraday")]),
    ("Zeta Motors beats\nZeta Motors stock gained 4.5% ahead of the open.", [("Zeta Motors", 4.5, "intraday")]),
    # (a time before something else is no session's start)
    ("Zeta Motors beats\nZeta Motors shares rose 2% on Tuesday ahead of the results.", [("Zeta Motors", 2.0, "day")]),
    (LEAD + "Its shares rose 2% on Tuesday before the company reported results.",
     [MONDAY, ("Zeta Motors", 2.0, "day")]),
    # "by the end of" the day or trading: the session closed; the opening move stays intraday
    ("Zeta Motors opened 16% higher. By the end of the day, Zeta Motors' stock had surged by 8.97% to HK$16.28.",
     [("Zeta Motors", 16.0, "intraday"), ("Zeta Motors", 8.97, "day")]),
    ("Zeta Motors beats\nZeta Motors shares opened 12% higher. By the end of trading, the stock had gained 7.5%.",
     [("Zeta Motors", 12.0, "intraday"), ("Zeta Motors", 7.5, "day")]),
    ("Zeta Motors beats\nZeta Motors shares were up 5% in early trade on Tuesday. By the end of the day, the shares "
     "had gained 3.1%.", [("Zeta Motors", 5.0, "intraday"), ("Zeta Motors", 3.1, "day")]),
    # (the end of a longer span is not the session's close)
    ("Zeta Motors beats\nZeta Motors shares opened 12% higher. By the end of the year, the stock had gained 70%.",
     [("Zeta Motors", 12.0, "intraday"), ("Zeta Motors", 70.0, "ytd")]),
]


SHARES = "Zeta Motors beats\nZeta Motors shares rose 5% on Monday. "
FIVE = ("Zeta Motors", 5.0, "day")

CASES += [
    # "it" or "they" after an opening phrase of time without a comma
    (SHARES + "On Tuesday they fell 3.1%.", [FIVE, ("Zeta Motors", -3.1, "day")]),
    (SHARES + "On Tuesday it fell 3.1%.", [FIVE, ("Zeta Motors", -3.1, "day")]),
    (SHARES + "Then they fell 3.1% on Tuesday.", [FIVE, ("Zeta Motors", -3.1, "day")]),
    (SHARES + "Yesterday they fell 3.1%.", [FIVE, ("Zeta Motors", -3.1, "day")]),
    (SHARES + "So far this year it has gained 30%.", [FIVE, ("Zeta Motors", 30.0, "ytd")]),
    (SHARES + "This year they have gained 30%.", [FIVE, ("Zeta Motors", 30.0, "ytd")]),
    (SHARES + "Since January it has gained 30%.", [FIVE, ("Zeta Motors", 30.0, "ytd")]),
    (SHARES + "Over the past year it has lost 20%.", [FIVE, ("Zeta Motors", -20.0, "year")]),
    (SHARES + "For the week they are up 9%.", [FIVE, ("Zeta Motors", 9.0, "week")]),
    ("Zeta Motors beats\nZeta Motors shares were up 5% in early trade on Tuesday. At the close they were 3.1% higher.",
     [("Zeta Motors", 5.0, "intraday"), ("Zeta Motors", 3.1, "day")]),
    ("Toyota shares rose 5% on Monday. On Tuesday they fell 3.1%.",
     [("Toyota Motor", 5.0, "day"), ("Toyota Motor", -3.1, "day")]),
    ("The Nikkei rose 1.2% on Monday. On Tuesday it fell 0.4%.",
     [("Nikkei 225", 1.2, "day"), ("Nikkei 225", -0.4, "day")]),
    # (no price move: a figure of the company's results, or a forecast; "they" names no index)
    (SHARES + "On Tuesday it said revenue rose 8%.", [FIVE]),
    (SHARES + "Last year it grew sales by 12%.", [FIVE]),
    (SHARES + "In March it cut prices by 10%.", [FIVE]),
    (SHARES + "Analysts said they expect a further 10% gain.", [FIVE]),
    ("The Nikkei rose 1.2% on Monday. On Tuesday they fell 0.4%.", [("Nikkei 225", 1.2, "day")]),
]

CASES += [
    # "opened" and "traded" link an unknown company to its adverb, as "closed" does
    ("Zeta Motors opened 16% higher on Tuesday.", [("Zeta Motors", 16.0, "intraday")]),
    ("Zeta Motors beats\nZeta Motors shares opened 16% higher on Tuesday.", [("Zeta Motors", 16.0, "intraday")]),
    ("Zeta Motors beats\nZeta Motors stock opened up 16% on Tuesday.", [("Zeta Motors", 16.0, "intraday")]),
    ("Zeta Motors beats\nZeta Motors Holdings opened 8% down in Hong Kong.",
     [("Zeta Motors Holdings", -8.0, "intraday")]),
    ("Zeta Motors beats\nZeta Motors traded 3.4% lower on Tuesday after the recall.", [("Zeta Motors", -3.4, "day")]),
    ("Zeta Motors beats\nZeta Motors opened 16% higher on Tuesday and closed up 9.5%.",
     [("Zeta Motors", 16.0, "intraday"), ("Zeta Motors", 9.5, "day")]),
    # (no figure and adverb after the verb: no move)
    ("Zeta Motors beats\nZeta Motors opened a new plant in Ohio, and said sales rose 4%.", []),
    ("Zeta Motors beats\nZeta Motors traded at $5 after results; revenue was 4% higher.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_company_round4(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected
