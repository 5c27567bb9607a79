"""Table-driven tests of tickers in brackets after a company's name: Bloomberg-style codes ("(VOD LN)", "(700 HK)",
"(005930 KS)", "(D05 SP)", "(CBK US)") give the market of the listing, so the code resolves in that market's
directory (native/src/tickers.rs `bloomberg_at`), never as a same-letters code of another market; a code the
directory lacks leaves a name the directory knows its own, else the company is the bracketed name's; a bare code
later names it again (ticker_refs.rs). Exchange labels ("(NASDAQ: X)") likewise, also when a possessive follows
the bracket (proper.rs). Brackets of a price, a percent or words are no code.

The passages are written for these tests (the listed companies are directory entries, the others invented).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.extraction import extract


def moves(text: str) -> list[tuple[Any, ...]]:
    return [(e.instrument.key, e.change_pct) for e in extract(text)]


def names(text: str) -> list[tuple[Any, ...]]:
    return [(e.instrument.key, e.instrument.name, e.change_pct) for e in extract(text)]


MARKETS = [
    ("Vodafone Group Plc (VOD LN) rose 3 percent in London.", [("VOD.L", 3.0)]),
    ("Vodafone Group Plc (VOD LN Equity) added 3 percent after the tower sale.", [("VOD.L", 3.0)]),
    # (a text with a character beyond ASCII takes the other scan)
    ("Vodafone Group Plc (VOD LN) rose 3 percent — its best day since May.", [("VOD.L", 3.0)]),
    ("SAP SE (SAP GY) fell 4.2 percent in Frankfurt.", [("SAP.DE", -4.2)]),
    ("BNP Paribas SA (BNP FP) gained 2.5 percent.", [("BNP.PA", 2.5)]),
    ("Tencent Holdings Ltd. (700 HK) rose 1.8 percent.", [("0700.HK", 1.8)]),
    ("Samsung Electronics Co. (005930 KS) rose 1.4 percent.", [("005930.KS", 1.4)]),
    ("BHP Group Ltd. (BHP AU) fell 3.3 percent.", [("BHP.AX", -3.3)]),
    ("Reliance Industries Ltd. (RELIANCE IN) rose 2.2 percent.", [("RELIANCE.NS", 2.2)]),
    ("DBS Group Holdings Ltd. (D05 SP) rose 1.1 percent.", [("D05.SI", 1.1)]),
    # a code whose letters name a Hong Kong stock too: the German listing only, once
    ("Commerzbank AG (CBK GY) fell 3 percent.", [("CBK.DE", -3.0)]),
    # a US code of those letters: the US directory's, never the Hong Kong stock
    ("Kestrel & Vine Corp. (CBK US) fell 16 percent to $6.63.", [("CBK", -16.0)]),
    ("Toyota Motor Corp. (7203 JP) and Sony Group Corp. (6758 JP) dropped 2.1 percent and 1.4 percent, respectively.",
     [("7203.T", -2.1), ("6758.T", -1.4)]),
    ("Hunting Plc (HTG LN) and Vodafone Group Plc (VOD LN) fell 3 percent and 2 percent, respectively.",
     [("HTG.L", -3.0), ("VOD.L", -2.0)]),
    # a code the directory lacks after a name it knows: the name's own stock
    ("BNP Paribas SA (BNPX FP) gained 2.5 percent.", [("BNP.PA", 2.5)]),
]

OWN_NAMES = [
    ("Orbital Widgets Corp. (ORWQ US) fell 16 percent.", [("ORWQ", "Orbital Widgets Corp", -16.0)]),
    # the code named again alone later is the same company
    ("Tarnell Foods Plc (TRNF LN) fell 3 percent. TRNF has lost 20 percent this year.",
     [("TRNF.L", "Tarnell Foods Plc", -3.0), ("TRNF.L", "Tarnell Foods Plc", -20.0)]),
    # a possessive after the bracket: the name before it is the company's
    ("Orbital Widgets Corp. (ORWQ US)'s shares fell 7 percent.", [("ORWQ", "Orbital Widgets Corp", -7.0)]),
    ("Orbital Widgets Corp. (NASDAQ: ORWQ)'s shares fell 7 percent.", [("ORWQ", "Orbital Widgets Corp", -7.0)]),
    ("Orbital Widgets Corp. (NASDAQ: ORWQ)’s stock jumped 12 percent.", [("ORWQ", "Orbital Widgets Corp", 12.0)]),
    ("Brantley Mills Inc. (NYSE: BRMQ)'s shares slid 4.5 percent on Monday.",
     [("BRMQ", "Brantley Mills Inc", -4.5)]),
]

NOT_CODES = [
    # a price, a figure with a market's letters, a person's title, words in capitals: no code
    ("Orbital Widgets Corp. ($6.63) fell 16 percent.", [("name:orbital-widgets-corp", -16.0)]),
    ("Orbital Widgets Corp. (12.5 HK) fell 16 percent.", [("name:orbital-widgets-corp", -16.0)]),
    ("Orbital Widgets Corp. (CEO Jane Roe) fell 16 percent.", [("name:orbital-widgets-corp", -16.0)]),
    ("Orbital Widgets Corp. (ABC TV) fell 16 percent.", [("name:orbital-widgets-corp", -16.0)]),
]


@pytest.mark.parametrize(("text", "expected"), MARKETS + NOT_CODES)
def test_bracketed_code_market(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert moves(text) == expected


@pytest.mark.parametrize(("text", "expected"), OWN_NAMES)
def test_bracketed_code_own_name(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert names(text) == expected
