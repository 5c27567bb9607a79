"""Who moves: an index named as the place of a company's move ("the top gainer on the Sensex") is not its
subject; the company named before it is."""

from __future__ import annotations

import pytest

from streams.directory import Directory
from streams.extract import Extractor
from streams.model import Article

ROWS = [
    ("PNCB.NS", "Pinecrest Bank Ltd", "stock", "IN", "Pinecrest Bank"),
    ("ORST.NS", "Orion Steel Ltd", "stock", "IN", "Orion Steel"),
    ("SENSEX", "S&P BSE Sensex", "index", "IN", "Sensex"),
    ("HSI", "Hang Seng Index", "index", "HK", "Hang Seng"),
    ("IXIC", "Nasdaq Composite", "index", "US", "Nasdaq"),
    ("0999.HK", "Kelvar Holdings", "stock", "HK", "Kelvar"),
]
EX = Extractor(Directory.from_rows(ROWS))


def run(text: str) -> list[tuple[str, float | None]]:
    return [(e.instrument.key, e.change_pct) for e in EX.extract(Article(id="t", body=text))]


@pytest.mark.parametrize(("text", "expected"), [
    ("Pinecrest Bank was the top gainer on the Sensex, rising 4.4%.", [("PNCB.NS", 4.4)]),
    ("Pinecrest Bank was the worst performer in the Sensex, falling 2.1%.", [("PNCB.NS", -2.1)]),
    ("Pinecrest Bank was the top Sensex gainer, rising 4.4 per cent.", [("PNCB.NS", 4.4)]),
    ("Kelvar, which has the largest weighting of the Hang Seng, added 1.2 percent.", [("0999.HK", 1.2)]),
    ("Orion Steel topped the gainers among Sensex constituents with a 3.3% rise.", [("ORST.NS", 3.3)]),
    # a figure between the two: each has its own move
    ("Pinecrest Bank rose 2% on the Sensex, which fell 1%.", [("PNCB.NS", 2.0), ("SENSEX", -1.0)]),
    # the index as the subject stays the subject
    ("The Sensex fell 1.5%, while Pinecrest Bank rose 2%.", [("SENSEX", -1.5), ("PNCB.NS", 2.0)]),
    ("On the Sensex, Pinecrest Bank rose 2%.", [("PNCB.NS", 2.0)]),
    ("A 4.5% drop in Pinecrest Bank shares weighed on the Sensex, which slipped 0.3%.",
     [("PNCB.NS", -4.5), ("SENSEX", -0.3)]),
    # an exchange label is no subject
    ("Kelvar (HK:)(NASDAQ:) rose 5.9%.", [("0999.HK", 5.9)]),
])
def test_the_subject_not_the_index_beside_it(text: str, expected: list[tuple[str, float]]) -> None:
    assert run(text) == expected
