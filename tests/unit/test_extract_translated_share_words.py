"""Machine-translated French, Italian and Spanish wraps call a company's share "the action" ("l'action", "la
acción") or "the title" ("il titolo", "le titre"): after the company is named, such a reference is its share
(streams/data/lexicon.toml anaphor_heads).

Passages are written for these tests (invented sentences and figures).
"""

from __future__ import annotations

from typing import Any

import pytest

from streams.model import Article
from tests.unit.extraction import EX


def moves(text: str) -> list[tuple[Any, ...]]:
    """Key, direction and percent of each event."""
    return [(e.instrument.key, e.direction, e.change_pct) for e in EX.extract(Article(id="t", body=text))]


CASES = [
    ("Airbus won an order from a Gulf carrier. The action took 0.4% to 131.50 euros.", [("AIR.PA", "up", 0.4)]),
    ("Safran raised its outlook. The action gained 1.7%.", [("SAF.PA", "up", 1.7)]),
    ("Leonardo won a defence contract. The title rose 2.1% to 14.20 euros.", [("LDO.MI", "up", 2.1)]),
    ("Iberdrola cut its guidance. The title closed down 1.2 per cent.", [("IBE.MC", "down", -1.2)]),
    # no company named before: nothing to refer to
    ("The action fell 3% after the ruling.", []),
    ("The court's action cut costs by 5%.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_action_and_title_are_the_share(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert moves(text) == expected
