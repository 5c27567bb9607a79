"""Continental European companies by the names their newsrooms use, and figures their wraps write.

- A name of four capitals that reads as a word is written in title case ("KONE" is "Kone", "BPER" "Bper",
  "SCOR" "Scor"; scripts/build_directory.py, continental markets only; a former name keeps its spelling);
- short and house names of large caps the legal names do not give ("Intesa", "Fineco", "Akzo", "Air France",
  "Novozymes"), and large caps of exchanges the public lists leave out (Warsaw, Athens, Budapest, Prague,
  Lisbon, Vienna; streams/data/aliases.tsv);
- the wire formula "the FTSEurofirst 300 index of top European shares" is that index, not "European shares".

Passages are written for these tests (invented sentences and figures; company names from the directory).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from streams.model import Article

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

from build_directory import Rules
from directory_names import title_caps

from tests.unit.extraction import EX


def moves(text: str) -> list[tuple[Any, ...]]:
    """Key, direction and percent of each event."""
    return [(e.instrument.key, e.direction, e.change_pct) for e in EX.extract(Article(id="t", body=text))]


TITLE_CASE = [
    ("Kone rose 2.1% in Helsinki.", [("KNEBV.HE", "up", 2.1)]),
    ("Bper fell 0.8% and Banco Bpm 1.1%.", [("BPE.MI", "down", -0.8), ("BAMI.MI", "down", -1.1)]),
    ("Shares of Kion slipped 1.5 percent after the profit warning.", [("KGX.DE", "down", -1.5)]),
    ("Scor gained 3 per cent in Paris.", [("SCR.PA", "up", 3.0)]),
    # the capitals still name them
    ("KONE and SCOR both rose 1%.", [("KNEBV.HE", "up", 1.0), ("SCR.PA", "up", 1.0)]),
]


@pytest.mark.parametrize(("text", "expected"), TITLE_CASE)
def test_four_capitals_in_title_case(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert moves(text) == expected


@pytest.mark.parametrize(
    ("surfaces", "expected"),
    [
        (["KONE"], ["Kone"]),
        (["BPER Banca", "BPER"], ["Bper"]),
        (["IMCD"], []),  # initials, no word
        (["SEB"], []),  # three capitals stay initials
        (["Kone", "KONE"], []),  # already there
    ],
)
def test_title_caps(surfaces: list[str], expected: list[str]) -> None:
    rules = Rules(common={"edge"}, deny=set(), allow=set(), proper={"nova"})
    assert title_caps(surfaces, rules, True) == expected


HOUSE_NAMES = [
    ("Intesa fell 1.2% and Fineco lost 0.9%.", [("ISP.MI", "down", -1.2), ("FBK.MI", "down", -0.9)]),
    ("Akzo rose 3% and Novozymes fell 1%.", [("AKZA.AS", "up", 3.0), ("NZYM-B.CO", "down", -1.0)]),
    ("Air France jumped 4.5 percent.", [("AF.PA", "up", 4.5)]),
    ("Mercedes fell 2% and Wartsila gained 1.4%.", [("MBG.DE", "down", -2.0), ("WRT1V.HE", "up", 1.4)]),
    ("Kongsberg rose 2.2% and Gjensidige slipped 0.4% in Oslo.", [("KOG.OL", "up", 2.2), ("GJF.OL", "down", -0.4)]),
    ("Monte dei Paschi rose 2% while Mps bonds were steady.", [("BMPS.MI", "up", 2.0)]),
    ("Handelsbank shares rose 0.7 percent.", [("SHB-A.ST", "up", 0.7)]),
]


@pytest.mark.parametrize(("text", "expected"), HOUSE_NAMES)
def test_house_names_of_large_caps(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert moves(text) == expected


OTHER_EXCHANGES = [
    ("In Warsaw, PKO BP rose 1.2% and Orlen fell 0.4%.", [("PKO.WA", "up", 1.2), ("PKN.WA", "down", -0.4)]),
    ("KGHM slid 3.1 percent on copper.", [("KGH.WA", "down", -3.1)]),
    ("National Bank of Greece climbed 3% and Eurobank 2.5%.", [("ETE.AT", "up", 3.0), ("EUROB.AT", "up", 2.5)]),
    ("OTP rose 1% in Budapest and CEZ fell 0.5% in Prague.", [("OTP.BD", "up", 1.0), ("CEZ.PR", "down", -0.5)]),
    ("Jeronimo Martins lost 2.3% in Lisbon.", [("JMT.LS", "down", -2.3)]),
    ("voestalpine added 1.9% in Vienna.", [("VOE.VI", "up", 1.9)]),
]


@pytest.mark.parametrize(("text", "expected"), OTHER_EXCHANGES)
def test_large_caps_of_exchanges_the_lists_leave_out(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert moves(text) == expected


NOT_COMPANIES = [
    "Apple chief executive Tim Cook said sales rose 5% in the quarter.",
    "Dong Wei, an analyst, said volumes rose 4%.",
]


@pytest.mark.parametrize("text", NOT_COMPANIES)
def test_people_are_no_companies(text: str) -> None:
    assert moves(text) == []


WIRE_FORMULA = [
    ("The FTSEurofirst 300 index of top European shares fell 0.4 per cent.", [("FTEU3", "down", -0.4)]),
    ("The pan-European FTSEurofirst 300 index of leading European shares rose 0.8%.", [("FTEU3", "up", 0.8)]),
    ("European stocks closed higher, with the FTSEurofirst 300 index of top shares up 1.1 percent.",
     [("FTEU3", "up", 1.1)]),
]


@pytest.mark.parametrize(("text", "expected"), WIRE_FORMULA)
def test_index_of_top_european_shares(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert moves(text) == expected


MORE_LARGE_CAPS = [
    # a separately listed daughter is its own company
    ("Acciona rose 1% and Acciona Energia fell 2%.", [("ANA.MC", "up", 1.0), ("ANE.MC", "down", -2.0)]),
    ("Gains were led by Acciona Energias Renovables (1.4%), Endesa (0.6%) and Ferrovial (0.3%).",
     [("ANE.MC", "up", 1.4), ("ELE.MC", "up", 0.6), ("FER.MC", "up", 0.3)]),
    ("Indra rose 3% and Logista fell 1% in Madrid.", [("IDR.MC", "up", 3.0), ("LOG.MC", "down", -1.0)]),
    ("Lindt fell 2% and Sandoz rose 1.5% in Zurich.", [("LISN.SW", "down", -2.0), ("SDZ.SW", "up", 1.5)]),
    ("Colruyt rose 1% and D'Ieteren fell 2.2% in Brussels.", [("COLR.BR", "up", 1.0), ("DIE.BR", "down", -2.2)]),
    ("Bakkafrost climbed 4.1 percent and Austevoll 2.7 percent.", [("BAKKA.OL", "up", 4.1), ("AUSS.OL", "up", 2.7)]),
    ("Vopak lost 1.3% and Boskalis gained 0.8% in Amsterdam.", [("VPK.AS", "down", -1.3), ("BOKA.AS", "up", 0.8)]),
]


@pytest.mark.parametrize(("text", "expected"), MORE_LARGE_CAPS)
def test_more_large_caps_by_their_short_names(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert moves(text) == expected
