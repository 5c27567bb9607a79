"""A nominal move that opens its sentence (docs/move-events.md, "Formats": nominal forms; "Fields": coreference).

- Before a causative verb, after at most a time phrase: the move of the verb's object, with the level it was left
  at ("A decline of 1.4% on Friday left the index at 7,400", "A 2.3% advance in late trade lifted the Nikkei to
  38,200").
- "The" or "Its" and a noun of a move with its figure opening a sentence: the move of the subject of the sentence
  before, as a pronoun names it ("Its 12% jump was the best since 2019", "The premarket drop of 6% followed the
  results"; "The" names a stock only).
- "After"/"Despite" and a noun of a move before the subject: the subject's earlier move, when only a time phrase
  follows the noun ("After a 4% rally on Monday, the Nikkei slipped 0.5%").

Never the change of a business quantity ("A 12% drop in profit sent BYD lower", "The 2% rise in exports", "After
a 3% rise in oil"). Passages are written for these tests (invented sentences; names from the built-in directory).
"""

from __future__ import annotations

from typing import Any

import pytest

from streams.model import Article
from tests.unit.extraction import EX, rows_of

run = rows_of("instrument.key", "direction", "change_pct")


def run_levels(text: str) -> list[tuple[Any, ...]]:
    return [(e.instrument.key, e.change_pct, e.level) for e in EX.extract(Article(id="t", body=text))]


CAUSED = [
    ("A decline of 1.4 per cent on Friday left the FTSE 250 at 20,101.", [("MCX", -1.4, 20101.0)]),
    ("A 2.3% advance in the final hour lifted the Nikkei to 38,200.", [("N225", 2.3, 38200.0)]),
    ("A 1.1% drop on Tuesday took the Hang Seng to 17,050.", [("HSI", -1.1, 17050.0)]),
    ("A gain of 0.8% on Monday pushed the FTSE 100 to 8,100.", [("UKX", 0.8, 8100.0)]),
    ("A sharp fall of 2.4% in late trade left the Hang Seng at 17,400.", [("HSI", -2.4, 17400.0)]),
    ("A 0.9% slide on Wednesday brought the Kospi to 2,480.", [("KOSPI", -0.9, 2480.0)]),
    ("A 5% plunge during the afternoon session knocked the Nasdaq to a two-month low.", [("IXIC", -5.0, None)]),
]


@pytest.mark.parametrize("text, expected", CAUSED, ids=[c[0][:48] for c in CAUSED])
def test_fronted_noun_before_a_causative_verb(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run_levels(text) == expected


OPENINGS = [
    ("Barclays reported results on Monday. The premarket slump of 6% was the worst since 2020.",
     [("BARC.L", "down", -6.0)]),
    ("HSBC fell sharply. The sharp 3% fall came after the results.", [("0005.HK", "down", -3.0)]),
    ("HSBC fell sharply. The decline of about 3% came after the results.", [("0005.HK", "down", -3.0)]),
    ("Nvidia said demand stayed firm. Its 3.5% gain on Tuesday led the market.", [("NVDA", "up", 3.5)]),
    ("The Nikkei closed higher. Its 1.8% advance was the biggest in a month.", [("N225", "up", 1.8)]),
    ("Tencent said profit rose. Its 12% jump was the best since 2019.", [("0700.HK", "up", 12.0)]),
]


@pytest.mark.parametrize("text, expected", OPENINGS, ids=[c[0][:48] for c in OPENINGS])
def test_the_or_its_noun_names_the_subject_before(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected


FRONTED = [
    ("After an unprecedented 40% surge on Friday, Tencent fell 3% on Monday.",
     [("0700.HK", "down", -3.0), ("0700.HK", "up", 40.0)]),
    ("After a 4% rally on Monday, the Nikkei slipped 0.5% on Tuesday.", [("N225", "down", -0.5), ("N225", "up", 4.0)]),
    ("After a decline of 3% on Monday, Sony rose 1.1%.", [("6758.T", "up", 1.1), ("6758.T", "down", -3.0)]),
    ("Despite a drop of 2% early, the FTSE 100 closed 0.3% higher.", [("UKX", "up", 0.3), ("UKX", "down", -2.0)]),
]


@pytest.mark.parametrize("text, expected", FRONTED, ids=[c[0][:48] for c in FRONTED])
def test_after_a_noun_of_a_move_before_the_subject(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected


NOT_MOVES = [
    ("A 12% drop in profit sent BYD shares lower.", []),
    ("An increase of 8% in sales pushed BYD to a record.", []),
    ("A 12% drop in profit weighed on BYD.", []),
    ("HSBC cut its dividend. The cut of 20% surprised investors.", []),
    ("Tencent rose. Its first-half profit of 12% beat forecasts.", []),
    ("The FTSE 100 rose 1%. The 2% drop in profit at Tesco weighed.", [("UKX", "up", 1.0)]),
    ("The Nikkei rose 1%. The 3% rise in exports beat forecasts.", [("N225", "up", 1.0)]),
    ("After a 3% rise in oil, BP fell 2%.", [("BP.L", "down", -2.0)]),
    ("After a 12% drop in profit, BYD fell 4%.", [("1211.HK", "down", -4.0)]),
    ("Despite a 10% rise in sales, Sony fell 2%.", [("6758.T", "down", -2.0)]),
]


@pytest.mark.parametrize("text, expected", NOT_MOVES, ids=[c[0][:48] for c in NOT_MOVES])
def test_a_business_quantity_is_no_move(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected
