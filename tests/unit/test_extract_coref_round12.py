"""Coreference, round twelve.

- a bare "Shares" opening its sentence and followed by a phrase set off by commas ("Shares, already down 60% this
  year, fell 3%", "Shares, up 8% this month, slipped 1.2%", "Shares, meanwhile, rose 2.5%") names the stock before
  it, as "Shares, which ..." and "The shares, ..." did; not a list of markets ("Shares, bonds and gold"), nor
  after an index, a person or a business quantity.

Table-driven, one row a case; the passages are invented.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.extraction import rows_of

run = rows_of("instrument.key", "change_pct")


SHARES_APPOSITIVE: list[tuple[str, list[tuple[Any, ...]]]] = [
    ("Tesco cut its forecast. Shares, already down 65 percent this year, dropped 2%.",
     [("TSCO.L", -65.0), ("TSCO.L", -2.0)]),
    ("Toyota recalled 1 million cars. Shares, down 12% this year, fell a further 3.5% in Tokyo.",
     [("7203.T", -12.0), ("7203.T", -3.5)]),
    ("BHP cut its dividend. Shares, up 8% so far this month, slipped 1.2%.", [("BHP.AX", 8.0), ("BHP.AX", -1.2)]),
    ("Unilever raised its outlook. Shares, meanwhile, rose 2.5%.", [("ULVR.L", 2.5)]),
    ("Barclays cut 5,000 jobs. Shares, however, fell 1.8%.", [("BARC.L", -1.8)]),
    ("Tesco cut its forecast. Shares, which had slid 7% after hours, fell 4%.", [("TSCO.L", -7.0), ("TSCO.L", -4.0)]),
    # a list of markets, not a pronoun
    ("Tesco cut its forecast. Shares, bonds and gold fell 2%.", []),
    # no stock to name: an index, a person, a business quantity
    ("The Nikkei rose 1%. Shares, meanwhile, fell 2%.", [("N225", 1.0)]),
    ("Chief executive Ann Lee resigned. Shares, already down 20% this year, fell 3%.", []),
    ("Sales rose 12% last year. Shares, meanwhile, gained 4%.", []),
]


@pytest.mark.parametrize(("text", "expected"), SHARES_APPOSITIVE)
def test_shares_before_a_phrase_in_commas_names_the_stock_before(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected
