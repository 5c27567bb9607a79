"""The engine's cheap gates read as the full scans did (issue 14, engine speed).

In an ASCII text a segment is asked for plural references ("Both rose", "All three fell", "the pair") only when
its lower-cased bytes hold "both", or a word "the"/"all" followed by spaces and a count, "pair", "duo" or "trio":
capitals, a line break or several spaces between the words, and a count in digits pass the gate as they passed
the full scan. The stems of a multiple or a fraction ("doubled", "halved", "a fifth") are found in an ASCII text
by `memchr::memmem` over its lower-cased bytes, at a word's start only, in any case. A text with a character
beyond ASCII takes the full scans, with the same results. The head of a reference ("the shipper", "the
start-up") is compared byte by byte, so heads that share their first letters ("share"/"shares"/"shipper",
"start-up"/"startup"/"steelmaker") keep apart; a cue compared without case matches in capitals too. A sentence
of an ASCII text is asked whether it forecasts the open only when `memchr::memmem` finds "open" or "start" in
its lower-cased bytes (in capitals too).

The passages are written for these tests.
"""

from __future__ import annotations

from typing import Any

import pytest

from streams.model import Article
from tests.unit.extraction import EX, rows_of

run = rows_of("instrument.key", "change_pct", "approx")


PLURALS: list[tuple[str, list[tuple[Any, ...]]]] = [
    ("Honda and Toyota posted quarterly figures. BOTH slid 2.5% in Tokyo.",
     [("7267.T", -2.5, False), ("7203.T", -2.5, False)]),
    ("Honda and Toyota posted quarterly figures. The\ntwo carmakers slid 2.5%.",
     [("7267.T", -2.5, False), ("7203.T", -2.5, False)]),
    ("The Kospi, the Nikkei and the Hang Seng opened lower. ALL  3 indexes shed 0.6%.",
     [("KOSPI", -0.6, False), ("N225", -0.6, False), ("HSI", -0.6, False)]),
    ("Honda and Toyota posted quarterly figures. THE PAIR slid 2.5%.",
     [("7267.T", -2.5, False), ("7203.T", -2.5, False)]),
    ("Honda, Nissan and Toyota posted quarterly figures. The Trio slid about 2.5%.",
     [("7267.T", -2.5, True), ("7201.T", -2.5, True), ("7203.T", -2.5, True)]),
    # "the"/"all" inside a longer word, or no count after them: no reference
    ("Honda and Toyota posted quarterly figures. Other carmakers slid 2.5%.", []),
    ("Honda and Toyota posted quarterly figures. Overall, the sector slid 2.5%.", []),
    # beyond ASCII: the full scan
    ("Honda and Toyota posted quarterly figures \u2014 both slid 2.5% in Tokyo.",
     [("7267.T", -2.5, False), ("7203.T", -2.5, False)]),
]

MULTIPLES: list[tuple[str, list[tuple[Any, ...]]]] = [
    ("SONY GROUP SHARES DOUBLED THIS YEAR.", [("6758.T", 100.0, True)]),
    ("Tencent Holdings stock has Halved since its listing.", [("0700.HK", -50.0, True)]),
    ("Tencent Holdings shed a Third of its value in May.", [("0700.HK", -33.3, True)]),
    ("Sony Group shares redoubled their gains and rose 1%.", [("6758.T", 1.0, False)]),
    ("Sony Group shares quadrupled in two years \u2014 a record.", [("6758.T", 300.0, True)]),
]


HEADS: list[tuple[str, list[tuple[Any, ...]]]] = [
    ("Kestrel Shipping Ltd cut its outlook on Monday. The shipper's shares fell 4%.",
     [("name:kestrel-shipping-ltd", -4.0, False)]),
    ("Orion Optics Ltd posted a 12% drop in profit. The start-up's stock fell 4%.",
     [("name:orion-optics-ltd", -4.0, False)]),
    ("Orion Optics Ltd posted a 12% drop in profit. The startup fell 4%.", [("name:orion-optics-ltd", -4.0, False)]),
    ("Orion Optics Ltd posted a 12% drop in profit. The stock FELL 4 PERCENT.",
     [("name:orion-optics-ltd", -4.0, False)]),
    ("Orion Optics Ltd posted a 12% drop in profit. The stock fell 4 Per Cent.",
     [("name:orion-optics-ltd", -4.0, False)]),
    ("Orion Optics Ltd posted a 12% drop in profit. The shares slid 3.5%.", [("name:orion-optics-ltd", -3.5, False)]),
]


@pytest.mark.parametrize(("text", "expected"), HEADS)
def test_reference_heads_compared_bytewise(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected


def periods(text: str) -> list[tuple[str, str]]:
    return [(e.instrument.key, e.period) for e in EX.extract(Article(id="t", body=text))]


PRE_OPEN: list[tuple[str, list[tuple[str, str]]]] = [
    ("Nikkei futures were 0.5% lower at 7:40am, hinting at a soft START. Overnight, the Dow shed 0.6%.",
     [("DJI", "day")]),
    ("Local stocks are expected to OPEN weaker as of 8am. The Kospi lost 1.2% and the Nikkei fell 0.4%.",
     [("KOSPI", "day"), ("N225", "day")]),
    ("Futures were 0.2% up at 7:55am — pointing to a firmer open. Overnight, the Nasdaq rose 0.8%.",
     [("IXIC", "day")]),
    # no forecast: a time of the session makes a snapshot
    ("The Kospi was 0.6% higher as of 10:15am on Friday. Samsung Electronics added 1.4%.",
     [("KOSPI", "intraday"), ("005930.KS", "intraday")]),
]


@pytest.mark.parametrize(("text", "expected"), PRE_OPEN)
def test_forecasts_of_the_open(text: str, expected: list[tuple[str, str]]) -> None:
    assert periods(text) == expected


@pytest.mark.parametrize(("text", "expected"), PLURALS)
def test_plural_references_past_the_gate(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), MULTIPLES)
def test_multiples_found_by_memmem(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected
