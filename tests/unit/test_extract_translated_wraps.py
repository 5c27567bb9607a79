"""Verbs of machine-translated French and Spanish market wraps that are a move only with a figure right after
them ("Alpha took 2.4%" for "prend", "ceded 0.5%" for "cède", "contracted by 1.2%"), and sectors as European
and UK wraps name them: a sector that "led gains ... with a 1.9 per cent advance", an adjective before one
("Heavyweight banks gained 1.1%"), which leaves "In the heavyweight mining sector, ..." a scene; lists of
Nordic wraps: figures that share a unit after a noun of a move ("with a decline of 3.7 and 2.9 per cent,
respectively", "a 3.2 and 2.5 per cent increase"), and gapped items with their city ("the CAC 40 in Paris by
0.3 per cent").

Passages are written for these tests (invented sentences; company names from the built-in directory).
"""

from __future__ import annotations

from typing import Any

import pytest

from streams.model import Article
from tests.unit.extraction import EX


def moves(text: str) -> list[tuple[Any, ...]]:
    """Key, direction, percent and level of each event."""
    return [(e.instrument.key, e.direction, e.change_pct, e.level)
            for e in EX.extract(Article(id="t", body=text))]


BARE_VERBS = [
    ("Renault took 1.9% to 35.10 euros.", [("RNL.PA", "up", 1.9, 35.1)]),
    ("Last Friday the CAC 40 had taken 0.8%.", [("CAC", "up", 0.8, None)]),
    ("Airbus ceded 0.7% to 128.40 euros.", [("AIR.PA", "down", -0.7, 128.4)]),
    ("Kering cedes 2.2% after its sales update.", [("KER.PA", "down", -2.2, None)]),
    ("In Amsterdam, ING has contracted by 1.6%.", [("IGPA.AS", "down", -1.6, None)]),
    ("The Ibex 35 receded 0.4% to 9,120 points.", [("IBEX", "down", -0.4, 9120.0)]),
    # no figure right after: no move
    ("Renault took a 5% stake in a battery maker.", []),
    ("Renault took 20% of the French market last year.", []),
    ("Kering ceded control of the unit, whose sales rose 3%.", []),
]

SECTORS = [
    ("Autos led gains among the main sectors with a 2.1 per cent advance.",
     [("name:autos-sub-index", "up", 2.1, None)]),
    ("Miners led the fallers, down 1.8%.", [("name:miners-sub-index", "down", -1.8, None)]),
    ("Heavyweight banks gained 1.3% with Barclays rising 1.9%.",
     [("name:banks-sub-index", "up", 1.3, None), ("BARC.L", "up", 1.9, None)]),
    ("Major miners fell 2.4%.", [("name:miners-sub-index", "down", -2.4, None)]),
    # a sector that led another's move has none of its own
    ("Banks led the FTSE 100 higher, and Tesco rose 2%.", [("TSCO.L", "up", 2.0, None)]),
    # a scene, with an adjective after "the"
    ("In the heavyweight mining sector, Glencore rose 0.7 per cent.", [("GLEN.L", "up", 0.7, None)]),
]


@pytest.mark.parametrize(("text", "expected"), BARE_VERBS)
def test_translated_verbs_before_a_figure(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert moves(text) == expected


@pytest.mark.parametrize(("text", "expected"), SECTORS)
def test_sectors_of_european_wraps(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert moves(text) == expected


LISTS = [
    ("Yara and Equinor were among the losers with a decline of 3.1 and 1.4 per cent, respectively.",
     [("YAR.OL", "down", -3.1, None), ("EQNR.OL", "down", -1.4, None)]),
    ("Yara and DNB posted a 2.6 and 0.9 per cent increase.",
     [("YAR.OL", "up", 2.6, None), ("DNB.OL", "up", 0.9, None)]),
    ("Norsk Hydro and Orkla saw gains of 1.5 and 0.7 percent.",
     [("NHY.OL", "up", 1.5, None), ("ORK.OL", "up", 0.7, None)]),
    # a number that is no part of such a list keeps its own unit
    ("Tesco rose 2%, with a 3 and 4 per cent weight.", [("TSCO.L", "up", 2.0, None)]),
    ("The DAX in Frankfurt fell by 1.2 per cent, CAC 40 in Paris by 0.6 per cent and FTSE 100 in London by 0.4 "
     "per cent.",
     [("DAX", "down", -1.2, None), ("CAC", "down", -0.6, None), ("UKX", "down", -0.4, None)]),
    ("The Nikkei rose 0.8 per cent and the Hang Seng in Hong Kong by 1.1 per cent.",
     [("N225", "up", 0.8, None), ("HSI", "up", 1.1, None)]),
]


@pytest.mark.parametrize(("text", "expected"), LISTS)
def test_lists_of_nordic_wraps(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert moves(text) == expected
