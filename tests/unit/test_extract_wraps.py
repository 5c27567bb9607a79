"""Market wraps of India, the UK, Australia and continental Europe: their vocabulary ("1.5 per cent softer",
"the metal index", "the scrip", "the top dragger"), names the directory lacks in wrap grammar ("Orbital Foods
shares closed 4% lower", "Kestrel Mining, up 4%") and continuation clauses.

Passages are written for these tests (invented sentences; company names from the built-in directory or made up).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.extraction import rows_of

run = rows_of("instrument.key", "direction", "change_pct")


VOCABULARY = [
    # "softer" / "stronger" after the figure, as "weaker" / "firmer"
    ("Cochlear was 1.4 per cent softer at $210.50.", [("COH.AX", "down", -1.4)]),
    ("Cochlear finished 0.9 per cent stronger at $212.10.", [("COH.AX", "up", 0.9)]),
    # "metal" names a sector index before "index"
    ("Among sectoral gauges, the metal index dropped 2.1 per cent.", [("name:metal-sub-index", "down", -2.1)]),
    # "the scrip" (Indian usage) refers to the stock named before
    ("Tata Steel closed at Rs 140. The scrip had risen 2.2 per cent on Monday.", [("TATASTEEL.NS", "up", 2.2)]),
    # "gave up" a figure is a fall
    ("BHP gave up 1.1 per cent to $45.20.", [("BHP.AX", "down", -1.1)]),
    ("Rio Tinto gives up 0.8% in early trade.", [("RIO.L", "down", -0.8)]),
    # "top dragger" is a header of falls
    ("Top draggers: Tata Steel (2.3%), Hindalco (1.7%).",
     [("TATASTEEL.NS", "down", -2.3), ("HINDALCO.NS", "down", -1.7)]),
]


@pytest.mark.parametrize(("text", "expected"), VOCABULARY)
def test_wrap_vocabulary(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected


# names the directory lacks (invented) in the grammar of wraps: keyed by the name
UNLISTED = [
    # a linking verb before an adverb ("was up", "edged down") or before a figure with an adverb after it
    ("Orbital Foods was up 2.3pc.", [("name:orbital-foods", "up", 2.3)]),
    ("Kestrel Mining edged down 0.4 per cent.", [("name:kestrel-mining", "down", -0.4)]),
    ("Kestrel Mining shares closed 4% lower at 220p.", [("name:kestrel-mining", "down", -4.0)]),
    ("Kestrel Mining settled 2.1 per cent lower.", [("name:kestrel-mining", "down", -2.1)]),
    ("Bramwell Retail was 1.5 per cent softer at $3.10.", [("name:bramwell-retail", "down", -1.5)]),
    # a percent written "pc" right after the figure
    ("Orbital Foods rose 2.3pc to 530p.", [("name:orbital-foods", "up", 2.3)]),
    # the change in pence or cents before the percent
    ("Orbital Foods added 12p, or 2.3%, to 530p.", [("name:orbital-foods", "up", 2.3)]),
    ("Bramwell Retail lost 41 cents, or 3.1 per cent, to $12.90.", [("name:bramwell-retail", "down", -3.1)]),
    # the possessive before its shares or share price is no part of the name
    ("Kestrel Mining's shares fell 4%.", [("name:kestrel-mining", "down", -4.0)]),
    ("Kestrel Mining's share price fell 4%.", [("name:kestrel-mining", "down", -4.0)]),
    # "with" a name and an adverb
    ("Kestrel Mining fell 3.6% with Orbital Foods down 2.1%.",
     [("name:kestrel-mining", "down", -3.6), ("name:orbital-foods", "down", -2.1)]),
    # a move in apposition after the name's comma or bracket
    ("Risers included Kestrel Mining, up 4%, and Orbital Foods, up 3%.",
     [("name:kestrel-mining", "up", 4.0), ("name:orbital-foods", "up", 3.0)]),
    ("Among the fallers were Kestrel Mining, down 4%, and Orbital Foods, 3% lower.",
     [("name:kestrel-mining", "down", -4.0), ("name:orbital-foods", "down", -3.0)]),
    ("Window maker Tarvell (up by 2.5 per cent) led the gains.", [("name:tarvell", "up", 2.5)]),
    # not names: a commodity grade, a figure after a word that is no name, an adverb with no link before it
    ("Oil slid, with West Texas Intermediate down 0.4% at $42.78 a barrel.", []),
    ("Profit was up 3% on the year.", []),
    ("Year to date, up 4%, the fund has done well.", []),
    ("Kestrel Foods up 4% would be a surprise.", []),
]


@pytest.mark.parametrize(("text", "expected"), UNLISTED)
def test_unlisted_names_in_wraps(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected


# quote rows one a line, for names the directory lacks: a level with decimals right after the name (and its
# codes in brackets), then the percent or the change and the percent
ROWS = [
    ("Orbital Foods (ORB) 601.00p -4.60%", [("name:orbital-foods", "down", -4.6)]),
    ("Kestrel Mining Group (KMG) 2,390.00p -2.05%\nBramwell Retail (BRW) 144.00p -1.37%",
     [("name:kestrel-mining-group", "down", -2.05), ("name:bramwell-retail", "down", -1.37)]),
    ("Top risers\nDelta Power (DPW) 244.50p 3.82%", [("name:delta-power", "up", 3.82)]),
    ("Kestrel Mining Intl 168.35 +1.35 +0.81\nMorrow + Pike 70.96 +1.06 +1.52",
     [("name:kestrel-mining-intl", "up", 0.81), ("name:morrow-pike", "up", 1.52)]),
    # figures that do not agree with the level: no row
    ("Orbital Foods 137.00 +6.60 +9.06", []),
    # a head that is not a name: currencies, commodities, prose
    ("EUR/USD 1.0850 -0.20%\nBrent Crude 82.10 -0.50%", []),
    ("Volumes were 2,390.00 -2.05% lower", []),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_quote_rows_of_unlisted_names(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected


# secondary indices of London (directory rows in streams/data/aliases.tsv)
SECONDARY = [
    ("The Cboe UK 100 rose 0.2% and the Cboe UK 250 added 0.4%.",
     [("BUK100P", "up", 0.2), ("BUK250P", "up", 0.4)]),
    ("The Cboe Small Companies index eased 0.3%.", [("BUKSCP", "down", -0.3)]),
    ("The AIM 100 climbed 1.2% while the All-Share index slipped 0.1%.",
     [("AIM100", "up", 1.2), ("FTAS", "down", -0.1)]),
    ("The FTSE Fledgling fell 0.5%.", [("NSX", "down", -0.5)]),
]


@pytest.mark.parametrize(("text", "expected"), SECONDARY)
def test_secondary_london_indices(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected
