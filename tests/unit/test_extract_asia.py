"""Table-driven tests of Asian, Australian and global market wraps: the names wires give the regional and
Chinese gauges ("MSCI's ex-Japan Asian-Pacific index", "Chinese blue-chips", "mainland China's blue-chip index"),
Australia's benchmark named through the country ("Australia's share benchmark") and the bare "SET" of Bangkok.

The passages are written for these tests; the companies and figures are invented.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.extraction import rows_of

moves = rows_of("instrument.key", "change_pct")

GAUGE_NAMES = [
    ("MSCI's ex-Japan Asian-Pacific index was down 0.4% in early trade.", [("MXAPJ", -0.4)]),
    ("MSCI's ex-Japan Asia-Pacific index rose 1.2 percent.", [("MXAPJ", 1.2)]),
    ("World stocks, measured by MSCI's gauge of 47 markets, added 0.3%.", [("MXWD", 0.3)]),
    ("Losses for MSCI's 47-country world index deepened as it fell 2.5%.", [("MXWD", -2.5)]),
    ("MSCI's broadest index of Asia-Pacific stocks added 0.8% on Tuesday.", [("MXAP", 0.8)]),
    ("Chinese blue-chips added 0.7%, while the Hang Seng fell 0.2%.", [("CSI300", 0.7), ("HSI", -0.2)]),
    ("Mainland China's blue-chip index gained 1.4% by the close.", [("CSI300", 1.4)]),
    ("China's blue-chip index slipped 0.3 percent.", [("CSI300", -0.3)]),
    ("Australia's share benchmark plunged 4.1% at the open.", [("XJO", -4.1)]),
    ("Australia's benchmark index ended 0.6 per cent higher.", [("XJO", 0.6)]),
    ("SET down almost 2% as exporters slump", [("SETI", -2.0)]),
    ("Thailand's SET climbed 0.9 percent.", [("SETI", 0.9)]),
]


@pytest.mark.parametrize(("text", "expected"), GAUGE_NAMES)
def test_gauge_names(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert moves(text) == expected
