"""Names the directory lacks that hold a word of `not_names`: a commodity word after the first word ("Motor
Oil" of Athens, "Kestrel Gold Mines"), never the commodity itself ("Spot Gold", "Natural Gas", "Gold" alone); a
place after "of" ("Airports of Thailand"), not a central bank ("Bank of Japan"); a legal form before the name
that lets it take a bare adverb as a suffix does ("PT Kestrel Karya up 2.5 percent"); metrics and periods in
capitals ("EPS", "YTD", "NAV") are no names; a digit may open a name ("7Digital"); and "shrank" as a fall.

Passages are written for these tests (invented companies and sentences).
"""

from __future__ import annotations

import pytest

from tests.unit.extraction import rows_of

run = rows_of("instrument.name", "instrument.symbol", "direction", "change_pct")


@pytest.mark.parametrize(("text", "expected"), [
    # a commodity word after the first word of a name
    ("Varnholt Oil fell 2.2% while Kelbrook Foods rose 1%.",
     [("Varnholt Oil", None, "down", -2.2), ("Kelbrook Foods", None, "up", 1.0)]),
    ("Shares in Quillmere Gold slid 3% to 58 cents.", [("Quillmere Gold", None, "down", -3.0)]),
    ("Tarnell Copper Mines rose 4.1% on Tuesday.", [("Tarnell Copper Mines", None, "up", 4.1)]),
    ("Ostravel Gas Nusantara (Persero) rose as much as 2.7 per cent.",
     [("Ostravel Gas Nusantara", None, "up", 2.7)]),
    ("Brasswick Coal dropped 1.5%, and Kelbrook Nickel added 0.9%.",
     [("Brasswick Coal", None, "down", -1.5), ("Kelbrook Nickel", None, "up", 0.9)]),
    # the commodity itself is no name
    ("Spot Gold fell 0.4% to $1,900 an ounce.", []),
    ("Natural Gas rose 3.1% on colder weather.", []),
    ("Heating Oil fell 2% and Brent Crude lost 1.1%.", []),
    ("Gold rose 1.2%.", []),
    ("Oil rose 2% and Silver fell 1%.", []),
    ("Liquefied Natural Gas prices jumped 5%.", []),
    # a place after "of" ends a name; a central bank is none
    ("Meanwhile, Harbours of Malaysia fell 1.3 per cent.", [("Harbours of Malaysia", None, "down", -1.3)]),
    ("Kelbrook Foods rose 2%, while Railways of Indonesia fell 0.7 per cent.",
     [("Kelbrook Foods", None, "up", 2.0), ("Railways of Indonesia", None, "down", -0.7)]),
    ("Shares of Ports of Vietnam jumped 4%.", [("Ports of Vietnam", None, "up", 4.0)]),
    ("The Bank of Japan said prices rose 2.1%.", []),
    ("Bank of Korea data showed exports rose 3%.", []),
    # a legal form before the name: a bare adverb after it
    ("PT Kelbrook Karya up 2.49 percent and PT Ostravel up 1.82 percent.",
     [("PT Kelbrook Karya", None, "up", 2.49), ("PT Ostravel", None, "up", 1.82)]),
    ("PT Tarnell Energi down 3.1 percent, PT Brasswick Tambang down 0.6 percent.",
     [("PT Tarnell Energi", None, "down", -3.1), ("PT Brasswick Tambang", None, "down", -0.6)]),
    ("PJSC Varnholt up 4% in Moscow.", [("PJSC Varnholt", None, "up", 4.0)]),
    # (without one, a bare adverb needs a suffix or "with")
    ("Kelbrook Karya up 2.49 percent.", []),
    # a digit before a capitalised word ("7Digital"), not a quarter or a half ("3Q", "2H")
    ("The best performer was music services company 4Kelbrook Group (up 1,036 per cent).",
     [("4Kelbrook Group", None, "up", 1036.0)]),
    ("Tarnell Foods rose 2% and 9Tarnell Holdings fell 3%.",
     [("Tarnell Foods", None, "up", 2.0), ("9Tarnell Holdings", None, "down", -3.0)]),
    ("Shares in 2Ostravel jumped 8% to 14p.", [("2Ostravel", None, "up", 8.0)]),
    ("Kelbrook Foods rose 2%, while 3Q sales rose 5% and 2H profit fell 3%.", [("Kelbrook Foods", None, "up", 2.0)]),
    # metrics and periods in capitals are no names
    ("Kelbrook Foods rose 3%, while EPS rose 8%.", [("Kelbrook Foods", None, "up", 3.0)]),
    ("Tarnell Group gained 1.5%, while NAV grew 2% and AUM jumped 5%.", [("Tarnell Group", None, "up", 1.5)]),
    ("Ostravel Holdings fell 2%, and EPS TTM dropped 6%.", [("Ostravel Holdings", None, "down", -2.0)]),
    ("Kelbrook YTD rose 4%.", []),
    # "shrank" as a fall
    ("Kelbrook Holdings shrank 3.26% and Ostravel Group shrank 1%.",
     [("Kelbrook Holdings", None, "down", -3.26), ("Ostravel Group", None, "down", -1.0)]),
    ("Shares of Brasswick Foods have shrunk 12% this week.", [("Brasswick Foods", None, "down", -12.0)]),
    ("Tarnell Co shrinking 0.8% weighed on the index.", [("Tarnell Co", None, "down", -0.8)]),
])
def test_unknown_name_words(text: str, expected: list[tuple[str, str | None, str, float | None]]) -> None:
    assert run(text) == expected
