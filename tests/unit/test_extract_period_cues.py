"""Table-driven tests of the article-level period cues: an article written at the midday break, at lunch, in early
or morning trade or "as of" a clock time has its same-day moves `intraday`; a closing wrap (a close said in its
lead, "closed", "ends", "to finish") keeps its moves `day`, even where it looks back at the morning or the
midday break; a close of the midday break ("the midday close", "closed the morning session") is no close.

The passages are written for these tests (the instruments are directory entries, the sentences invented), in
the styles of Hong Kong, China, Japan, India and US market reports.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from streams.model import Article
from tests.unit.extraction import EX


def periods(text: str) -> list[tuple[str, float | None, str]]:
    article = Article(id="t", body=text, published_at=datetime(2025, 6, 4, tzinfo=UTC))
    return [(e.instrument.key, e.change_pct, e.period) for e in EX.extract(article)]


SNAPSHOTS = [
    # Hong Kong: the midday break, lunch, the morning session, and its "close"
    ("At lunch, the Hang Seng Index was up 0.8%.\n\nTencent Holdings rose 1.9%.",
     [("HSI", 0.8, "intraday"), ("0700.HK", 1.9, "intraday")]),
    ("At the midday close of Hong Kong stocks, the Hang Seng Index rose 1.1%.\n\nTencent Holdings rose 2.4%.",
     [("HSI", 1.1, "intraday"), ("0700.HK", 2.4, "intraday")]),
    ("The Hang Seng Index was down 1.3% at the morning close.\n\nMeituan lost 1.2%.",
     [("HSI", -1.3, "intraday"), ("3690.HK", -1.2, "intraday")]),
    ("The Hang Seng Index ended the morning session 1.3% lower.\n\nMeituan lost 1.2%.",
     [("HSI", -1.3, "intraday"), ("3690.HK", -1.2, "intraday")]),
    ("The Hang Seng Index closed the morning session down 1.3%.\n\nMeituan lost 1.2%.",
     [("HSI", -1.3, "intraday"), ("3690.HK", -1.2, "intraday")]),
    ("Hang Seng falls 1.3% at midday\n\nMeituan lost 1.2% and Tencent Holdings slipped 0.4%.",
     [("HSI", -1.3, "intraday"), ("3690.HK", -1.2, "intraday"), ("0700.HK", -0.4, "intraday")]),
    ("As of 10:30 am local time, the Hang Seng Index was 0.4% higher.\n\nMeituan rose 3.2%.",
     [("HSI", 0.4, "intraday"), ("3690.HK", 3.2, "intraday")]),
    # China, Japan, India, US
    ("China stocks were higher at the midday break. The Shanghai Composite index rose 0.4% to 3,210.\n\n"
     "The CSI 300 gained 0.6%.", [("SHCOMP", 0.4, "intraday"), ("CSI300", 0.6, "intraday")]),
    ("By the midday break, the Nikkei share average had risen 0.9%.\n\nSony Group gained 2.1%.",
     [("N225", 0.9, "intraday"), ("6758.T", 2.1, "intraday")]),
    ("As of 11:45 a.m. IST, the Nifty 50 was up 0.3% at 22,400.\n\nThe Sensex rose 0.4%.",
     [("NIFTY", 0.3, "intraday"), ("SENSEX", 0.4, "intraday")]),
    ("Stocks climbed in afternoon trading. The S&P 500 rose 0.5%.\n\nApple rose 1.2%.",
     [("SPX", 0.5, "intraday"), ("AAPL", 1.2, "intraday")]),
    # the open's own move, in a sentence that goes on to the close
    ("The Hang Seng Index opened 1.1 percent higher and extended gains in the afternoon to end the session up "
     "240 points.", [("HSI", 1.1, "intraday")]),
]

WRAPS = [
    # a close said in the present or with "to" ends a snapshot: the lead's time is the morning's, looked back at
    ("Hang Seng ends 1.2% higher\n\nThe index had fallen in morning trade. Tencent Holdings added 2.1%.",
     [("HSI", 1.2, "day"), ("0700.HK", 2.1, "day")]),
    ("Hang Seng closes 1.2% higher\n\nThe Hang Seng Index had been up 1.9% at the midday break. "
     "Tencent Holdings added 2.1%.", [("HSI", 1.2, "day"), ("HSI", 1.9, "intraday"), ("0700.HK", 2.1, "day")]),
    ("Hang Seng ends higher after volatile session\n\nThe Hang Seng Index rose 1.2% after falling as much as 0.8% "
     "in the morning. Tencent Holdings added 2.1%.",
     [("HSI", 1.2, "day"), ("HSI", -0.8, "intraday"), ("0700.HK", 2.1, "day")]),
    ("The Hang Seng Index erased early losses to end 1.2% higher.\n\nTencent Holdings added 2.1%.",
     [("HSI", 1.2, "day"), ("0700.HK", 2.1, "day")]),
    # a time beside this session's close is its own move's
    ("The Sensex settled 0.4% higher, having fallen 0.6% in early trade.\n\nThe Nifty 50 rose 0.3%.",
     [("SENSEX", 0.4, "day"), ("SENSEX", -0.6, "intraday"), ("NIFTY", 0.3, "day")]),
    ("Shanghai stocks finishes higher\n\nThe Shanghai Composite index rose 0.7% after trading lower in the "
     "morning session. The CSI 300 gained 0.6%.", [("SHCOMP", 0.7, "day"), ("CSI300", 0.6, "day")]),
    ("The Nikkei share average finished 0.9% higher on Thursday, after trading lower earlier in the session.\n\n"
     "Sony Group gained 2.1%.", [("N225", 0.9, "day"), ("6758.T", 2.1, "day")]),
    ("Stocks reversed early losses to finish higher on Wednesday. The S&P 500 rose 0.5%.\n\nApple rose 1.2%.",
     [("SPX", 0.5, "day"), ("AAPL", 1.2, "day")]),
    # a morning session of another day (a holiday notice) makes no snapshot
    ("Hang Seng climbs 1.2% as tech rallies\n\nThe Hang Seng Index rose 1.2% to 25,100 on Friday. The exchange "
     "will open only for the morning session on Monday.\n\nTencent Holdings added 2.1%.",
     [("HSI", 1.2, "day"), ("0700.HK", 2.1, "day")]),
    # a week's end with "to end" is no day of its own: the week's period reaches it
    ("The Sensex rose 1.4% to end at 81,200, while the Nifty 50 gained 1.3% in the week.",
     [("SENSEX", 1.4, "week"), ("NIFTY", 1.3, "week")]),
    # "end" alone is no close
    ("At midday, the Hang Seng Index was up 0.6% as the end of the rate cycle neared.\n\nMeituan rose 1.5%.",
     [("HSI", 0.6, "intraday"), ("3690.HK", 1.5, "intraday")]),
]


@pytest.mark.parametrize(("text", "expected"), SNAPSHOTS)
def test_snapshot_article(text: str, expected: list[tuple[str, float | None, str]]) -> None:
    assert periods(text) == expected


@pytest.mark.parametrize(("text", "expected"), WRAPS)
def test_closing_wrap(text: str, expected: list[tuple[str, float | None, str]]) -> None:
    assert periods(text) == expected


SENTENCE_CUES = [
    # a span of a figure ("52-week range") or an extreme of the year ("year-to-date high") is no period of the move
    ("Orion Foods shares were down 1.6% at $7.63 on Monday, in a 52-week trading range of $6.23 to $8.46.",
     [("name:orion-foods", -1.6, "day")]),
    ("The Hang Seng China Enterprises Index jumped 1.8 percent, topping its previous year-to-date high.",
     [("HSCEI", 1.8, "day")]),
    ("The Nikkei share average rose 0.7% to a year-to-date peak.", [("N225", 0.7, "day")]),
    # ... while the period itself still counts
    ("Tencent Holdings has climbed 24% year-to-date.", [("0700.HK", 24.0, "ytd")]),
    ("The Sensex is up 6 per cent year to date, near its year-to-date high.", [("SENSEX", 6.0, "ytd")]),
    ("The S&P 500 rose 2.1% this week.", [("SPX", 2.1, "week")]),
    ("The Hang Seng Index fell 1.3 per cent over the week.", [("HSI", -1.3, "week")]),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCE_CUES)
def test_sentence_cue(text: str, expected: list[tuple[str, float | None, str]]) -> None:
    assert periods(text) == expected
