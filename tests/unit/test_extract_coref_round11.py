"""Coreference, round eleven.

- a lower-case "it" after an opening phrase of time without a comma is still the first mention of its sentence
  ("On Friday it rose 15%", "In early trade it fell 4%", "Yesterday it lost 4%", "This year it has shed 14%",
  "So far this month it has climbed 2%"), as after "In early trade, it": it names the subject before; the
  phrase holds no capitalised word but a day or a month; nothing when no instrument comes before it;
- a capitalised "Shares" after a sentence whose subject is an index names the stock that sentence names after
  it, as "the stock" does ("The FTSE 250 rose as Tesco lifted its outlook. Shares were up 6.1%."); not a stock
  named before the index's sentence, and nothing after an index alone.

Table-driven, one row a case; the passages are invented.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.extraction import rows_of

run = rows_of("instrument.key", "change_pct")


BARE_OPENING: list[tuple[str, list[tuple[Any, ...]]]] = [
    ("Toyota agreed to buy a parts supplier. In early trade it fell 4%.", [("7203.T", -4.0)]),
    ("Tesco accepted a takeover offer. On Friday it rose 15% to 310p.", [("TSCO.L", 15.0)]),
    ("Unilever confirmed the talks. On the two days before the deal it climbed 7.5%.", [("ULVR.L", 7.5)]),
    ("Samsung Electronics unveiled a new chip. In March it lost 8% as memory prices slid.", [("005930.KS", -8.0)]),
    ("BHP cut its dividend. Over the past week it has shed 6.5%.", [("BHP.AX", -6.5)]),
    # an adverb of time alone, or "this"/"last" before a span, "so far"
    ("Toyota cut its outlook. Yesterday it lost 4.5%.", [("7203.T", -4.5)]),
    ("Tesco warned on margins. This year it has shed 14% of its value.", [("TSCO.L", -14.0)]),
    ("Unilever raised its dividend. Last week it gained 3.2%.", [("ULVR.L", 3.2)]),
    ("The Nikkei was quiet on Monday. So far this month it has climbed 2.4%.", [("N225", 2.4)]),
    # no instrument before it: nothing
    ("Chief executive Ann Lee resigned on Monday. Last week it lost 4%.", []),
    ("Passenger numbers were strong. So far this year it has climbed 2.4%.", []),
    # the comma form keeps working
    ("Toyota agreed to buy a parts supplier. In early trade, it fell 4%.", [("7203.T", -4.0)]),
    # an index subject is named the same way
    ("The Nikkei was quiet in the morning. In the afternoon it fell 1.2%.", [("N225", -1.2)]),
    # nothing to name: a person, a quantity
    ("Chief executive Ann Lee spoke on Monday. On Friday it rose 15%.", []),
    ("Toyota said sales were weak. In a statement it said profit fell 4%.", []),
]


@pytest.mark.parametrize(("text", "expected"), BARE_OPENING)
def test_it_after_an_opening_phrase_without_a_comma(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected


SHARES_AFTER_INDEX: list[tuple[str, list[tuple[Any, ...]]]] = [
    ("The FTSE 250 edged up as Tesco lifted its outlook. Shares were up 6.1% at 286.8p.",
     [("TSCO.L", 6.1)]),
    ("The Nikkei climbed 0.5% after Toyota announced a buyback. Shares jumped 4.2%.",
     [("N225", 0.5), ("7203.T", 4.2)]),
    ("The Kospi was steady while Samsung Electronics unveiled a new phone. Shares closed 2.3% higher.",
     [("005930.KS", 2.3)]),
    # "The stock" already named it
    ("The FTSE 250 edged up as Tesco lifted its outlook. The stock was up 6.1%.", [("TSCO.L", 6.1)]),
    # a stock named before the index's sentence, or none at all: no stock
    ("Tesco rose 2%. The FTSE 100 fell 1%. Shares were down 3%.", [("TSCO.L", 2.0), ("UKX", -1.0)]),
    ("The Nikkei rose 1%. Shares were up 2%.", [("N225", 1.0)]),
    # "Shares in" a place is the market's, not a stock's
    ("The FTSE 100 fell 1% after Barclays cut jobs. Shares in Asia fell 2%.", [("UKX", -1.0)]),
]


@pytest.mark.parametrize(("text", "expected"), SHARES_AFTER_INDEX)
def test_shares_after_an_index_subject_name_the_stock_named_after_it(
        text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected
