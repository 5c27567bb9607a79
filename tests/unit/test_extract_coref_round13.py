"""Coreference, round thirteen.

- a sentence that opens with "A", "An", "Another" or a day's possessive ("Friday's", "Yesterday's") and a noun
  phrase of a move with its figure ("Another 6% drop on March 3 ...", "A decline of 45 per cent ...",
  "Wednesday's 4% slide ...") names the subject before it, as "Its 12% jump" and "The premarket drop of 6%" did;
- such an opening (and "The"/"Its") is no reference when the phrase goes on to name what moved ("The 3% drop in
  Sainsbury shares", "A 5% drop in banks", "a 4% slide in the index"), when no subject came before (a person),
  when it measures a business quantity ("A 12% rise in revenue") or another number (a tariff, a stake), and
  when an indefinite one measures from a mark, as a definition does ("A fall of 20% from a peak marks a bear
  market");
- a lower-case "shares" right after a semicolon, a colon or a dash opens a clause of its own and names the stock
  before, as "But shares fell" did ("Investors did not wait—shares fell 9%", "The verdict was swift: shares fell
  9%"); not after an index, a person or a business quantity, nor "shares of" another company.

Table-driven, one row a case; the passages are invented.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.extraction import rows_of

run = rows_of("instrument.key", "change_pct")


NOMINAL_OPENINGS: list[tuple[str, list[tuple[Any, ...]]]] = [
    ("Tesco shares fell 7% on Monday. A 12 percent drop on March 19 had already hurt investors.",
     [("TSCO.L", -7.0), ("TSCO.L", -12.0)]),
    ("Unilever rose 2% on Tuesday. An 8% slide on Friday had spooked investors.", [("ULVR.L", 2.0), ("ULVR.L", -8.0)]),
    ("BHP climbed 3% in Sydney. Another 5 per cent gain on Thursday lifted it to a record.",
     [("BHP.AX", 3.0), ("BHP.AX", 5.0)]),
    ("Barclays fell 2% on Monday. Wednesday's 4% slide was its worst since March.",
     [("BARC.L", -2.0), ("BARC.L", -4.0)]),
    ("Toyota slipped 1.5% in Tokyo. Yesterday's 3.2% rally had followed the results.",
     [("7203.T", -1.5), ("7203.T", 3.2)]),
    ("Vodafone dipped 1% on Friday. A decline of about 9% last week had already wiped out its gains.",
     [("VOD", -1.0), ("VOD", -9.0)]),
    ("The Nikkei fell 1% on Monday. Another 2% drop on Friday followed.", [("N225", -1.0), ("N225", -2.0)]),
    # the phrase names what moved: that is the subject, not the one before
    ("Tesco rose 1%. The 3% drop in Sainsbury shares weighed on the sector.", [("TSCO.L", 1.0), ("SBRY.L", -3.0)]),
    ("The Nikkei fell 1% on Monday. A 2% gain in Toyota shares helped.", [("N225", -1.0), ("7203.T", 2.0)]),
    ("Tesco shares fell 7% on Monday. A 5% drop in banks weighed on the market.", [("TSCO.L", -7.0)]),
    ("Tesco shares fell 7% on Monday. A 5% drop in the index followed.", [("TSCO.L", -7.0)]),
    # no subject before, a business quantity, another number, a definition
    ("Ann Lee, the chief executive, resigned. A 4% slide on Friday followed.", []),
    ("Tesco shares fell 7% on Monday. A 12% rise in revenue was not enough.", [("TSCO.L", -7.0)]),
    ("Tesco shares fell 7% on Monday. Another 5% drop in profit followed.", [("TSCO.L", -7.0)]),
    ("Tesco shares fell 7% on Monday. A 25% tariff on imports hit the shares.", [("TSCO.L", -7.0)]),
    ("Tesco shares fell 7% on Monday. A 10% stake was sold to investors.", [("TSCO.L", -7.0)]),
    ("The Hang Seng fell 3% on Monday. A fall of 20 percent from a recent high marks a bear market.", [("HSI", -3.0)]),
    ("Tesco shares fell 7% on Monday. A drop of 10% from a peak is called a correction.", [("TSCO.L", -7.0)]),
]


@pytest.mark.parametrize(("text", "expected"), NOMINAL_OPENINGS)
def test_a_sentence_opening_with_a_move_noun_phrase_names_the_subject_before(
        text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected


SHARES_AFTER_A_BREAK: list[tuple[str, list[tuple[Any, ...]]]] = [
    ("Tesco cut its forecast. Investors ran for the exits\u2014shares fell 19% on results day.", [("TSCO.L", -19.0)]),
    ("Vodafone lifted its dividend. Investors were pleased - shares rose 3.1% by midday.", [("VOD", 3.1)]),
    ("Barclays settled the lawsuit. The verdict was swift: shares gained 4.5%.", [("BARC.L", 4.5)]),
    ("BHP raised its payout. Investors cheered the news; shares rose 2.2%.", [("BHP.AX", 2.2)]),
    ("Unilever beat forecasts. Profit rose 12% to $3 billion. The market approved \u2014 shares climbed 6%, sealing a "
     "9% weekly gain.", [("ULVR.L", 6.0), ("ULVR.L", 9.0)]),
    # no stock before, or another company named
    ("The Nikkei rose 1%. The reaction was swift \u2014 shares fell 5% by noon.", [("N225", 1.0)]),
    ("Chief executive Ann Lee resigned. The reaction was swift: shares fell 5%.", []),
    ("Sales rose 12%. The reaction was swift; shares fell 5%.", []),
    ("Tesco rose 2%. Markets were mixed; shares of Sainsbury fell 1%.", [("TSCO.L", 2.0), ("SBRY.L", -1.0)]),
]


@pytest.mark.parametrize(("text", "expected"), SHARES_AFTER_A_BREAK)
def test_lower_case_shares_after_a_clause_break_names_the_stock_before(
        text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected
