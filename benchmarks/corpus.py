"""Deterministic synthetic market-wrap articles (~3 KB bodies) in the styles of the seed articles.

``generate_articles(n, seed=7, n_instruments=None)`` returns article-contract dicts (``id``, ``source``,
``url``, ``published_at``, ``headline``, ``body``, ``language``). Each body mixes index and stock moves
(percent, points, levels, lists, "as much as", weekly moves, noun forms) with commentary and distractors
(targets, growth rates, turnover), like the seeds. ``n_instruments`` limits the stock names used (to make
per-instrument aggregation denser); by default ~200 names are drawn from the instrument directory.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from typing import Any

from streams.directory import Directory
from streams.model import format_time

INDICES = [
    ("Hang Seng Index", 20_000),
    ("Hang Seng Tech Index", 5_000),
    ("Hang Seng China Enterprises Index", 8_000),
    ("CSI 300 Index", 3_900),
    ("Shanghai Composite Index", 3_300),
    ("Shenzhen Component Index", 10_500),
    ("ChiNext Index", 2_100),
    ("S&P 500", 5_500),
    ("Nasdaq Composite", 17_000),
    ("Nikkei 225", 38_000),
    ("Kospi", 2_600),
    ("STOXX 600", 510),
    ("FTSE 100", 8_200),
    ("DAX", 18_500),
]
_CORE_STOCKS = [
    "Alibaba",
    "Tencent",
    "Meituan",
    "Xiaomi",
    "BYD",
    "JD.com",
    "Kuaishou",
    "Nio",
    "XPeng",
    "Li Auto",
    "HSBC",
    "China Mobile",
    "China Telecom",
    "China Unicom",
    "SMIC",
    "AIA",
    "Ping An",
    "CNOOC",
    "Baidu",
    "NetEase",
    "Geely Automobile",
    "Pop Mart",
    "Lenovo Group",
    "Sunny Optical",
    "Hua Hong Semiconductor",
    "Laopu Gold",
    "Kweichow Moutai",
    "Nvidia",
    "Apple",
    "Tesla",
    "JPMorgan",
    "Toyota",
    "Samsung Electronics",
    "TSMC",
    "ASML",
]
UP = ["rose", "gained", "climbed", "jumped", "surged", "advanced", "added", "rallied", "soared"]
DOWN = ["fell", "slipped", "dropped", "declined", "lost", "retreated", "tumbled", "slid", "shed"]
FILLER = [
    "Investors are placing their bets on meaningful negotiations to ease trade tensions, a strategist said.",
    "The government work report pledged to widely apply AI models and develop smart equipment.",
    "Analysts suggest that the tech sector could propel the market to last year's peak.",
    "Morgan Stanley lifted its year-end target for the index to 24,000 from 19,400.",
    "China's growth target of around 5 per cent for the year has raised optimism about more stimulus.",
    "The combined turnover stood at 1.43 trillion yuan, up from 1.31 trillion yuan on the previous day.",
    "Goldman Sachs said AI adoption could boost earnings by 2.5 percent annually over the next decade.",
    "Around 17 tech companies raised a combined HK$52 billion, a sevenfold increase from January.",
    "Chinese stocks saw a net inflow of $2 billion from overseas investors in January.",
    "Investors will keep a close watch on a joint media briefing by top economic officials on Thursday.",
    "The press conference will include the chiefs of the finance ministry and the central bank.",
    "Hedge funds have been piling into Chinese equities at the fastest pace in months, a report said.",
    "Market insiders say the rally could have legs, and call for a reassessment of the sector.",
    "Traditional sectors such as consumer goods and real estate have yet to benefit, she cautioned.",
    "Many listed companies will report earnings in March, showing whether profits meet expectations.",
    "Disclaimer: investing carries risk and this is not financial advice.",
]


def _stocks(n_instruments: int | None, rng: random.Random) -> list[str]:
    directory = Directory.load()
    names = [name for name in _CORE_STOCKS if directory.surfaces(name)]
    if n_instruments is not None:
        return (
            names[: max(1, n_instruments)]
            if n_instruments <= len(names)
            else names + _more(directory, n_instruments - len(names), rng)
        )
    return names + _more(directory, 160, rng)


def _more(directory: Directory, count: int, rng: random.Random) -> list[str]:
    pool: list[str] = []
    for symbol in (
        "0001.HK",
        "0016.HK",
        "0027.HK",
        "0175.HK",
        "0241.HK",
        "0285.HK",
        "0388.HK",
        "0669.HK",
        "0688.HK",
        "0823.HK",
        "0857.HK",
        "0883.HK",
        "0939.HK",
        "0960.HK",
        "1088.HK",
        "1093.HK",
        "1109.HK",
        "1299.HK",
        "1398.HK",
        "1928.HK",
        "2020.HK",
        "2269.HK",
        "2318.HK",
        "2331.HK",
        "2382.HK",
        "2628.HK",
        "2899.HK",
        "3988.HK",
        "6862.HK",
        "9633.HK",
    ):
        instrument = directory.by_symbol(symbol)
        if instrument is not None:
            pool.append(instrument.name)
    rng.shuffle(pool)
    return pool[:count]


def _pct(rng: random.Random) -> float:
    return round(rng.uniform(0.05, 9.0), rng.choice((1, 2)))


def _index_sentence(rng: random.Random, name: str, base: int) -> str:
    up = rng.random() < 0.6
    pct = _pct(rng) / 3
    level = base * (1 + rng.uniform(-0.05, 0.05))
    points = level * pct / 100
    verb = rng.choice(UP if up else DOWN)
    style = rng.randrange(4)
    if style == 0:
        return f"The {name} {verb} {pct:.2f}%, or {points:,.2f} points, to close the day at {level:,.2f}."
    if style == 1:
        return (
            f"The benchmark {name} ended the day at {level:,.2f}, {'up' if up else 'down'} "
            f"{points:,.2f} points or {pct:.2f} percent."
        )
    if style == 2:
        return f"The {name} {verb} as much as {pct:.1f} percent to its highest since early 2022."
    return f"The {name} {verb} {pct:.2f} per cent to {level:,.2f} during this trading week."


def _stock_sentence(rng: random.Random, stocks: list[str]) -> str:
    style = rng.randrange(6)
    a, b, c = rng.sample(stocks, 3)
    up = rng.random() < 0.6
    verb = rng.choice(UP if up else DOWN)
    if style == 0:
        first, second, third = _pct(rng), _pct(rng), _pct(rng)
        return f"{a} {verb} {first}%; {b} {rng.choice(UP)} {second}%; {c} {rng.choice(DOWN)} {third}%."
    if style == 1:
        return f"{a} {verb} {_pct(rng)} per cent to HK${rng.uniform(5, 600):.2f} before its earnings report."
    if style == 2:
        return (
            f"{a}, {b}, and {c} {verb} {_pct(rng)} percent, {_pct(rng)} percent and {_pct(rng)} percent, "
            f"respectively, after they announced AI partnerships."
        )
    if style == 3:
        return f"{a} led the gains. Shares of the company {verb} by {_pct(rng)} percent on better results."
    if style == 4:
        return f"A {_pct(rng)}% {'gain' if up else 'drop'} in {a} shares weighed on the market."
    return f"{a} and {b} {verb} over {_pct(rng)}% and {_pct(rng)}%, respectively."


def generate_articles(n: int, seed: int = 7, n_instruments: int | None = None) -> list[dict[str, Any]]:
    """``n`` article dicts with ~3 KB bodies; the same arguments always give the same articles."""
    rng = random.Random(seed)
    stocks = _stocks(n_instruments, rng)
    if len(stocks) < 3:
        stocks = (stocks * 3)[:3]
    start = datetime(2025, 2, 6, 1, 30, tzinfo=UTC)
    out: list[dict[str, Any]] = []
    for i in range(n):
        parts: list[str] = []
        size = 0
        while size < 3000:
            roll = rng.random()
            if roll < 0.1:
                name, base = rng.choice(INDICES)
                sentence = _index_sentence(rng, name, base)
            elif roll < 0.22:
                sentence = _stock_sentence(rng, stocks)
            else:
                sentence = rng.choice(FILLER)
            parts.append(sentence)
            size += len(sentence) + 1
        body = "\n".join(" ".join(parts[k : k + 3]) for k in range(0, len(parts), 3))
        out.append(
            {
                "id": f"bench-{seed}-{i:06d}",
                "source": rng.choice(["wire", "daily", "rthk", "scmp"]),
                "url": None,
                "published_at": format_time(start + timedelta(seconds=i * 7)),
                "headline": f"Hong Kong stocks {'rise' if rng.random() < 0.6 else 'fall'} as tech leads",
                "body": body,
                "language": "en",
            }
        )
    return out
