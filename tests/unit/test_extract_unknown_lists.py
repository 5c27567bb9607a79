"""Companies the directory lacks in lists: each name with its own figure in brackets, after a sign or on a
bullet line, and names listed before the subject of a move verb ("Orion and Delta Tech fell 3%"). Sectors,
market words and names inside a figure table are not taken.

Passages are written for these tests (invented companies and sentences).
"""

from __future__ import annotations

import pytest

from streams.model import Article
from tests.unit.extraction import EX, rows_of

run = rows_of("instrument.name", "instrument.symbol", "direction", "change_pct")


@pytest.mark.parametrize(("text", "expected"), [
    # a figure in brackets after each name, with or without a sign, "%" or "pct"
    ("Gainers included firms such as Quillmere Foods (3%), Varnholt Tech (+6.2%) and Brasswick Co (8.5%).",
     [("Quillmere Foods", None, "up", 3.0), ("Varnholt Tech", None, "up", 6.2),
      ("Brasswick Co", None, "up", 8.5)]),
    ("Among the decliners were Kelbrook (-2.30 pct), Tarnell Mining (-1.55 pc) and Ostravel (-0.4%).",
     [("Kelbrook", None, "down", -2.3), ("Tarnell Mining", None, "down", -1.55), ("Ostravel", None, "down", -0.4)]),
    # lower-case particles inside a name
    ("The risers were Banca Rossa di Valtorre (+3%) and Molvena dei Pratoni (+1.7%).",
     [("Banca Rossa di Valtorre", None, "up", 3.0), ("Molvena dei Pratoni", None, "up", 1.7)]),
    # a known company among them keeps its own figure
    ("Gainers were Quillmere Foods (+2.5%), Sony Group (+1.2%) and Kelbrook (+0.8%).",
     [("Quillmere Foods", None, "up", 2.5), ("Sony Group", "6758.T", "up", 1.2),
      ("Kelbrook", None, "up", 0.8)]),
    # a signed figure right after the name, in a numbered list
    ("The worst days: 1) Quillmere Holdings -41.2% on 04.05.2011 - Reason: fraud. 2.) Kelbrook -30.5% on "
     "12/01/2015 - Reason: a profit warning.",
     [("Quillmere Holdings", None, "down", -41.2), ("Kelbrook", None, "down", -30.5)]),
    # bullet lines under a header
    ("BIGGEST GAINERS\n- Quillmere Foods: 4.56 per cent\n- QFL: 3.50 per cent\n",
     [("Quillmere Foods", None, "up", 4.56), ("QFL", None, "up", 3.5)]),
    # names listed before the subject of the verb, with "both", "each" and "also"
    ("Quillmere Foods and Varnholt Power fell 7.99%.",
     [("Quillmere Foods", None, "down", -7.99), ("Varnholt Power", None, "down", -7.99)]),
    ("Both Kelbrook and Ostravel rose 3%.", [("Kelbrook", None, "up", 3.0), ("Ostravel", None, "up", 3.0)]),
    ("Kelbrook, Ostravel and Brasswick Co each gained over 1%.",
     [("Kelbrook", None, "up", 1.0), ("Ostravel", None, "up", 1.0), ("Brasswick Co", None, "up", 1.0)]),
    ("Tarnell Finance, Kelbrook Invest, and Ostravel Life also lost 2.5 per cent each.",
     [("Tarnell Finance", None, "down", -2.5), ("Kelbrook Invest", None, "down", -2.5),
      ("Ostravel Life", None, "down", -2.5)]),
    # a move in apposition after the last name, with a hedge and a word that shares it out: every name before
    # it takes it
    ("The Nifty fell 1%. Tata Steel fell 5%, followed by Infosys, Wipro and Ostravel Life, each down over 2.5%.",
     [("Nifty 50", "NIFTY", "down", -1.0), ("Tata Steel Ltd.", "TATASTEEL.NS", "down", -5.0),
      ("Infosys Ltd.", "INFY.NS", "down", -2.5), ("Wipro Ltd.", "WIPRO.NS", "down", -2.5),
      ("Ostravel Life", None, "down", -2.5)]),
    ("The Nifty fell 1%. Tata Steel fell 5%, followed by Kelbrook, down more than 3%.",
     [("Nifty 50", "NIFTY", "down", -1.0), ("Tata Steel Ltd.", "TATASTEEL.NS", "down", -5.0),
      ("Kelbrook", None, "down", -3.0)]),
    ("The Nifty rose 1%. Infosys and Ostravel Life, both up about 4%, led the gains.",
     [("Nifty 50", "NIFTY", "up", 1.0), ("Infosys Ltd.", "INFY.NS", "up", 4.0), ("Ostravel Life", None, "up", 4.0)]),
])
def test_listed_names(text: str, expected: list[tuple[str, str | None, str, float]]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # two single words joined by "and" may be one company: only the word next to the verb is taken
    ("Kelbrook and Ostravel shed 0.8 per cent.", [("Ostravel", None, "down", -0.8)]),
    # a comma alone is no list ("Ostravel" is the subject; "Kelbrook" begins an aside)
    ("Kelbrook, Ostravel rose 2%.", [("Ostravel", None, "up", 2.0)]),
])
def test_list_bounds(text: str, expected: list[tuple[str, str | None, str, float]]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize("text", [
    # sectors, market words and ordinary words in brackets or with a sign are no company names
    "Utilities (-1.6%) and Materials (+0.4%) moved most.",
    "Consumer Products +0.6% Technology +1.1%",
    "Revenue (+3%) and Sales (+2%) beat forecasts.",
    "Inflation in March (2.1%) was lower.",
    "Europe (+2%) and Asia (-1%) diverged.",
    # a single word after a figure in a table is no name
    "Industrial +0.9% Services +0.8%",
    # a figure in brackets with no closing bracket after it is no list item
    "Quillmere Foods (3% of sales came from exports last year.",
])
def test_no_company_names(text: str) -> None:
    assert [e.instrument.name for e in EX.extract(Article(id="t", body=text))
            if e.instrument.key.startswith("name:") and not e.instrument.name.endswith("sub-index")] == []


@pytest.mark.parametrize(("text", "expected"), [
    # one word opening the sentence is a name when something marks a stock: a price after the figure,
    # "shares", a ticker in brackets
    ("Markets were mixed. Kelbrook retreated 7.7 per cent, or 2.7p, to 32.5p.", [("Kelbrook", None, "down", -7.7)]),
    ("Ostravel slipped 2.01 per cent to ¥4,620 after the report.", [("Ostravel", None, "down", -2.01)]),
    ("Ostravel shares fell 3% on Monday.", [("Ostravel", None, "down", -3.0)]),
    ("Kelbrook (KLB) rose 2%.", [("Kelbrook", None, "up", 2.0)]),
    # else any capitalised word could stand there
    ("Ostravel fell 3% despite beating forecasts.", []),
    # but not a word of not_names or a sector
    ("Unemployment rose 0.2% in May.", []),
    ("Wages rose 3.1 per cent over the year.", []),
    ("Treasuries rallied 1% after the data.", []),
    ("Services fell 0.8%.", []),
])
def test_one_word_at_the_start(text: str, expected: list[tuple[str, str | None, str, float]]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("hedge", "pct"), [
    # one word of the lexicon's approx_one, a pair of its approx_two, "as" after one, and "by" before them
    ("over", -2.5), ("roughly", -2.5), ("circa", -2.5), ("approximately", -2.5),
    ("more than", -2.5), ("just under", -2.5), ("north of", -2.5), ("close to", -2.5),
    ("a good", -2.5), ("as much as", -2.5), ("by nearly", -2.5), ("by more than", -2.5),
    # "less than" guarantees no figure: a mention without a percent
    ("less than", None),
])
def test_apposed_hedges(hedge: str, pct: float | None) -> None:
    text = f"The Nifty fell 1%. Tata Steel fell 5%, followed by Kelbrook, down {hedge} 2.5%."
    moves = [(e.instrument.name, e.direction, e.change_pct, e.approx) for e in EX.extract(Article(id="t", body=text))]
    assert moves[-1] == ("Kelbrook", "down", pct, True)


@pytest.mark.parametrize("text", [
    # a word that is no hedge between the move word and the figure: no apposed move
    "The Nifty fell 1%. Tata Steel fell 5%, followed by Kelbrook, down since 2.5%.",
    "The Nifty fell 1%. Tata Steel fell 5%, followed by Kelbrook, down than 2.5%.",
])
def test_apposed_no_hedge(text: str) -> None:
    assert "Kelbrook" not in [e.instrument.name for e in EX.extract(Article(id="t", body=text))]
