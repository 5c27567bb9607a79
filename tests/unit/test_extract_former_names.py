"""Former names of large companies that newsrooms still use (curated rows of ``aliases.tsv``): the company under
its code today; only forms that are no everyday word alone ("Square Inc.", never a bare "Square").

Passages are written for these tests (invented sentences).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.extraction import rows_of

run = rows_of("instrument.key", "direction", "change_pct")

FORMER = [
    ("Square Inc. fell 6% in after-hours trading on Wednesday.", [("XYZ", "down", -6.0)]),
    ("Shares of Square Inc rose 4.5% after the payments update.", [("XYZ", "up", 4.5)]),
    ("Royal Dutch Shell fell 1.2% in London as crude slipped.", [("SHEL.L", "down", -1.2)]),
    ("Royal Dutch Shell plc shares added 0.7% on Monday.", [("SHEL.L", "up", 0.7)]),
    ("Shares of GlaxoSmithKline rose 2.3% after the trial results.", [("GSK.L", "up", 2.3)]),
    ("GlaxoSmithKline plc slipped 1.4% in early London trade.", [("GSK.L", "down", -1.4)]),
    ("Raytheon Technologies gained 1.5% on the contract news.", [("RTX", "up", 1.5)]),
    ("United Technologies rose 1% in New York.", [("RTX", "up", 1.0)]),
    ("CenturyLink fell 3% after the dividend cut.", [("LUMN", "down", -3.0)]),
]

# the names of today and other companies that share a word stay theirs
TODAY = [
    ("GSK fell 1.1% in London.", [("GSK.L", "down", -1.1)]),
    ("RTX A/S rose 4% in Copenhagen.", [("RTX.CO", "up", 4.0)]),
    ("Square Enix rose 2% in Tokyo.", [("9684.T", "up", 2.0)]),
    ("Shell rose 0.8% while BP fell 0.4%.", [("SHEL.L", "up", 0.8), ("BP.L", "down", -0.4)]),
]


@pytest.mark.parametrize(("text", "expected"), FORMER + TODAY)
def test_former_names(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected
