"""A stated sign after a cue of no change is the direction of its figure: "remained nearly flat (+0.05%)" is up
0.05%, "closed flat at -0.1%" down (native/src/moves.rs); without a sign a flat cue stays flat.

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


SIGNED_FLAT = [
    ("Eni remained nearly flat (+0.05%).", [("ENI.MI", "up", 0.05)]),
    ("Enel was flat (-0.02%) while Terna rose 1%.", [("ENEL.MI", "down", -0.02), ("TRN.MI", "up", 1.0)]),
    ("Prysmian closed flat at +0.1%.", [("PRY.MI", "up", 0.1)]),
    # without a sign a flat cue stays flat
    ("Snam was unchanged at 4.80 euros.", [("SRG.MI", "flat", None)]),
]


@pytest.mark.parametrize(("text", "expected"), SIGNED_FLAT)
def test_a_stated_sign_after_a_cue_of_no_change(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert moves(text) == expected
