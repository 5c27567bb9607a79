"""Directory build rules of round names9: a small foreign company's initials that are a large US company's
ticker are not generated ("GME" of a Hong Kong GME Group is GameStop's), names shrink past a word of the
trade news leaves out ("Ulta Beauty" is "Ulta", "Howmet Aerospace" "Howmet"), and a large company's one word of
two parts is written apart too ("PetroChina" is "Petro China"); and the engine on the built
directory: a bare large-cap US ticker is no longer a small Hong Kong or Japanese company, and an index code
after an index's name stays that index's.

Table-driven; the companies in the build tests are invented, the engine passages are invented.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.unit.extraction import rows_of

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"
sys.path.insert(0, str(SCRIPTS))

from build_directory import DEFAULT_RULES, Rules, drop_us_tickers, name_variants, us_leaders  # noqa: E402
from directory_sources import Listing  # noqa: E402


@pytest.fixture(scope="module")
def rules(tmp_path_factory: pytest.TempPathFactory) -> Rules:
    path = tmp_path_factory.mktemp("words") / "words"
    path.write_text("snap\ntarget\nbeauty\nblack\nrock\n", encoding="utf-8")
    return Rules.load(path, DEFAULT_RULES)


def _row(symbol: str, name: str, market: str, surfaces: list[str], large: bool = False,
         ) -> tuple[Listing, str, list[str]]:
    return Listing(symbol, name, market, large=large), name, surfaces


@pytest.mark.parametrize(
    ("foreign", "large", "leaders", "kept"),
    [
        # a small company's initials that a large US company trades under go
        (("8999.HK", "QRX GROUP", "HK", ["QRX Group", "QRX"]), False, {"QRX"}, ["QRX Group"]),
        (("9999.T", "QRX Holdings Inc.", "JP", ["QRX Holdings", "QRX"]), False, {"QRX"}, ["QRX Holdings"]),
        # a large company keeps its own initials
        (("QRX.AX", "QRX Group", "AU", ["QRX"]), True, {"QRX"}, ["QRX"]),
        # a US ticker of no large company takes nothing
        (("8999.HK", "QRX GROUP", "HK", ["QRX Group", "QRX"]), False, set(), ["QRX Group", "QRX"]),
        # a word in title case is no ticker ("Qrx" of a continental name)
        (("QRX.PA", "Qrx SA", "FR", ["Qrx"]), False, {"QRX"}, ["Qrx"]),
    ],
)
def test_large_us_tickers_are_not_small_foreign_initials(foreign: tuple[str, str, str, list[str]], large: bool,
                                                          leaders: set[str], kept: list[str]) -> None:
    symbol, name, market, surfaces = foreign
    built = {
        "us": [_row("QRX", "Quarex Retail Corporation", "US", ["Quarex Retail", "Quarex"])],
        "other": [_row(symbol, name, market, list(surfaces), large=large)],
    }
    drop_us_tickers(built, leaders)
    assert built["other"][0][2] == kept
    assert built["us"][0][2] == ["Quarex Retail", "Quarex"]


def test_the_same_company_keeps_its_ticker_and_funds_lend_none() -> None:
    built = {
        "us": [_row("QRX", "QRX Group plc", "US", []), _row("ZTF", "Zeta Total Return Fund", "US", [])],
        "uk": [_row("QRX.L", "QRX Group plc", "UK", ["QRX"]), _row("ZTF.L", "ZTF Holdings plc", "UK", ["ZTF"])],
    }
    drop_us_tickers(built, {"QRX", "ZTF"})
    assert [row[2] for row in built["uk"]] == [["QRX"], ["ZTF"]]


def test_us_leaders_are_the_first_of_the_sec_list(tmp_path: Path) -> None:
    (tmp_path / "us").mkdir()
    data = {str(k): {"cik_str": k, "ticker": tk, "title": tk} for k, tk in enumerate(["AAA", "BBB", "CCC"])}
    (tmp_path / "us" / "company_tickers.json").write_text(json.dumps(data), encoding="utf-8")
    assert us_leaders(tmp_path, 2) == {"AAA", "BBB"}


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Quarex Beauty, Inc.", ["Quarex Beauty Inc.", "Quarex Beauty", "Quarex"]),
        ("Vantrel Aerospace Inc.", ["Vantrel Aerospace", "Vantrel"]),
        ("Morrow Automotive Limited", ["Morrow Automotive", "Morrow"]),
        ("Kelvox Biopharma AB", ["Kelvox Biopharma", "Kelvox"]),
        ("Target Apparel Inc.", ["Target Apparel"]),  # what is left must be a name of its own
    ],
)
def test_trade_words_news_leaves_out(rules: Rules, name: str, expected: list[str]) -> None:
    assert name_variants(name, rules, True, True) == expected


@pytest.mark.parametrize(
    ("name", "large", "expected"),
    [
        # a large company's one word of two parts is written apart too
        ("PetroVanta Limited", True, ["PetroVanta", "Petro Vanta"]),
        ("KorvexZentra PLC", True, ["KorvexZentra", "Korvex Zentra"]),
        # not a small company's, nor two ordinary words, nor parts of fewer than four letters
        ("PetroVanta Limited", False, ["PetroVanta"]),
        ("BlackRock Inc.", True, ["BlackRock"]),
        ("PayVanta Inc.", True, ["PayVanta"]),
    ],
)
def test_two_part_words_written_apart(rules: Rules, name: str, large: bool, expected: list[str]) -> None:
    assert name_variants(name, rules, True, large) == expected


run = rows_of("instrument.key", "instrument.kind", "change_pct")

ENGINE: list[tuple[str, list[tuple[Any, ...]]]] = [
    # large-cap US tickers, bare: never a small Hong Kong or Japanese company's initials
    ("GME jumped 9% in New York on Tuesday.", []),
    ("Shares of KHC fell 2.4% after the food maker's results.", [("name:khc", "stock", -2.4)]),
    ("MRK rose 1.1% on Wednesday.", []),
    # an index code in brackets after the index's name is that index
    ("The Nasdaq Composite ($COMPX) rose 1.2% to 15,400.12.", [("IXIC", "index", 1.2)]),
    ("The Nasdaq Composite Index (COMPX) slipped 0.6% on Monday.", [("IXIC", "index", -0.6)]),
    ("$COMPX fell 2.1% on the day.", [("IXIC", "index", -2.1)]),
    ("The S&P 500 (^GSPC) gained 0.5% to 4,500.", [("SPX", "index", 0.5)]),
    ("The FTSE 100 (.FTSE) slipped 0.3% to 7,600.", [("UKX", "index", -0.3)]),
    # (the company whose name the code spells keeps it)
    ("CompX International rose 5% after results.", [("CIX", "stock", 5.0)]),
    # short forms past a trade word
    ("Ulta fell 6% on weak guidance.", [("ULTA", "stock", -6.0)]),
    ("Shares of Howmet rose 3.2% on Thursday.", [("HWM", "stock", 3.2)]),
    ("Nexteer jumped 7.5% in Hong Kong.", [("1316.HK", "stock", 7.5)]),
    # two-part names written apart, a former name, a word allowed back as a name
    ("Petro China slid 0.8 percent to 7.10 HK dollars.", [("0857.HK", "stock", -0.8)]),
    ("Astra Zeneca gained 2.2% after the drug trial results.", [("AZN.L", "stock", 2.2)]),
    ("Shares of Arcelor Mittal fell 3.4% in Amsterdam.", [("MT.AS", "stock", -3.4)]),
    ("Facebook rose 4.1% after the social network's earnings.", [("META", "stock", 4.1)]),
    ("Corning climbed 5.3% on strong fibre demand.", [("GLW", "stock", 5.3)]),
]


@pytest.mark.parametrize(("text", "expected"), ENGINE)
def test_engine_on_the_built_directory(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected
