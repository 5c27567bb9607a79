"""References to a company named before, by a description or by its shares ("the broadcaster lost 5%",
"the home builder had soared", "its share price fell"), and what "its" names in a sentence with two companies.

Table-driven, one row a case; the passages are invented.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.extraction import rows_of

run = rows_of("instrument.key", "change_pct")


CASES: list[tuple[str, list[tuple[Any, ...]]]] = [
    # descriptions of a company's trade as the head of a reference
    ("Toyota said its chief executive would step down. The broadcaster lost 5.4 per cent, to finish at 2,900 "
     "yen.", [("7203.T", -5.4)]),
    ("Sony received a takeover offer on Tuesday. The home builder had soared 17.9 per cent by noon.",
     [("6758.T", 17.9)]),
    ("Toyota cut its outlook. The plant manufacturer's shares slumped 6 percent.", [("7203.T", -6.0)]),
    ("Sony raised its dividend. The airline gained 2.1% in Tokyo.", [("6758.T", 2.1)]),
    ("Tencent warned on margins. The supplier dropped 3 pct in Hong Kong.", [("0700.HK", -3.0)]),
    ("BHP said output rose. The explorer added 1.2 per cent.", [("BHP.AX", 1.2)]),
    ("Toyota lifted its forecast. Shares of the drugmaker climbed 4.4%.", [("7203.T", 4.4)]),
    ("Sony reported results. The supermarket chain fell 0.8 per cent.", [("6758.T", -0.8)]),
    # "share" as the head: the company's share, its share price
    ("Toyota cut its outlook. In the end, the share price fell by 7 percent.", [("7203.T", -7.0)]),
    ("Sony cut its outlook. Its share price fell 3 percent.", [("6758.T", -3.0)]),
    ("Tencent cut its outlook. The share closed 2.5% lower.", [("0700.HK", -2.5)]),
    # ... but not a part of something: "its share of the market", "the share of stocks that rose"
    ("Sony cut its outlook. Its share of the market fell 3 percent.", []),
    ("Sony cut its outlook. The share of stocks that rose was 60 percent.", []),
    ("Sony rose 1.1%. The share market fell 3 percent in Sydney.", [("6758.T", 1.1)]),
    # "its" names the subject of its own sentence, not a company named after it ...
    ("Sony overtook Toyota as Japan's most valuable company after a rally lifted its shares 2.4% higher.",
     [("6758.T", 2.4)]),
    ("Sony, the electronics group, overtook carmaker Toyota on Friday after its shares rose 1.3 per cent.",
     [("6758.T", 1.3)]),
    # ... except across a clause with a subject of its own
    ("Sony rose 1.5%, while Toyota saw its share price end the session 2.2% weaker.",
     [("6758.T", 1.5), ("7203.T", -2.2)]),
    ("Sony rose 1.5%; Toyota said its shares fell 2.2%.", [("6758.T", 1.5), ("7203.T", -2.2)]),
]


# "it's" / "it’s" is the pronoun "it" (before "is" or "has")
CASES += [
    ("Sony reported a loss. It's leading the fallers after shedding 12.03% to 314 yen.", [("6758.T", -12.03)]),
    ("Sony reported a loss. It's down 3% this week.", [("6758.T", -3.0)]),
    ("Toyota cut its outlook. It\u2019s lost 4.5 per cent since the warning.", [("7203.T", -4.5)]),
    ("Tencent rallied. In Hong Kong, it's up 2.2 pct.", [("0700.HK", 2.2)]),
    # an "it's" that names no instrument leaves the moves as they were
    ("The Nikkei rose 1%. It's the best day in a month for Sony, which added 2%.", [("N225", 1.0), ("6758.T", 2.0)]),
    ("It's been a rough year for Toyota: the shares have fallen 20%.", [("7203.T", -20.0)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_reference(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected


def test_punctuation_glued_to_a_common_word_names_no_company() -> None:
    # "&Do" is a listed company's short name; the word "do" in a sentence is not a mention of it
    text = "Sony shares fell as the problems do not abate. In the end, the share price fell by 37 percent."
    assert run(text) == [("6758.T", -37.0)]
