"""Coreference, round seven: a capitalised nationality or place adjective among the words of a company reference,
"the sector" after a named sector, and "their shares" after two or more names.

- "the Danish drugmaker", "the Swiss food company", "the Japanese automaker" refer to the company named before,
  as "the drugmaker" does; the adjectives are a closed list (`anaphor_demonyms` in lexicon.toml), matched as
  written;
- after such an adjective only a company head counts: "the German index", "the Swiss shares" are no reference,
  and a proper name ("the Hang Seng index", "the Zurich Insurance") is none of the adjectives.
- "the sector" is the sector named last ("The energy sector was weak. The sector fell 2.2%", "... dragging the
  sector 2.2% lower"); "a sector", "its sector" name none.
- "their shares" after two or more companies is no reference to the last one: every company named gets the move
  ("Alpha and Beta saw their shares fall 3%"), as a shared figure does in docs/move-events.md; "share prices" and
  "stock prices" are the stocks' own prices (the reject word "prices" has no force there).

Table-driven, one row a case; the passages are invented.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.extraction import rows_of

run = rows_of("instrument.key", "change_pct")


NATIONALITY_REFERENCES: list[tuple[str, list[tuple[Any, ...]]]] = [
    ("Copenhagen\nNovo Nordisk lifted its sales outlook. The Danish drugmaker rose 3.2%.", [("NOVO-B.CO", 3.2)]),
    ("Copenhagen\nNovo Nordisk lifted its sales outlook, and the Danish drugmaker's shares rose 3.2% by noon.",
     [("NOVO-B.CO", 3.2)]),
    ("Zurich\nNestle trimmed its margin goal. The Swiss food company fell 2.5 percent in early trade.",
     [("NESN.SW", -2.5)]),
    ("Tokyo\nToyota raised its profit forecast on Wednesday. The Japanese automaker gained 4.1 per cent.",
     [("7203.T", 4.1)]),
    ("Hong Kong\nTencent reported a jump in quarterly profit. The Chinese internet giant climbed 1.9 per cent.",
     [("0700.HK", 1.9)]),
    ("New York\nNvidia topped revenue estimates. The California-based chipmaker jumped 6%.", [("NVDA", 6.0)]),
    # two-word places and nationalities
    ("Seoul\nSamsung Electronics posted record profit. The South Korean chipmaker rose 2.1%.", [("005930.KS", 2.1)]),
    ("Wellington\nAir New Zealand cut its outlook. The New Zealand airline fell 3.4%.", [("AIR.NZ", -3.4)]),
    ("Hong Kong\nHSBC raised its dividend. The Hong Kong lender gained 1.5%.", [("0005.HK", 1.5)]),
]


@pytest.mark.parametrize(("text", "expected"), NATIONALITY_REFERENCES)
def test_nationality_reference(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected


# (text, the company that must get no move: the market's own gauge may)
NO_REFERENCE: list[tuple[str, str]] = [
    # no company named before
    ("Markets\nThe Japanese automaker gained 4.1 per cent after the report.", "7203.T"),
    # a nationality before a head that is no company's
    ("Frankfurt\nSiemens reported orders on Monday. The German index rose 1.1%.", "SIE.DE"),
    ("Zurich\nNestle trimmed its margin goal. The Swiss shares fell 2.5% on the day.", "NESN.SW"),
    # a market, not a company
    ("Tokyo\nToyota raised its forecast. The Japanese market fell 0.4%.", "7203.T"),
]


@pytest.mark.parametrize(("text", "company"), NO_REFERENCE)
def test_no_reference(text: str, company: str) -> None:
    assert company not in [key for key, _ in run(text)]


def test_hong_kong_index_no_company() -> None:
    assert run("Hong Kong\nHSBC raised its dividend. The Hong Kong index gained 1.5%.") == [("HSI", 1.5)]


def test_proper_index_name_unchanged() -> None:
    got = run("Hong Kong\nTencent rose 2%. The Hang Seng index fell 0.5%.")
    assert got == [("0700.HK", 2.0), ("HSI", -0.5)]


SECTOR_REFERENCES: list[tuple[str, list[tuple[Any, ...]]]] = [
    ("Sydney\nThe energy sector was soft all day. The sector fell 2.2 per cent.", [("name:energy-sub-index", -2.2)]),
    ("Sydney\nThe energy sector fell 1.1 per cent. The sector is down 5 per cent this week.",
     [("name:energy-sub-index", -1.1), ("name:energy-sub-index", -5.0)]),
    ("Sydney\nThe healthcare sector led the market. CSL rose 3.5 per cent, pulling the sector 2.8 per cent higher.",
     [("CSL.AX", 3.5), ("name:healthcare-sub-index", 2.8)]),
    ("Sydney\nThe energy sector was weak; Woodside fell 3 per cent and dragged the sector down 2.2 per cent.",
     [("WDS.AX", -3.0), ("name:energy-sub-index", -2.2)]),
    # no sector named before, or no "the"
    ("Sydney\nWoodside fell 3 per cent and dragged the sector 2.2 per cent lower.", [("WDS.AX", -3.0)]),
    ("Sydney\nThe energy sector was weak. Woodside, a leader in its sector, fell 3 per cent.", [("WDS.AX", -3.0)]),
]


@pytest.mark.parametrize(("text", "expected"), SECTOR_REFERENCES)
def test_sector_reference(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected


PLURAL_POSSESSIVES: list[tuple[str, list[tuple[Any, ...]]]] = [
    ("Tokyo\nToyota and Honda both saw their shares fall 3% after the tariff news.",
     [("7203.T", -3.0), ("7267.T", -3.0)]),
    ("Tokyo\nToyota and Honda, the two largest carmakers, saw their shares fall 3% on Friday.",
     [("7203.T", -3.0), ("7267.T", -3.0)]),
    ("Tokyo\nToyota, Honda and Nissan saw their shares slide 3% in the afternoon.",
     [("7203.T", -3.0), ("7267.T", -3.0), ("7201.T", -3.0)]),
    ("Sydney\nMiners BHP and Rio Tinto saw their shares climb 2.5 per cent.", [("BHP.AX", 2.5), ("RIO.AX", 2.5)]),
    ("London\nShell and BP each saw their stock rise 1.2%.", [("SHEL.L", 1.2), ("BP.L", 1.2)]),
    # one company: still its move
    ("Tokyo\nToyota saw their shares fall 3%.", [("7203.T", -3.0)]),
    # "share prices", "stock prices": the stocks' own prices, not a reject word
    ("Tokyo\nToyota and Honda saw their stock prices rise by over 8% on the news.",
     [("7203.T", 8.0), ("7267.T", 8.0)]),
    ("Tokyo\nToyota, Honda and Nissan saw their share prices climb about 4% on Monday.",
     [("7203.T", 4.0), ("7267.T", 4.0), ("7201.T", 4.0)]),
    ("Tokyo\nToyota said its share prices rose 2% this week.", [("7203.T", 2.0)]),
    # other prices still reject
    ("London\nOil prices fell 2%, and BP slipped 1%.", [("BP.L", -1.0)]),
    ("Tokyo\nHouse prices rose 3% in March, and Toyota fell 1%.", [("7203.T", -1.0)]),
]


@pytest.mark.parametrize(("text", "expected"), PLURAL_POSSESSIVES)
def test_plural_possessive(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected
