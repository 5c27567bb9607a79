"""Hong Kong company names as newsrooms write them, resolved against the built directory: HKEX short names
with their abbreviations written out ("NEW WORLD DEV" is "New World Development", "BANK OF E ASIA" is "Bank
of East Asia"), and former names that news keeps using ("Cheung Kong" for CK Hutchison's code 0001, "Meituan
Dianping", "Ctrip", "COSCO Pacific"), while a former name's short form that a current company holds stays that
company's.

Table-driven, one row a case; the passages are invented (the companies and codes are real directory rows).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from streams.model import Article
from tests.unit.extraction import EX

PUBLISHED = datetime(2026, 6, 10, 15, 0, tzinfo=UTC)


def run(text: str) -> list[tuple[Any, ...]]:
    article = Article(id="t", body=text, headline=None, published_at=PUBLISHED)
    return [(e.instrument.key, e.change_pct) for e in EX.extract(article)]


CASES: list[tuple[str, list[tuple[Any, ...]]]] = [
    # --- HKEX short names whose abbreviations news writes out ---
    ("New World Development slid 3.1 per cent to HK$8.20 in Hong Kong.", [("0017.HK", -3.1)]),
    ("Bank of East Asia gained 1.4 percent after its results.", [("0023.HK", 1.4)]),
    ("Hysan Development added 0.9% and Hang Lung Properties lost 1.2%.", [("0014.HK", 0.9), ("0101.HK", -1.2)]),
    ("China Resources Power rose 2.2% on Thursday.", [("0836.HK", 2.2)]),
    ("AAC Technologies tumbled 6.5% after the handset maker cut its forecast.", [("2018.HK", -6.5)]),
    ("Shares of China Merchants Port fell 1.1%.", [("0144.HK", -1.1)]),
    # --- former names ---
    ("Cheung Kong fell 0.8 percent to HK$101.5.", [("0001.HK", -0.8)]),
    ("Cheung Kong Infrastructure rose 1.5 percent.", [("1038.HK", 1.5)]),
    ("Meituan Dianping jumped 4.2% in Hong Kong.", [("3690.HK", 4.2)]),
    ("Ctrip.com slipped 2.3% after the travel data.", [("9961.HK", -2.3)]),
    ("COSCO Pacific advanced 1.9 percent.", [("1199.HK", 1.9)]),
    ("Yanzhou Coal Mining rose 3 percent as coal prices climbed.", [("1171.HK", 3.0)]),
    ("China Molybdenum gained 2.6%.", [("3993.HK", 2.6)]),
    # (a former name's short form that another company holds is not the renamed company's)
    ("China Merchants Bank rose 1.3%.", [("3968.HK", 1.3)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_hk_company_names(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected


def run_mentions(text: str) -> list[tuple[Any, ...]]:
    article = Article(id="t", body=text, headline=None, published_at=PUBLISHED)
    return [(e.instrument.key, e.change_pct, e.mention) for e in EX.extract(article)]


# A stated HK code names the company: the code in brackets after the name wins over a directory name of another
# listing (the A-share line, a shorter name), and words that carry the name on before the code are the name.
TICKER_CASES: list[tuple[str, list[tuple[Any, ...]]]] = [
    # a suffix code in brackets right after the name
    ("Tencent (0700.HK) fell 2%.", [("0700.HK", -2.0, "Tencent")]),
    ("Lens Technology (06613.HK) slid 3.6% in Hong Kong.", [("6613.HK", -3.6, "Lens Technology")]),
    # the directory knows a shorter name ("BYD"): the words up to the code are the name, the code the company
    ("BYD Electronics (00285.HK) dropped 2.4% on the handset news.", [("0285.HK", -2.4, "BYD Electronics")]),
    ("Shares of Tencent Music Entertainment (1698.HK) rose 4%.",
     [("1698.HK", 4.0, "Tencent Music Entertainment")]),
    # an exchange label in brackets, the code without its zeros
    ("Tencent Holdings (HKG: 700) gained 1.5%.", [("0700.HK", 1.5, "Tencent Holdings")]),
    # codes written without leading zeros, alone or after the name
    ("Shares of 700.HK fell 2%.", [("0700.HK", -2.0, "700.HK")]),
    ("Tencent (700.HK) rose 1.1%.", [("0700.HK", 1.1, "Tencent")]),
    # lower-case words or punctuation between a name and a code keep them apart
    ("Tencent said Alibaba (9988.HK) fell 2%.", [("9988.HK", -2.0, "Alibaba")]),
]


@pytest.mark.parametrize(("text", "expected"), TICKER_CASES)
def test_hk_codes_name_the_company(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run_mentions(text) == expected


# A market phrase right after a company's possessive is the company's own line, not the market's benchmark.
POSSESSIVE_CASES: list[tuple[str, list[tuple[Any, ...]]]] = [
    ("Alibaba's Hong Kong shares fell 3.2% on Monday.", [("9988.HK", -3.2)]),
    ("BYD's Hong Kong stock slid 1.7%.", [("1211.HK", -1.7)]),
    ("Tencent's shares in Hong Kong rose 0.9%.", [("0700.HK", 0.9)]),
    # the market phrase alone, or after a possessive that is no company, is the benchmark
    ("Hong Kong shares fell 1.3%.", [("HSI", -1.3)]),
    ("Investors' Hong Kong shares fell 1.3%.", [("HSI", -1.3)]),
    ("Japan's Nikkei rose 0.4%.", [("N225", 0.4)]),
]


@pytest.mark.parametrize(("text", "expected"), POSSESSIVE_CASES)
def test_a_company_possessive_keeps_its_market_phrase(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected
