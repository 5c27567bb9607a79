"""Table-driven tests of clause grammar: move verbs and adverbs of the lexicon.

The passages are written for these tests (the instruments are directory entries, the sentences invented).
"""

from __future__ import annotations

import pytest

from streams.model import Article
from tests.unit.extraction import EX


def moves(text: str) -> list[tuple[str, str, float | None]]:
    return [(e.instrument.key, e.direction, e.change_pct) for e in EX.extract(Article(id="t", body=text))]


CASES = [
    # verbs of a rise
    ("Sony Group grew 3.2% on Tuesday.", [("6758.T", "up", 3.2)]),
    ("Shares of Sony Group zoomed 11% after the results.", [("6758.T", "up", 11.0)]),
    # verbs of a fall
    ("HSBC descended 2.5% to HK$60.10.", [("0005.HK", "down", -2.5)]),
    ("Tencent Holdings nosedived 9% in its worst day in a year.", [("0700.HK", "down", -9.0)]),
    ("Sony Group cratered 12% after the warning.", [("6758.T", "down", -12.0)]),
    # adverbs: "was off 4%", "weaker by", "firmer by"
    ("Sony Group was off 4% at 3,000 yen.", [("6758.T", "down", -4.0)]),
    ("The Hang Seng Index was weaker by 1.1% on Monday.", [("HSI", "down", -1.1)]),
    ("The Hang Seng Index was firmer by 0.7% on Monday.", [("HSI", "up", 0.7)]),
    # the cue right after the figure governs it
    ("The Nikkei share average erased early gains to finish 0.9% lower.", [("N225", "down", -0.9)]),
    ("Sony Group swung from early losses to a 1.1% gain.", [("6758.T", "up", 1.1)]),
    ("The Hang Seng Index recovered from early losses to end 0.4% down.", [("HSI", "down", -0.4)]),
    # ... but not a cue after a second figure (the earlier session's move is an event of its own), nor a signed
    # figure's
    ("The Hang Seng Index fell 0.5%, reversing a 1.1% gain on Tuesday.", [("HSI", "down", -0.5), ("HSI", "up", 1.1)]),
    ("The Hang Seng Index rose 0.9% higher on Friday.", [("HSI", "up", 0.9)]),
    # an adverb right after its figure is the move's, whatever word follows but "than"
    ("Sony Group closed 3% higher on Friday.", [("6758.T", "up", 3.0)]),
    ("Sony Group opened 2 percent lower in Tokyo.", [("6758.T", "down", -2.0)]),
    ("HSBC ended 1.5% lower with Tencent Holdings up 0.4%.", [("0005.HK", "down", -1.5), ("0700.HK", "up", 0.4)]),
    ("The Hang Seng Index finished 0.8% higher from Tuesday's close.", [("HSI", "up", 0.8)]),
    ("Sony Group was up on the news, with HSBC rising 2%.", [("0005.HK", "up", 2.0)]),
    ("Sony Group's sales were 5% higher than a year earlier.", []),
    # figures spoken with their decimal point
    ("The Hang Seng Index fell zero-point-51 percent.", [("HSI", "down", -0.51)]),
    ("Sony Group rose two-point-85 percent on Friday.", [("6758.T", "up", 2.85)]),
    ("The Hang Seng Index gained 12-point-40 points, or zero-point-06 percent.", [("HSI", "up", 0.06)]),
    ("HSBC rose three per cent.", [("0005.HK", "up", 3.0)]),
    # the decimals spoken as a word
    ("Sony Group lost two-point-one percent.", [("6758.T", "down", -2.1)]),
    ("The Hang Seng Index slid three-point-five percent.", [("HSI", "down", -3.5)]),
    # with Unicode hyphens (U+2011 non-breaking, U+2010)
    ("Sony Group jumped five\u2011point\u201131 percent.", [("6758.T", "up", 5.31)]),
    ("The Hang Seng Index slipped one\u2010point\u201035 percent.", [("HSI", "down", -1.35)]),
    ("HSBC gained two\u2011point\u2011one percent, and Sony Group shed 12\u2011point\u201184 percent.",
     [("0005.HK", "up", 2.1), ("6758.T", "down", -12.84)]),
    # a company the directory lacks, with a spoken figure
    ("Quillmere Foods gained two-point-85 percent.", [("name:quillmere-foods", "up", 2.85)]),
    ("Brasswick Marine slid three\u2011point\u2011five percent.", [("name:brasswick-marine", "down", -3.5)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_clause(text: str, expected: list[tuple[str, str, float | None]]) -> None:
    assert moves(text) == expected
