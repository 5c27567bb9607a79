"""Single-company stories: the move of the company's shares among the figures of its results (revenue,
margins, guidance, price targets, dividends, stakes), restated in the headline and the body, referred to as
"the stock", "the shares", "its shares", and its period (day, intraday, week, month, ytd, year, other).

Table-driven, one row a case; the companies and passages are invented.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from streams.model import Article
from tests.unit.extraction import EX

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
    ("Qorvanta Holdings slides 5%", "Shares of Qorvanta fell 5.1% on Monday.",
     [("name:qorvanta-holdings", -5.1, "day")]),
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
    # --- the name is in a sentence whose percent is no move (results, dividend, stake, buyback, guidance) ---
    (None, "Qorvanta Inc posted a 12% drop in profit. Its shares fell 3.5% to $22.40 in afternoon trading.",
     [(QRV_INC, -3.5, "intraday")]),
    (None, "Qorvanta Inc posted a 12% drop in profit. The stock fell 3.5%.", [(QRV_INC, -3.5, "day")]),
    (None, "Qorvanta Inc raised its dividend by 10%, giving a yield of 4.2%. The stock gained 0.8%.",
     [(QRV_INC, 0.8, "day")]),
    (None, "Qorvanta Inc, which has 140 million shares outstanding, said it would buy back 5% of its stock. The "
     "shares rose 2.1%.", [(QRV_INC, 2.1, "day")]),
    (None, "Qorvanta Inc said net income rose 20% to $1.2 billion, and earnings per share climbed 22%. The stock "
     "rose 1.1%.", [(QRV_INC, 1.1, "day")]),
    (None, "Marrow Biotech Inc cut its forecast, expecting sales to fall 5%. The stock fell 9%.",
     [("name:marrow-biotech-inc", -9.0, "day")]),
    (None, "Marrow Biotech Inc has 12 per cent of its shares on loan to short sellers. The stock fell 9 per cent.",
     [("name:marrow-biotech-inc", -9.0, "day")]),
    (None, "Marrow Biotech Inc owns a 30% stake in Brindle Optics Corp. The stock rose 1%.",
     [("name:marrow-biotech-inc", 1.0, "day")]),
    (None, "Marrow Biotech Inc expects revenue to rise 10% this year. Its shares are up 22% so far this year.",
     [("name:marrow-biotech-inc", 22.0, "ytd")]),
    (None, "Marrow Biotech Inc, whose shares have risen 60% this year, said profit rose 20%. The stock slipped 1.2% "
     "on Tuesday.", [("name:marrow-biotech-inc", 60.0, "ytd"), ("name:marrow-biotech-inc", -1.2, "day")]),
    # (the distractors alone: no event)
    (None, "Analysts at Ferrow Securities raised their price target on Qorvanta Inc by 15% to $60, implying upside "
     "of 22%.", []),
    (None, "Qorvanta Inc's operating margin fell 3 percentage points to 18%, and revenue is expected to grow "
     "between 8% and 10% next year.", []),
    (None, "Founder Lena Dorr sold a 3% stake in Qorvanta Inc on Monday. The company's dividend yield is 4.1%.", []),
    # --- auxiliaries between the name (or its shares) and the verb of the move ---
    (None, "Qorvanta Inc stock has risen 35% in the past month.", [(QRV_INC, 35.0, "month")]),
    (None, "Qorvanta Inc's stock has risen 35% over the past month.", [(QRV_INC, 35.0, "month")]),
    (None, "Qorvanta Inc shares have gained 48% since their listing in March.", [(QRV_INC, 48.0, "other")]),
    (None, "Halvorsen Robotics Inc shares had lost 7 per cent by the close.", [(HAL, -7.0, "day")]),
    (None, "Halvorsen Robotics Inc has lost 9% this week.", [(HAL, -9.0, "week")]),
    # --- the period of the move ---
    (None, "Shares of Brindle Optics Corp jumped 8% in extended trading on Monday after the lens maker beat "
     "estimates.", [("name:brindle-optics-corp", 8.0, "intraday")]),
    (None, "Halvorsen Robotics Inc's stock is down 14% this year, lagging the broader market.", [(HAL, -14.0, "ytd")]),
    (None, "Marrow Biotech Inc fell 11% on Thursday. It has lost 25% so far this year.",
     [("name:marrow-biotech-inc", -11.0, "day"), ("name:marrow-biotech-inc", -25.0, "ytd")]),
    (None, "Marrow Biotech Inc fell 11% on Thursday, its biggest one-day drop since March 2020. The stock has now "
     "fallen 30% over the past 12 months.",
     [("name:marrow-biotech-inc", -11.0, "day"), ("name:marrow-biotech-inc", -30.0, "year")]),
    (None, "Qorvanta Inc stock rose as much as 9.4% in early trading before paring gains to trade up 5.1%.",
     [(QRV_INC, 9.4, "intraday"), (QRV_INC, 5.1, "intraday")]),
    (None, "Qorvanta Inc (NASDAQ: QRVT) shares were up 6.7% at $31.20 in pre-market trading on Wednesday.",
     [("QRVT", 6.7, "intraday")]),
    (None, "Qorvanta Inc closed 4.4% lower on Friday. For the week, the stock lost 9.1%.",
     [(QRV_INC, -4.4, "day"), (QRV_INC, -9.1, "week")]),
    (None, "Qorvanta Inc shares are up 18% year-to-date.", [(QRV_INC, 18.0, "ytd")]),
    (None, "Qorvanta Inc shares are down roughly 40% from their 52-week high.", [(QRV_INC, -40.0, "other")]),
    (None, "Qorvanta Inc shares rose 4% in after-hours trading on Tuesday. The stock had closed 1.2% lower in the "
     "regular session.", [(QRV_INC, 4.0, "intraday"), (QRV_INC, -1.2, "day")]),
    (None, "Qorvanta Inc stock jumped 12% in premarket trading on Thursday. The shares closed Wednesday at $20.15, "
     "down 3%.", [(QRV_INC, 12.0, "intraday"), (QRV_INC, -3.0, "day")]),
    (None, "Marrow Biotech Inc said on Monday its trial failed. The company's shares sank 41% to $3.10 in premarket "
     "trading.", [("name:marrow-biotech-inc", -41.0, "intraday")]),
    (None, "Qorvanta Inc shares rose 3%, while the Nasdaq Composite gained 0.5%.",
     [(QRV_INC, 3.0, "day"), ("IXIC", 0.5, "day")]),
    # --- after the company's possessive, only a move of its shares is a price move ---
    (None, "Apple's shares fell 3% on Monday.", [("AAPL", -3.0, "day")]),
    (None, "Apple's share price rose 7% on Monday.", [("AAPL", 7.0, "day")]),
    (None, "Apple's Frankfurt-listed shares gained 1.1%.", [("AAPL", 1.1, "day")]),
    (None, "Apple's U.S.-listed shares fell 2 per cent.", [("AAPL", -2.0, "day")]),
    (None, "Apple's ADRs rose 2%.", [("AAPL", 2.0, "day")]),
    (None, "Orion Optics Ltd's stock closed 4% lower.", [("name:orion-optics-ltd", -4.0, "day")]),
    (None, "Apple's 3% rise led the Nasdaq higher.", [("AAPL", 3.0, "day")]),
    (None, "Apple's decline of 3% weighed on the Nasdaq.", [("AAPL", -3.0, "day")]),
    (None, "Apple\u2019s two-day rally saw an increase of 11%.", [("AAPL", 11.0, "other")]),
    (None, "Apple's long-term debt fell 5%.", []),
    (None, "Apple's free cash flow dropped 17% to $20 billion.", []),
    (None, "Apple's share of the smartphone market fell to 16% from 18%.", []),
    (None, "Apple's shares outstanding fell 3% after buybacks.", []),
    (None, "Tesla's energy storage deployments surged 125%.", []),
    (None, "Tesla's registrations in Germany plunged 60% in May.", []),
    (None, "Nvidia's stock-based compensation rose 30%.", []),
    (None, "Tesla's robotaxi fleet grew 50 percent.", []),
    (None, "Apple's order book grew 14%. The stock rose 2%.", [("AAPL", 2.0, "day")]),
    # --- no company named before the reference: no event ---
    (None, "The stock closed up 3.2% at $45.10. Halvorsen Robotics Inc had said revenue grew 9%.", []),
]


@pytest.mark.parametrize(("headline", "text", "expected"), CASES)
def test_company_story(headline: str | None, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert run(text, headline) == expected
