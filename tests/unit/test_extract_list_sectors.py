"""Industries that are a sector only as an item of a list of sectors (``list_sectors`` of the lexicon:
"services", "manufacturing", "construction", ...), and Xetra codes in Reuters' form as investing.com states
them ("(ETR:SY1G)", "(ETR:BOSSn)").

Passages are written for these tests (invented sentences; companies from the built-in directory).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.extraction import rows_of

run = rows_of("instrument.key", "direction", "change_pct")


def sector(name: str) -> str:
    return f"name:{name}-sub-index"


# after a sector named before in the sentence, a list item of `list_sectors` is a sector too
LISTS = [
    ("Property closed at 3,120.40, up 0.4%; industrials at 9,870.15, up 1.1%; services at 1,640.02, up 0.3%.",
     [(sector("property"), "up", 0.4), (sector("industrials"), "up", 1.1), (sector("services"), "up", 0.3)]),
    ("Mining led the losses at 2.1 percent, followed by consumer goods (1.4 percent), manufacturing "
     "(0.9 percent) and construction (0.6 percent).",
     [(sector("mining"), "down", -2.1), (sector("consumer-goods"), "down", -1.4),
      (sector("manufacturing"), "down", -0.9), (sector("construction"), "down", -0.6)]),
    ("Financials added 0.4 percent, while industrial and services lost 0.8 percent and 0.2 percent.",
     [(sector("financials"), "up", 0.4), (sector("industrial"), "down", -0.8), (sector("services"), "down", -0.2)]),
    ("The agriculture sector jumped 2.5 percent, trailed by plantation (1.9 percent) and transportation "
     "(1.2 percent).",
     [(sector("agriculture"), "up", 2.5), (sector("plantation"), "up", 1.9), (sector("transportation"), "up", 1.2)]),
    ("Banks fell 0.7%, utilities 0.5% and insurance 0.3%.",
     [(sector("banks"), "down", -0.7), (sector("utilities"), "down", -0.5), (sector("insurance"), "down", -0.3)]),
]

# alone, or after something else than a sector, these words are the economy's: no event of them
NOT_LISTED = [
    ("Services rose 1.2% in the quarter, the statistics office said.", []),
    ("Manufacturing fell 0.8 percent in March from February.", []),
    ("Banks gained 0.8% while the services PMI fell 1.2 points.", [(sector("banks"), "up", 0.8)]),
    ("Utilities rose 0.4%, and manufacturing output fell 2%.", [(sector("utilities"), "up", 0.4)]),
    ("Energy stocks rose 1.1%, and oil climbed 2% on supply worries.", [(sector("energy"), "up", 1.1)]),
    ("The euro gained 0.3%, and construction fell 1.5% in the month.", []),
]

# a Xetra code in Reuters' form: the directory's symbol without its "n", then without its "G"
REUTERS = [
    ("Top gainers on the DAX were Beiersdorf AG O.N. (ETR:BEIG), which rose 2.40% to 118.20.",
     [("BEI.DE", "up", 2.4)]),
    ("Deutsche Bank AG NA O.N. (ETR:DBKGn) was down 1.75% to 14.02 in late trade.", [("DBK.DE", "down", -1.75)]),
    ("Siemens AG NA O.N. (ETR:SIEGn) added 0.90%, while Infineon Technologies AG NA O.N. (ETR:IFXGn) lost "
     "1.20%.", [("SIE.DE", "up", 0.9), ("IFX.DE", "down", -1.2)]),
    ("RWE AG St O.N. (ETR:RWEG) climbed 3.05% to 36.40 at the close.", [("RWE.DE", "up", 3.05)]),
    # a code the directory lacks in every form names nothing: no event keyed by it
    ("Zorbex AG NA O.N. (ETR:ZQXGn) was up 1.10% at the close.", []),
]


@pytest.mark.parametrize(("text", "expected"), LISTS + NOT_LISTED + REUTERS)
def test_list_sectors_and_reuters_codes(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected
