"""The instrument directory: built-in data, user files, matching rules and explicit tickers."""

from __future__ import annotations

from pathlib import Path

import pytest

from streams.directory import Directory, find_tickers, normalize, normalize_symbol
from streams.errors import DirectoryError

BUILTIN = Directory.load()


def names(text: str, directory: Directory = BUILTIN) -> list[tuple[str, str]]:
    return [(text[m.start : m.end], m.candidates[0].key) for m in directory.find(text)]


@pytest.mark.parametrize(
    ("symbol", "kind", "market"),
    [
        ("9988.HK", "stock", "HK"),
        ("0700.HK", "stock", "HK"),
        ("0005.HK", "stock", "HK"),
        ("HSI", "index", "HK"),
        ("HSTECH", "index", "HK"),
        ("CSI300", "index", "CN"),
        ("SHCOMP", "index", "CN"),
        ("SPX", "index", "US"),
        ("AAPL", "stock", "US"),
        ("600519.SS", "stock", "CN"),
        ("N225", "index", "JP"),
    ],
)
def test_builtin_symbols(symbol: str, kind: str, market: str) -> None:
    instrument = BUILTIN.by_symbol(symbol)
    assert instrument is not None
    assert (instrument.key, instrument.kind, instrument.market) == (symbol, kind, market)


def test_builtin_directory_is_large() -> None:
    assert len(BUILTIN) > 10_000  # built from the public lists, not a toy list


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Alibaba Group Holding surged", [("Alibaba Group Holding", "9988.HK")]),
        ("Tencent Holdings added", [("Tencent Holdings", "0700.HK")]),
        ("the Hang Seng China Enterprises Index", [("Hang Seng China Enterprises Index", "HSCEI")]),
        ("The Tech Index gained", [("Tech Index", "HSTECH")]),
        ("JD.com rose; JD com fell", [("JD.com", "9618.HK"), ("JD com", "9618.HK")]),
        (
            "Kweichow Moutai Co., Ltd. rose",
            [("Kweichow Moutai Co., Ltd", "600519.SS")],
        ),  # final "." may end a sentence
        ("Contemporary Amperex Technology", [("Contemporary Amperex Technology", "3750.HK")]),
        ("Micron Technology and Ford Motor", [("Micron Technology", "MU"), ("Ford Motor", "F")]),
        ("Alibaba's shares", [("Alibaba", "9988.HK")]),
    ],
)
def test_names_match_longest_first(text: str, expected: list[tuple[str, str]]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "IT spending and ON the whole ALL of A firms expect NOW",
        "it is on all a now",
        "the price target was raised",  # "Target" only capitalized
        "an apple a day; an oracle spoke",
        "the Nasdaq-style board",  # part of a hyphenated word
        "China and Asia and Europe",  # (cities that name a market, "Tokyo", are aliases of its index: the
        # extractor tells a market from a place by context, tests/unit/test_extract_regional.py)
        "unionized staff",  # "nio" inside a word
        "hsbc and byd in lower case",  # short all-capitals names match exactly
    ],
)
def test_common_words_are_not_instruments(text: str) -> None:
    assert names(text) == []


def test_capitalized_forms_need_capitals_but_lowercase_aliases_do_not() -> None:
    assert names("Target Corp rose") == [("Target Corp", "TGT")]
    assert names("the benchmark rose") == [("the benchmark", "=benchmark")]
    assert names("The Benchmark rose") == [("The Benchmark", "=benchmark")]


@pytest.mark.parametrize(
    ("text", "symbols"),
    [
        ("Alibaba Group (HKG:9988)", [("9988.HK",)]),
        ("SMIC (HKG:0981, SHA:688981)", [("0981.HK", "688981.SS")]),
        ("Tencent (HKEX: 700)", [("0700.HK",)]),
        ("Apple (NASDAQ:AAPL) and Berkshire (NYSE: BRK.B)", [("AAPL",), ("BRK-B",)]),
        ("Ping An Bank (SZSE:000001)", [("000001.SZ",)]),
        (
            "9988.HK and 0700.HK; 600519.SS and 000001.SZ",
            [("9988.HK",), ("0700.HK",), ("600519.SS",), ("000001.SZ",)],
        ),
        ("(FOO:123) and 12345.6.HK and AAPL alone", []),
        # an HK code with its leading zeros dropped, and with five digits
        ("700.HK and 5.HK and 00700.HK", [("0700.HK",), ("0005.HK",), ("0700.HK",)]),
        ("v2.700.HK and 123456.HK", []),
    ],
)
def test_explicit_tickers(text: str, symbols: list[tuple[str, ...]]) -> None:
    assert [t.symbols for t in find_tickers(text)] == symbols


@pytest.mark.parametrize(
    ("exchange", "code", "expected"),
    [
        ("HKG", "9988", ("9988.HK", "HK")),
        ("hkex", "00700", ("0700.HK", "HK")),
        ("SHA", "688981", ("688981.SS", "CN")),
        ("SZSE", "300750", ("300750.SZ", "CN")),
        ("NYSE", "BRK.B", ("BRK-B", "US")),
        ("TYO", "7203", ("7203.T", "JP")),
        ("ASX", "BHP", ("BHP.AX", "AU")),
        ("asx", "cp1", ("CP1.AX", "AU")),
        ("AX", "EVN", ("EVN.AX", "AU")),
        ("HKG", "ABC", None),
        ("SHA", "12", None),
        ("XXX", "1", None),
    ],
)
def test_normalize_symbol(exchange: str, code: str, expected: tuple[str, str] | None) -> None:
    assert normalize_symbol(exchange, code) == expected


def test_normalize_keeps_offsets() -> None:
    for text in ["Alibaba’s “AI” — JD.com", "İstanbul ß Ǆ", "ÀÉÎ café"]:
        assert len(normalize(text)) == len(text)


def _write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "mine.tsv"
    path.write_text(body, encoding="utf-8")
    return path


def test_user_file_adds_instruments(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "# my names\nsymbol\tname\tkind\tmarket\taliases\n"
        "ZZZZ\tZeta Widgets Holdings\tstock\tUS\tZeta Widgets|Zetawidg\n"
        "\tHang Seng Properties Index\tsector\tHK\tHSPI\n",
    )
    directory = Directory.load([path])
    assert names("Zetawidg and Zeta Widgets rose", directory) == [
        ("Zetawidg", "ZZZZ"),
        ("Zeta Widgets", "ZZZZ"),
    ]
    assert names("the HSPI fell", directory) == [("HSPI", "name:hang-seng-properties-index")]
    assert names("Alibaba", directory) == [("Alibaba", "9988.HK")]  # built-in data still there
    assert Directory.load([path]) is directory  # cached


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("symbol\tname\tkind\tmarket\taliases\nAAA\tA Co\tstock\tUS\n", "expected 5"),
        ("symbol\tname\tkind\tmarket\taliases\nAAA\tA Co\tbond\tUS\t\n", "kind must be"),
        ("symbol\tname\tkind\tmarket\taliases\nAAA\t\tstock\tUS\t\n", "empty name"),
        ("symbol\tname\tkind\tmarket\taliases\nA B\tA Co\tstock\tUS\t\n", "malformed symbol"),
        ("sym\tname\n", "expected header"),
        ("# only comments\n", "no header"),
    ],
)
def test_malformed_user_file(tmp_path: Path, body: str, message: str) -> None:
    path = _write(tmp_path, body)
    with pytest.raises(DirectoryError, match=message) as info:
        Directory.load([path])
    assert str(path) in str(info.value)


def test_missing_user_file(tmp_path: Path) -> None:
    with pytest.raises(DirectoryError, match="cannot read"):
        Directory.load([tmp_path / "absent.tsv"])


def test_from_rows() -> None:
    directory = Directory.from_rows([("XYZ", "Xylo Zed", "stock", "US", "Xylo")])
    assert names("Xylo rose", directory) == [("Xylo", "XYZ")]
    with pytest.raises(DirectoryError):
        Directory.from_rows([("XYZ", "Xylo Zed", "stock")])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # exchange-suffixed symbols outside HK and mainland China are surfaces, matched exactly as written
        ("Shares of 7203.T rose", [("7203.T", "7203.T")]),
        ("005930.KS and 2330.TW", [("005930.KS", "005930.KS"), ("2330.TW", "2330.TW")]),
        ("RELIANCE.NS, CBA.AX, VOD.L, SAP.DE", [("RELIANCE.NS", "RELIANCE.NS"), ("CBA.AX", "CBA.AX"),
                                               ("VOD.L", "VOD.L"), ("SAP.DE", "SAP.DE")]),
        ("M&M.NS gained", [("M&M.NS", "M&M.NS")]),
        ("vod.l and Sap.De", []),  # only as written
        ("0700.HK", []),  # HK and CN forms are explicit tickers (find_tickers), not names
    ],
)
def test_suffixed_tickers(text: str, expected: list[tuple[str, str]]) -> None:
    assert names(text) == expected


def test_suffixed_ticker_surface_comes_from_the_symbol() -> None:
    directory = Directory.from_rows([("6758.T", "Sony Group", "stock", "JP", ""),
                                     ("XYZ", "Xylo Zed", "stock", "US", "")])
    assert names("6758.T fell", directory) == [("6758.T", "6758.T")]
    assert names("XYZ fell", directory) == []  # bare US tickers stay out


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("rose (00700)", "0700.HK"),  # bare 5-digit HKEX codes
        ("closed at (09988)", "9988.HK"),
        ("XIAOMI-W", "1810.HK"),  # HKEX short names as written
        ("Xiaomi-SW", "1810.HK"),  # with either weighted-voting-rights marker
        ("Alibaba-SW", "9988.HK"),
        ("BABA-W", "9988.HK"),
        ("TENCENT", "0700.HK"),
        ("SMIC", "0981.HK"),
    ],
)
def test_hong_kong_codes_and_short_names(text: str, key: str) -> None:
    assert [k for _, k in names(text)] == [key]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Nifty50", "NIFTY"),  # an index name ending in a number, without the space
        ("Nifty 50", "NIFTY"),
        ("S&P/ASX200", "XJO"),
        ("S&P/ASX 200", "XJO"),
        ("KOSPI 200", "KOSPI200"),
        ("Kospi200", "KOSPI200"),
        ("CSI300", "CSI300"),
        ("FTSE 250", "MCX"),
        ("Nifty Bank", "NIFTYBANK"),
        ("the bankex", "BANKEX"),
        ("BSE Midcap", "BSEMIDCAP"),
        ("Topix", "TOPIX"),
        ("Kosdaq", "KOSDAQ"),
        ("Taiex", "TWII"),
        ("All Ordinaries", "XAO"),
        ("Euro Stoxx 50", "SX5E"),
        ("STOXX 600", "SXXP"),
        ("Hang Seng Tech Index", "HSTECH"),
        ("ChiNext", "CHINEXT"),
        ("STAR 50", "STAR50"),
        ("Russell 2000", "RUT"),
    ],
)
def test_index_families(text: str, key: str) -> None:
    assert [k for _, k in names(text)] == [key]


@pytest.mark.parametrize(
    "word",
    ["Target", "Next", "Sky", "Post", "Bank", "Energy", "China", "Global", "Powell", "Boston", "Tata",
     "Mitsubishi", "Hong Kong"],
)
def test_denied_words_are_not_bare_names(word: str) -> None:
    # (a city that names a market, "Hong Kong", is an alias of its index, never a company's name)
    assert [i for i in BUILTIN.surfaces(word) if i.kind != "index"] == []


@pytest.mark.parametrize(
    ("surface", "key"),
    [
        ("Snap", "SNAP"),  # allowed back although an English word
        ("Toyota", "7203.T"),
        ("Samsung Electronics", "005930.KS"),
        ("Commonwealth Bank", "CBA.AX"),
        ("Swatch", "UHR.SW"),
        ("Naver", "035420.KS"),
        ("BHP", "BHP.AX"),
    ],
)
def test_generated_short_names(surface: str, key: str) -> None:
    assert key in [inst.key for inst in BUILTIN.surfaces(surface)]


def test_builtin_files_stay_small() -> None:
    from streams.directory import BUILTIN_FILES

    for path in BUILTIN_FILES:
        assert path.stat().st_size < 5_000_000, path


def test_release_names_keeps_symbols_and_refuses_name_lookups() -> None:
    directory = Directory.from_rows([("XYZ", "Xylo Zed", "stock", "US", "Xylo")])
    xyz = directory.by_symbol("XYZ")
    directory.release_names()
    assert directory.by_symbol("XYZ") is xyz and len(directory) == 1
    for call in (lambda: directory.find("Xylo rose"), lambda: directory.surfaces("Xylo"),
                 directory.surface_entries, lambda: directory.add_file(Path("unused.tsv"))):
        with pytest.raises(DirectoryError, match="released"):
            call()


def test_load_unshared_is_a_copy_of_its_own() -> None:
    own = Directory.load(shared=False)
    assert own is not BUILTIN and Directory.load() is BUILTIN
    own.release_names()
    assert Directory.load() is BUILTIN and names("Shares of HSBC rose") == [("HSBC", "0005.HK")]
