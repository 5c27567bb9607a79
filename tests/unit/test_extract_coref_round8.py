"""Coreference and single-company stories, round eight.

- a company the directory lacks whose name ends in "Bank" is a company ("Northgate Savings Bank slid ...
  Shares plunged 50%"); a central or development bank is no stock and states no move;
- a description of a company ("the chipmaker", "the Seoul-based brewer") may name a company the directory
  lacks, named before without a move; never a business quantity ("the chipmaker's revenue");
- a capitalised "Shares" after sentences whose stocks all stood in a phrase of place names the stock "the
  stock" would ("Sales at Greggs rose 10.9%. Shares were up 6.1%"); not after futures or an index;
- a stock named only as the employer of people ("led by HSBC chief ...", "Analysts at HSBC") does not take
  "the stock" from the story's company named before; a stock a sentence is about still does ("Investors piled
  into Sony").

Table-driven, one row a case; the passages are invented.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.extraction import rows_of

run = rows_of("instrument.key", "change_pct")


BANKS: list[tuple[str, list[tuple[Any, ...]]]] = [
    ("Northgate Savings Bank slid to a record low after S&P Global cut the lender's rating. Shares plunged "
     "as much as 50%.", [("name:northgate-savings-bank", -50.0)]),
    ("Pinecrest Community Bank cut its dividend on Tuesday. The stock fell 12% in New York.",
     [("name:pinecrest-community-bank", -12.0)]),
    ("Shares of Harbor Valley Bank jumped 8% after the lender beat forecasts.",
     [("name:harbor-valley-bank", 8.0)]),
    ("Harbor Valley Bank jumped 8% after the lender beat forecasts.", [("name:harbor-valley-bank", 8.0)]),
    # central and development banks state rates and forecasts, not moves
    ("Outlook\nThe World Bank cut its global growth forecast to 2.1%.", []),
    ("Rates\nThe European Central Bank raised rates by 0.25 percentage points.", []),
    ("Sydney\nThe Reserve Bank of Australia held rates steady, and the S&P/ASX 200 rose 0.4%.", [("XJO", 0.4)]),
    ("Sydney\nThe Reserve Bank held rates steady. Shares rose 0.4%.", []),
    ("Markets\nThe People's Bank of China cut the reserve ratio by 0.5%.", []),
]


@pytest.mark.parametrize(("text", "expected"), BANKS)
def test_bank_names(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected


DESCRIPTIONS: list[tuple[str, list[tuple[Any, ...]]]] = [
    ("Orion Technologies warned on margins. The chipmaker lost 7.5% by midday.",
     [("name:orion-technologies", -7.5)]),
    ("Kestrel Brewing Group said volumes slipped in Asia. The brewer fell 3.2% in London.",
     [("name:kestrel-brewing-group", -3.2)]),
    ("Hanbit Semiconductor Co posted a record profit. The Seoul-based chipmaker jumped 6%.",
     [("name:hanbit-semiconductor-co", 6.0)]),
    ("Harbor Valley Bank set aside more for bad loans. The lender's shares fell 4.1%.",
     [("name:harbor-valley-bank", -4.1)]),
    # a business quantity of the company, another company, a gauge
    ("Orion Technologies warned on margins. The chipmaker's revenue fell 7.5%.", []),
    ("Orion Technologies warned on margins. A chipmaker in Taiwan lost 7.5%.", []),
    ("Orion Technologies warned on margins. The index lost 1.5%.", []),
]


@pytest.mark.parametrize(("text", "expected"), DESCRIPTIONS)
def test_description_names_company_named_before(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected


SHARES_AFTER_PLACE: list[tuple[str, list[tuple[Any, ...]]]] = [
    ("Results\nSales at Greggs rose 10.9% in the quarter. Shares were up 6.1% at 586.8p.", [("GRG.L", 6.1)]),
    ("Results\nProfit at Barclays beat forecasts on Tuesday. Shares rose 3%.", [("BARC.L", 3.0)]),
    ("Results\nDemand for Unilever's soaps held up in Asia. Shares gained 1.5%.", [("ULVR.L", 1.5)]),
    # not the market's shares, nor after an index or futures
    ("Results\nSales at Greggs rose 10.9%. Shares in Asia fell 1%.", []),
    ("Results\nProfit at Barclays rose. The FTSE 100 fell 1%. Shares fell 2%.", [("UKX", -1.0)]),
    ("Results\nProfit at Barclays rose. Nikkei futures fell 1%. Shares fell 2%.", []),
]


@pytest.mark.parametrize(("text", "expected"), SHARES_AFTER_PLACE)
def test_shares_after_phrase_of_place(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected


EMPLOYERS: list[tuple[str, list[tuple[Any, ...]]]] = [
    ("Banks\nBarclays slid after S&P Global cut its rating. The talks, led by HSBC chief Noel Quinn, went on. "
     "The stock has lost 40% this year.", [("BARC.L", -40.0)]),
    ("Banks\nBarclays slid after a rating cut. The talks, led by JPMorgan Chase & Co. CEO Jamie Dimon, went on. "
     "The stock has lost 40% this year.", [("BARC.L", -40.0)]),
    ("Banks\nBarclays cut its forecast. Analysts at HSBC expect a weak year. The stock fell 4%.",
     [("BARC.L", -4.0)]),
    ("Banks\nBarclays cut its forecast on Monday. The plan was drawn up with Lloyds executives in London. "
     "The stock has lost 9% this year.", [("BARC.L", -9.0)]),
    # a stock the sentence is about, or "shares in" it, or the subject of a clause of time
    ("Banks\nToyota fell 1% on Monday. Investors piled into Sony on Tuesday. The stock rose 3%.",
     [("7203.T", -1.0), ("6758.T", 3.0)]),
    ("Banks\nBarclays cut its forecast. Shares in HSBC rose 2%. The stock has lost 9% this year.",
     [("HSBA.L", 2.0), ("HSBA.L", -9.0)]),
    ("Banks\nBarclays rose 1%. Gains came as Tesco, the grocer, rose 3%.", [("BARC.L", 1.0), ("TSCO.L", 3.0)]),
]


@pytest.mark.parametrize(("text", "expected"), EMPLOYERS)
def test_employer_keeps_story_company(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected
