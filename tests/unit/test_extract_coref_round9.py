"""Coreference, round nine.

- a context reference right before a capitalised name only qualifies it ("The benchmark Kospi sat flat but it
  closed 1% higher", "the main index Nifty 50"): the name is the mention and the subject a pronoun after it
  names, never the article market's benchmark; a bare "the benchmark" still names that benchmark;
- capitalised words before a code of two to five capitals in brackets are a company the directory lacks, its
  ticker ("A contract win for Brightwell Engineering (BWEN) lifted the stock 0.6%"), which a reference after
  them names; not when the code is their initials, an abbreviation ("the European Central Bank (ECB)", "the
  Securities and Exchange Commission (SEC)"), nor after "the" (a currency: "the Cambodian Riel (KHR)").

Table-driven, one row a case; the passages are invented.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.extraction import rows_of

run = rows_of("instrument.key", "change_pct")


QUALIFIED: list[tuple[str, list[tuple[Any, ...]]]] = [
    ("Tokyo stocks rose. The benchmark Topix index sat flat early but it closed 1.0 per cent higher.",
     [("TOPIX", 1.0)]),
    ("Asian markets were mixed. The benchmark Kospi drifted in the morning, but it ended 0.8% higher.",
     [("KOSPI", 0.8)]),
    ("The benchmark S&P/ASX 200 index sat flat for much of Monday but a late push meant it closed 1.1 per "
     "cent higher.", [("XJO", 1.1)]),
    ("Indian shares slipped. The main index Nifty 50 was quiet at noon before it fell 0.6%.", [("NIFTY", -0.6)]),
    ("The benchmark Kospi rose 1.2%.", [("KOSPI", 1.2)]),
    # a bare reference still names the market's benchmark; a day after it is no name
    ("Tokyo stocks were steady. The benchmark rose 1%.", [("N225", 1.0)]),
    ("The Nikkei fell. The broader market Monday rose 1%.", []),
]


@pytest.mark.parametrize(("text", "expected"), QUALIFIED)
def test_reference_before_a_name_qualifies_it(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected


CODED: list[tuple[str, list[tuple[Any, ...]]]] = [
    ("Shares in Capita gained 1.4% to 655p. A contract win for Brightwell Engineering (BWEN) pushed the stock "
     "up 0.6% to 486p.", [("CPI.L", 1.4), ("name:brightwell-engineering", 0.6)]),
    ("Brightwell Engineering (BWEN) won a defence contract. The stock rose 2.5%.",
     [("name:brightwell-engineering", 2.5)]),
    ("Kestrel (KSTL) cut its outlook on Tuesday. Shares fell 8%.", [("name:kestrel", -8.0)]),
    ("Investors cheered a takeover bid for Orion Foster Wheel (ORFW). Its shares jumped 14%.",
     [("name:orion-foster-wheel", 14.0)]),
    # a known stock keeps its own instrument
    ("Tesco (TSCO) cut prices. The stock fell 2%.", [("TSCO.L", -2.0)]),
    # abbreviations and currencies are no stock
    ("The European Central Bank (ECB) held rates. Shares rose 0.4%.", []),
    ("The Bank of Japan (BOJ) held rates. The stock rose 0.4%.", []),
    ("Regulators at the Securities and Exchange Commission (SEC) opened a probe. The stock fell 4%.", []),
    ("Prices were stable, the Consumer Price Index (CPI) showed. Shares fell 2%.", []),
    ("The Cambodian Riel (KHR) had the greatest depreciation, falling 0.59%.", []),
]


@pytest.mark.parametrize(("text", "expected"), CODED)
def test_name_before_a_code_in_brackets(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected
