"""Table-driven tests of a level stated by a participle clause after the move: "rose 0.8%, taking the index to
7,512.3", "bringing its shares to A$3.40", "leaving it at 2,431.05" (lexicon `level_participles`). The object
must refer to the instrument that moved (a pronoun or a reference head); a named instrument, another kind of
instrument, "up to", a time, or a figure that is not a level gives the move no level.

The passages are written for these tests (the instruments are directory entries or invented names, the
sentences invented).
"""

from __future__ import annotations

from typing import Any

import pytest

from streams.model import Article
from tests.unit.extraction import EX


def levels(text: str) -> list[tuple[Any, ...]]:
    return [(e.instrument.key, e.change_pct, e.level) for e in EX.extract(Article(id="t", body=text))]


CASES = [
    # a reference head of the same kind as the instrument that moved
    ("The FTSE 100 rose 0.8%, taking the index to 7,512.3.", [("UKX", 0.8, 7512.3)]),
    ("The Kospi fell 1.2 percent, dragging the gauge to 2,380.44 points.", [("KOSPI", -1.2, 2380.44)]),
    ("The Nikkei climbed 2 pc, pushing the benchmark to a record 41,100 on the day.", [("N225", 2.0, 41100.0)]),
    ("Barclays jumped 6 per cent, sending the stock to 182p.", [("BARC.L", 6.0, 182.0)]),
    ("BHP Group gained 4.1 per cent, bringing its shares to A$43.40.", [("BHP.AX", 4.1, 43.4)]),
    ("Shares of HSBC advanced 1.3 percent on Tuesday, lifting the stock to HK$71.25.", [("0005.HK", 1.3, 71.25)]),
    # "its share price", and "back to"
    ("Barclays rose 3 percent, bringing its share price to 182p.", [("BARC.L", 3.0, 182.0)]),
    ("The FTSE 100 rebounded 1.1%, taking the index back to 7,512.3 points.", [("UKX", 1.1, 7512.3)]),
    # a pronoun, with "to" or "at"
    ("The Dax lost 0.6%, taking it to 15,870 points.", [("DAX", -0.6, 15870.0)]),
    ("The Kospi slipped 1.1%, leaving it at 2,431.05.", [("KOSPI", -1.1, 2431.05)]),
    ("The Hang Seng Index dropped 2.4 percent in the afternoon, putting it at 16,002.9.",
     [("HSI", -2.4, 16002.9)]),
    # a company the directory lacks
    ("Orvanta Minerals Ltd surged 12.5 per cent, taking its shares to A$0.45.",
     [("name:orvanta-minerals-ltd", 12.5, 0.45)]),
    # a named instrument as the object: its level, not the mover's
    ("Toyota rose 3%, sending the Nikkei to 38,000.", [("7203.T", 3.0, None)]),
    # a reference of another kind than the mover: the index, not the stock
    ("Traders watched the Nikkei closely. Toyota rose 3%, taking the index to 38,000.", [("7203.T", 3.0, None)]),
    # "up to" is no level after the reference
    ("The FTSE 100 rose 0.8%, taking it up to 7,512.3.", [("UKX", 0.8, None)]),
    ("The FTSE 100 rose 0.8%, taking it back up to 7,512.3.", [("UKX", 0.8, None)]),
    # a time of day, not a level
    ("The Dax rose 1%, taking it to 10:30 without a pause.", [("DAX", 1.0, None)]),
    # the object is not the instrument: a measure of it
    ("Barclays jumped 6%, taking its market value to 30 billion pounds.", [("BARC.L", 6.0, None)]),
    ("Barclays jumped 6%, taking the company's market value to 30 billion pounds.", [("BARC.L", 6.0, None)]),
    # the participle in the next sentence: no level for this sentence's move
    ("Barclays jumped 6%. Buyers kept coming, sending the stock to 182p.", [("BARC.L", 6.0, None)]),
    # a verb that is no participle of this list keeps the old rule: "at" only
    ("The FTSE 100 rose 0.8%, seeing the index to 7,512.3.", [("UKX", 0.8, None)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:60] for c in CASES])
def test_level_participles(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert levels(text) == expected
