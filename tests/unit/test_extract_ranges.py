"""Ranges (docs/move-events.md, "range_pct"): one approximate event per subject, no single percent, the signed
bounds in ``range_pct``. Passages written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from streams.model import Article
from tests.unit.extraction import EX, rows_of

run = rows_of("instrument.key", "direction", "change_pct", "range_pct", "approx", "level")


def r(key: str, direction: str, low: float, high: float, level: float | None = None) -> tuple[Any, ...]:
    """An expected range event."""
    return (key, direction, None, (low, high), True, level)


CASES = [
    # "between X and Y", with or without a unit after each figure
    ("Longfor rose between 2% and 3% on Thursday.", [r("0960.HK", "up", 2.0, 3.0)]),
    ("Longfor slid between 1.2 and 2.5 per cent in the afternoon session.", [r("0960.HK", "down", -2.5, -1.2)]),
    ("Longfor shed between 0.8 per cent and 1.1 per cent by the close.", [r("0960.HK", "down", -1.1, -0.8)]),
    # "X to Y" and "X-Y"
    ("Longfor advanced 0.6% to 1.9% after the results.", [r("0960.HK", "up", 0.6, 1.9)]),
    ("Longfor lost 0.7 to 1.4% over the session.", [r("0960.HK", "down", -1.4, -0.7)]),
    ("Longfor climbed 3-5 percent in a firm market.", [r("0960.HK", "up", 3.0, 5.0)]),
    ("Longfor climbed 3\u20135 percent in a firm market.", [r("0960.HK", "up", 3.0, 5.0)]),  # an en dash
    ("Longfor dropped 1%-2.5% as lenders sold off.", [r("0960.HK", "down", -2.5, -1.0)]),
    ("Longfor finished up by 1.4 to 1.6% on the day.", [r("0960.HK", "up", 1.4, 1.6)]),
    # nominal forms
    ("Longfor posted gains of between 3.7 and 6.6 per cent.", [r("0960.HK", "up", 3.7, 6.6)]),
    ("Longfor saw declines ranging from 4-6 percent.", [r("0960.HK", "down", -6.0, -4.0)]),
    # "reductions", a noun of a fall as "declines" is
    ("Longfor and HSBC saw reductions ranging from 0.6% to 1%.",
     [r("0960.HK", "down", -1.0, -0.6), r("0005.HK", "down", -1.0, -0.6)]),
    ("Longfor recorded an increase ranging from 1.3% to 1.5%.", [r("0960.HK", "up", 1.3, 1.5)]),
    # "up to": from nothing to the figure
    ("Longfor fell up to 3.2% in early deals.", [("0960.HK", "down", None, (-3.2, 0.0), True, None)]),
    ("Longfor rose up to 4% before paring the advance.", [("0960.HK", "up", None, (0.0, 4.0), True, None)]),
    ("Longfor trimmed an earlier slide of up to 5.7%.", [("0960.HK", "down", None, (-5.7, 0.0), True, None)]),
    # a range shared by a list of names: one event per name, each with the range
    ("Tencent, Alibaba and Meituan shed between 2.3 per cent and 2.6 per cent.",
     [r("0700.HK", "down", -2.6, -2.3), r("9988.HK", "down", -2.6, -2.3), r("3690.HK", "down", -2.6, -2.3)]),
    ("Tencent and Alibaba climbed 1.5% to 1.7% each.",
     [r("0700.HK", "up", 1.5, 1.7), r("9988.HK", "up", 1.5, 1.7)]),
    # sectors listed before "indices", sharing a range or an "as much as" (a range from nothing)
    ("The Sensex rose 0.5%. Realty, power and metal indices climbed 1-2 per cent.",
     [("SENSEX", "up", 0.5, None, False, None), r("name:realty-sub-index", "up", 1.0, 2.0),
      r("name:power-sub-index", "up", 1.0, 2.0), r("name:metal-sub-index", "up", 1.0, 2.0)]),
    ("The Sensex fell 0.5%. Media and capital goods indexes shed between 0.4% and 0.9% each.",
     [("SENSEX", "down", -0.5, None, False, None), r("name:media-sub-index", "down", -0.9, -0.4),
      r("name:capital-goods-sub-index", "down", -0.9, -0.4)]),
    ("The Sensex rose 0.5%. FMCG and healthcare indices gained as much as 1.7 per cent.",
     [("SENSEX", "up", 0.5, None, False, None), ("name:fmcg-sub-index", "up", None, (0.0, 1.7), True, None),
      ("name:healthcare-sub-index", "up", None, (0.0, 1.7), True, None)]),
    # a nominal range ("witnessed declines ranging from") shared by sectors, one of them an industry
    ("The Sensex fell 0.8%. Realty, media, PSU banks, oil & gas and metals witnessed declines ranging from 2-3 "
     "percent.",
     [("SENSEX", "down", -0.8, None, False, None), r("name:realty-sub-index", "down", -3.0, -2.0),
      r("name:media-sub-index", "down", -3.0, -2.0), r("name:psu-banks-sub-index", "down", -3.0, -2.0),
      r("name:oil-and-gas-sub-index", "down", -3.0, -2.0), r("name:metals-sub-index", "down", -3.0, -2.0)]),
    ("The Sensex rose 0.8%. Auto, IT and capital goods indices rose 1-1.5 percent.",
     [("SENSEX", "up", 0.8, None, False, None), r("name:auto-sub-index", "up", 1.0, 1.5),
      r("name:it-sub-index", "up", 1.0, 1.5), r("name:capital-goods-sub-index", "up", 1.0, 1.5)]),
    # a range shared by a list of Indian short names
    ("The Nifty rose 0.5%. SBI, ONGC and HUL climbed 2-4 percent.",
     [("NIFTY", "up", 0.5, None, False, None), r("SBIN.NS", "up", 2.0, 4.0), r("ONGC.NS", "up", 2.0, 4.0),
      r("HINDUNILVR.NS", "up", 2.0, 4.0)]),
    # a company the directory lacks, found by its form
    ("Quillmere Robotics rose between 2% and 3% on Monday.", [r("name:quillmere-robotics", "up", 2.0, 3.0)]),
    ("Quillmere Robotics climbed 2-3 per cent on Monday.", [r("name:quillmere-robotics", "up", 2.0, 3.0)]),
    ("Quillmere Robotics fell up to 3% on Monday.",
     [("name:quillmere-robotics", "down", None, (-3.0, 0.0), True, None)]),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:48] for c in CASES])
def test_ranges(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected


NOT_RANGES = [
    # a percent then a level is not a range
    ("Longfor rose 0.6% to 21,880.", [("0960.HK", "up", 0.6, None, False, 21880.0)]),
    ("The Hang Seng Index fell 25 points to 2,480 points.", [("HSI", "down", None, None, False, 2480.0)]),
    # two moves in a list, not a range
    ("Tencent and Alibaba rose 1% and 2%, respectively.",
     [("0700.HK", "up", 1.0, None, False, None), ("9988.HK", "up", 2.0, None, False, None)]),
    # "up to" without a move, or with a word that is not one, states no move
    ("Regulators may impose duties of up to 35% on Longfor.", []),
    ("Analysts said Longfor could rise up to 30%.", []),
]


@pytest.mark.parametrize("text, expected", NOT_RANGES, ids=[c[0][:48] for c in NOT_RANGES])
def test_not_ranges(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected


def test_a_range_stated_twice_is_one_event_and_a_different_percent_another() -> None:
    events = run("Longfor rose between 2% and 3%. Later, Longfor rose between 2% and 3% again. Longfor rose 2.5% "
                 "on Friday.")
    assert events == [r("0960.HK", "up", 2.0, 3.0), ("0960.HK", "up", 2.5, None, False, None)]


def test_a_range_travels_on_the_wire() -> None:
    from streams.model import MoveEvent

    event = EX.extract(Article(id="w", body="Longfor fell between 1% and 2.5%."))[0]
    data = event.to_dict()
    assert data["change_pct"] is None and data["range_pct"] == [-2.5, -1.0] and data["approx"] is True
    assert MoveEvent.from_dict(data) == event
    older = {k: v for k, v in data.items() if k != "range_pct"}  # a record written before range_pct existed
    assert MoveEvent.from_dict(older).range_pct is None
