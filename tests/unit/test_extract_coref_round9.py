"""Coreference, round nine.

- a context reference right before a capitalised name only qualifies it ("The benchmark Kospi sat flat but it
  closed 1% higher", "the main index Nifty 50"): the name is the mention and the subject a pronoun after it
  names, never the article market's benchmark; a bare "the benchmark" still names that benchmark.

Table-driven, one row a case; the passages are invented.
"""

from __future__ import annotations

from typing import Any

import pytest

from streams.extract import Extractor
from streams.model import Article

EX = Extractor()


def run(text: str) -> list[tuple[Any, ...]]:
    return [(e.instrument.key, e.change_pct) for e in EX.extract(Article(id="t", body=text))]


QUALIFIED: list[tuple[str, list[tuple[Any, ...]]]] = [
    ("Tokyo stocks rose. The benchmark Topix index sat flat early but it closed 1.0 per cent higher.",
     [("TOPIX", 1.0)]),
    ("Asian markets were mixed. The benchmark Kospi drifted in the morning, but it ended 0.8% higher.",
     [("KOSPI", 0.8)]),
    ("The benchmark S&P/ASX 200 index sat flat for much of Monday but a late push meant it closed 1.1 per "
     "cent higher.", [("XJO", 1.1)]),
    ("Indian shares slipped. The main index Nifty 50 was quiet at noon before it fell 0.6%.", [("NIFTY", -0.6)]),
    ("The benchmark Kospi rose 1.2%.", [("KOSPI", 1.2)]),
    # a bare reference still names the market's benchmark; a day after it is no name
    ("Tokyo stocks were steady. The benchmark rose 1%.", [("N225", 1.0)]),
    ("The Nikkei fell. The broader market Monday rose 1%.", []),
]


@pytest.mark.parametrize(("text", "expected"), QUALIFIED)
def test_reference_before_a_name_qualifies_it(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected
