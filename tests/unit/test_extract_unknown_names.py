"""Companies the directory lacks: a capitalised name that is the subject of a move with a percent is an event
keyed by its name, with no symbol; ordinary capitalised words, places, months, market words are not."""

from __future__ import annotations

import pytest

from streams.model import Article
from tests.unit.extraction import EX, rows_of

run = rows_of("instrument.name", "instrument.symbol", "direction", "change_pct")


@pytest.mark.parametrize(("text", "expected"), [
    ("Quillmere Foods jumped 7.2% on Tuesday.", [("Quillmere Foods", None, "up", 7.2)]),
    ("Shares of Varnholt Power rose 3% after the results.", [("Varnholt Power", None, "up", 3.0)]),
    ("Brasswick Holdings slid 4.1 per cent.", [("Brasswick Holdings", None, "down", -4.1)]),
    ("Tarnell Group shares fell 2.5 percent in early trade.", [("Tarnell Group", None, "down", -2.5)]),
    ("Profits were strong, with Kelbrook gaining 1.9 per cent.", [("Kelbrook", None, "up", 1.9)]),
    ("Insurers were mixed and Bank of Ostravel climbed 1.1%.", [("Bank of Ostravel", None, "up", 1.1)]),
    ("Volume was thin, and Morrow & Pike Ltd lost 0.6%.", [("Morrow & Pike Ltd", None, "down", -0.6)]),
    ("On Monday Quillmere Foods rose 2%.", [("Quillmere Foods", None, "up", 2.0)]),
    # a possessive of a company's name is still its name
    ("Volume was thin and Quillmere Foods's shares rose 2%.", [("Quillmere Foods", None, "up", 2.0)]),
    ("Brasswick Holdings rose 3% on New Year's Eve.", [("Brasswick Holdings", None, "up", 3.0)]),
    # exchange labels and tickers in brackets between the name and its verb
    ("Banks rose, and Quillmere Foods (HK:) rose 3.1%.", [("Quillmere Foods", None, "up", 3.1)]),
    ("Volume was thin, and Varnholt Power (HK:)(NASDAQ:) rose 6%.", [("Varnholt Power", None, "up", 6.0)]),
    ("Brasswick Holdings (ETR: ) declined 2.08%.", [("Brasswick Holdings", None, "down", -2.08)]),
    ("Tarnell Group (NYSE: TRNL) rose 4%.", [("Tarnell Group", "TRNL", "up", 4.0)]),
    # an adverb after a name with a company suffix; words that are no name alone inside such a name
    ("Gains were led by Quillmere Foods Co Ltd up by 9.9 per cent.", [("Quillmere Foods Co Ltd", None, "up", 9.9)]),
    ("Later, Ostravel Real Estate Co Ltd down 4.2%.", [("Ostravel Real Estate Co Ltd", None, "down", -4.2)]),
    ("Shenzhen Varnholt Energy Holdings rose 3%.", [("Varnholt Energy Holdings", None, "up", 3.0)]),
    # a legal form abbreviated with a period right before the verb
    ("Quillmere Foods Inc. fell 1.18 percent.", [("Quillmere Foods Inc", None, "down", -1.18)]),
    ("In banking, Ostravel Financial Holding Co. rose 1.5 percent to NT$23.75.",
     [("Ostravel Financial Holding Co", None, "up", 1.5)]),
    ("Varnholt Power Corp. was down 2.2% at midday.", [("Varnholt Power Corp", None, "down", -2.2)]),
    ("Tarnell Metals Ltd. closed 3.4 per cent lower.", [("Tarnell Metals Ltd", None, "down", -3.4)]),
    # a possessive with a curly apostrophe before "share price" or "shares"
    ("Quillmere Foods\u2019s share price surged 3 per cent.", [("Quillmere Foods", None, "up", 3.0)]),
    ("Brasswick Holdings\u2019 shares fell 2.5%.", [("Brasswick Holdings", None, "down", -2.5)]),
    ("After the results, Varnholt Power\u2019s share price slid 4%.", [("Varnholt Power", None, "down", -4.0)]),
    # a place's possessive before the name is no part of it
    ("Shares in Australia's Quillmere Foods Ltd jumped 6%.", [("Quillmere Foods Ltd", None, "up", 6.0)]),
    ("Japan's Varnholt Motor Co fell 2.2% on Monday.", [("Varnholt Motor Co", None, "down", -2.2)]),
    ("Traders said Seoul's Kelbrook rose 3.4%.", [("Kelbrook", None, "up", 3.4)]),
    ("Europe's Brasswick Holdings slid 1.7 per cent.", [("Brasswick Holdings", None, "down", -1.7)]),
    # the same name twice in one article is one instrument
    ("Quillmere Foods rose 2%. Later Quillmere Foods fell 1%.",
     [("Quillmere Foods", None, "up", 2.0), ("Quillmere Foods", None, "down", -1.0)]),
])
def test_a_company_the_directory_lacks(text: str, expected: list[tuple[str, str | None, str, float]]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize("text", [
    "Stocks rose 2% on Tuesday.",
    "Shares jumped 3% at the open.",
    "Kelbrook rose 3%.",  # one word opening the sentence: any capitalised word could stand there
    "January Sales rose 4%.",
    "Mr Kelbrook said revenue rose 4%.",
    "The Index rose 1.2%.",
    "In Europe, Brent Crude rose 2%.",
    "Over the week, Gold jumped 1.3%.",
    "Against the yen, the Dollar fell 0.4%.",
    "Analysts said gross NPAs increased 2.6% in the quarter.",
    "The rally lifted H-shares, which rose 1.1%.",
    "Chinese Equities slipped 0.9%.",
    "Group Holdings rose 5%.",
    "Inc. rose 5%.",  # a legal form alone is no name
    "The U.S. rose 2%.",
    "Net Interest Income (NII) rose 6.4% to 32,615 crore.",
    "Net Profit up 12% in the quarter.",  # an adverb needs a company suffix
    "In Asia, Real Estate Ltd rose 2%.",  # only words that are no name, before the suffix
    "Quillmere Foods rose 20 points.",  # no percent figure: not taken without the directory
    "Quillmere Foods said sales rose 7%.",  # the subject of "rose" is sales
    # a possessive of a word that is no name ends no name: holidays
    "Footfall over the festive weeks and New Year's was up 6.3% on a year earlier.",
    "Sales in the days around New Year’s rose 4.2%.",
    "Trading over New Year's Eve fell 3%.",
])
def test_not_a_company(text: str) -> None:
    assert run(text) == []


@pytest.mark.parametrize("text", [
    "Materials dropped 2.2 per cent.",
    "Healthcare Stocks fell 1.5%.",
    "Consumer Staples lost 1.4%.",
    "Real Estate gained 0.8%.",
])
def test_a_sector_is_no_company(text: str) -> None:
    # a sector name is a sector (tests/unit/test_extract_sectors.py), never a company the directory lacks
    assert [e.instrument.kind for e in EX.extract(Article(id="t", body=text))] == ["sector"]


@pytest.mark.parametrize(("text", "symbol"), [
    ("Elsewhere, Quillmere Foods 3436.T tanked 5.1%.", "3436.T"),  # the stated ticker, one event
    ("Elsewhere, Quillmere Foods 9999.T tanked 5.1%.", None),  # an unknown code: the name
])
def test_a_ticker_after_the_name(text: str, symbol: str | None) -> None:
    assert [(e.instrument.symbol, e.change_pct) for e in EX.extract(Article(id="t", body=text))] == [(symbol, -5.1)]


@pytest.mark.parametrize(("text", "expected"), [
    # a list entry: the stock's name opening the line, a dash, and a sentence whose reference names it
    ("Quillmere Foods — Shares of the retailer rose 18.9% after results.", [("Quillmere Foods", None, "up", 18.9)]),
    ("Brasswick — The miner slid 4.2% after a profit warning.", [("Brasswick", None, "down", -4.2)]),
    ("Tarnell Group – Shares of the insurer fell 2.5% on the day.", [("Tarnell Group", None, "down", -2.5)]),
    ("Kelbrook — Shares soared 11% after the packaging company beat forecasts.", [("Kelbrook", None, "up", 11.0)]),
    # no entry: a common word before the dash, no reference after it
    ("Markets — Stocks rose 2% on Tuesday.", []),
    ("Overall — Shares rose 2% on the day.", []),
])
def test_a_dash_entry_names_its_stock(text: str, expected: list[tuple[str, str | None, str, float]]) -> None:
    assert run(text) == expected
