"""Coreference, round ten.

- a noun of a move after "a"/"an", a time noun, "of" and its figure before a causative verb and the subject's
  reference ("A decline yesterday of 1.4% left the stock near its low"): the move of that subject, as "a
  decline of 1.4% on Friday" is; a phrase naming another thing after the figure ("in revenue", "in the FTSE
  100") still keeps it from the stock.

Table-driven, one row a case; the passages are invented.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.extraction import rows_of

run = rows_of("instrument.key", "change_pct")


TIMED_NOUNS: list[tuple[str, list[tuple[Any, ...]]]] = [
    ("Apple reported results on Monday. A decline yesterday of 1.4 per cent left the stock near a low.",
     [("AAPL", -1.4)]),
    ("Rio Tinto cut its forecast. A slide today of 3.2% took the shares to a two-year low.", [("RIO.L", -3.2)]),
    ("Tesco raised its dividend. A gain yesterday of about 2% lifted the stock to a record.", [("TSCO.L", 2.0)]),
    ("Apple reported results on Monday. A decline of 1.4 per cent on Friday left the stock near a low.",
     [("AAPL", -1.4)]),
    # another thing's move is not the stock's
    ("Apple reported results. A rise yesterday of 10% in revenue pleased investors.", []),
    ("Shares in Barclays were steady. A rise yesterday of 1.2% in the FTSE 100 lifted the miners.", [("UKX", 1.2)]),
]


@pytest.mark.parametrize(("text", "expected"), TIMED_NOUNS)
def test_time_noun_between_move_noun_and_figure(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected
