"""Table-driven tests of the extractor, one row per phenomenon."""

from __future__ import annotations

from typing import Any

import pytest

from streams.model import Article
from tests.unit.extraction import EX


def s(key: str, direction: str, pct: float) -> tuple[Any, ...]:
    """A simple expected event: percent only, period day, not approximate."""
    return (key, direction, pct, None, None, None, "day", False)


def run(text: str) -> list[tuple[Any, ...]]:
    return [(e.instrument.key, e.direction, e.change_pct, e.change_points, e.level, e.currency, e.period,
             e.approx) for e in EX.extract(Article(id="t", body=text))]


CASES = [
    # simple
    ("Alibaba Group Holding surged 8.4%.", [s("9988.HK", "up", 8.4)]),
    ("BYD rose 3.6%.", [s("1211.HK", "up", 3.6)]),
    ("HSBC gained 1.5 per cent to HK$86.80.", [("0005.HK", "up", 1.5, None, 86.8, "HKD", "day", False)]),
    # points, percent and level
    ("The Hang Seng Index surged 1.43%, or 294.53 points, to close the day at 20,891.62.",
     [("HSI", "up", 1.43, 294.53, 20891.62, None, "day", False)]),
    ("The benchmark Hang Seng Index ended the day at 23,916.06, down 153.88 points or 0.64 percent.",
     [("HSI", "down", -0.64, -153.88, 23916.06, None, "day", False)]),
    # shared verbs and lists
    ("Meituan, XPeng up 5%.", [s("3690.HK", "up", 5.0),
                               s("9868.HK", "up", 5.0)]),
    ("China Mobile, China Telecom, and China Unicom rose 5.06 percent, 13.29 percent and 7.71 percent, "
     "respectively.", [s("0941.HK", "up", 5.06),
                       s("0728.HK", "up", 13.29),
                       s("0762.HK", "up", 7.71)]),
    ("Alibaba and Xiaomi climbed over 1% and 2%, respectively.",
     [("9988.HK", "up", 1.0, None, None, None, "day", True),
      ("1810.HK", "up", 2.0, None, None, None, "day", True)]),
    ("Li Auto rose 4.4%, Nio 3.9% and XPeng 2.7%.",
     [s("2015.HK", "up", 4.4), s("9866.HK", "up", 3.9),
      s("9868.HK", "up", 2.7)]),
    # coreference
    ("Alibaba led the gains on better-than-expected results. "
     "Shares of the e-commerce giant jumped by 14.6 percent.",
     [s("9988.HK", "up", 14.6)]),
    ("The Kospi rose 1.5% on Monday. The gauge has gained 8% this month.",
     [s("KOSPI", "up", 1.5), ("KOSPI", "up", 8.0, None, None, None, "month", False)]),
    # qualifiers and periods
    ("The Hang Seng Index soared as much as 4 percent.",
     [("HSI", "up", 4.0, None, None, None, "intraday", True)]),
    ("The Hang Seng Index climbed 0.7 per cent to 22,774.46 at 10.14am local time.",
     [("HSI", "up", 0.7, None, 22774.46, None, "intraday", False)]),
    ("The surge drove the Hang Seng Index up by 6.58 percent during this trading week.",
     [("HSI", "up", 6.58, None, None, None, "week", False)]),
    ("In the past five trading days, Pop Mart rose 5.06 percent.",
     [("9992.HK", "up", 5.06, None, None, None, "week", False)]),
    ("The Nikkei 225 has gained 12% so far this year.",
     [("N225", "up", 12.0, None, None, None, "ytd", False)]),
    ("The S&P 500 rose 23% in 2024.", [("SPX", "up", 23.0, None, None, None, "year", False)]),
    # tickers in text
    ("Semiconductor Manufacturing International or SMIC (HKG:0981, SHA:688981) surged 7%.",
     [s("0981.HK", "up", 7.0)]),
    ("Shares of Palantir Technologies (NASDAQ:PLTR) slid 7.8%.",
     [s("PLTR", "down", -7.8)]),
    ("9988.HK rose 2.5% to HK$132.10.", [("9988.HK", "up", 2.5, None, 132.1, "HKD", "day", False)]),
    ("Mixue Group (HKEX: 2097) rose 4%.", [s("2097.HK", "up", 4.0)]),
    # noun forms
    ("A 4.5% drop in JPMorgan shares weighed on the market.", [s("JPM", "down", -4.5)]),
    ("Tencent's 3% gain lifted sentiment.", [s("0700.HK", "up", 3.0)]),
    # absolute changes
    ("Intel rose 35 cents to $12.10.", [("INTC", "up", None, 0.35, 12.1, "USD", "day", False)]),
    ("The Dow fell 120 points.", [("DJI", "down", None, -120.0, None, None, "day", False)]),
    # ranges: no single percent, approximate (the bounds: test_extract_ranges.py)
    ("Longfor rose between 2% and 3%.", [("0960.HK", "up", None, None, None, None, "day", True)]),
    ("Longfor rose 2-3%.", [("0960.HK", "up", None, None, None, None, "day", True)]),
    # numbers in words
    ("HSBC rose five per cent.", [s("0005.HK", "up", 5.0)]),
    # earlier sessions: an event of their own, period day
    ("Alibaba rebounded 3.2% on Tuesday after a 2% slide on Monday.",
     [s("9988.HK", "up", 3.2), s("9988.HK", "down", -2.0)]),
    # flat without a stated figure: change_pct null
    ("The Straits Times Index ended unchanged at 3,512.40.",
     [("STI", "flat", None, None, 3512.4, None, "day", False)]),
    ("Britain's FTSE 100 was flat.", [("UKX", "flat", None, None, None, None, "day", False)]),
    # markets beyond Hong Kong
    ("The Shanghai Composite Index closed down 1.05 percent at 3,215.43.",
     [("SHCOMP", "down", -1.05, None, 3215.43, None, "day", False)]),
    ("China's blue-chip CSI 300 Index rose 0.9%.", [s("CSI300", "up", 0.9)]),
    ("The ChiNext Index, tracking start-ups, lost 0.36 percent.",
     [s("CHINEXT", "down", -0.36)]),
    ("Germany's DAX slipped 0.4%.", [s("DAX", "down", -0.4)]),
    ("Sony Group dropped 4.1% to ¥3,120.", [("6758.T", "down", -4.1, None, 3120.0, "JPY", "day", False)]),
    ("Airbus gained 3.3 percent to 172.50 euros.", [("AIR.PA", "up", 3.3, None, 172.5, "EUR", "day", False)]),
    ("Kweichow Moutai rose 1.8 percent to 1,560 yuan.",
     [("600519.SS", "up", 1.8, None, 1560.0, "CNY", "day", False)]),
    ("Shell rose 1.4% to £27.35.", [("SHEL.L", "up", 1.4, None, 2735.0, "GBX", "day", False)]),
    # sectors
    ("The CSI steel sub-index gained 0.58 percent.",
     [s("name:csi-steel-sub-index", "up", 0.58)]),
]

DISTRACTORS = [
    "Morgan Stanley lifted its year-end target for the Hang Seng Index to 24,000 from 19,400.",
    "Ngan said he expects that the HSI could reclaim last year's peak of around 23,200 points.",
    "China's growth target of around 5 per cent for the year has raised optimism.",
    "China will impose anti-dumping taxes of up to 34.9 percent from Saturday.",
    "Prosus cut its stake in Tencent to 23.9 percent.",
    "The combined turnover of these two indices stood at 1.43 trillion yuan, up from 1.31 trillion yuan.",
    "AI adoption is expected to boost the overall earnings of Chinese stocks by 2.5 percent annually.",
    "Tech companies raised HK$52 billion, a sevenfold increase from January.",
    "Chinese stocks saw a net inflow of $2 billion from overseas investors in January.",
    "Tencent said its net profit rose 47 percent in the second quarter.",
    "The Hang Seng Index topped the 24,000-point mark.",
    "Corporate IT budgets rose 8 percent, and ON average ALL firms expect NOW A rise of 3 percent.",
    "HSBC raised its dividend by 5 percent.",
    "Oil prices rose 80 cents to $78.40 a barrel.",
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_phenomenon(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize("text", DISTRACTORS, ids=[d[:40] for d in DISTRACTORS])
def test_distractor_yields_nothing(text: str) -> None:
    assert run(text) == []


def test_fields_are_filled_and_span_points_at_the_statement() -> None:
    from datetime import UTC, datetime

    published = datetime(2025, 2, 6, 8, 0, tzinfo=UTC)
    received = datetime(2025, 2, 6, 8, 1, tzinfo=UTC)
    article = Article(id="a1", headline="SMIC Soars 7% to Record High",
                      body="The Hang Seng Index surged 1.43%, or 294.53 points, to close at 20,891.62.",
                      source="wire", published_at=published, received_at=received)
    events = EX.extract(article)
    assert [e.instrument.key for e in events] == ["0981.HK", "HSI"]
    first, second = events
    assert article.text[first.span[0]:first.span[1]] == "SMIC Soars 7%"
    assert article.text[second.span[0]:second.span[1]].startswith("Hang Seng Index surged 1.43%")
    assert second.mention == "Hang Seng Index" and second.sentence.startswith("The Hang Seng Index")
    assert (second.published_at, second.received_at, second.source) == (published, received, "wire")
    assert second.instrument.kind == "index" and second.instrument.market == "HK"


def test_market_context_picks_the_listing() -> None:
    hk = EX.extract(Article(id="a", body="The Hang Seng Index rose 1%. Alibaba rose 2%."))
    us = EX.extract(Article(id="b", body="The S&P 500 rose 1%. Alibaba rose 2%."))
    assert hk[1].instrument.key == "9988.HK"
    assert us[1].instrument.key == "BABA"


def test_benchmark_resolves_by_market() -> None:
    events = EX.extract(Article(id="a", body="The Nikkei 225 fell 1%. The benchmark has lost 5% this month."))
    assert [(e.instrument.key, e.period) for e in events] == [("N225", "day"), ("N225", "month")]
