"""A company named again by the ticker stated in brackets after its name ("Orion Foods (NYSE: ORFD)" ...
"ORFD fell 7%") is that company; an all-caps word never so stated (an acronym, a country, a code two companies
share, a longer code) is not. Passages written for these tests (invented companies)."""

from __future__ import annotations

import pytest

from tests.unit.extraction import rows_of

run = rows_of("instrument.key", "instrument.name", "direction", "change_pct")


POSITIVE = [
    # exchange and colon, with a space
    ("Quellmark Robotics Inc (NYSE: QLMK) rose 2% on Monday after a contract win. QLMK fell 4.2 per cent on Tuesday.",
     [("up", 2.0), ("down", -4.2)]),
    # exchange and colon, no space; the ticker with a possessive
    ("Tarsus Biologics (NASDAQ:TRSB) added 1.5% early on. Later, TRSB's shares jumped 12.7%.",
     [("up", 1.5), ("up", 12.7)]),
    ("Tarsus Biologics (NASDAQ:TRSB) added 1.5% early on. Later, TRSB jumped 12.7%.", [("up", 1.5), ("up", 12.7)]),
    # a market suffix
    ("Cindral Pharma (CDP.US) gained 3 percent in the morning. By the close CDP was up 9.1 percent.",
     [("up", 3.0), ("up", 9.1)]),
    ("Halvern Mining (HVM.L) dipped 0.5% at the open. Analysts were cautious. HVM rose 3.5% by the close.",
     [("down", -0.5), ("up", 3.5)]),
    # a bare code in brackets
    ("Northwind Foods (NWFD) slipped 0.8% on Monday. NWFD fell 7.1% in early trade on Tuesday.",
     [("down", -0.8), ("down", -7.1)]),
    ("Marrow & Pike (MRPK) lost 2% after the warning. In London MRPK closed 5pc lower.",
     [("down", -2.0), ("down", -5.0)]),
    # an exchange not in the symbol table
    ("Velloro Mines (TSX: VLG) advanced 4% on Friday. VLG had fallen 6% a week earlier.",
     [("up", 4.0), ("down", -6.0)]),
]

NEGATIVE = [
    # acronyms that were never stated as a ticker
    "Brightwater Energy (BWE) rose 1% after naming a new CEO. CEO pay rose 3% last year.",
    "Kestrel Optics (KSO) fell 2% on Monday. GDP rose 0.4% in the quarter, and EPS rose 5%.",
    # a country in brackets after a name is no ticker
    "Orion Foods (UK) gained 2% on Monday. UK inflation rose 2.1% in May.",
    # a code that two companies share names neither
    "Acme Widgets (ACW) rose 1% and Bolt Tools (ACW) fell 2%. Later ACW rose 3%.",
    # a ticker inside a longer code or word
    "Pelham Motors (PLM) edged up 1%. PLM-X fell 4% and PLMX rose 6%.",
    # a code never stated in brackets
    "Pelham Motors (PLM) edged up 1%. ZXQV fell 3% on Monday.",
]


@pytest.mark.parametrize("text,moves", POSITIVE)
def test_ticker_names_its_company_again(text: str, moves: list[tuple[str, float]]) -> None:
    events = run(text)
    assert [(e[2], e[3]) for e in events] == moves
    # one company: the one introduced with the bracket
    assert len({e[0] for e in events}) == 1


@pytest.mark.parametrize("text", NEGATIVE)
def test_other_capitals_are_not_the_company(text: str) -> None:
    # the companies named with a bracket keep only the moves stated next to their names (1% or 2%): none of
    # the later all-caps words is taken for them
    named = [e for e in run(text) if e[0].startswith("name:") and " " in e[1]]
    assert named and all(abs(e[3]) <= 2.0 for e in named)
    assert len(named) <= 2
