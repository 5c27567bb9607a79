"""Stories about one company: its name in the possessive, references to it ("the stock", "Shares") and the
names they may refer to. Table-driven, one row a case; the passages are invented.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.extraction import rows_of

run = rows_of("instrument.key", "change_pct")


CASES: list[tuple[str, list[tuple[Any, ...]]]] = [
    # a name the directory lacks, in the possessive: the mark is no part of the name (either apostrophe)
    ("Qorvanta's shares fell 4.7% in late trade.", [("name:qorvanta", -4.7)]),
    ("Qorvanta\u2019s shares fell 4.7% in late trade.", [("name:qorvanta", -4.7)]),
    ("Later on, Brindle Optics\u2019 stock rose 2.1% to $8.30.", [("name:brindle-optics", 2.1)]),
    # not a name: a plural possessive of a common noun, or another noun of the name moving
    ("Analysts' shares fell 4%.", []),
    ("Qorvanta's revenue fell 4% in the quarter.", []),
    # "the stock" after a sentence whose subject is one stock and that names another in a phrase of place
    ("Sony's bull at Macquarie kept its outperform rating. The stock jumped 8.1% on Monday.", [("6758.T", 8.1)]),
    ("Toyota signed a supply deal with Sony on Monday. The stock rose 2% on the news.", [("7203.T", 2.0)]),
    ("Toyota signed a supply deal with Sony on Monday. The company's shares rose 2% on the news.",
     [("7203.T", 2.0)]),
    # a stock named in a phrase of place with no other in its sentence is still the last one named
    ("Toyota fell 1% on Monday. Investors piled into Sony on Tuesday. The stock rose 3%.",
     [("7203.T", -1.0), ("6758.T", 3.0)]),
    ("Toyota reported results. Sony signed a deal with it. The stock rose 3%.", [("6758.T", 3.0)]),
    # a company the directory lacks, named in a sentence without a move, then referred to: after a description
    # of a company ("printer maker", "pub chain", "FTSE 250 group") or with a company suffix
    ("Printer maker Qorvanta warned on profit. Shares slumped 29 percent to $37.25.", [("name:qorvanta", -29.0)]),
    ("In company news, pub chain Qorvanta said sales had recovered. Shares rose 6% by the close.",
     [("name:qorvanta", 6.0)]),
    ("Ahead of its results, FTSE 250 group Qorvanta said it could make as little as £58 million. Three months ago "
     "it said it was on course. Shares tumbled 16.2 per cent to 1780p.", [("name:qorvanta", -16.2)]),
    ("Qorvanta Optics Ltd cut its outlook on Monday. The stock fell 4%.", [("name:qorvanta-optics-ltd", -4.0)]),
    ("Slowdown: Qorvanta Technologies, which tests networks, hit a seven-year low. The firm blamed weak orders. "
     "Shares crashed 31.3 per cent to 90.1p.", [("name:qorvanta-technologies", -31.3)]),
    # the period of an abbreviation between the name and its ticker: one instrument
    ("Network provider Qorvanta Inc. (NYSE: QRVT) shed 20 percent on Thursday.", [("QRVT", -20.0)]),
    # no company: a capitalised word after a description that is no name, a suffix name before "index", a name
    # with a lower-case word inside
    ("The group said on Monday it expects weaker demand. Shares fell 4%.", []),
    ("The National Enterprises Index fell 0.3% at midday.", []),
    ("Analysts await the IPO of Qorvanta Group this month. Shares fell 4%.", []),
    # "Elsewhere" turns to another subject: "Shares" after it names none of the sentences before
    ("Pub chain Qorvanta said sales had recovered. Shares rose 6%. Elsewhere, Brindle, which prints banknotes, "
     "said profit would beat guidance. Shares closed up 1.3%.", [("name:qorvanta", 6.0)]),
    # a lower-case possessive after the article of a reference ("the world's", "the country's") is no head
    ("Toyota reported results. Shares of the world's top carmaker rose 2% on Friday.", [("7203.T", 2.0)]),
    ("Toyota reported results. The country\u2019s biggest listed company rose 2% on Friday.", [("7203.T", 2.0)]),
    # (a possessive that is a head stays the head: "the company's shares")
    ("Toyota reported results. The company's shares rose 2% on Friday.", [("7203.T", 2.0)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_company_story(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected
