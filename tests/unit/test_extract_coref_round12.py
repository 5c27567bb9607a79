"""Coreference, round twelve.

- a bare "Shares" opening its sentence and followed by a phrase set off by commas ("Shares, already down 60% this
  year, fell 3%", "Shares, up 8% this month, slipped 1.2%", "Shares, meanwhile, rose 2.5%") names the stock before
  it, as "Shares, which ..." and "The shares, ..." did; not a list of markets ("Shares, bonds and gold"), nor
  after an index, a person or a business quantity;
- more company heads of references: "the payments provider", "the engineering specialist", "the mining
  heavyweight", "the jeweller", "the outsourcer", "the contractor"; never after a person, and never an index.

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


NEW_HEADS: list[tuple[str, list[tuple[Any, ...]]]] = [
    ("Vodafone cut its forecast. The telecoms provider fell 3%.", [("VOD", -3.0)]),
    ("Rolls-Royce raised its outlook. The engineering specialist rose 4%.", [("RR.L", 4.0)]),
    ("BHP raised its dividend. The mining heavyweight rose 2.5%.", [("BHP.AX", 2.5)]),
    ("Tesco cut its forecast. Shares in the supermarket rose. The heavyweight later added 1.5%.",
     [("TSCO.L", 1.5)]),
    # the nearest compatible antecedent
    ("Tesco fell 1%. Rolls-Royce raised its outlook. The engineering specialist rose 4%.",
     [("TSCO.L", -1.0), ("RR.L", 4.0)]),
    # nothing to name: a person, an index, a business quantity
    ("Chief executive Ann Lee resigned. The payments provider fell 3%.", []),
    ("The Nikkei rose 1%. The data provider said volumes rose 4%.", [("N225", 1.0)]),
    ("Revenue grew 9% last year. The engineering specialist expects margins to rise.", []),
]


@pytest.mark.parametrize(("text", "expected"), NEW_HEADS)
def test_more_company_heads_name_the_company_before(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected
