"""Table-driven tests of figures that share one unit after a move's noun ("a decline of 3.7 and 2.9 per cent",
"a 3.2 and 2.5 per cent gain"): each bare number takes the unit, and the list pairs names and figures in order
(docs/move-events.md, "Lists").

The passages are written for these tests (invented sentences; names from the built-in directory).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.extraction import rows_of

run = rows_of("instrument.key", "change_pct")


CASES = [
    # the noun of a move, "of", then the figures
    ("Yara and DNB recorded a decline of 3.7 and 2.9 per cent.", [("YAR.OL", -3.7), ("DNB.OL", -2.9)]),
    ("Yara and DNB recorded gains of 3.7 and 2.9 per cent, respectively.", [("YAR.OL", 3.7), ("DNB.OL", 2.9)]),
    ("Yara and DNB were among the losers with a decline of 1.7, and 0.9 percent, respectively.",
     [("YAR.OL", -1.7), ("DNB.OL", -0.9)]),
    # the figures between "a" and the noun
    ("Yara and DNB posted a 3.2 and 2.5 per cent gain, respectively.", [("YAR.OL", 3.2), ("DNB.OL", 2.5)]),
    ("Yara and DNB logged a 1.2 and 0.5 per cent fall.", [("YAR.OL", -1.2), ("DNB.OL", -0.5)]),
    # as before, after the verb or "by"
    ("Yara and DNB fell by 3.7 and 2.9 per cent, respectively.", [("YAR.OL", -3.7), ("DNB.OL", -2.9)]),
    # a number that is no figure of the list keeps out
    ("Yara rose 2% on a volume of 3 and 2.5 per cent.", [("YAR.OL", 2.0)]),
    ("Yara rose 2% after a rise of 3 and a half years.", [("YAR.OL", 2.0)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:60] for c in CASES])
def test_shared_units_nominal(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected
