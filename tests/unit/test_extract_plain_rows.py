"""Plain table rows: a name, then level, change and percent as bare figures, no sign on a rise and no percent
sign ("Hang Seng 22,924.25 238.20 1.05"), on one line or one cell a line under a header. Such a row is read
only when its change and percent agree with its level and it stands in a run of rows of its shape: a lone row,
figures that disagree, or words after the figures give nothing.

Tables are written for these tests (invented figures; index names from the built-in directory).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.extraction import rows_of

run = rows_of("instrument.key", "direction", "change_pct", "change_points", "level")


HSI = ("HSI", "up", 1.04, 240.1, 23410.5)
N225 = ("N225", "up", 0.52, 80.2, 15402.3)
KS = ("KOSPI", "down", -0.25, -6.3, 2512.4)

# (the tables stand under a report that states a move: an article without a percent anywhere is not read)
OPENING = "Shares of Orion Foods rose 3% in Tokyo.\n"
ORION = ("name:orion-foods", "up", 3.0, None, None)

PLAIN = [
    # one row a line, under a header and without one
    (OPENING + "Asian indices\nIndex Last Change Change %\n"
     "Hang Seng 23,410.50 240.10 1.04\nNikkei 225 15,402.30 80.20 0.52\n",
     [ORION, HSI, N225]),
    (OPENING + "Hang Seng 23,410.50 240.10 1.04\nNikkei 225 15,402.30 80.20 0.52", [ORION, HSI, N225]),
    # a signed row in the run is a fall; the unsigned rows beside it are rises
    ("Hang Seng 23,410.50 240.10 1.04\nKOSPI 2,512.40 -6.30 -0.25\nNikkei 225 15,402.30 80.20 0.52",
     [HSI, KS, N225]),
    # the last row of a run: the row before it vouches for it
    ("KOSPI 2,512.40 -6.30 -0.25\nNikkei 225 15,402.30 80.20 0.52\nSource: exchanges", [KS, N225]),
    # one cell a line
    (OPENING + "Asian indices\n\nLast\n\nChange\n\nChange in %\n\nHang Seng\n\n23,410.50\n\n240.10\n\n1.04\n\n"
     "Nikkei 225\n\n15,402.30\n\n80.20\n\n0.52\n\nAll rights reserved.", [ORION, HSI, N225]),
    # a lone row: nothing vouches for it
    (OPENING + "Markets\nHang Seng 23,410.50 240.10 1.04\nThe session was quiet.", [ORION]),
    # a change and a percent that do not agree with the level
    (OPENING + "Hang Seng 23,410.50 240.10 3.04\nNikkei 225 15,402.30 80.20 2.52", [ORION]),
    # words after the figures: no row
    (OPENING + "Hang Seng 23,410.50 240.10 1.04 at noon\nNikkei 225 15,402.30 80.20 0.52 at noon", [ORION]),
]


@pytest.mark.parametrize(("text", "expected"), PLAIN)
def test_plain_rows(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected
