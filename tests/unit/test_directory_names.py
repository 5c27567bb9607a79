"""Directory build rules for the names newsrooms use: words of what a company does stripped from its name
("Kestrel Airways" is "Kestrel"), other spellings, delisted companies, and which company keeps a shared form."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"
sys.path.insert(0, str(SCRIPTS))

from build_directory import DEFAULT_RULES, Rules, clean_name, drop_collisions, name_variants  # noqa: E402
from directory_names import descriptive_cut, place_cut  # noqa: E402
from directory_sources import Listing, fd_rows  # noqa: E402

# A small word list: lower-case entries are ordinary words, capitalised ones places and people's names.
WORDS = ["delta", "origin", "global", "Boston"]


@pytest.fixture(scope="module")
def rules(tmp_path_factory: pytest.TempPathFactory) -> Rules:
    path = tmp_path_factory.mktemp("words") / "words"
    path.write_text("\n".join(WORDS) + "\n", encoding="utf-8")
    return Rules.load(path, DEFAULT_RULES)


@pytest.mark.parametrize(
    ("name", "acronyms_ok", "large", "expected"),
    [
        ("Kestrel Airways Ltd.", True, False, ["Kestrel Airways", "Kestrel"]),
        ("Tarnwick System, Inc.", False, False, ["Tarnwick System Inc.", "Tarnwick System", "Tarnwick"]),
        ("Halvard Digital Ltd.", True, False, ["Halvard Digital", "Halvard"]),
        ("Orvane Health Care Limited", True, False, ["Orvane Health Care", "Orvane Health", "Orvane"]),
        # an ordinary word is no name alone, whatever was stripped
        ("Delta Energy Limited", True, False, ["Delta Energy"]),
        ("Origin Energy Limited", True, True, ["Origin Energy"]),
        # what is left must hold a word of its own: "Global Oil" is no company
        ("Global Oil & Gas Limited", True, False, ["Global Oil and Gas Limited", "Global Oil & Gas",
                                                   "Global Oil and Gas"]),
        # a place alone names only a large company
        ("Boston Mining Corp", True, False, ["Boston Mining"]),
        ("Boston Mining Corp", True, True, ["Boston Mining", "Boston"]),
        # "Healthcare" is also written "Health Care"
        ("Sorrel Healthcare Limited", True, False, ["Sorrel Health Care Limited", "Sorrel Healthcare",
                                                    "Sorrel Health Care", "Sorrel"]),
        # dotted initials run together
        ("J.B. Marlow Transport Services, Inc.", False, False, [
            "JB Marlow Transport Services, Inc.", "J.B. Marlow Transport Services Inc.",
            "JB Marlow Transport Services Inc.", "J.B. Marlow Transport Services", "JB Marlow Transport Services",
            "J.B. Marlow Transport", "JB Marlow Transport", "J.B. Marlow", "JB Marlow"]),
        # punctuation glued to an ordinary word leaves it ordinary
        ("@Global SA", True, False, []),
        # other languages' legal forms, groups and words of what the company does
        ("Kestrel S.M.E., S.A.", True, False, ["Kestrel S.M.E. S.A.", "Kestrel SME S.A.", "Kestrel S.M.E.",
                                              "Kestrel"]),
        ("Varnholt & C. S.p.A.", True, False, ["Varnholt and C. S.p.A.", "Varnholt & C.", "Varnholt"]),
        ("Tarnwick Groupe SA", True, False, ["Tarnwick Groupe", "Tarnwick"]),
        ("Ostravel Banco S.A.", True, False, ["Ostravel Banco", "Ostravel"]),
        ("Kestrel Online P & C Insurance Co., Ltd.", True, False, [
            "Kestrel Online P and C Insurance Co., Ltd.", "Kestrel Online P & C Insurance Co. Ltd.",
            "Kestrel Online P and C Insurance Co. Ltd.",
            "Kestrel Online P & C Insurance Co.", "Kestrel Online P and C Insurance Co.",
            "Kestrel Online P & C Insurance", "Kestrel Online P and C Insurance", "Kestrel Online P & C",
            "Kestrel Online P and C"]),  # one letter before "& C." is no name
        ("Tecnologia Kestrel dei Sistemi S.p.A.", True, False, ["Tecnologia Kestrel dei Sistemi"]),  # no "dei" end
        # long words newsrooms shorten: "Hindustan" (first word too), "Pharmaceutical(s)", "Petroleum"
        ("Hindustan Varnholt Limited", True, False, ["Hind Varnholt Limited", "Hindustan Varnholt",
                                                     "Hind Varnholt"]),
        ("Kestrel Pharmaceuticals Ltd.", True, False, ["Kestrel Pharma Ltd.", "Kestrel Pharmaceuticals",
                                                       "Kestrel Pharma", "Kestrel"]),
        ("Petroleum Kestrel ASA", True, False, ["Petroleum Kestrel"]),  # not a first word
        # the country a local company's name ends with, when two words are left, one of them its own
        ("Varnholt Suzuki India Ltd.", True, False, ["Varnholt Suzuki India", "Varnholt Suzuki"]),
        ("Kestrel Paints Australia Limited", True, False, ["Kestrel Paints Australia", "Kestrel Paints"]),
        ("Tarnwick Retail India Limited", True, False, ["Tarnwick Retail India", "Tarnwick Retail"]),  # not one word
        ("Tarnwick India Limited", True, False, ["Tarnwick India"]),  # one word left: the parent's name
        ("Delta Energy India Limited", True, False, ["Delta Energy India"]),  # no word of its own
        ("Electricite de France SA", True, False, ["Electricite de France"]),  # part of a longer name
        ("Kunlar Greater China Ltd.", True, False, ["Kunlar Greater China"]),
        # Nordic legal forms put first: "AB" in a Swedish public company's name, "(publ)", and the long forms
        ("AB Varnholt (publ)", True, False, ["AB Varnholt", "Varnholt"]),
        ("AB TRK (publ)", True, False, ["AB TRK", "TRK"]),
        ("Aktiebolaget Kestrel Holding (publ)", True, False, [
            "Aktiebolaget Kestrel Holding", "Aktiebolaget Kestrel Holdings", "Aktiebolaget Kestrel",
            "Kestrel Holding", "Kestrel Holdings", "Kestrel"]),
        ("Oyj Tarnwick Abp", True, False, ["Oyj Tarnwick", "Tarnwick Abp", "Tarnwick"]),
        ("AB Kestrel Dynamics plc", True, False, ["AB Kestrel Dynamics"]),  # no "(publ)": "AB" is the name's
        ("AB Varnholt S.A.", True, False, ["AB Varnholt"]),
        # French and Dutch legal forms written out
        ("Kestrelux Societe anonyme", True, False, ["Kestrelux"]),
        ("Groupe Tarnwick societe anonyme", True, False, ["Groupe Tarnwick"]),  # (a first word stays)
        ("Varnholt International Société en commandite par actions", True, False, [
            "Varnholt International Societe en commandite par actions", "Varnholt International", "Varnholt"]),
        ("Kestrel Holding Naamloze Vennootschap", True, False, ["Kestrel Holding", "Kestrel Holdings", "Kestrel"]),
    ],
)
def test_descriptive_words_and_spellings(rules: Rules, name: str, acronyms_ok: bool, large: bool,
                                         expected: list[str]) -> None:
    assert name_variants(clean_name(name), rules, acronyms_ok, large) == expected


@pytest.mark.parametrize(
    ("name", "form", "expected"),
    [
        ("Kestrel Airways Ltd.", "Kestrel", True),
        ("Mahlon & Mahlon Financial Services Limited", "Mahlon & Mahlon", True),
        ("Mahlon & Mahlon Ltd.", "Mahlon & Mahlon", False),  # only a legal suffix stripped
        ("Kestrel Airways Ltd.", "Kestrel Airways", False),
        ("Varnholt Group", "Varnholt", False),
    ],
)
def test_descriptive_cut(name: str, form: str, expected: bool) -> None:
    assert descriptive_cut(name, form) is expected


@pytest.mark.parametrize(
    ("name", "form", "expected"),
    [
        ("Varnholt Suzuki India Ltd.", "Varnholt Suzuki", True),
        ("Varnholt Suzuki India Ltd.", "Varnholt Suzuki India", False),
        ("Sunac China Holdings", "SUNAC", False),  # one word: an exchange's short name, not this rule's
        ("Kestrel Airways Ltd.", "Kestrel", False),
    ],
)
def test_place_cut(name: str, form: str, expected: bool) -> None:
    assert place_cut(name, form) is expected


def test_a_form_without_its_country_yields_to_any_market() -> None:
    built = {"x": [
        _row("AKZ.AS", "Akzel Nobel N.V.", "NL", ["Akzel Nobel"]),
        _row("AKZI.NS", "Akzel Nobel India Limited", "IN", ["Akzel Nobel India", "Akzel Nobel"]),
        _row("BRG.NS", "Bergan Paints India Limited", "IN", ["Bergan Paints India", "Bergan Paints"]),
    ]}
    assert drop_collisions(built) == 1
    assert [surfaces for _, _, surfaces in built["x"]] == [
        ["Akzel Nobel"], ["Akzel Nobel India"], ["Bergan Paints India", "Bergan Paints"]]


def _row(symbol: str, name: str, market: str, surfaces: list[str],
         listed: bool = True) -> tuple[Listing, str, list[str]]:
    return Listing(symbol, name, market, listed=listed), name, surfaces


def test_a_stripped_form_yields_to_another_companys_name() -> None:
    built = {"x": [
        _row("MM.NS", "Mahlon & Mahlon Ltd.", "IN", ["Mahlon & Mahlon"]),
        _row("MMFIN.NS", "Mahlon & Mahlon Financial Services Limited", "IN",
             ["Mahlon & Mahlon Financial Services", "Mahlon & Mahlon"]),
        # a single stripped word yields to any company whose name holds it, in any market
        _row("0135.HK", "Kunlar Energy Co. Ltd.", "HK", ["Kunlar Energy", "Kunlar"]),
        _row("300418.SZ", "Beijing Kunlar Tech Co., Ltd.", "CN", ["Beijing Kunlar Tech"]),
        _row("KST.AX", "Kestrel Airways Ltd.", "AU", ["Kestrel Airways", "Kestrel"]),
    ]}
    assert drop_collisions(built) == 2
    assert [surfaces for _, _, surfaces in built["x"]] == [
        ["Mahlon & Mahlon"], ["Mahlon & Mahlon Financial Services"], ["Kunlar Energy"], ["Beijing Kunlar Tech"],
        ["Kestrel Airways", "Kestrel"]]


def test_a_delisted_company_yields_to_listed_ones() -> None:
    built = {"x": [
        _row("ORV.L", "Orvane plc", "UK", ["Orvane"]),
        _row("ORVM.L", "Orvane Mining plc", "UK", ["Orvane Mining", "Orvane"], listed=False),
        _row("TLW.L", "Tallow Group plc", "UK", ["Tallow Group", "Tallow"]),
        _row("TLWX.L", "Tallow Group", "UK", [], listed=False),  # its whole name is a listed one's form
        _row("NCR.AX", "Nethercrest Mining Limited", "AU", ["Nethercrest Mining", "Nethercrest"], listed=False),
    ]}
    assert drop_collisions(built) == 1
    assert [(item.symbol, surfaces) for item, _, surfaces in built["x"]] == [
        ("ORV.L", ["Orvane"]), ("ORVM.L", ["Orvane Mining"]), ("TLW.L", ["Tallow Group", "Tallow"]),
        ("NCR.AX", ["Nethercrest Mining", "Nethercrest"])]


def test_delisted_lines_are_read_and_marked(tmp_path: Path) -> None:
    path = tmp_path / "ASX.csv"
    path.write_text(
        "symbol,name,sector,country,market_cap,delisted\n"
        "NCR.AX,Nethercrest Mining Limited,Materials,Australia,Large Cap,True\n"
        "KST.AX,Kestrel Airways Ltd.,Industrials,Australia,Mid Cap,False\n"
        "EMP.AX,,Materials,Australia,,True\n",
        encoding="utf-8",
    )
    rows = [(item.symbol, item.listed, item.large) for item in fd_rows(path, "AU", {"Australia"}, ".AX")]
    assert rows == [("NCR.AX", False, True), ("KST.AX", True, False)]


@pytest.mark.parametrize(
    ("symbol", "name", "extra"),
    [
        ("EQNR.OL", "Equinor ASA", ["~Statoil ASA"]),  # curated in streams/data/former_names.tsv
        ("KST.OL", "Kestrel Shipping ASA", []),
    ],
)
def test_curated_former_names_reach_every_exchange_file(tmp_path: Path, symbol: str, name: str,
                                                        extra: list[str]) -> None:
    path = tmp_path / "OSL.csv"
    path.write_text(f"symbol,name,sector,country,market_cap,delisted\n{symbol},{name},Energy,Norway,Large Cap,False\n",
                    encoding="utf-8")
    assert [item.extra for item in fd_rows(path, "NO", {"Norway"}, ".OL")] == [extra]
