"""Lists and points, more forms: points and a percent before a postponed adverb, verbs of giving ground, a
place's possessive inside a list, "followed suit with" figures, the sector names of the Jakarta and Manila
boards, a relation before a list member ("and rival Beta"), the points and level of an item without a verb, a
decimal comma before a word of a percent ("0,47 percent"), and Indian digit groups ("1,02,345.6").

Passages are written for these tests (invented sentences and figures; names from the built-in directory).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.extraction import rows_of

run = rows_of("instrument.key", "direction", "change_pct", "change_points", "level")


POSTPONED = [
    # points, then the percent in brackets or after ", or", then the adverb, then more words
    ("The Nifty moved 182 points (1.05 per cent) lower to settle at 17,120.",
     [("NIFTY", "down", -1.05, -182.0, 17120.0)]),
    ("The FTSE 100 ended 82 points, or 1.05 per cent, lower on Monday.",
     [("UKX", "down", -1.05, -82.0, None)]),
    ("The Nifty ended 1.05 per cent (182 points) lower on Monday.",
     [("NIFTY", "down", -1.05, -182.0, None)]),
    ("The Sensex finished 402.1 points, or 0.6 per cent, higher in thin trade.",
     [("SENSEX", "up", 0.6, 402.1, None)]),
    ("The Hang Seng traded 95 points (0.4%) higher to 21,300 in the afternoon.",
     [("HSI", "up", 0.4, 95.0, 21300.0)]),
]

GIVING_GROUND = [
    ("The benchmark S&P/ASX 200 surrendered 64.2 points, or 0.9 per cent, to 7,321.5.",
     [("XJO", "down", -0.9, -64.2, 7321.5)]),
    ("The Nikkei surrendered 0.9 per cent.", [("N225", "down", -0.9, None, None)]),
    ("The Hang Seng and the Kospi relinquished 0.7% and 0.4%, respectively.",
     [("HSI", "down", -0.7, None, None), ("KOSPI", "down", -0.4, None, None)]),
    ("The FTSE 100 forfeited 1.2% as miners slid.", [("UKX", "down", -1.2, None, None)]),
]

PLACE_POSSESSIVE = [
    ("Hong Kong's Hang Seng and South Korea's Kospi fell 0.7% and 0.4%, respectively.",
     [("HSI", "down", -0.7, None, None), ("KOSPI", "down", -0.4, None, None)]),
    ("Japan's Nikkei and Australia's S&P/ASX 200 rose 0.7% and 0.4%, respectively.",
     [("N225", "up", 0.7, None, None), ("XJO", "up", 0.4, None, None)]),
    ("The Hang Seng and South Korea's Kospi gave up 1.3% and 0.2%.",
     [("HSI", "down", -1.3, None, None), ("KOSPI", "down", -0.2, None, None)]),
    ("Japan's Nikkei and South Korea's Kospi shed 1.2% and 0.9% respectively, while China's CSI 300 rose 0.3%.",
     [("N225", "down", -1.2, None, None), ("KOSPI", "down", -0.9, None, None),
      ("CSI300", "up", 0.3, None, None)]),
]

FOLLOWED_SUIT = [
    ("Telenor fell 1.1 per cent, while Equinor and Orkla followed suit with 0.7 and 0.3 per cent, respectively.",
     [("TEL.OL", "down", -1.1, None, None), ("EQNR.OL", "down", -0.7, None, None),
      ("ORK.OL", "down", -0.3, None, None)]),
    ("The Kospi slid 0.8%, while Samsung Electronics and SK Hynix followed suit with 1.1 and 0.6 per cent, "
     "respectively.",
     [("KOSPI", "down", -0.8, None, None), ("005930.KS", "down", -1.1, None, None),
      ("000660.KS", "down", -0.6, None, None)]),
    ("BHP climbed 2.4%, and Rio Tinto followed suit with a gain of 1.5%.",
     [("BHP.AX", "up", 2.4, None, None), ("RIO.L", "up", 1.5, None, None)]),
]

BOARD_SECTORS = [
    ("The financial sector posted the biggest fall at 2.42 percent, followed by consumer goods (2.22 percent) "
     "and mining (1.88 percent).",
     [("name:financial-sub-index", "down", -2.42, None, None),
      ("name:consumer-goods-sub-index", "down", -2.22, None, None),
      ("name:mining-sub-index", "down", -1.88, None, None)]),
    ("The industrial sector and the services sector slumped 1.32 percent and 0.01 percent.",
     [("name:industrial-sub-index", "down", -1.32, None, None),
      ("name:services-sub-index", "down", -0.01, None, None)]),
    ("Consumer goods fell 2.2 percent while infrastructure rose 0.4 percent.",
     [("name:consumer-goods-sub-index", "down", -2.2, None, None),
      ("name:infrastructure-sub-index", "up", 0.4, None, None)]),
    ("Holding firms gained 0.9 percent and the mining and oil index lost 0.3 percent.",
     [("name:holding-firms-sub-index", "up", 0.9, None, None),
      ("name:mining-and-oil-sub-index", "down", -0.3, None, None)]),
    ("The agriculture sector rose 0.7 percent and the basic industry sector fell 1.04 percent.",
     [("name:agriculture-sub-index", "up", 0.7, None, None),
      ("name:basic-industry-sub-index", "down", -1.04, None, None)]),
]

RELATIONS = [
    # a relation or a trade before the next member joins the list ("and rival Beta")
    ("Shares in Kia Corp and affiliate Hyundai Mobis fell 6 per cent and 5.7 per cent, respectively.",
     [("000270.KS", "down", -6.0, None, None), ("012330.KS", "down", -5.7, None, None)]),
    ("Toyota and rival Honda fell 2% and 3%, respectively.",
     [("7203.T", "down", -2.0, None, None), ("7267.T", "down", -3.0, None, None)]),
    ("Samsung Electronics and its chipmaking rival SK Hynix rose 1.2% and 2.3%, respectively.",
     [("005930.KS", "up", 1.2, None, None), ("000660.KS", "up", 2.3, None, None)]),
    ("Tencent and peer NetEase rose 1.2% and 2.3%.",
     [("0700.HK", "up", 1.2, None, None), ("9999.HK", "up", 2.3, None, None)]),
    ("BHP and fellow miner Rio Tinto rose 1.2% and 2.3%.",
     [("BHP.AX", "up", 1.2, None, None), ("RIO.L", "up", 2.3, None, None)]),
    # (a move of its own between them keeps them apart)
    ("Toyota rose 2% and rival Honda fell 1%.",
     [("7203.T", "up", 2.0, None, None), ("7267.T", "down", -1.0, None, None)]),
]

GAPPED = [
    # an item without a verb: its points and percent in either order, and its level after "to"
    ("The Sensex rose 300 points, or 0.4 per cent, to 74,100 and the Nifty 95 points, or 0.4 per cent, to 22,500.",
     [("SENSEX", "up", 0.4, 300.0, 74100.0), ("NIFTY", "up", 0.4, 95.0, 22500.0)]),
    ("The Sensex rose 0.4% to 74,100, and the Nifty 0.5% (110 points) to 22,500.",
     [("SENSEX", "up", 0.4, None, 74100.0), ("NIFTY", "up", 0.5, 110.0, 22500.0)]),
    ("The Dow shed 120 points (0.4%) to 39,000, the S&P 500 22 points (0.5%) to 5,100 and the Nasdaq 1.1% to "
     "16,200.",
     [("DJI", "down", -0.4, -120.0, 39000.0), ("SPX", "down", -0.5, -22.0, 5100.0),
      ("IXIC", "down", -1.1, None, 16200.0)]),
    ("The Nikkei rose 1.2% to 38,100 and the Topix 0.9% to 2,650.",
     [("N225", "up", 1.2, None, 38100.0), ("TOPIX", "up", 0.9, None, 2650.0)]),
    ("The Nikkei rose 1.2%, the Topix 0.9% and the Kospi 0.4%.",
     [("N225", "up", 1.2, None, None), ("TOPIX", "up", 0.9, None, None), ("KOSPI", "up", 0.4, None, None)]),
]

DECIMAL_COMMA_WORDS = [
    # a decimal comma before a word of a percent, as before "%" ("0,47 percent" is not 47 nor 0)
    ("The DAX fell 0,47 percent.", [("DAX", "down", -0.47, None, None)]),
    ("The DAX fell 86.64 points, or 0,47 percent, to 18.256,48.", [("DAX", "down", -0.47, -86.64, 18256.48)]),
    ("The CAC 40 rose 1,5 per cent to 7.210,4 points.", [("CAC", "up", 1.5, None, 7210.4)]),
    ("The IBEX 35 gained 12,47 pct.", [("IBEX", "up", 12.47, None, None)]),
]

INDIAN_GROUPS = [
    # lakhs and crores: pairs of digits before the last three
    ("The Sensex rose 1,234.5 points, or 1.6%, to 1,02,345.6.", [("SENSEX", "up", 1.6, 1234.5, 102345.6)]),
    ("The Nifty Bank index gained 0.8% to 1,05,120.", [("NIFTYBANK", "up", 0.8, None, 105120.0)]),
    # (western groups as before)
    ("The Sensex rose 1.6% to 81,345.6.", [("SENSEX", "up", 1.6, None, 81345.6)]),
]

CASES = (POSTPONED + GIVING_GROUND + PLACE_POSSESSIVE + FOLLOWED_SUIT + BOARD_SECTORS + RELATIONS + GAPPED
         + DECIMAL_COMMA_WORDS + INDIAN_GROUPS)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_extracts(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected


DISTRACTORS = [
    "Apple said it would follow suit with a 5% price cut.",
    "The firm filed suit seeking 5% of the damages.",
    "Business services revenue rose 5 percent.",
    "Services fell 0.8% in May as the economy cooled.",
    "The miner surrendered a 10% stake in the venture.",
    "Shares rose 1,500 percent over the decade.",
]


@pytest.mark.parametrize("text", DISTRACTORS, ids=[d[:50] for d in DISTRACTORS])
def test_yields_nothing(text: str) -> None:
    assert run(text) == []
