"""Marks and verbs that hedge a figure (docs/move-events.md, "approx"): ">" and "≥" before it ("dropped >10%";
with "~" and "≈", also for a company the directory lacks),
"+" joined after it ("2%+"), "c." and "ca." for "circa" ("down c.2%", also with a space, which ends no
sentence), and verbs of nearing it ("its slide neared 8%", "losses approached 5%"); and index points joined to
their figure by a hyphen before a noun of a move or its percent ("a 120-point (0.6%) drop"), which are the move's
points. Passages written for these tests (invented sentences and companies).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.extraction import rows_of

QUILL = "name:quillmere-robotics"


run = rows_of("instrument.key", "direction", "change_pct", "approx", "change_points", sort=True)


MARKS = [
    # ">" and "≥" before the figure, joined or a space apart
    ("The Nasdaq Composite dropped >10% from its November high.", [("IXIC", "down", -10.0, True, None)]),
    ("Tencent fell > 2% on Tuesday after the results.", [("0700.HK", "down", -2.0, True, None)]),
    ("Quillmere Robotics shares jumped ≥5 per cent on Tuesday.", [(QUILL, "up", 5.0, True, None)]),
    ("HSBC was up >3% by midday (its best day in a month).", [("0005.HK", "up", 3.0, True, None)]),
    ("Quillmere Robotics rose ~2% on Friday.", [(QUILL, "up", 2.0, True, None)]),
    # "+" joined after the figure
    ("Tencent rallied 2%+ on Tuesday.", [("0700.HK", "up", 2.0, True, None)]),
    ("Quillmere Robotics lost 7pc+ in early trade on Tuesday.", [(QUILL, "down", -7.0, True, None)]),
    ("The Hang Seng slid 1.5%+ on Tuesday as tech stocks sank.", [("HSI", "down", -1.5, True, None)]),
    # "c." and "ca." ("circa"), joined or a space apart
    ("Barclays shares lost c.3% after the results.", [("BARC.L", "down", -3.0, True, None)]),
    ("The Nasdaq Composite fell c. 2% on Monday.", [("IXIC", "down", -2.0, True, None)]),
    ("Tesco closed ca.4% higher on Friday.", [("TSCO.L", "up", 4.0, True, None)]),
    ("Quillmere Robotics rose ca. 6 per cent on Friday.", [(QUILL, "up", 6.0, True, None)]),
    # verbs of nearing the figure
    ("The FTSE 100's drop since Friday neared 8%.", [("UKX", "down", -8.0, True, None)]),
    ("Barclays's slide this week neared 5 per cent.", [("BARC.L", "down", -5.0, True, None)]),
    ("Tencent's rally since January approached 40%.", [("0700.HK", "up", 40.0, True, None)]),
    ("The Nikkei's gain for the month was nearing 6% on Friday.", [("N225", "up", 6.0, True, None)]),
    # points joined by a hyphen before the move's noun or its percent
    ("The Nasdaq Composite suffered a 120-point (0.6%) drop on Monday.", [("IXIC", "down", -0.6, False, -120.0)]),
    ("The Dow posted a 310-point, or 0.9%, gain on Friday.", [("DJI", "up", 0.9, False, 310.0)]),
    ("A 95-point (1.2%) slide in the Hang Seng unsettled traders.", [("HSI", "down", -1.2, False, -95.0)]),
    ("The Nikkei lost 0.8%, a 250-point drop, on Tuesday.", [("N225", "down", -0.8, False, -250.0)]),
]


@pytest.mark.parametrize(("text", "expected"), MARKS)
def test_marks_nearing_verbs_and_hyphenated_points(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == sorted(expected)


EXACT = [
    # an arrow's head, a line that opens with ">", a plus joined to another figure: no hedge
    ("Tencent fell -> 2% on Tuesday.", [("0700.HK", "down", -2.0, False, None)]),
    ("Tencent fell 2%+3 on Tuesday.", None),
    ("The Nasdaq Composite fell ca 2% on Monday.", [("IXIC", "down", -2.0, False, None)]),
    # points of a mark, a lead or a plan are no move's points
    ("The Sensex crossed the 60,000-point mark, rising 1.2%.", [("SENSEX", "up", 1.2, False, None)]),
    ("The Sensex rose 1.2% to cross the 60,000-point level.", [("SENSEX", "up", 1.2, False, None)]),
    ("The Dow rose 0.4% after a 10-point plan was unveiled.", [("DJI", "up", 0.4, False, None)]),
    # "c" that is no "circa": a class of shares
    ("Alphabet Class C. 2% of the shares changed hands.", []),
]


@pytest.mark.parametrize(("text", "expected"), EXACT)
def test_marks_that_hedge_nothing(text: str, expected: list[tuple[Any, ...]] | None) -> None:
    got = run(text)
    if expected is None:
        assert all(not row[3] for row in got)
    else:
        assert got == sorted(expected)
