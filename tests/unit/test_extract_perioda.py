"""The period of a move, intraday against day (docs/move-events.md, "period"): the moment of writing as a time of
the session, a close still to come, and the open as a time of the session. Passages written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.extraction import rows_of

run = rows_of("instrument.key", "direction", "change_pct", "period")


# the moment the article was written ("at the time of writing", "at press time") is a quote of the session
# running: its moves and those after it are intraday, until the article says the market closed
WRITING = [
    ("Some stocks moved sharply in Europe. Prices are taken at the time of writing.\n"
     "Quillmere Robotics (+12%): the firm won a large defence order.\n"
     "Tobrant Foods (-6.5%): the grocer cut its outlook.",
     [("name:quillmere-robotics", "up", 12.0, "intraday"), ("name:tobrant-foods", "down", -6.5, "intraday")]),
    ("At the time of writing, Quillmere Robotics had fallen 7.8% to 48 euros and Tobrant Foods had lost 3.1%.",
     [("name:quillmere-robotics", "down", -7.8, "intraday"), ("name:tobrant-foods", "down", -3.1, "intraday")]),
    ("Quillmere Robotics slid 4.2%, according to prices at press time. Tobrant Foods gained 1.9%.",
     [("name:quillmere-robotics", "down", -4.2, "intraday"), ("name:tobrant-foods", "up", 1.9, "intraday")]),
    ("As of the time of publication, Quillmere Robotics was 2.4% higher.",
     [("name:quillmere-robotics", "up", 2.4, "intraday")]),
    # after a close, the time of writing is the moment of its own move only
    ("Quillmere Robotics closed 4.2% lower on Tuesday. At the time of writing, its shares had fallen a further 2% "
     "in after-hours trading.",
     [("name:quillmere-robotics", "down", -4.2, "day"), ("name:quillmere-robotics", "down", -2.0, "intraday")]),
    # without it, a finished session's move
    ("Quillmere Robotics fell 4.2% on Tuesday. Tobrant Foods gained 1.9%.",
     [("name:quillmere-robotics", "down", -4.2, "day"), ("name:tobrant-foods", "up", 1.9, "day")]),
]


@pytest.mark.parametrize("text, expected", WRITING, ids=[c[0][:48] for c in WRITING])
def test_time_of_writing(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected


# a close still to come ("is looking to end", "set to close", "on track to finish", "set for the lowest close
# since"): the session is running, so it does not end a snapshot nor make its sentence a close
PROSPECTIVE = [
    ("The Hang Seng Index is currently down 0.5% but is looking to end the week with a gain of 1.3%.",
     [("HSI", "down", -0.5, "intraday")]),
    ("Tencent is currently down 2.1% and looks set to close at its lowest level this year.",
     [("0700.HK", "down", -2.1, "intraday")]),
    ("Tencent was down 2.1% at 10:30 am, on track to finish at its lowest level this year. Alibaba rose 1.2%.",
     [("0700.HK", "down", -2.1, "intraday"), ("9988.HK", "up", 1.2, "intraday")]),
    ("Midday report. Tencent lost 6% to HK$408 at midday. Alibaba lost 3.4% to HK$70.50, set for the lowest "
     "close since 2011.",
     [("0700.HK", "down", -6.0, "intraday"), ("9988.HK", "down", -3.4, "intraday")]),
    ("Tencent was up 3% at 10:30 am, headed for its first close above HK$500. Alibaba rose 1.2%.",
     [("0700.HK", "up", 3.0, "intraday"), ("9988.HK", "up", 1.2, "intraday")]),
    # a close reached ends the snapshot
    ("Tencent was up 3% at 10:30 am. Alibaba rose 1.2%, to close at a record.",
     [("0700.HK", "up", 3.0, "intraday"), ("9988.HK", "up", 1.2, "day")]),
    ("Tencent fell 2.1% on Tuesday to end at HK$410.", [("0700.HK", "down", -2.1, "day")]),
]


@pytest.mark.parametrize("text, expected", PROSPECTIVE, ids=[c[0][:48] for c in PROSPECTIVE])
def test_a_close_still_to_come(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected


# a move right after the open is the session's early move; an article that opens on one and never says its
# market closed is a snapshot
OPEN = [
    ("Quillmere Robotics fell 5.7% just after the open.", [("name:quillmere-robotics", "down", -5.7, "intraday")]),
    ("Quillmere Robotics fell 5.7% right after the stock market opens. Tobrant Foods rose 2%.",
     [("name:quillmere-robotics", "down", -5.7, "intraday"), ("name:tobrant-foods", "up", 2.0, "intraday")]),
    ("Quillmere Robotics fell 5.7 percent right after the market opens.",
     [("name:quillmere-robotics", "down", -5.7, "intraday")]),
]


@pytest.mark.parametrize("text, expected", OPEN, ids=[c[0][:48] for c in OPEN])
def test_right_after_the_open(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected


# a time just before the close ("shortly before trading closed", "minutes before the closing bell") is a time of
# the session for every move of its sentence (a list's too), not the close
BEFORE_CLOSE = [
    ("Tencent shares dropped by 16%, those of Alibaba by 15%, and those of Meituan by 13% shortly before trading "
     "closed for the day.",
     [("0700.HK", "down", -16.0, "intraday"), ("9988.HK", "down", -15.0, "intraday"),
      ("3690.HK", "down", -13.0, "intraday")]),
    ("Tencent dropped 16%, Alibaba fell 15% and Meituan lost 13% shortly before the close.",
     [("0700.HK", "down", -16.0, "intraday"), ("9988.HK", "down", -15.0, "intraday"),
      ("3690.HK", "down", -13.0, "intraday")]),
    ("Tencent closed 2% lower. Alibaba fell 3% minutes before the closing bell.",
     [("0700.HK", "down", -2.0, "day"), ("9988.HK", "down", -3.0, "intraday")]),
    # its own sentence only: the next may tell the close
    ("Tencent fell 9% just before the end of trading. The Hang Seng Index closed 1.2% lower.",
     [("0700.HK", "down", -9.0, "intraday"), ("HSI", "down", -1.2, "day")]),
    # a close said beside it is no time just before the close
    ("Tencent fell 2% on Tuesday, before trading closed for the day at 4 pm.", [("0700.HK", "down", -2.0, "day")]),
]


@pytest.mark.parametrize("text, expected", BEFORE_CLOSE, ids=[c[0][:48] for c in BEFORE_CLOSE])
def test_just_before_the_close(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected
