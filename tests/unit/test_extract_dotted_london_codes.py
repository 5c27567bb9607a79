"""Table-driven tests of London quote rows whose code ends in a period, as the exchange writes one- and two-letter
codes ("BP.", "TW.", "JD.", "UU."): "Alpha (AL.) 170.00p 0.80%". The period inside the parentheses ends no
sentence (native/src/abbreviations.rs `ticker_dot`), the code is the name again rather than another instrument
(groups.rs), and the row's level follows it (rows.rs).

The passages are written for these tests (the instruments are directory entries, the rows invented).
"""

from __future__ import annotations

from typing import Any

import pytest

from streams.model import Article
from tests.unit.extraction import EX


def moves(text: str) -> list[tuple[Any, ...]]:
    return [(e.instrument.key, e.change_pct, e.level, e.currency)
            for e in EX.extract(Article(id="t", body="FTSE 100 movers\n" + text))]


CASES = [
    ("FTSE 100 - Risers\nBP (BP.) 512.40p 1.35%", [("BP.L", 1.35, 512.4, "GBX")]),
    ("FTSE 100 - Risers\nTaylor Wimpey (TW.) 118.25p 0.64%\nBarratt Developments (BDEV) 472.00p 0.51%",
     [("TW.L", 0.64, 118.25, "GBX"), ("BTRW.L", 0.51, 472.0, "GBX")]),
    # a code that alone names another instrument ("JD") is the row's name again
    ("FTSE 100 - Fallers\nJD Sports Fashion (JD.) 131.10p -2.04%\nUnited Utilities Group (UU.) 1,002.50p -0.87%",
     [("JD.L", -2.04, 131.1, "GBX"), ("UU.L", -0.87, 1002.5, "GBX")]),
    ("Risers: BP (BP.) 498.00p 2.10% Taylor Wimpey (TW.) 121.30p 1.02%",
     [("BP.L", 2.1, 498.0, "GBX"), ("TW.L", 1.02, 121.3, "GBX")]),
]

SENTENCES = [
    # a period after a code in parentheses in prose still ends nothing else: the next sentence keeps its subject
    ("Utilities were bid in London (UU.) Shares of Acme rose 2%.", [("name:acme", 2.0, None, None)]),
    # a code in parentheses without its own period ends its sentence as before
    ("Traders sold the index (FTSE). Diageo fell 1.5%.", [("DGE.L", -1.5, None, None)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES + SENTENCES)
def test_dotted_london_code(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert moves(text) == expected
