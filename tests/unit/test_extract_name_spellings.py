"""How newsrooms spell a listed company's name beside how the exchange lists write it: letters with accents
that the lists write plain ("Enagás" for "Enagas", "Dürr" for "Durr", "Ørsted" for "Orsted"), in either
direction. Passages are our own."""

from __future__ import annotations

import pytest

from streams.directory import Directory, normalize
from tests.unit.extraction import rows_of

run = rows_of("instrument.key", "mention", "direction", "change_pct")


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


@pytest.mark.parametrize(("text", "expected"), [
    # acronyms of state companies as Indian newsrooms write them: the initials of the legal name, "Corporation"
    # and "Limited" included, when they are the company's ticker
    ("On the NSE, ONGC rose 2.1%, BPCL added 1.4% and IOC gained 0.9%.",
     [("ONGC.NS", "ONGC", "up", 2.1), ("BPCL.NS", "BPCL", "up", 1.4), ("IOC.NS", "IOC", "up", 0.9)]),
    ("Among PSU stocks, BHEL fell 3.2 per cent while IRFC jumped 4 per cent.",
     [("BHEL.NS", "BHEL", "down", -3.2), ("IRFC.NS", "IRFC", "up", 4.0)]),
    ("Westpac rose 1.2%, and WBC was the best of the banks again on Friday with a 0.8% gain.",
     [("WBC.AX", "Westpac", "up", 1.2), ("WBC.AX", "WBC", "up", 0.8)]),
])
def test_acronyms_that_are_the_ticker(text: str, expected: list[tuple[str, str, str, float]]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a local company's name without the country its legal name ends with ("Maruti Suzuki India Ltd.")
    ("In Mumbai, Maruti Suzuki fell 2.5% after its sales data.", [("MARUTI.NS", "Maruti Suzuki", "down", -2.5)]),
    ("Berger Paints rose 1.2 per cent and Kalyan Jewellers slipped 0.8 per cent.",
     [("BERGEPAINT.NS", "Berger Paints", "up", 1.2), ("KALYANKJIL.NS", "Kalyan Jewellers", "down", -0.8)]),
    # a form another market's company has stays that company's
    ("In Amsterdam, Akzo Nobel fell 2%.", [("AKZA.AS", "Akzo Nobel", "down", -2.0)]),
])
def test_names_without_their_country(text: str, expected: list[tuple[str, str, str, float]]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # long words of names as Indian wires shorten them
    ("On Tuesday, Hind Zinc fell 5.2% and Sun Pharma rose 1%.",
     [("HINDZINC.NS", "Hind Zinc", "down", -5.2), ("SUNPHARMA.NS", "Sun Pharma", "up", 1.0)]),
    ("Hind Copper was the top loser, down 4.1 per cent.", [("HINDCOPPER.NS", "Hind Copper", "down", -4.1)]),
])
def test_shortened_words(text: str, expected: list[tuple[str, str, str, float]]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # names without other languages' legal forms and groups ("S.M.E.", "& C.", "Groupe", "Banco")
    ("In Madrid, Aena rose 1.1% and Unicaja slipped 0.4%.",
     [("AENA.MC", "Aena", "up", 1.1), ("UNI.MC", "Unicaja", "down", -0.4)]),
    ("In Milan, Pirelli gained 2.3 per cent.", [("PIRC.MI", "Pirelli", "up", 2.3)]),
    ("In Paris, Publicis fell 3%.", [("PUB.PA", "Publicis", "down", -3.0)]),
])
def test_foreign_legal_forms(text: str, expected: list[tuple[str, str, str, float]]) -> None:
    assert run(text) == expected
