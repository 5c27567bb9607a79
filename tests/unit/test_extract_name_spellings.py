"""How newsrooms spell a listed company's name beside how the exchange lists write it: letters with accents
that the lists write plain ("Enagás" for "Enagas", "Dürr" for "Durr", "Ørsted" for "Orsted"), in either
direction. Passages are our own."""

from __future__ import annotations

import pytest

from streams.directory import Directory, normalize
from streams.extract import Extractor
from streams.model import Article

EX = Extractor()


def run(text: str) -> list[tuple[str, str | None, str, float | None]]:
    return [(e.instrument.key, e.mention, e.direction, e.change_pct)
            for e in EX.extract(Article(id="t", body=text))]


@pytest.mark.parametrize(("text", "expected"), [
    # accents the exchange lists leave out
    ("In Madrid, Enagás fell 1.9% after its results.", [("ENG.MC", "Enagás", "down", -1.9)]),
    ("Telefónica rose 2.5% on Tuesday.", [("TEF.MC", "Telefónica", "up", 2.5)]),
    ("The plant maker Dürr lost 16 percent to 19.81 euros.", [("DUE.DE", "Dürr", "down", -16.0)]),
    ("ØRSTED SLUMPS: Ørsted dropped 3.2 per cent in Copenhagen.", [("ORSTED.CO", "Ørsted", "down", -3.2)]),
    # and the plain spelling of a name written with them still matches
    ("Societe Generale gained 1.1%.", [("GLE.PA", "Societe Generale", "up", 1.1)]),
    ("Société Générale gained 1.1%.", [("GLE.PA", "Société Générale", "up", 1.1)]),
])
def test_accented_spellings(text: str, expected: list[tuple[str, str, str, float]]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "folded"), [
    ("Enagás", "enagas"),
    ("DÜRR AG", "durr ag"),
    ("Ørsted, Łódź", "orsted  lodz"),
    ("Straße", "straße"),  # no plain letter of one character: left as it is
    ("İş", "İs"),  # the dotted capital I is left as it is (its lower case has two characters)
])
def test_normalize_folds_latin_letters(text: str, folded: str) -> None:
    assert normalize(text) == folded
    assert len(normalize(text)) == len(text)  # every character stays at its offset


@pytest.mark.parametrize(("text", "key"), [
    ("Shares of Enagás rose", "ENG.MC"),
    ("Shares of Telefonica rose", "TEF.MC"),
])
def test_directory_find_folds_accents(text: str, key: str) -> None:
    assert [m.candidates[0].key for m in Directory.load().find(text)] == [key]

