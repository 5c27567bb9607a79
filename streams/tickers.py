"""Explicit ticker forms in text: ``(HKG:9988)``, ``(NASDAQ: AAPL)``, ``(HKG:0981, SHA:688981)``, ``9988.HK``,
``600519.SS``.

Exchange prefixes are normalized to one symbol per listing (:func:`normalize_symbol`); :func:`find_tickers`
finds the forms in text. These need no directory: :mod:`streams.directory` resolves names and re-exports these
names. The Rust engine mirrors this module in ``native/src/tickers.rs``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_EXCHANGES: dict[str, str] = {
    "HKG": "HK",
    "HKEX": "HK",
    "HK": "HK",
    "SEHK": "HK",
    "HKSE": "HK",
    "SHA": "SS",
    "SSE": "SS",
    "SH": "SS",
    "SHSE": "SS",
    "SHE": "SZ",
    "SZSE": "SZ",
    "SZ": "SZ",
    "NASDAQ": "US",
    "NYSE": "US",
    "NYSEARCA": "US",
    "NYSEAMERICAN": "US",
    "AMEX": "US",
    "NASDAQGS": "US",
    "NASDAQGM": "US",
    "NASDAQCM": "US",
    "BATS": "US",
    "CBOE": "US",
    "TYO": "T",
    "TSE": "T",
    "LON": "L",
    "LSE": "L",
    "ETR": "DE",
    "XETRA": "DE",
    "FRA": "DE",
    "EPA": "PA",
    "AMS": "AS",
    "KRX": "KS",
    "TPE": "TW",
    "TWSE": "TW",
    "SWX": "SW",
    "CPH": "CO",
    "ASX": "AX",
    "AX": "AX",
}
_MARKET_OF_SUFFIX = {
    "HK": "HK",
    "SS": "CN",
    "SZ": "CN",
    "US": "US",
    "T": "JP",
    "L": "UK",
    "DE": "DE",
    "PA": "FR",
    "AS": "NL",
    "KS": "KR",
    "TW": "TW",
    "SW": "CH",
    "CO": "DK",
    "AX": "AU",
}
TICKER_RE = re.compile(
    r"\((?:[A-Z]{2,12}) ?: ?[A-Z0-9][A-Z0-9.\-]{0,9}"
    r"(?:(?:, ?| ?/ ?|; ?)[A-Z]{2,12} ?: ?[A-Z0-9][A-Z0-9.\-]{0,9}){0,4}\)"
)
SUFFIX_TICKER_RE = re.compile(r"(?<![\w.])(?:\d{1,5}\.HK|\d{6}\.S[SZH])\b")
_PAIR_RE = re.compile(r"([A-Z]{2,12}) ?: ?([A-Z0-9][A-Z0-9.\-]{0,9})")


@dataclass(frozen=True, slots=True)
class TickerMatch:
    """An explicit ticker form in text; ``symbols`` are normalized (first is preferred)."""

    start: int
    end: int
    symbols: tuple[str, ...]
    markets: tuple[str, ...]


def normalize_symbol(exchange: str, code: str) -> tuple[str, str] | None:
    """(symbol, market) for an exchange prefix and code, e.g. ("HKG", "700") -> ("0700.HK", "HK")."""
    suffix = _EXCHANGES.get(exchange.upper())
    if suffix is None:
        return None
    code = code.upper().rstrip(".")
    if suffix == "HK":
        if not code.isdigit():
            return None
        return f"{int(code):04d}.HK", "HK"
    if suffix in ("SS", "SZ"):
        if not (code.isdigit() and len(code) == 6):
            return None
        return f"{code}.{suffix}", "CN"
    if suffix == "US":
        return (code.replace(".", "-"), "US") if code.replace(".", "").isalpha() else None
    return f"{code}.{suffix}", _MARKET_OF_SUFFIX[suffix]


def find_tickers(text: str) -> list[TickerMatch]:
    """Explicit ticker forms: ``(HKG:9988)``, ``(HKG:0981, SHA:688981)``, ``9988.HK``, ``600519.SS``."""
    out: list[TickerMatch] = []
    matches = list(TICKER_RE.finditer(text)) if ":" in text else []
    if ".HK" in text or ".S" in text:
        matches += SUFFIX_TICKER_RE.finditer(text)
        matches.sort(key=lambda m: m.start())
    for match in matches:
        raw = match.group(0)
        symbols: list[str] = []
        markets: list[str] = []
        if raw.startswith("("):
            for exch, code in _PAIR_RE.findall(raw):
                norm = normalize_symbol(exch, code)
                if norm is not None:
                    symbols.append(norm[0])
                    markets.append(norm[1])
        else:
            code, suffix = raw.split(".")
            if suffix == "HK":
                symbols.append(f"{int(code):04d}.HK")
                markets.append("HK")
            else:
                symbols.append(f"{code}.{'SS' if suffix in ('SS', 'SH') else 'SZ'}")
                markets.append("CN")
        if symbols:
            out.append(TickerMatch(match.start(), match.end(), tuple(symbols), tuple(markets)))
    return out

