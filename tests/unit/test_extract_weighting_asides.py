"""A stock's share of an index stated in an aside, and its contribution to an index's move, hide no move.

"Orion, which makes up 13% of the Nifty, fell 2%": the aside between commas (a weighting word and a percent)
is skipped, the move after it is the subject's and the weighting percent is no move. "Orion contributed 120
points to the Sensex's gain, rising 2.1%": the participle after the index's phrase is the contributor's.
Table-driven, one row a case; the passages are invented (docs/move-events.md).
"""

from __future__ import annotations

from typing import Any

import pytest

from streams.model import Article
from tests.unit.extraction import EX


def run(text: str) -> list[tuple[Any, ...]]:
    """The percent events (a contribution in points, "added 85 points to", is not what these rows test)."""
    events = EX.extract(Article(id="t", body=text))
    return [(e.instrument.key, e.direction, e.change_pct) for e in events if e.change_pct is not None]


CASES: list[tuple[str, list[tuple[Any, ...]]]] = [
    # a relative clause stating the weighting
    ("HDFC Bank, which makes up 13% of the Nifty, fell 2% in early trade.", [("HDFCBANK.NS", "down", -2.0)]),
    ("Unilever, which accounts for 4.2 per cent of the index, dropped 3 per cent.", [("ULVR.L", "down", -3.0)]),
    ("Unilever, which accounts for 4.2 per cent of the FTSE 100, dropped 3 per cent.", [("ULVR.L", "down", -3.0)]),
    ("Tencent, which has a weighting of 9.8 pct in the Hang Seng, gained 0.7 pct.", [("0700.HK", "up", 0.7)]),
    ("Samsung Electronics, which has a 20 percent weighting in the Kospi, fell 1.8 percent.",
     [("005930.KS", "down", -1.8)]),
    ("TSMC, whose weighting in the Taiex is about 30%, rose 2% by the close.", [("2330.TW", "up", 2.0)]),
    # "with a weight of", "accounting for", "making up"
    ("Tencent, with a weight of 10.5% in the Hang Seng, slipped 1.3%.", [("0700.HK", "down", -1.3)]),
    ("Tencent Holdings, accounting for 8% of the Hang Seng Index, fell 1.2%.", [("0700.HK", "down", -1.2)]),
    ("Reliance Industries, making up about 10 per cent of the Nifty, rose 1.1 per cent.",
     [("RELIANCE.NS", "up", 1.1)]),
    # "the biggest constituent"
    ("Reliance Industries, the index's biggest constituent at 10% of it, rose 1.1%.", [("RELIANCE.NS", "up", 1.1)]),
    # the weighting alone, or after the move: no move of its own
    ("HDFC Bank makes up 13% of the Nifty.", []),
    ("Tencent fell 1.3%, with a weight of 10.5% in the Hang Seng.", [("0700.HK", "down", -1.3)]),
    # an aside with a move of its own is no weighting
    ("HSBC, which rose 3% in the FTSE 100 last week, fell on Monday.", [("0005.HK", "up", 3.0)]),
    # a contribution to an index's move, then the contributor's own move
    ("HDFC Bank contributed 120 points to the Sensex's 400-point gain, rising 2.1%.", [("HDFCBANK.NS", "up", 2.1)]),
    ("Infosys added 85 points to the Nifty's 0.6% rise, climbing 2.4%.",
     [("NIFTY", "up", 0.6), ("INFY.NS", "up", 2.4)]),
    ("Infosys contributed 85 points to the Nifty's 1.2% gain.", [("NIFTY", "up", 1.2)]),
    ("The Sensex rose 1.2%, with HDFC Bank contributing 120 points to the gain.",
     [("SENSEX", "up", 1.2)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_weighting_aside_hides_no_move(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected
