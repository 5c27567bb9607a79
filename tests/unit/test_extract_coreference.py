"""References to an instrument named before ("the stock", "the carmaker", "the Aichi-based carmaker's shares").

Table-driven, one row a case; the passages are invented.
"""

from __future__ import annotations

from typing import Any

import pytest

from streams.model import Article
from tests.unit.extraction import EX, rows_of

run = rows_of("instrument.key", "change_pct")


CASES: list[tuple[str, list[tuple[Any, ...]]]] = [
    ("Toyota reported results on Monday. The stock rose 2.2% on the news.", [("7203.T", 2.2)]),
    ("Toyota reported results on Monday. The carmaker rose 2.2% on the news.", [("7203.T", 2.2)]),
    ("Toyota reported results on Monday. Shares of the company rose 2.2% on the news.", [("7203.T", 2.2)]),
    # a place joined to a word, capitalised, before the head
    ("Toyota reported results on Monday. The Aichi-based carmaker's shares rose 2.2% on the news.",
     [("7203.T", 2.2)]),
    ("Toyota reported results on Monday. The Tokyo-listed company rose 2.2% on the news.", [("7203.T", 2.2)]),
    # an antecedent named earlier in the same sentence
    ("Sony rose 0.5% on Thursday. On Friday, Toyota was the top gainer on the Nikkei, the stock rose 4.2% to "
     "2,900 yen.",
     [("6758.T", 0.5), ("7203.T", 4.2)]),
    # a head that only qualifies another noun ("the stock market", "the index futures") is no reference
    ("Sony rose 1.2%. The mainland stock market index climbed 0.5%.", [("6758.T", 1.2)]),
    ("Sony rose 1.2%. Driven by the stock market rally, the index futures rose 0.5%.", [("6758.T", 1.2)]),
    # a sector index named inside the phrase is that sector, not a reference to the last one
    ("The energy sector rose 0.8% on Monday. The Hang Seng Index fell 1.1% on Tuesday, with its property sector "
     "sub-index down 2.5%.", [("name:energy-sub-index", 0.8), ("HSI", -1.1), ("name:property-sub-index", -2.5)]),
    ("The energy sector rose 0.8% on Monday. The CSI 300 index fell 1.1% on Tuesday, with the real estate index "
     "up 0.4%.", [("name:energy-sub-index", 0.8), ("CSI300", -1.1), ("name:real-estate-sub-index", 0.4)]),
    # a reference phrase that is the predicate of a mention names nothing more
    ("The Nikkei fell 1.2%, while the auto sector was the only index that closed higher, up 0.8%.",
     [("N225", -1.2), ("name:auto-sub-index", 0.8)]),
    # no instrument before: no subject is invented
    ("The Tokyo-listed company rose 2.2% on the news.", []),
    ("The stock rose 4% on Monday.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_reference_resolves_to_the_instrument_named_before(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected


def run_period(text: str) -> list[tuple[Any, ...]]:
    return [(e.instrument.key, e.change_pct, e.period) for e in EX.extract(Article(id="t", body=text))]


PRONOUNS: list[tuple[str, list[tuple[Any, ...]]]] = [
    # "it" names the subject of the sentence before
    ("Sony fell 1.2% on Monday. It has lost 6% this month.", [("6758.T", -1.2, "day"), ("6758.T", -6.0, "month")]),
    # ... also after an opening phrase and a comma
    ("The Nikkei opened lower. In the afternoon session, driven by exporters, it rose 0.8% to 38,000.",
     [("N225", 0.8, "intraday")]),
    # "they" names shares, across a paragraph break
    ("Sony shares finished up 1.7%.\n\nThey have gained 24% so far this year.",
     [("6758.T", 1.7, "day"), ("6758.T", 24.0, "ytd")]),
    # no antecedent: nothing is invented
    ("It rose 2% on Monday.", []),
    # the sentence has a subject of its own that is no instrument
    ("Sony rose 1.1%. Sentiment was the worst in weeks - it fell 0.4%.", [("6758.T", 1.1, "day")]),
    # ... and when that subject is a sector, "it" names the sector (move-events.md: a named sector group with a
    # number is a sector event)
    ("Sony rose 1.1%. Mining was the worst sector - it fell 0.4%.",
     [("6758.T", 1.1, "day"), ("name:mining-sub-index", -0.4, "day")]),
    # "they" does not name an index
    ("The Nikkei rose 1.1%. They climbed 2% on average.", [("N225", 1.1, "day")]),
    # the subject before is futures, or another noun of which the instrument is the complement
    ("Sony rose 1.1%. Nikkei futures closed lower on Tuesday. For June, it was down 1.3%.",
     [("6758.T", 1.1, "day")]),
    ("Sony rose 1.1%. The turnover of the Nikkei was heavy. It rose 2%.", [("6758.T", 1.1, "day")]),
    # a bare "Shares" opening a sentence names the company of the sentence before
    ("Sony cut its profit forecast on Tuesday. Shares slid 4.1% to 2,900 yen.", [("6758.T", -4.1, "day")]),
    # ... not before a place (a market phrase: that market's benchmark), nor an index, nor with no antecedent
    ("Sony cut its profit forecast on Tuesday. Shares in Tokyo fell 1.2%.", [("N225", -1.2, "day")]),
    ("The Nikkei rose 1.1% on Tuesday. Shares climbed 2% on average.", [("N225", 1.1, "day")]),
    ("Shares rose 3% on Monday.", []),
    # the antecedent is more than a sentence back
    ("Sony rose 1.1%. Analysts expect more. The yen was steady. It rose 2%.", [("6758.T", 1.1, "day")]),
]


@pytest.mark.parametrize(("text", "expected"), PRONOUNS, ids=[c[0][:40] for c in PRONOUNS])
def test_pronoun_names_the_subject_before(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run_period(text) == expected
