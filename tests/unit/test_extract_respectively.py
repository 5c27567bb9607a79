"""Lists paired in order after a verb that governs its objects, rounded figures of another period in one
sentence, and the share classes of a company.

Passages are written for these tests (invented sentences; company names from the built-in directory).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.extraction import rows_of

run = rows_of("instrument.key", "direction", "change_pct", "period")


OBJECT_LISTS = [
    # the figures after the objects of a verb pair with them in order, with or without "respectively"
    ("A stronger yen dragged down Sony and Toyota by 1.2% and 0.8% respectively.",
     [("6758.T", "down", -1.2, "day"), ("7203.T", "down", -0.8, "day")]),
    ("A stronger yen dragged down Sony and Toyota by 1.2% and 0.8%, respectively.",
     [("6758.T", "down", -1.2, "day"), ("7203.T", "down", -0.8, "day")]),
    ("Bargain hunting lifted Sony, Toyota and Honda 0.9%, 1.4% and 2% respectively.",
     [("6758.T", "up", 0.9, "day"), ("7203.T", "up", 1.4, "day"), ("7267.T", "up", 2.0, "day")]),
    ("Late buying lifted the Topix and the Nikkei 0.9% and 1.4% respectively.",
     [("TOPIX", "up", 0.9, "day"), ("N225", "up", 1.4, "day")]),
    # one object, one figure: unchanged
    ("A stronger yen dragged down Sony by 1.2%.", [("6758.T", "down", -1.2, "day")]),
    # header items keep one figure each
    ("Gainers: Infosys 2.1%, Wipro 1.5%.", [("INFY.NS", "up", 2.1, "day"), ("WIPRO.NS", "up", 1.5, "day")]),
]


@pytest.mark.parametrize(("text", "expected"), OBJECT_LISTS)
def test_object_lists(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected


OTHER_PERIOD = [
    # a quote chip (intraday) and the verb's rounded figure (the day) in one sentence: two moves
    ("The Nikkei JP:NIK +0.16% ended with a 0.2% gain.",
     [("N225", "up", 0.16, "intraday"), ("N225", "up", 0.2, "day")]),
    ("The Nikkei .N225 +0.16% closed up 0.2%.", [("N225", "up", 0.16, "intraday"), ("N225", "up", 0.2, "day")]),
    # a rounded headline figure and the body's precise one in another sentence: one move
    ("Sony jumps 6%\nSony shares rose 6.3% in early trade.", [("6758.T", "up", 6.3, "intraday")]),
]


@pytest.mark.parametrize(("text", "expected"), OTHER_PERIOD)
def test_other_period_in_one_sentence(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected


SHARE_CLASSES = [
    # a company's A shares and H shares are the company's moves
    ("China Vanke's Shenzhen-listed A shares gained 3.1%, and its H shares gained 3.5%.",
     [("2202.HK", "up", 3.1, "day"), ("2202.HK", "up", 3.5, "day")]),
    ("China Vanke rose 1% on Monday. Its Shenzhen-listed A shares gained 3.1%, and its H shares gained 3.5% "
     "on Tuesday.",
     [("2202.HK", "up", 1.0, "day"), ("2202.HK", "up", 3.1, "day"), ("2202.HK", "up", 3.5, "day")]),
    ("Ping An Insurance reported results on Tuesday. Its H shares fell 2.2%.", [("2318.HK", "down", -2.2, "day")]),
    ("Ping An Insurance reported results on Tuesday. Its B shares fell 2.2%.", [("2318.HK", "down", -2.2, "day")]),
]


@pytest.mark.parametrize(("text", "expected"), SHARE_CLASSES)
def test_share_classes(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected
