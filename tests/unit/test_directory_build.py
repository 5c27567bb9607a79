"""Name generation of ``scripts/build_directory.py``: suffix rules, deny/allow list, collisions."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"
sys.path.insert(0, str(SCRIPTS))

from build_directory import (  # noqa: E402
    DEFAULT_RULES,
    Rules,
    add_index_names,
    clean_name,
    drop_collisions,
    drop_contained,
    initialism,
    name_variants,
    rows_for,
    split_cross_listings,
)
from directory_sources import (  # noqa: E402
    Listing,
    curated_former_names,
    former_names,
    hk_expanded,
    hk_extra,
    title_case,
)

# A small word list: lower-case entries are ordinary words, capitalised ones places and people's names.
WORDS = ["snap", "target", "next", "sky", "post", "delta", "apple", "Boston", "Powell", "Sony", "global"]


@pytest.fixture(scope="module")
def rules(tmp_path_factory: pytest.TempPathFactory) -> Rules:
    path = tmp_path_factory.mktemp("words") / "words"
    path.write_text("\n".join(WORDS) + "\n", encoding="utf-8")
    return Rules.load(path, DEFAULT_RULES)  # the project's curated deny/allow list


@pytest.mark.parametrize(
    ("name", "acronyms_ok", "large", "expected"),
    [
        ("Snap Inc.", False, False, ["Snap"]),  # an English word, allowed back by name_rules.tsv
        ("Target Corporation", False, True, []),  # an English word, and denied
        ("Next plc", True, True, []),
        ("Global Inc.", False, True, []),
        ("Toyota Motor Corporation", True, True, ["Toyota Motor", "Toyota"]),
        ("Samsung Electronics Co., Ltd.", True, True, ["Samsung Electronics Co. Ltd.", "Samsung Electronics Co.",
                                                        "Samsung Electronics"]),  # "Samsung" alone: denied
        ("Commonwealth Bank of Australia", True, True, ["Commonwealth Bank"]),  # "of <place>" goes
        ("State Bank of India", True, True, []),  # but not down to a generic phrase
        ("Bank of China Limited", True, True, ["Bank of China"]),
        ("China Energy Ltd", True, True, []),  # places and generic words only
        ("The Swatch Group AG", True, True, ["Swatch Group AG", "Swatch Group", "Swatch"]),
        ("Hemnet Group AB (publ)", True, True, ["Hemnet Group AB", "Hemnet Group", "Hemnet"]),
        ("Deutsche Börse AG", True, True, ["Deutsche Boerse AG", "Deutsche Borse AG", "Deutsche Börse",
                                            "Deutsche Boerse", "Deutsche Borse"]),
        ("NAVER Corporation", True, True, ["Naver Corporation", "NAVER", "Naver"]),
        ("BHP Group Limited", True, True, ["BHP Group", "BHP"]),  # acronyms outside the US
        ("AGI Corp", False, True, []),  # US acronyms need curating
        ("Powell Industries, Inc.", False, False, ["Powell Industries Inc.", "Powell Industries"]),
        ("Powell Industries, Inc.", False, True, ["Powell Industries Inc.", "Powell Industries", "Powell"]),
        ("Merck Kommanditgesellschaft auf Aktien", True, True, ["Merck"]),
        ("Quillmere Group Public Limited Company", True, True, ["Quillmere Group", "Quillmere"]),
        ("Alibaba Group Holding Limited", True, True, ["Alibaba Group Holding", "Alibaba Group Holdings",
                                                       "Alibaba Group", "Alibaba"]),
    ],
)
def test_name_variants(rules: Rules, name: str, acronyms_ok: bool, large: bool, expected: list[str]) -> None:
    assert name_variants(clean_name(name), rules, acronyms_ok, large) == expected


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Agilent Technologies, Inc. Common Stock", "Agilent Technologies, Inc."),
        ("Hon Hai Precision Industry Co., Ltd. Sponsored GDR RegS", "Hon Hai Precision Industry Co., Ltd."),
        ("  Shell plc ", "Shell plc"),
        ("万科Ａ", "万科A"),  # NFKC
        # depositary lines, however the source spells them
        ("Quorvane Display Co, Ltd AMERICAN DEPOSITORY SHARES", "Quorvane Display Co, Ltd"),
        ("Talvik Group AG/ADR", "Talvik Group AG"),
        ("Brennic Holdings Ltd / ADR", "Brennic Holdings Ltd"),
        ("Ostrava Financial Group, Inc. Sponosred ADR (Japan)", "Ostrava Financial Group, Inc."),
        ("Merrow Holdings Inc ADR", "Merrow Holdings Inc"),
        ("Kelvane Limited - American Depository Shares", "Kelvane Limited"),
        ("ADR Holdings Ltd", "ADR Holdings Ltd"),  # a name that begins with the letters
    ],
)
def test_clean_name(raw: str, clean: str) -> None:
    assert clean_name(raw) == clean


@pytest.mark.parametrize(
    ("text", "expected"),
    [("TOYOTA MOTOR CORPORATION", "Toyota Motor Corporation"), ("NEC CORPORATION", "NEC Corporation"),
     ("BANK OF KYOTO, LTD.", "Bank of Kyoto, Ltd."), ("Sony Group Corporation", "Sony Group Corporation")],
)
def test_title_case(text: str, expected: str) -> None:
    assert title_case(text) == expected


@pytest.mark.parametrize(
    ("symbol", "short", "expected"),
    [
        ("9988.HK", "BABA-W", ["09988", "BABA-W", "BABA", "-W", "-SW"]),
        ("2525.HK", "HESAI-B", ["02525", "HESAI-B", "HESAI", "-B"]),
        ("0700.HK", "TENCENT", ["00700", "TENCENT"]),
        ("0005.HK", None, ["00005"]),
        ("0042.HK", "ZORVAK DEV", ["00042", "ZORVAK DEV", "~ZORVAK DEVELOPMENT"]),
        ("9042.HK", "QUELL TECH-W", ["09042", "QUELL TECH-W", "~QUELL TECHNOLOGY", "~QUELL TECHNOLOGIES",
                                     "QUELL TECH", "-W", "-SW"]),
    ],
)
def test_hk_extra(symbol: str, short: str | None, expected: list[str]) -> None:
    assert hk_extra(symbol, short) == expected


@pytest.mark.parametrize(
    ("short", "expected"),
    [
        ("ZORVAK DEV", ["ZORVAK DEVELOPMENT"]),
        ("BANK OF E ASIA", ["BANK OF EAST ASIA"]),
        ("QUELL INT'L HLDGS", ["QUELL INTERNATIONAL HOLDINGS"]),
        ("QUELL PPT GP", ["QUELL PROPERTIES GROUP"]),
        ("CHINA RES QUELL", ["CHINA RESOURCES QUELL"]),
        ("QUELL PHARMA-B", ["QUELL PHARMACEUTICAL"]),
        ("QUELL TECH", ["QUELL TECHNOLOGY", "QUELL TECHNOLOGIES"]),
        # nothing abbreviated, or a lone letter that is no word of its own: no further form
        ("TENCENT", []),
        ("QUELL E", []),
        ("E QUELL", []),
    ],
)
def test_hk_short_name_abbreviations_are_written_out(short: str, expected: list[str]) -> None:
    assert hk_expanded(short) == expected


def test_collisions_drop_shared_short_names() -> None:
    def row(symbol: str, name: str, market: str, surfaces: list[str]) -> tuple[Listing, str, list[str]]:
        return Listing(symbol, name, market), name, surfaces

    built = {"x": [row("A.T", "Foo Industries", "JP", ["Foo"]), row("B.T", "Foo Motor", "JP", ["Foo"]),
                   row("C.T", "Bar", "JP", []), row("D.T", "Bar Holdings", "JP", ["Bar"]),
                   row("E.L", "Foo plc", "UK", ["Foo"])]}
    assert drop_collisions(built) == 3
    assert [surfaces for _, _, surfaces in built["x"]] == [[], [], [], [], ["Foo"]]


@pytest.mark.parametrize(
    ("name", "symbol", "expected"),
    [
        ("Tata Consultancy Services Ltd.", "TCS.NS", "TCS"),
        ("Larsen & Toubro Ltd.", "LT.NS", "L&T"),
        ("Mahindra & Mahindra Ltd.", "M&M.NS", "M&M"),
        ("National Australia Bank Limited", "NAB.AX", "NAB"),
        ("Commonwealth Bank of Australia", "CBA.AX", "CBA"),
        ("State Bank of India", "SBIN.NS", None),  # initials that are not the ticker are not generated
        ("Reliance Industries Ltd.", "RELIANCE.NS", None),
        ("BP p.l.c.", "BP.L", None),  # two letters: too short
        # the initials of trailing legal words count when the ticker has them
        ("Bharat Petroleum Corporation Limited", "BPCL.NS", "BPCL"),
        ("Indian Oil Corporation Limited", "IOC.NS", "IOC"),
        ("Bharat Heavy Electricals Limited", "BHEL.NS", "BHEL"),
        ("Oil & Natural Gas Corporation Ltd.", "ONGC.NS", "ONGC"),  # no "&" in a longer acronym
        ("Westpac Banking Corporation", "WBC.AX", "WBC"),
        ("Fisher & Paykel Healthcare Corp. Ltd.", "FPH.AX", "F&PH"),  # the stripped name's initials come first
        ("Aristocrat Leisure Ltd.", "ALL.AX", None),  # an ordinary word
        ("Steel Authority of India Limited", "SAIL.NS", None),
        ("Power Finance Corporation Limited", "PFC.NS", "PFC"),
        ("Power Finance Corporation Limited", "POWERFIN.NS", None),
    ],
)
def test_initialism_only_when_it_is_the_ticker(name: str, symbol: str, expected: str | None) -> None:
    assert initialism(name, symbol, {"all", "sail", "nab"}) == expected


def test_a_depositary_line_loses_to_any_other_listing(rules: Rules) -> None:
    listings = [Listing("TALVY", "Talvik Group AG/ADR", "US", home=False),
                Listing("TALV.AS", "Talvik Group AG", "NL", home=False),
                Listing("KELVY", "Kelvane Limited/ADR", "US", home=False)]
    listed = {"talvik"}
    kept = rows_for(listings, rules, set(), set(), listed)
    assert [(item.symbol, name) for item, name, _ in kept] == [("TALV.AS", "Talvik Group AG"),
                                                              ("KELVY", "Kelvane Limited")]


def test_index_lists_add_their_names_and_missing_members(tmp_path: Path) -> None:
    """A constituent list's own name is a further surface of its member when it is more than another spelling
    of the legal name; a member no exchange file has becomes a row of its region; a share class, a name
    another symbol of the same company has, and the "/The" of a list's sorting are left out."""
    (tmp_path / "indices").mkdir()
    lists = {
        "ftsemib": "Symbol,Name\nQML.MI,Quillmere\nVRN.MI,Varnholt Energia\nKLB.MI,Kelbrook Banca S.p.A.\n",
        "ftse100": "Symbol,Name\nOST.L,Ostravel PLC/The\nTRN-A.L,Tarnell PLC\nTRN.L,Tarnell PLC\n",
        "sp500": "Symbol,Name\nBRSW,Brasswick Inc. (Class C)\n",
    }
    for code in ("sp500", "nasdaq100", "dowjones", "hsi", "nifty50", "dax", "ftse100", "ftsemib"):
        (tmp_path / "indices" / f"constituents-{code}.csv").write_text(lists.get(code, "Symbol,Name\n"))
    listings = {
        "eu": [Listing("QML.MI", "Quillmere Banca di Credito S.p.A.", "IT"),
               Listing("KLB.MI", "Kelbrook Banca S.p.A.", "IT")],
        "uk": [Listing("TRN.L", "Tarnell plc", "UK")],
        "us": [], "hk": [], "in": [],
    }
    add_index_names(tmp_path, listings)
    eu = {item.symbol: item for item in listings["eu"]}
    assert eu["QML.MI"].extra == ["Quillmere"]
    assert eu["KLB.MI"].extra == []
    assert (eu["VRN.MI"].name, eu["VRN.MI"].market, eu["VRN.MI"].large) == ("Varnholt Energia", "IT", True)
    assert [(item.symbol, item.name) for item in listings["uk"]] == [("TRN.L", "Tarnell plc"),
                                                                     ("OST.L", "Ostravel PLC")]
    assert listings["us"] == []


@pytest.mark.parametrize(
    ("summary", "name", "expected"),
    [
        ("Zorvak Holdings Limited makes pumps. The company was formerly known as Quell Pumps Limited and changed "
         "its name to Zorvak Holdings Limited in May 2019. It is based in Hong Kong.", "Zorvak Holdings Limited",
         ["Quell Pumps Limited"]),
        # renamed twice: the name before this one is news's too
        ("It was formerly known as Quell Media Group Limited and changed its name to Quell Pictures Group Limited "
         "in 2014.", "Zorvak Entertainment Holdings Limited",
         ["Quell Media Group Limited", "Quell Pictures Group Limited"]),
        ("Formerly, the company was formerly known as Brindle Gas Holdings Limited in 2001.", "Zorvak Energy",
         ["Brindle Gas Holdings Limited"]),
        # no year, no rename: nothing
        ("The company was founded in 1998 and is headquartered in Hong Kong.", "Zorvak Ltd", []),
        ("It was formerly a unit of Quell Group.", "Zorvak Ltd", []),
    ],
)
def test_former_names_from_a_company_description(summary: str, name: str, expected: list[str]) -> None:
    assert former_names(summary, name) == expected


def test_curated_former_names_file_is_well_formed(tmp_path: Path) -> None:
    curated = curated_former_names()
    # (a symbol of the directory: a code and an exchange suffix; HK and the exchange files of the other regions)
    assert curated and all(re.fullmatch(r"[A-Z0-9-]+\.[A-Z]{1,2}", symbol) and names
                           for symbol, names in curated.items())
    path = tmp_path / "former.tsv"
    path.write_text("# comment\n0042.HK\tQuell Pumps Limited\t2019\tannouncement\n\n", encoding="utf-8")
    assert curated_former_names(path) == {"0042.HK": ["Quell Pumps Limited"]}


@pytest.mark.parametrize(
    ("secondary", "others", "kept"),
    [
        # a former name's short form that a current company's name holds goes; the specific forms stay
        (["Zorvak Health Group", "Zorvak Health", "Zorvak"], ["China Zorvak Group"], ["Zorvak Health Group",
                                                                                    "Zorvak Health"]),
        (["Quell Merchants Holdings", "Quell Merchants"], ["Quell Merchants Bank"], ["Quell Merchants Holdings"]),
        # held by no other company: kept
        (["Brindle Kong Holdings", "Brindle Kong"], ["Brindle Land"], ["Brindle Kong Holdings", "Brindle Kong"]),
        # a word inside another word is no holding ("Zorvak" is not in "Zorvakia Steel")
        (["Zorvak"], ["Zorvakia Steel"], ["Zorvak"]),
    ],
)
def test_secondary_names_yield_to_a_company_whose_name_holds_them(
        secondary: list[str], others: list[str], kept: list[str]) -> None:
    item = Listing("0042.HK", "Quell Industries Limited", "HK", secondary=set(secondary))
    rows = [(item, item.name, ["Quell Industries", *secondary])]
    rows += [(Listing(f"00{i}9.HK", other, "HK"), other, []) for i, other in enumerate(others)]
    built = {"hk": rows}
    assert drop_contained(built) == len(secondary) - len(kept)
    assert built["hk"][0][2] == ["Quell Industries", *kept]
    # another market's names do not count
    item = Listing("0042.HK", "Quell Industries Limited", "HK", secondary=set(secondary))
    built = {"hk": [(item, item.name, list(secondary))], "cn": [(Listing("1.SS", others[0], "CN"), others[0], [])]}
    assert drop_contained(built) == 0


@pytest.mark.parametrize(("us_name", "home_name", "large", "cross"), [
    ("Talvik Group PLC", "Talvik Group plc", True, True),  # a depositary line of a large home listing
    ("Norvane ASA", "Norvane ASA", True, True),
    ("Kelbrook Foods, Inc.", "Kelbrook Foods Limited", True, False),  # an American company's local arm
    ("Quell Mining Limited", "Quell Mining Ltd", False, False),  # a small namesake abroad: no home known
])
def test_us_lines_of_companies_listed_at_home_elsewhere_go_last(
        us_name: str, home_name: str, large: bool, cross: bool) -> None:
    us = (Listing("TLV", us_name, "US"), us_name, [])
    home = (Listing("TLV.L", home_name, "UK", large=large), home_name, [])
    split = split_cross_listings({"us": [us], "uk": [home]})
    assert list(split) == ["us", "uk", "us-cross"]
    assert (split["us-cross"], split["us"]) == (([us], []) if cross else ([], [us]))
