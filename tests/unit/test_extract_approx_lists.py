"""Ranges and hedged figures shared by a list of names (docs/move-events.md, `range_pct`, "Shared figures"): every
name of the list gets the range, which needs every name known. Former and later names of large companies that
market reports still use ("BHP Billiton", "Woodside") and vendor-prefixed index names ("FTSE Straits Times
Index") are directory data, and a list with them keeps its first items. So does a list whose item is a longer
name than the directory has ("Fortescue Metals Group, Rio Tinto and ..."), and a family of indices named once
("the BSE midcap and smallcap indices", "the Nifty Midcap 100 and Smallcap 100 indices"), or a name the directory
lacks with its ticker in brackets. And "virtually" as a hedge word, and older spellings of the Karachi index.
Passages written for these tests.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.extraction import rows_of

run = rows_of("instrument.key", "change_pct", "range_pct", "approx", sort=True)


NAMES = [
    # a former name (BHP Billiton became BHP Group in 2018) in a list sharing a range
    ("BHP Billiton, Fortescue Metals Group and Santos fell between 1.5 and 2.5 per cent on Tuesday.",
     [("BHP.AX", None, (-2.5, -1.5), True), ("FMG.AX", None, (-2.5, -1.5), True),
      ("STO.AX", None, (-2.5, -1.5), True)]),
    ("Miners BHP Billiton and Rio Tinto retreated 3-4% as iron ore slid.",
     [("BHP.AX", None, (-4.0, -3.0), True), ("RIO.L", None, (-4.0, -3.0), True)]),
    ("Shares of BHP Billiton gained about 2 per cent by lunch.", [("BHP.AX", 2.0, None, True)]),
    # the short name of Woodside (Woodside Petroleum, now Woodside Energy Group)
    ("Woodside, Santos and Beach Energy added 1% to 2% as crude firmed.",
     [("STO.AX", None, (1.0, 2.0), True), ("WDS.AX", None, (1.0, 2.0), True),
      ("BPT.AX", None, (1.0, 2.0), True)]),
    ("Energy heavyweight Woodside slid nearly 4 per cent.", [("WDS.AX", -4.0, None, True)]),
    ("Woodside Petroleum rose more than 3% in Sydney.", [("WDS.AX", 3.0, None, True)]),
    # the index vendor's prefix: one name, so "as much as" stays one index's extreme, not a shared range
    ("Singapore's FTSE Straits Times Index rose as much as 0.8 per cent to a two-year high.",
     [("STI", 0.8, None, True)]),
    ("The FTSE ST Index slipped about 0.4% by midday.", [("STI", -0.4, None, True)]),
    ("The FTSE 100 rose 1% while the FTSE Straits Times Index lost roughly 0.5%.",
     [("STI", -0.5, None, True), ("UKX", 1.0, None, False)]),
]


@pytest.mark.parametrize("text, expected", NAMES, ids=[c[0][:50] for c in NAMES])
def test_listed_names_share_the_range(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == sorted(expected)


LONGER_NAMES = [
    # the rest of a longer name after a known start ends no list
    ("Rio Tinto, Fortescue Metals Group and Santos fell between 2% and 3% on Tuesday.",
     [("FMG.AX", None, (-3.0, -2.0), True), ("RIO.L", None, (-3.0, -2.0), True),
      ("STO.AX", None, (-3.0, -2.0), True)]),
    ("Fortescue Metals Group and Telstra rose as much as 4% each.",
     [("FMG.AX", 4.0, None, True), ("TLS.AX", 4.0, None, True)]),
    ("Telstra Communications and Wesfarmers gained about 1.5 per cent.",
     [("TLS.AX", 1.5, None, True), ("WES.AX", 1.5, None, True)]),
    ("Fortescue Metals, Newcrest Mining and Santos slid 1-2%.",
     [("FMG.AX", None, (-2.0, -1.0), True), ("NCM.AX", None, (-2.0, -1.0), True),
      ("STO.AX", None, (-2.0, -1.0), True)]),
]


@pytest.mark.parametrize("text, expected", LONGER_NAMES, ids=[c[0][:50] for c in LONGER_NAMES])
def test_longer_names_keep_the_list(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == sorted(expected)


FAMILIES = [
    ("Broader BSE midcap and smallcap indices climbed up to 0.7 per cent.",
     [("BSEMIDCAP", None, (0.0, 0.7), True), ("BSESMALLCAP", None, (0.0, 0.7), True)]),
    ("The BSE midcap and smallcap gauges fell as much as 1.2 per cent.",
     [("BSEMIDCAP", None, (-1.2, 0.0), True), ("BSESMALLCAP", None, (-1.2, 0.0), True)]),
    ("The Nifty midcap and smallcap indices rose about 1.1 per cent.",
     [("NIFTYMID100", 1.1, None, True), ("NIFTYSMALL100", 1.1, None, True)]),
    ("The broader Nifty Midcap 100 and Smallcap 100 indices rose 0.9 per cent to 1.4 per cent.",
     [("NIFTYMID100", None, (0.9, 1.4), True), ("NIFTYSMALL100", None, (0.9, 1.4), True)]),
    ("The Nifty Midcap 100 and Smallcap 100 indices each lost nearly 2 per cent.",
     [("NIFTYMID100", -2.0, None, True), ("NIFTYSMALL100", -2.0, None, True)]),
]


@pytest.mark.parametrize("text, expected", FAMILIES, ids=[c[0][:50] for c in FAMILIES])
def test_index_family_named_once(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == sorted(expected)


CODED = [
    # a company the directory lacks, with its ticker in brackets, before further members of the list
    ("Zorblax Holdings (ZRB.L) and Barclays (BARC.L) fell 2 per cent.",
     [("BARC.L", -2.0, None, False), ("name:zorblax-holdings", -2.0, None, False)]),
    ("Barclays (BARC.L), Zorblax Holdings (ZRB.L) and Lloyds (LLOY.L) fell between 1% and 2%.",
     [("BARC.L", None, (-2.0, -1.0), True), ("LLOY.L", None, (-2.0, -1.0), True),
      ("name:zorblax-holdings", None, (-2.0, -1.0), True)]),
    ("Quillmere Robotics (QRB.AX), Telstra and Santos rose as much as 3% each.",
     [("STO.AX", 3.0, None, True), ("TLS.AX", 3.0, None, True), ("name:quillmere-robotics", 3.0, None, True)]),
]


@pytest.mark.parametrize("text, expected", CODED, ids=[c[0][:50] for c in CODED])
def test_coded_unknown_names_keep_the_list(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == sorted(expected)


MORE = [
    # "virtually" as a hedge word, like "practically"
    ("Tesla shares fell virtually 3 per cent on Tuesday.", [("TSLA", -3.0, None, True)]),
    ("Apple and Microsoft gained virtually 2% each.", [("AAPL", 2.0, None, True), ("MSFT", 2.0, None, True)]),
    ("The rally was virtually over as Apple rose 2%.", [("AAPL", 2.0, None, False)]),
    # the Karachi benchmark by its older spellings
    ("The Karachi Stock Exchange 100 index rose about 1.2 per cent.", [("KSE100", 1.2, None, True)]),
    ("The KSE-100 Share Index lost nearly 2% on Monday.", [("KSE100", -2.0, None, True)]),
    ("Pakistan's Karachi Stock Exchange 100 shed between 1% and 1.5%.", [("KSE100", None, (-1.5, -1.0), True)]),
]


@pytest.mark.parametrize("text, expected", MORE, ids=[c[0][:50] for c in MORE])
def test_hedge_words_and_index_spellings(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == sorted(expected)
