"""Names of continental European companies as news writes them: a Swedish public company's name without the
"AB" its legal name puts first ("AB Volvo (publ)" is "Volvo"), and without a French legal form written out
("EssilorLuxottica Societe anonyme" is "EssilorLuxottica"; scripts/directory_names.py); former names of European
companies that older articles use ("France Telecom" is Orange; streams/data/former_names.tsv); a dotted legal
form ("S.A.", "S.p.A.", "N.V.") ends no sentence before a ticker, in prose or in a quote row.

Passages are written for these tests (invented sentences; company names from the built-in directory).
"""

from __future__ import annotations

from typing import Any

import pytest

from streams.model import Article
from tests.unit.extraction import EX


def moves(text: str) -> list[tuple[Any, ...]]:
    """Key, direction and percent of each event."""
    return [(e.instrument.key, e.direction, e.change_pct) for e in EX.extract(Article(id="t", body=text))]


LEADING_FORMS = [
    ("Electrolux climbed 2.4 percent in Stockholm.", [("ELUX-A.ST", "up", 2.4)]),
    ("Volvo fell 1.3% while SKF added 0.6%.", [("VOLV-A.ST", "down", -1.3), ("SKF-B.ST", "up", 0.6)]),
    ("Shares in Sagax slipped 0.9 per cent.", [("SAGA-A.ST", "down", -0.9)]),
    # the full legal name still names it
    ("AB Electrolux rose 1.1%.", [("ELUX-A.ST", "up", 1.1)]),
]


@pytest.mark.parametrize(("text", "expected"), LEADING_FORMS)
def test_nordic_names_without_their_leading_legal_form(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert moves(text) == expected


WRITTEN_OUT_FORMS = [
    ("EssilorLuxottica rose 1.2% and Verallia fell 0.8%.", [("EL.PA", "up", 1.2), ("VRLA.PA", "down", -0.8)]),
    ("Hermes gained 2.1 per cent in Paris.", [("RMS.PA", "up", 2.1)]),
    ("Sofina slipped 0.7% in Brussels.", [("SOF.BR", "down", -0.7)]),
]


@pytest.mark.parametrize(("text", "expected"), WRITTEN_OUT_FORMS)
def test_french_names_without_their_written_out_legal_form(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert moves(text) == expected


FORMER_NAMES = [
    ("France Telecom rose 1.6% in Paris.", [("ORA.PA", "up", 1.6)]),
    ("GDF Suez fell 0.9% and Statoil gained 2.2%.", [("ENGI.PA", "down", -0.9), ("EQNR.OL", "up", 2.2)]),
    ("TeliaSonera shares lost 1.4 percent.", [("TELIA.ST", "down", -1.4)]),
    ("Royal Bank of Scotland slumped 7% in London.", [("NWG.L", "down", -7.0)]),
]


@pytest.mark.parametrize(("text", "expected"), FORMER_NAMES)
def test_former_names_of_european_companies(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert moves(text) == expected


DOTTED_FORMS = [
    ("Leonardo S.p.A. (LDO) rose 1.2% in Milan.", [("LDO.MI", "up", 1.2)]),
    ("B&M European Value Retail S.A. (BME) fell 2.3%.", [("BME.L", "down", -2.3)]),
    ("Tesco (TSCO) 412.50p 1.42% B&M European Value Retail S.A. (DI) (BME) 301.20p 2.59% Serco Group (SRP) "
     "180.10p 1.1%", [("TSCO.L", "up", 1.42), ("BME.L", "up", 2.59), ("SRP.L", "up", 1.1)]),
    # a sentence that ends with one: the next one's move stays its own subject's
    ("Tesco bought a stake in Kestrel Holdings S.A. Tesco shares fell 1%.", [("TSCO.L", "down", -1.0)]),
]


@pytest.mark.parametrize(("text", "expected"), DOTTED_FORMS)
def test_dotted_legal_forms_before_a_ticker(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert moves(text) == expected


SHORT_NAMES = [
    # short names of aliases.tsv: "Svenska Handelsbanken", "Banca Monte dei Paschi di Siena"; "Telenor" is
    # Telenor ASA's own (not another line's that holds the bare name)
    ("Handelsbanken rose 1.1% and Telenor fell 0.4%.", [("SHB-A.ST", "up", 1.1), ("TEL.OL", "down", -0.4)]),
    ("Monte dei Paschi jumped 6% after its capital increase.", [("BMPS.MI", "up", 6.0)]),
]


@pytest.mark.parametrize(("text", "expected"), SHORT_NAMES)
def test_short_names_of_nordic_and_italian_banks(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert moves(text) == expected
