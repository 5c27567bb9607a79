"""Names the directory lacks before a first predicate and a participle ("Zorbex continued its slide, falling
6.6 per cent to $5.10", "Kestrel Mining lost the most, down 3.1 per cent", "Harbour Freight was also under
pressure, sliding 2.9%"), and a move added to an earlier one ("fell a further 6.6 per cent", "lost another
2.5%", "an additional 1.5%").

Table-driven, one row a case; the passages and companies are invented.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.extraction import rows_of

run = rows_of("instrument.key", "change_pct")

CASES: list[tuple[str, list[tuple[Any, ...]]]] = [
    # --- a first predicate in the past, then the move as a participle or an adverb ---
    ("Zorbex continued its slide, falling 6.6 per cent to $5.10.", [("name:zorbex", -6.6)]),
    ("Zorbex shares continued their slide, falling 6.6 per cent to $5.10.", [("name:zorbex", -6.6)]),
    ("Orion Optics extended its losses, dropping 4.2 per cent.", [("name:orion-optics", -4.2)]),
    ("Kestrel Mining lost the most, down 3.1 per cent at 41 cents.", [("name:kestrel-mining", -3.1)]),
    ("Trevlan Gold bucked the trend, rising 2.4% to A$1.15.", [("name:trevlan-gold", 2.4)]),
    ("Halvorsen Drilling led the energy group, climbing 5.5 per cent.", [("name:halvorsen-drilling", 5.5)]),
    # --- a linking verb and a state ---
    ("Harbour Freight was also under pressure, sliding 2.9% to $12.40.", [("name:harbour-freight", -2.9)]),
    ("Morrow Pastoral was under heavy selling pressure, down 7.7 per cent.", [("name:morrow-pastoral", -7.7)]),
    # --- a move added to an earlier one ---
    ("Orion Optics lost another 2.5% on Friday.", [("name:orion-optics", -2.5)]),
    ("Kestrel Mining fell an additional 1.5% to $3.", [("name:kestrel-mining", -1.5)]),
    ("Zorbex added a further 4 per cent to 61 cents.", [("name:zorbex", 4.0)]),
    ("BHP fell a further 6.6 per cent to $38.", [("BHP.AX", -6.6)]),
    # --- no name: a capital inside the predicate, a subject that is no company, one word with no mark ---
    ("Orion outpaced Delta Foods, rising 3% to $4.", []),
    ("Analysts said earnings improved, rising 5%.", []),
    ("The company reported revenue, rising 12% to $3 billion.", []),
    ("Zorbex continued its slide, falling 6.6 per cent.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_unknown_names_before_a_first_predicate(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected
