"""Single-company stories: the move of the company's shares among the figures of its results (revenue,
margins, guidance, price targets, dividends, stakes), restated in the headline and the body, referred to as
"the stock", "the shares", "its shares", and its period (day, intraday, week, month, ytd, year, other).

Table-driven, one row a case; the companies and passages are invented.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from streams.extract import Extractor
from streams.model import Article

EX = Extractor()
PUBLISHED = datetime(2026, 6, 10, 15, 0, tzinfo=UTC)


def run(text: str, headline: str | None = None) -> list[tuple[Any, ...]]:
    article = Article(id="t", body=text, headline=headline, published_at=PUBLISHED)
    return [(e.instrument.key, e.change_pct, e.period) for e in EX.extract(article)]


QRV = "name:qorvanta"
QRV_INC = "name:qorvanta-inc"
HAL = "name:halvorsen-robotics-inc"

# (headline, body, expected events)
CASES: list[tuple[str | None, str, list[tuple[Any, ...]]]] = [
    # --- the headline names the company without its suffix, the body with it: one move, one event ---
    ("Qorvanta shares jump 8% after earnings beat",
     "Qorvanta Inc shares rose 8.2% to $45.10 on Tuesday after the company reported a 12% rise in quarterly "
     "revenue and raised its full-year guidance.", [(QRV, 8.2, "day")]),
    ("Qorvanta Holdings slides 5%", "Shares of Qorvanta fell 5.1% on Monday.", [("name:qorvanta-holdings", -5.1, "day")]),
    ("Brindle shares fall over 3%", "Brindle Optics Corp fell 3.4% on Friday after its chief executive resigned.",
     [("name:brindle", -3.4, "day")]),
    # (two companies whose names share a first word stay two)
    (None, "Orion Foods Ltd rose 2% and Orion Steel Ltd fell 3%.",
     [("name:orion-foods-ltd", 2.0, "day"), ("name:orion-steel-ltd", -3.0, "day")]),
    # --- "the shares" refers to a company named in a sentence before without a move ---
    (None, "Halvorsen Robotics Inc reported results on Monday. The shares fell 6% on Tuesday.",
     [(HAL, -6.0, "day")]),
    (None, "Halvorsen Robotics Inc reported results on Monday. The shares have fallen 20% since January.",
     [(HAL, -20.0, "ytd")]),
    (None, "Halvorsen Robotics Inc reported results on Monday. The stock closed up 3.2% at $45.10.",
     [(HAL, 3.2, "day")]),
    # --- no company named before the reference: no event ---
    (None, "The stock closed up 3.2% at $45.10. Halvorsen Robotics Inc had said revenue grew 9%.", []),
]


@pytest.mark.parametrize(("headline", "text", "expected"), CASES)
def test_company_story(headline: str | None, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text, headline) == expected
