"""Companies the directory lacks, named without a move before a reference to them ("Shares in Orion Optics
slid. The stock fell 5%."), and pronouns after an abbreviation's period ("since Oct. 28. They were ...").

Table-driven, one row a case; the passages are invented.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.extraction import rows_of

run = rows_of("instrument.key", "change_pct")


CASES: list[tuple[str, list[tuple[Any, ...]]]] = [
    # a name after "shares in", "shares of", "stock of" is a company a later reference may name
    ("Shares in Brambleway Communications crashed to a seven-year low after a profit warning. The firm said "
     "profit would suffer this year. Shares crashed 31.3 per cent, or 41p, to 90.1p.",
     [("name:brambleway-communications", -31.3)]),
    ("Shares of Kestrel Pharma slid after the results. The drug firm's stock tumbled 25 percent.",
     [("name:kestrel-pharma", -25.0)]),
    ("Investors sold shares in Kestrel Pharma on Monday. The stock fell 5 per cent.", [("name:kestrel-pharma", -5.0)]),
    ("Funds dumped the stock of Tarnell Logistics after the warning. Its shares closed 8.5% lower.",
     [("name:tarnell-logistics", -8.5)]),
    ("Shares of Strides Orvieto were trading 4 percent lower after falling 25 percent on Friday as brokers "
     "cut the stock.", [("name:strides-orvieto", -4.0), ("name:strides-orvieto", -25.0)]),
    # not a lower-case word, nor a place or a market word after "shares in"
    ("Shares in Asia slipped on Monday. The stock of the month fell 5 per cent.", []),
    ("Investors sold shares in banks on Monday. The stock fell 5 per cent.", []),
    # a word ending in ".com" is a company
    ("Orionbooks.com warned that sales would fall short. Shares tumbled $7.89, or 42 percent, to $10.75.",
     [("name:orionbooks-com", -42.0)]),
    ("Online grocer Basketly.com cut its outlook. The stock sank 12 pct.", [("name:basketly-com", -12.0)]),
    # ... not an outlet's dateline
    ("Orionnews.com - Stocks in Frankfurt were higher at the close. At the close, it rose 0.34%.", [("DAX", 0.34)]),
    # the period of an abbreviation ends no sentence: "they" still names the subject right before
    ("Tencent shares fell as much as 19%, to HK$300, their lowest since Oct. 28. They were recently at HK$312, "
     "down 9.5% from the close.", [("0700.HK", -19.0), ("0700.HK", -9.5)]),
    ("Sony rose 2% to its best level since Jan. 4. It has gained 11% this year.", [("6758.T", 2.0), ("6758.T", 11.0)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_antecedent(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected


# the first word of a company's name, used alone after the full name, is that company
SHORT_FORMS: list[tuple[str, list[tuple[Any, ...]]]] = [
    ("Shares of Booking Holdings rose on Monday. Booking climbed 4.1% on Tuesday as travel demand held up.",
     [("BKNG", 4.1)]),
    ("SoftBank rallied, lifted by its stake in Arm Holdings. Arm surged 48 per cent after results.",
     [("ARM", 48.0)]),
    ("Investors bought Sunny Optical Technology and Booking Holdings. Sunny closed up 7.72%.", [("2382.HK", 7.72)]),
    ("Arm Holdings reported results after the bell.\nArm gained 3 pct in late trade.", [("ARM", 3.0)]),
    # a first word two companies of the article share names neither
    ("Sunny Optical Technology and Sunny Side Up Group reported results. Sunny fell 3%.", []),
    # nor a word of place or market: "China" after "China Mobile"
    ("China Mobile reported results. China rose 3% in the quarter.", []),
    # without the full name before it, a one-word subject opening a sentence needs a mark of a company
    ("Orvo surged 48 per cent after results.", []),
]


@pytest.mark.parametrize(("text", "expected"), SHORT_FORMS)
def test_short_form(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected
