""""Communications" as a sector on its own, the short name of the communication services sector in market wraps
("Communications and materials fell 0.9 per cent apiece", docs/move-events.md, "Shared figures" and "Lists"),
like "materials" or "utilities" (streams/data/lexicon.toml, `sector_names`). Passages written for these tests.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.extraction import rows_of

run = rows_of("instrument.key", "change_pct", sort=True)

COMMS = "name:communications-sub-index"

ROWS = [
    ("Communications and utilities dropped 1.1 per cent apiece on Monday.",
     [(COMMS, -1.1), ("name:utilities-sub-index", -1.1)]),
    ("Communications rose 1.2% on Tuesday as Telstra firmed.", [(COMMS, 1.2)]),
    ("Communications, utilities and energy gained 0.5%, 0.3% and 0.2% respectively.",
     [(COMMS, 0.5), ("name:energy-sub-index", 0.2), ("name:utilities-sub-index", 0.3)]),
    ("Materials slid 0.8 per cent, communications 0.4 per cent.",
     [(COMMS, -0.4), ("name:materials-sub-index", -0.8)]),
    # not a sector's move: the revenue of a business, a minister, a company's unit
    ("The communications minister said phone revenue rose 3%.", []),
    ("Communications revenue at the carrier rose 4% in the half.", []),
    ("Telstra's communications unit grew 6%.", []),
]


@pytest.mark.parametrize("text, expected", ROWS, ids=[c[0][:50] for c in ROWS])
def test_communications_is_a_sector(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == sorted(expected)
