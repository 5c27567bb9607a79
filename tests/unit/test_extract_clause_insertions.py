"""Table-driven tests of what may stand between a subject and its move: an aside between commas, a predicate
nominal before a participle, a first predicate joined by "and", and "ex-dividend", which is no distractor.

The passages are written for these tests: invented companies (found by their form, keyed "name:...") and
directory entries (HSBC, Sony Group, Westpac) in invented sentences.
"""

from __future__ import annotations

import pytest

from streams.model import Article
from tests.unit.extraction import EX


def moves(text: str) -> list[tuple[str, str, float | None]]:
    return [(e.instrument.key, e.direction, e.change_pct) for e in EX.extract(Article(id="t", body=text))]


ASIDES = [
    # a description after the name
    ("Orion Steel, the sector's biggest name, rose 3%.", [("name:orion-steel", "up", 3.0)]),
    ("Bank of Kestrel, one of the largest lenders in the city, rose 2 percent to close at 34.10 dollars.",
     [("name:bank-of-kestrel", "up", 2.0)]),
    ("Pinecrest Holdings, a provider of hospital software, jumped 6 per cent, or 47.5p, to 837.5p.",
     [("name:pinecrest-holdings", "up", 6.0)]),
    ("In London, Kestrel Mining, the copper miner, fell 4.1pc.", [("name:kestrel-mining", "down", -4.1)]),
    ("Harrow Foods (HRF), a grocer with 300 stores, slid 1.9 per cent on Tuesday.",
     [("name:harrow-foods", "down", -1.9)]),
    # a relative clause, a participle
    ("Delta Marine, which is listed in Oslo as well, tumbled 7.2 per cent after the warning.",
     [("name:delta-marine", "down", -7.2)]),
    ("Kestrel Mining, trading lower for a third day, dropped 2.6 per cent to $25.58.",
     [("name:kestrel-mining", "down", -2.6)]),
    # a one-word name opening the sentence: the aside marks it as a subject
    ("Quarrystone, a maker of paving slabs, advanced 5.5% to 212p.", [("name:quarrystone", "up", 5.5)]),
    # a directory name keeps working
    ("HSBC, the region's largest lender, added 1.1% to HK$67.60.", [("0005.HK", "up", 1.1)]),
]


@pytest.mark.parametrize(("text", "expected"), ASIDES)
def test_an_aside_between_the_name_and_its_verb(text: str, expected: list[tuple[str, str, float]]) -> None:
    assert moves(text) == expected


PREDICATES = [
    ("Harbour Bank was the worst-performing major bank, falling 1.5 per cent.", [("name:harbour-bank", "down", -1.5)]),
    ("Kestrel Mining was the day's worst performer, shedding 4.4 per cent to A$3.10.",
     [("name:kestrel-mining", "down", -4.4)]),
    ("In Sydney, Harbour Bank was the weakest of the lenders, down 1.5 percent.",
     [("name:harbour-bank", "down", -1.5)]),
    ("Orion Steel was among the top gainers, up 3.3%.", [("name:orion-steel", "up", 3.3)]),
    ("Delta Power Corp is one of the year's best performers, climbing 2.1pc on Monday.",
     [("name:delta-power-corp", "up", 2.1)]),
    ("Westpac was the worst-performing major bank, falling 1.5 per cent.", [("WBC.AX", "down", -1.5)]),
]


@pytest.mark.parametrize(("text", "expected"), PREDICATES)
def test_a_predicate_nominal_before_the_participle(text: str, expected: list[tuple[str, str, float]]) -> None:
    assert moves(text) == expected


COORDINATED = [
    ("Orion Steel shares were ex-dividend and fell 2.8pc.", [("name:orion-steel", "down", -2.8)]),
    ("Orion Steel stock went ex-dividend and lost 1.9 percent.", [("name:orion-steel", "down", -1.9)]),
    ("Delta Power was weak all day and ended 2.8 per cent lower.", [("name:delta-power", "down", -2.8)]),
    ("Pinecrest Holdings opened firmly and added 4% by noon.", [("name:pinecrest-holdings", "up", 4.0)]),
    ("HSBC shares were ex-dividend and lost 2.8 per cent.", [("0005.HK", "down", -2.8)]),
]


@pytest.mark.parametrize(("text", "expected"), COORDINATED)
def test_a_first_predicate_joined_by_and(text: str, expected: list[tuple[str, str, float]]) -> None:
    assert [m[:3] for m in moves(text)] == expected


RELATIVES = [
    # a relative clause about a name that is the object of another phrase
    ("Chip stocks rallied, led by Cambrian Micro, which surged over 19% during the session.",
     [("name:cambrian-micro", "up", 19.0)]),
    ("One casualty was property group Kestrel Land, which slumped almost 3 per cent after the news.",
     [("name:kestrel-land", "down", -3.0)]),
    ("The deal with Orion Steel, which fell 3pc, closed on Monday.", [("name:orion-steel", "down", -3.0)]),
    ("Markets were calm, except for Harrow Foods, which was down 0.70 percent.", [("name:harrow-foods", "down", -0.7)]),
]


@pytest.mark.parametrize(("text", "expected"), RELATIVES)
def test_a_relative_clause_after_the_name(text: str, expected: list[tuple[str, str, float]]) -> None:
    assert moves(text) == expected


AUXILIARIES = [
    ("Orion Steel's stock has still shed 35.1% over the past 12 months.", [("name:orion-steel", "down", -35.1)]),
    ("Orion Steel shares had already lost 4 per cent by noon.", [("name:orion-steel", "down", -4.0)]),
    # a later subject with a listing between its possessive and its shares keeps its own move, under its name
    ("Orion Steel's stock has shed 35% this year and Delta's U.S.-listed shares have dropped 24.7%.",
     [("name:orion-steel", "down", -35.0), ("name:delta", "down", -24.7)]),
    ("HSBC rose 2.1% and Kestrel's Tokyo-listed shares fell 1.2%.",
     [("0005.HK", "up", 2.1), ("name:kestrel", "down", -1.2)]),
]


@pytest.mark.parametrize(("text", "expected"), AUXILIARIES)
def test_adverbs_among_auxiliaries(text: str, expected: list[tuple[str, str, float]]) -> None:
    assert moves(text) == expected


EX_DIVIDEND = [
    ("HSBC, trading ex-dividend, dropped 2.6 per cent.", [("0005.HK", "down", -2.6)]),
    ("HSBC, ex-dividend today, fell 2.78% to HK$61.20.", [("0005.HK", "down", -2.78)]),
    ("Sony Group went ex-dividend and fell 2.8pc.", [("6758.T", "down", -2.8)]),
    ("Westpac traded ex-dividend and slipped 3 percent.", [("WBC.AX", "down", -3.0)]),
]


@pytest.mark.parametrize(("text", "expected"), EX_DIVIDEND)
def test_ex_dividend_is_no_distractor(text: str, expected: list[tuple[str, str, float]]) -> None:
    assert moves(text) == expected


NOT_THE_SUBJECT = [
    # the figure is another thing's, or the name is no subject of the move
    "Sales at Kestrel Foods, the region's biggest grocer, rose 3%.",
    "Orion Steel, whose revenue fell 3%, said it would cut jobs.",
    "Analysts at Kestrel Capital, the broker, expect the shares to rise 3%.",
    "Copper was the best performer, rising 3 per cent.",
    "Profit at Kestrel Mining, the copper miner, fell 12%.",
    "Kestrel Mining, the copper miner, said its profit fell 12%.",
    "Investors in Orion Steel were cautious and the index fell 3%.",
    "Harrow Foods said the outlook was weak and fell 3% short of its goal.",
    "Kestrel Mining raised its dividend by 5%.",
    "The ex-dividend date of Orion Steel is Monday; its dividend rose 4%.",
    "The company reported revenue, which fell 3%.",
    "Kestrel Land's revenue, which fell 3%, missed forecasts.",
]


@pytest.mark.parametrize("text", NOT_THE_SUBJECT)
def test_no_move_of_the_name(text: str) -> None:
    assert moves(text) == []


def test_the_named_subject_keeps_its_move_after_another_predicate() -> None:
    # the participle after "with" names its own subject
    assert moves("Orion Steel was the biggest loser, with Delta Power falling 3 per cent.") == [
        ("name:delta-power", "down", -3.0)]


NONFINITE = [
    # a clause without a subject of its own ("after going ex-dividend"), then the move's participle
    ("Banks were mixed, with HSBC down after going ex-dividend, losing $1.23, or 4.0 per cent, to $29.32.",
     [("0005.HK", "down", -4.0)]),
    ("Sony Group ended lower after opening firmly, shedding 2.2% by the close.", [("6758.T", "down", -2.2)]),
    ("Westpac rose after opening weaker, gaining 1.4 per cent.", [("WBC.AX", "up", 1.4)]),
    # a subject of its own after "after": its move is its own
    ("HSBC fell 2% after Tencent jumped 5%.", [("0005.HK", "down", -2.0), ("0700.HK", "up", 5.0)]),
]


@pytest.mark.parametrize(("text", "expected"), NONFINITE)
def test_a_participle_after_a_clause_without_subject(text: str, expected: list[tuple[str, str, float]]) -> None:
    assert moves(text) == expected


PERFECT_AND_SCENES = [
    # perfect and pluperfect tenses, "grown" among them
    ("BHP had grown 0.7 per cent by lunchtime.", [("BHP.AX", "up", 0.7)]),
    ("Sony Group has grown 12% this month.", [("6758.T", "up", 12.0)]),
    # a scene with a plain word before its sector is no subject of the move after it
    ("In the heavyweight mining sector, BHP had climbed 0.7 per cent.", [("BHP.AX", "up", 0.7)]),
    ("Among the battered banking stocks, Westpac slid 2.1pc.", [("WBC.AX", "down", -2.1)]),
]


@pytest.mark.parametrize(("text", "expected"), PERFECT_AND_SCENES)
def test_perfect_tenses_and_scenes(text: str, expected: list[tuple[str, str, float]]) -> None:
    assert moves(text) == expected
