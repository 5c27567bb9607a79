"""A later clause whose subject is implied, with a span of sessions before its nominal move ("..., extending its
two-day gain to 24%"): the number joined to a time noun ("two-day", "5-week", "three-session") makes no new
subject, so the move is the sentence subject's.

Table-driven, one row a case; the passages are invented.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.extraction import rows_of

run = rows_of("instrument.key", "change_pct")


CASES: list[tuple[str, list[tuple[Any, ...]]]] = [
    ("Sony rose 2% on Friday, extending its five-day gain to about 24%.", [("6758.T", 2.0), ("6758.T", 24.0)]),
    ("Sony shares rose 12% in Tokyo on Friday, extending their two-day gain to 19%.",
     [("6758.T", 12.0), ("6758.T", 19.0)]),
    ("Sony rose 2% on Friday, extending its three-session gain to 24%.", [("6758.T", 2.0), ("6758.T", 24.0)]),
    ("Sony fell 2%, taking its 10-week slide to 18%.", [("6758.T", -2.0), ("6758.T", -18.0)]),
    # a number alone is still no light word: another subject may follow it
    ("Sony rose 2% on Friday, while two rivals fell 3%.", [("6758.T", 2.0)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_span_of_sessions(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text) == expected
