"""Coreference, round four: references after an object verb, and companies known by their ASX code.

- "its share price" / "the stock price" is one reference, so a figure after it as the object of a verb is its
  move ("a rally lifted its share price by 1.3%");
- a company labelled with an ASX code ("Quokka Minerals (ASX:QKM)") is a company even when the directory lacks
  it, and its code is QKM.AX, so a reference after it names it.

Table-driven, one row a case; the passages are invented.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.extraction import rows_of

run = rows_of("instrument.key", "change_pct")


PRICE_OBJECTS: list[tuple[str, list[tuple[Any, ...]]]] = [
    ("Sony overtook Toyota after a rally that lifted its share price by 2.4 per cent.", [("6758.T", 2.4)]),
    ("Toyota beat forecasts, and a wave of buying pushed its share price 3.1% higher.", [("7203.T", 3.1)]),
    # the reference as a subject still names the company
    ("Sony cut its outlook. Its share price fell 3 percent.", [("6758.T", -3.0)]),
    ("Tencent cut its outlook. The stock price dropped 2.5% in Hong Kong.", [("0700.HK", -2.5)]),
    # a target is no price
    ("Sony rose 2%. Brokers cut their share price target by 10 per cent.", [("6758.T", 2.0)]),
]

ASX_CODES: list[tuple[str, list[tuple[Any, ...]]]] = [
    ("Company news\nQuokka Minerals (ASX:QKM) announced a new drilling program. The stock rose 12 per cent.",
     [("QKM.AX", 12.0)]),
    ("Company news\nKestrel Batteries (ASX:KBX, FRA:K3B) released battery specifications. Shares closed 1.5 per "
     "cent higher at 9.1 cents.", [("KBX.AX", 1.5)]),
    ("Small caps\nPelican Health (ASX: PHX) rose 22 per cent after a takeover offer.", [("PHX.AX", 22.0)]),
    # a company the directory holds keeps its own symbol
    ("Tech stocks\nXero (ASX:XRO) gained 4.2 per cent after its results.", [("XRO.AX", 4.2)]),
]

@pytest.mark.parametrize(("text", "expected"), PRICE_OBJECTS + ASX_CODES)
def test_reference(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected
