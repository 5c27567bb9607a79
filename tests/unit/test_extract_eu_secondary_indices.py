"""Secondary, broad and smaller national indices of continental Europe (rows of streams/data/aliases.tsv): each is
its own instrument, not the longest better-known name inside it ("FTSE Italia Mid Cap" is no FTSE 100, "OMX
Stockholm All-Share" no FTSE All-Share, "CAC Next 20" no CAC 40); the STOXX Europe 600 sector indices under each
of their head words ("banking", "miners", "tech") after "Stoxx 600"; the euro zone banks index written
"eurozone"; the Milan exchange by its square ("Piazza Affari").

Passages are written for these tests (invented sentences and figures).
"""

from __future__ import annotations

from typing import Any

import pytest

from streams.model import Article
from tests.unit.extraction import EX


def moves(text: str) -> list[tuple[Any, ...]]:
    """Key, direction and percent of each event."""
    return [(e.instrument.key, e.direction, e.change_pct) for e in EX.extract(Article(id="t", body=text))]


SECONDARY = [
    # Italy
    ("The FTSE Italia Mid Cap rose 0.7% and the FTSE Italia Star slipped 0.3%.",
     [("FTSEITMC", "up", 0.7), ("FTSEITSTAR", "down", -0.3)]),
    ("Milan closed lower. The FTSE MIB lost 1.1% to 27,400 points and the Ftse All Share 1.2%.",
     [("FTSEMIB", "down", -1.1), ("FTSEITAS", "down", -1.2)]),
    ("Eni gained 1%. The FTSE Italia All-Share index closed 0.4 per cent higher.",
     [("ENI.MI", "up", 1.0), ("FTSEITAS", "up", 0.4)]),
    ("Milan's Piazza Affari ended 0.9% higher.", [("FTSEMIB", "up", 0.9)]),
    # France, Spain, Germany
    ("The CAC Next 20 dropped 1.4 percent while the CAC 40 eased 0.2 percent.",
     [("CACNEXT20", "down", -1.4), ("CAC", "down", -0.2)]),
    ("The IBEX Medium Cap added 0.6% and the Ibex Small Cap 0.9%.",
     [("IBEXMC", "up", 0.6), ("IBEXSC", "up", 0.9)]),
    ("The HDAX rose 0.5%.", [("HDAX", "up", 0.5)]),
    # Nordics and Baltics
    ("The OMX Stockholm All-Share index climbed 0.8 percent.", [("OMXSPI", "up", 0.8)]),
    ("Stockholm's OMXS index was down 1.2 percent on the day.", [("OMXSPI", "down", -1.2)]),
    ("The OMXC20 fell 0.6% and the OMX Helsinki index rose 0.3%.", [("OMXC20", "down", -0.6), ("OMXHPI", "up", 0.3)]),
    ("Oslo's benchmark OSEBX gained 1.1 per cent.", [("OSEBX", "up", 1.1)]),
    ("The Stoxx Nordic index shed 2.5 percent and the OMX Nordic 40 2.2 percent.",
     [("STXNORDIC", "down", -2.5), ("OMXN40", "down", -2.2)]),
    ("The OMX Tallinn rose 0.4% and the OMX Riga fell 0.2%.", [("OMXT", "up", 0.4), ("OMXR", "down", -0.2)]),
    # Switzerland, Ireland, Austria, central and southern Europe
    ("The Swiss Leader Index rose 0.3% and the SMIM gained 0.5%.", [("SLI", "up", 0.3), ("SMIM", "up", 0.5)]),
    ("The ISEQ All-Share index fell 0.9 percent in Dublin.", [("ISEQOVERALL", "down", -0.9)]),
    ("The ATX Prime advanced 0.7%.", [("ATXPRIME", "up", 0.7)]),
    ("The Athens general index jumped 2.3 percent.", [("ATHEX", "up", 2.3)]),
    ("Greek stocks fell 1.6% in Athens.", [("ATHEX", "down", -1.6)]),
    ("The Athex composite rose 0.8% and the FTSE/ATHEX Large Cap 0.9%.",
     [("ATHEX", "up", 0.8), ("FTSEATHEX", "up", 0.9)]),
    ("In Warsaw the mWIG40 gained 0.5% and the sWIG80 lost 0.2%.", [("MWIG40", "up", 0.5), ("SWIG80", "down", -0.2)]),
    ("Romania's BET index rose 0.4% and Croatia's CROBEX fell 0.3%.", [("BET", "up", 0.4), ("CROBEX", "down", -0.3)]),
    # pan-European
    ("The broader Euro Stoxx index rose 0.4% and the Euro Stoxx 50 0.6%.", [("SXXE", "up", 0.4), ("SX5E", "up", 0.6)]),
    ("The Stoxx Europe 50 slipped 0.3%.", [("SX5P", "down", -0.3)]),
]


@pytest.mark.parametrize(("text", "expected"), SECONDARY)
def test_secondary_and_smaller_european_indices(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert moves(text) == expected


NOT_THE_BIGGER_NAME = [
    # the better-known names stay theirs
    ("The FTSE All-Share fell 1% and the FTSE 250 lost 0.8%.", [("FTAS", "down", -1.0), ("MCX", "down", -0.8)]),
    ("The ISEQ fell 0.5%.", [("ISEQ", "down", -0.5)]),
    ("The OMXS30 rose 0.4%.", [("OMXS30", "up", 0.4)]),
]


@pytest.mark.parametrize(("text", "expected"), NOT_THE_BIGGER_NAME)
def test_main_indices_keep_their_names(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert moves(text) == expected


SECTORS = [
    ("The STOXX 600 banking index rose 1.2%.", [("SX7P", "up", 1.2)]),
    ("The Stoxx 600 mining index dropped 2.4 percent.", [("SXPP", "down", -2.4)]),
    ("The Stoxx 600 tech sector gained 1.8%.", [("SX8P", "up", 1.8)]),
    ("The eurozone banks index fell 2.0%.", [("SX7E", "down", -2.0)]),
    ("The euro zone banking index lost 2.5 percent.", [("SX7E", "down", -2.5)]),
]


@pytest.mark.parametrize(("text", "expected"), SECTORS)
def test_stoxx_sector_indices_under_each_head_word(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert moves(text) == expected
