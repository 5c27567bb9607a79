"""Index families of the directory: MSCI regional gauges, smaller Asia-Pacific benchmarks, the Reuters phrases
for the H-share and Shenzhen gauges; and the matcher rules that let such names be found.

Table-driven, one row a case; the passages are invented (index names are real, the figures are not).
"""

from __future__ import annotations

from typing import Any

import pytest

from streams.directory import Directory
from streams.extract import Extractor
from streams.model import Article
from tests.unit.extraction import rows_of

run = rows_of("instrument.key", "direction", "change_pct")


CASES: list[tuple[str, list[tuple[Any, ...]]]] = [
    ("MSCI's broadest index of Asia-Pacific shares outside Japan slipped 0.7% on Monday.", [("MXAPJ", "down", -0.7)]),
    ("MSCI’s broadest index of Asia-Pacific shares outside Japan rose 1.25%.", [("MXAPJ", "up", 1.25)]),
    ("Elsewhere, MSCI's Asia ex-Japan stock index was firmer by 0.52 per cent.", [("MXASJ", "up", 0.52)]),
    ("The MSCI Asia-Pacific Index climbed 2.3 percent.", [("MXAP", "up", 2.3)]),
    ("The MSCI World index lost 0.4% while bonds rallied.", [("MXWO", "down", -0.4)]),
    ("MSCI's emerging markets index added 1.1% on the day.", [("MXEF", "up", 1.1)]),
    ("New Zealand's NZX 50 closed 0.6% lower at 11,902.40.", [("NZ50", "down", -0.6)]),
    ("The S&P/NZX 50 index rose 0.3 per cent.", [("NZ50", "up", 0.3)]),
    ("Thailand's SET index fell 1.4% and the Jakarta Composite gained 0.2%.",
     [("SETI", "down", -1.4), ("JKSE", "up", 0.2)]),
    ("The PSE Composite Index dropped 0.9 percent.", [("PSEI", "down", -0.9)]),
    ("Malaysia's FTSE Bursa Malaysia KLCI edged up 0.1%.", [("KLCI", "up", 0.1)]),
    ("Vietnam's benchmark VN-Index rose 1.8% on Tuesday.", [("VNINDEX", "up", 1.8)]),
    # the NSE sector family
    ("Nifty PSE was the top loser, falling 3.1%, while Nifty Oil and Gas and Nifty Energy indices dropped by "
     "2.2 per cent and 1.9 per cent, respectively.",
     [("NIFTYPSE", "down", -3.1), ("NIFTYOILGAS", "down", -2.2), ("NIFTYENERGY", "down", -1.9)]),
    ("Nifty Infra and Nifty Healthcare rose 0.4% and 0.6%.",
     [("NIFTYINFRA", "up", 0.4), ("NIFTYHEALTHCARE", "up", 0.6)]),
    # the Select Sector SPDR funds are sector gauges
    ("The Energy Select Sector SPDR (XLE) and the Utilities Select Sector SPDR (XLU) rose 2.1% and 0.3%, respectively.",
     [("XLE", "up", 2.1), ("XLU", "up", 0.3)]),
    # the index the members are compared with is no subject
    ("The Nifty IT and Nifty Metal sub-indices lagged the index, falling 2.1 percent and 1.5 percent, respectively.",
     [("NIFTYIT", "down", -2.1), ("NIFTYMETAL", "down", -1.5)]),
    ("Nifty IT outperformed the Nifty 50, rising 1.2%.", [("NIFTYIT", "up", 1.2)]),
    # the Reuters phrases of the China reports
    ("Chinese H-shares listed in Hong Kong fell 0.8 per cent to 10,120.55.", [("HSCEI", "down", -0.8)]),
    ("The smaller Shenzhen index was up 0.4 per cent.", [("SZSECOMP", "up", 0.4)]),
    ("The Shenzhen Composite Index fell 1.1%.", [("SZSECOMP", "down", -1.1)]),
    ("The Shenzhen Component Index rose 0.5%.", [("SZCOMP", "up", 0.5)]),
    # a directory name beginning inside a reference phrase ("the startup") is the subject
    ("Baidu rose 2.2%. The startup board ChiNext was down 1.3 percent.",
     [("9888.HK", "up", 2.2), ("CHINEXT", "down", -1.3)]),
    ("Baidu rose 2.2%, and the startup board ChiNext Composite index was weaker by 0.96 percent.",
     [("9888.HK", "up", 2.2), ("CHINEXT", "down", -0.96)]),
    # a reference phrase alone still names the last company
    ("Baidu rose 2.2%. The startup later fell 0.5 percent.", [("9888.HK", "up", 2.2), ("9888.HK", "down", -0.5)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_index_families(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected


def test_a_benchmark_phrase_of_a_market_without_a_local_index_word() -> None:
    # "the benchmark" in a New Zealand report is the NZX 50
    text = "The NZX 50 rose 0.2%. Tarnwick Health led the benchmark higher. The benchmark gained 0.2% for the week."
    assert ("NZ50", "up", 0.2) in run(text)


_ROWS = [("", "S&Q 700", "index", "US", "S&Q|benchmark S&Q 700"), ("", "S&Q/NZ 50 Index", "index", "NZ", "S&Q/NZ 50"),
         ("", "Brixo Inc.", "stock", "JP", "Brixo")]


@pytest.mark.parametrize(("text", "expected"), [
    # a longer name fails after its first words: the search begins again where a name inside it starts
    ("the benchmark S&Q/NZ 50 index rose", ["S&Q/NZ 50 index"]),
    ("the benchmark S&Q/NZ 50 rose", ["S&Q/NZ 50"]),
    # and finds the shorter name there when no longer one starts there
    ("the benchmark S&Q fell", ["S&Q"]),
    ("the benchmark S&Q 700 fell", ["benchmark S&Q 700"]),
    ("a benchmark Brixo and S&Q/NZ 50", ["Brixo", "S&Q/NZ 50"]),
])
def test_a_name_inside_a_failed_longer_name_starts_a_new_search(text: str, expected: list[str]) -> None:
    engine = Extractor(Directory.from_rows(_ROWS)).engine
    assert [text[a:b] for a, b, _ in engine.find_names(text, 0, len(text))] == expected


_CODE_ROWS = [("QKZ", "Quillmere Kinzoku Co Ltd", "stock", "US", "Quillmere Kinzoku"),
              ("5799.T", "Quillmere Mining & Smelting", "stock", "JP", ""),
              ("", "Brixo Inc.", "stock", "JP", "Brixo")]


@pytest.mark.parametrize(("text", "expected"), [
    # an exchange-suffixed code right after a name is that name's code: one subject
    ("Quillmere Kinzoku 5799.T, a maker of foils, surged 19%.", [("5799.T", "Quillmere Kinzoku", 19.0)]),
    ("Quillmere Kinzoku 5799.T surged 19%.", [("5799.T", "Quillmere Kinzoku", 19.0)]),
    # a code alone, and a code after a comma, stay subjects of their own
    ("5799.T surged 19%.", [("5799.T", "5799.T", 19.0)]),
    ("Brixo, 5799.T rose 2% and 3%.", [("name:brixo-inc", "Brixo", 2.0), ("5799.T", "5799.T", 3.0)]),
])
def test_a_code_after_a_name_is_the_name_s_code(text: str, expected: list[tuple[Any, ...]]) -> None:
    extractor = Extractor(Directory.from_rows(_CODE_ROWS))
    assert [(e.instrument.key, e.mention, e.change_pct) for e in extractor.extract(Article(id="t", body=text))] \
        == expected
