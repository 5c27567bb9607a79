"""A level written as the noun of a close ("to a provisional close of 786.6 points", "to a closing high of
7,577") is the level of the move, not a change in points (streams/data/lexicon.toml level_fillers); the verb
"to close 200 branches" before a figure stays no level (native/src/levels.rs).

Passages are written for these tests (invented sentences and figures).
"""

from __future__ import annotations

from typing import Any

import pytest

from streams.model import Article
from tests.unit.extraction import EX


def fields(text: str) -> list[tuple[Any, ...]]:
    """Key, percent, level and points of each event."""
    return [(e.instrument.key, e.change_pct, e.level, e.change_points)
            for e in EX.extract(Article(id="t", body=text))]


CASES = [
    ("The DAX fell 0.4 per cent to a provisional close of 15,786.6 points.", [("DAX", -0.4, 15786.6, None)]),
    ("The FTSE 100 fell 0.6 per cent to a preliminary close of 7,386.6 points.", [("UKX", -0.6, 7386.6, None)]),
    ("The CAC 40 rose 1.2% to a closing high of 7,577.00.", [("CAC", 1.2, 7577.0, None)]),
    ("The AEX rose 0.3%, or 2.4 points, to a close of 786.6.", [("AEX", 0.3, 786.6, 2.4)]),
    # the verb before a figure is no level
    ("Lloyds fell 8% after announcing plans to close 200 branches.", [("LLOY.L", -8.0, None, None)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_level_after_the_noun_of_a_close(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert fields(text) == expected
