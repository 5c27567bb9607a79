"""Forms of European and UK market reports: "powered ahead 2.5%" (but "ahead of" is a time), a plus sign
parted from its figure after a word ("Alpha at + 1.6%", from machine-translated French wraps), lists under
"best performers" and "worst performers", a legal form after a known name before a list item's figure
("Alpha Holdings (2.7 percent)"), and sector indices of the FTSE and STOXX families ("the FTSE 350 mining
index" is one sector, not the FTSE 350 as well).

Passages are written for these tests (invented sentences; company names from the built-in directory or made up).
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


AHEAD = [
    ("The DAX powered ahead 1.8% to finish at 18,210.5.", [("DAX", "up", 1.8, 18210.5)]),
    ("Tesco forged ahead 2.5% on Tuesday.", [("TSCO.L", "up", 2.5, None)]),
    ("The FTSE 100 was 0.5% ahead at 7,500.", [("UKX", "up", 0.5, 7500.0)]),
    # "ahead of" is a time: the move's own adverb or verb decides
    ("Barclays was down 2.8% ahead of its results.", [("BARC.L", "down", -2.8, None)]),
    ("Tesco fell 1.2% ahead of the holiday weekend.", [("TSCO.L", "down", -1.2, None)]),
    ("Sales were 5% ahead of last year.", []),
]

PLUS_SIGN = [
    ("Banks rallied, with Societe Generale at + 1.6% to 24.10 euros.", [("GLE.PA", "up", 1.6, 24.1)]),
    ("Michelin was at + 0.9% and BNP Paribas at + 2.2%.", [("ML.PA", "up", 0.9, None), ("BNP.PA", "up", 2.2, None)]),
    # a minus with spaces stays a dash
    ("Orange - the telecoms group - rose 1.1%.", [("ORA.PA", "up", 1.1, None)]),
]

RANKED_HEADERS = [
    ("Best performers included Glencore (2.4 percent) and Tesco (1.9 percent).",
     [("GLEN.L", "up", 2.4, None), ("TSCO.L", "up", 1.9, None)]),
    ("Other top performers included Barclays (3.1%), Tesco (2.2%) and BAE Systems (1.5%).",
     [("BARC.L", "up", 3.1, None), ("TSCO.L", "up", 2.2, None), ("BA.L", "up", 1.5, None)]),
    ("The worst performers were Glencore (4.1 percent) and Barclays (2.6 percent).",
     [("GLEN.L", "down", -4.1, None), ("BARC.L", "down", -2.6, None)]),
    ("Among the weakest performers, Tesco (1.3%) and Glencore (0.8%).",
     [("TSCO.L", "down", -1.3, None), ("GLEN.L", "down", -0.8, None)]),
    # a sector as the best performer keeps its own move
    ("Materials were the best performers after a 2% gain.", [("name:materials-sub-index", "up", 2.0, None)]),
]

LEGAL_FORMS = [
    # a legal form after a name the directory has without it, before a list item's figure
    ("Losers included Glencore (3.2 percent), Imperial Brands Group (0.9 percent), and Admiral Group (1 percent).",
     [("GLEN.L", "down", -3.2, None), ("IMB.L", "down", -0.9, None), ("ADM.L", "down", -1.0, None)]),
    ("Top performers included Antofagasta Holdings (2.7 percent) and Tesco (1.1 percent).",
     [("ANTO.L", "up", 2.7, None), ("TSCO.L", "up", 1.1, None)]),
    ("Gainers: Antofagasta Holdings 2.1%, Glencore 1.2% and Tesco 1%.",
     [("ANTO.L", "up", 2.1, None), ("GLEN.L", "up", 1.2, None), ("TSCO.L", "up", 1.0, None)]),
    # in a quote row, an abbreviated legal form too ("Intl")
    ("Lonza 70.96 +1.06 +1.52 Kuehne + Nagel Intl 150.20 +0.90 +0.60 Novartis 98.10 -0.20 -0.20",
     [("LONN.SW", "up", 1.52, 70.96), ("KNIN.SW", "up", 0.6, 150.2), ("NOVN.SW", "down", -0.2, 98.1)]),
    ("Tesco PLC 301.5p 2.1%", [("TSCO.L", "up", 2.1, 301.5)]),
]

FAMILY_SECTORS = [
    ("The FTSE 350 mining index rose 2.2%.", [("name:ftse-350-mining-sub-index", "up", 2.2, None)]),
    ("The FTSE 100 banking sector fell 1.4 per cent.", [("name:ftse-100-banking-sub-index", "down", -1.4, None)]),
    ("The Euro Stoxx tech index added 0.7%.", [("name:euro-stoxx-tech-sub-index", "up", 0.7, None)]),
    ("The Stoxx Europe 600 tobacco index slipped 0.6%.",
     [("name:stoxx-europe-600-tobacco-sub-index", "down", -0.6, None)]),
    # the broad gauge alone is still the index
    ("The FTSE 350 index rose 0.4% to 4,312.", [("NMX", "up", 0.4, 4312.0)]),
]


@pytest.mark.parametrize(("text", "expected"), AHEAD + PLUS_SIGN + RANKED_HEADERS + LEGAL_FORMS + FAMILY_SECTORS)
def test_european_forms(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert moves(text) == expected
