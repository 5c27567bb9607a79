"""ASX and London companies by the short names Sydney and London newsrooms use ("Woodside", "Qantas",
"Lynas", "Brambles", "Sage", "Quilter"), where the exchange lists give only the legal or a long name.

Passages are written for these tests (invented sentences; the instruments are directory entries).
"""

from __future__ import annotations

from typing import Any

import pytest

from streams.model import Article
from tests.unit.extraction import EX


def moves(text: str) -> list[tuple[Any, ...]]:
    return [(e.instrument.key, e.direction, e.change_pct) for e in EX.extract(Article(id="t", body=text))]


SHORT_NAMES = [
    ("Woodside fell 2.2 per cent as oil prices eased.", [("WDS.AX", "down", -2.2)]),
    ("Energy stocks were weaker, with Woodside Energy down 1.9 per cent and Santos off 1.1 per cent.",
     [("WDS.AX", "down", -1.9), ("STO.AX", "down", -1.1)]),
    ("Among the miners, Northern Star gained 3.4 per cent and Lynas jumped 6.1 per cent.",
     [("NST.AX", "up", 3.4), ("LYC.AX", "up", 6.1)]),
    ("The national carrier Qantas lost 1.4 per cent.", [("QAN.AX", "down", -1.4)]),
    ("Pilbara Minerals slumped 7.3 per cent after lithium prices fell.", [("PLS.AX", "down", -7.3)]),
    ("WiseTech rose 2.6 per cent, Brambles added 1.2 per cent and Medibank eased 0.4 per cent.",
     [("WTC.AX", "up", 2.6), ("BXB.AX", "up", 1.2), ("MPL.AX", "down", -0.4)]),
    ("Shares in Flight Centre rose 5 per cent to $18.20.", [("FLT.AX", "up", 5.0)]),
    ("Treasury Wine shares fell 3.2 per cent.", [("TWE.AX", "down", -3.2)]),
    ("Sage rose 2.1% after results, while Compass slipped 0.8%.", [("SGE.L", "up", 2.1), ("CPG.L", "down", -0.8)]),
    ("Quilter climbed 4.4 per cent and Pennon fell 1.3 per cent.", [("QLT.L", "up", 4.4), ("PNN.L", "down", -1.3)]),
    ("Oxford Nanopore sank 9 per cent to 120p.", [("ONT.L", "down", -9.0)]),
    # ordinary words stay words
    ("The Treasury said bond yields rose 0.2%.", []),
]


@pytest.mark.parametrize(("text", "expected"), SHORT_NAMES)
def test_short_names(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert moves(text) == expected
