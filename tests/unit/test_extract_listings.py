"""A company listed in several markets resolves to its home listing unless the article is about the market of
another of its lines: US depositary lines ("Barclays PLC", "Equinor ASA") are loaded after every home listing
(``instruments-us-cross.tsv``). Table-driven, one row a case; the passages are invented."""

from __future__ import annotations

from typing import Any

import pytest

from streams.directory import Directory
from tests.unit.extraction import rows_of

run = rows_of("instrument.key", "direction", "change_pct")


CASES: list[tuple[str, list[tuple[Any, ...]]]] = [
    # no market said: the home listing
    ("Barclays PLC rose 2.4% after the bank lifted its targets.", [("BARC.L", "up", 2.4)]),
    ("Equinor ASA fell 1.8% as crude slid.", [("EQNR.OL", "down", -1.8)]),
    ("Novo Nordisk A/S dropped 4.1% on the trial data.", [("NOVO-B.CO", "down", -4.1)]),
    # a Nordic wrap: the Oslo line
    ("Oslo's benchmark index edged up 0.2%, while Equinor gained 1.5%.", [("OBX", "up", 0.2), ("EQNR.OL", "up", 1.5)]),
    # a Wall Street story: the New York line still wins
    ("The S&P 500 rose 0.5%. Barclays PLC rose 2.4% in New York.", [("SPX", "up", 0.5), ("BCS", "up", 2.4)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_home_listing_wins(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("name", "first"), [
    ("Barclays PLC", "BARC.L"),
    ("Equinor ASA", "EQNR.OL"),
    ("Pfizer", "PFE"),  # an American company keeps its own line before its local arm ("Pfizer Limited")
])
def test_directory_order_prefers_home(name: str, first: str) -> None:
    assert [m.candidates[0].key for m in Directory.load().find(f"Shares of {name} rose")] == [first]
