"""References that state a size class ("the midcap index", "the small-cap gauge", "the blue-chip index") name
the last index of that class, not merely the last index named; with none of that class named yet, the one
index of the class in the family of the last index ("BSE smallcap ... the midcap index": BSE Midcap), else
nothing. "The main index" of a market is that market's benchmark, and none for a market without one (never
the Hang Seng). And holidays are no company names ("sales over Christmas were up 9%").

Table-driven, one row a case; the passages are invented.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.extraction import rows_of

run = rows_of("instrument.key", "change_pct")


CLASSES: list[tuple[str, list[tuple[Any, ...]]]] = [
    # the last index of the class, past a later index of another class
    ("The FTSE 250 outpaced the FTSE 100 on Tuesday. The midcap index rose 1.2 percent.", [("MCX", 1.2)]),
    ("The FTSE 100 rose 0.4 percent and the FTSE 250 gained 0.8 percent. The blue-chip index has added 5 percent "
     "this year.", [("UKX", 0.4), ("MCX", 0.8), ("UKX", 5.0)]),
    ("The MDAX lagged while the DAX held up. The mid-cap gauge is down 9 percent this year.", [("MDAX", -9.0)]),
    ("The Russell 2000 beat the Nasdaq on Monday. The small-cap index jumped 2.1 percent.", [("RUT", 2.1)]),
    # none of the class named: the family's one index of that class
    ("The BSE Sensex fell 1 percent. The BSE smallcap gauge went lower by 0.27 per cent and the midcap index by "
     "0.14 per cent.", [("SENSEX", -1.0), ("BSESMALLCAP", -0.27), ("BSEMIDCAP", -0.14)]),
    ("The FTSE 250 rose 0.4 percent. The small-cap index added 0.2 percent.", [("MCX", 0.4), ("SMX", 0.2)]),
    ("The FTSE 250 rose 0.4 percent. The blue-chip index has added 5 percent this year.",
     [("MCX", 0.4), ("UKX", 5.0)]),
    # ... no sure one in the family (several midcap Nifty gauges): nothing rather than the smallcap one
    ("The Nifty Smallcap 100 rose 1 percent. The midcap index added 0.5 percent.", [("NIFTYSMALL100", 1.0)]),
    # an index of no known class before: the last index, as before
    ("The Nikkei rose on Monday. The blue-chip index added 1.1 percent.", [("N225", 1.1)]),
    ("The MDAX fell 2 percent. The index is down 9 percent this year.", [("MDAX", -2.0), ("MDAX", -9.0)]),
]


@pytest.mark.parametrize(("text", "expected"), CLASSES)
def test_class_reference(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected


HOLIDAYS: list[tuple[str, list[tuple[Any, ...]]]] = [
    ("Like-for-like sales at Brindle Stores over Christmas were up 9.5% on last year.", []),
    ("Sales over Easter at Brindle Stores were up 12%. Shares in Brindle Stores rose 3%.",
     [("name:brindle-stores", 3.0)]),
    ("Bookings over Thanksgiving rose 14% from a year earlier, the airline said.", []),
    ("Sales over Christmas rose 9%, the retailer said.", []),
]


@pytest.mark.parametrize(("text", "expected"), HOLIDAYS)
def test_holiday_is_no_name(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected


BENCHMARKS: list[tuple[str, list[tuple[Any, ...]]]] = [
    # the benchmark of a market with one broad index in the directory
    ("Norsk Hydro climbed 5.3%. The main index rose 0.4 percent.", [("NHY.OL", 5.3), ("OBX", 0.4)]),
    ("Oslo OBX up 0.2% at close\nNorway's stock market closed higher. At the close in Oslo, the main index rose "
     "by 0.2%.", [("OBX", 0.2)]),
    # a market without a benchmark row: the index named before, never the Hang Seng
    ("The MOEX Russia index was in focus. The main index later rose 1.2 percent.", [("IMOEX", 1.2)]),
    ("The DFM General Index was in focus. The main index later rose 1.2 percent.", [("DFMGI", 1.2)]),
    ("The FTSE/JSE Top 40 index was in focus. The main index is down 6 percent this year.", [("J200", -6.0)]),
]


@pytest.mark.parametrize(("text", "expected"), BENCHMARKS)
def test_market_benchmark(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected
