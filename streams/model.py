"""Domain records shared by extraction, windows and alerts.

Plain frozen dataclasses with ``to_dict``/``from_dict`` that match the JSON Schemas in ``schemas/``.
Times are timezone-aware UTC ``datetime`` objects and travel as RFC 3339 strings.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any, Literal

Kind = Literal["stock", "index", "sector"]
Direction = Literal["up", "down", "flat"]
Period = Literal["day", "intraday", "week", "month", "ytd", "year", "other"]

KINDS: tuple[str, ...] = ("stock", "index", "sector")
DIRECTIONS: tuple[str, ...] = ("up", "down", "flat")
PERIODS: tuple[str, ...] = ("day", "intraday", "week", "month", "ytd", "year", "other")


@lru_cache(maxsize=4096)
def parse_time(value: str) -> datetime:
    """Parse an RFC 3339 / ISO 8601 timestamp into an aware UTC datetime.

    A naive timestamp is taken as UTC. Raises ``ValueError`` when it is not a timestamp.
    """
    text = value.strip()
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    parsed = datetime.fromisoformat(text)
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


@lru_cache(maxsize=4096)
def format_time(value: datetime) -> str:
    """Format an aware datetime as RFC 3339 in UTC with a ``Z`` suffix."""
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")


def _opt_time(value: Any) -> datetime | None:
    return parse_time(value) if isinstance(value, str) and value else None


@dataclass(frozen=True, slots=True)
class Instrument:
    """A thing whose price moves: a stock, an index or a sector index.

    ``key`` is the aggregation key: the symbol, or a normalized name when the symbol is unknown.
    """

    key: str
    name: str
    symbol: str | None
    kind: str
    market: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "name": self.name,
            "symbol": self.symbol,
            "kind": self.kind,
            "market": self.market,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Instrument:
        return cls(
            key=str(data["key"]),
            name=str(data["name"]),
            symbol=data.get("symbol"),
            kind=str(data["kind"]),
            market=data.get("market"),
        )


@dataclass(frozen=True, slots=True)
class MoveEvent:
    """One stated price move of one instrument in one article.

    ``change_pct`` is null when no single percent is stated: a flat move without a figure, or a range
    ("rose between 0.6% and 1.9%", "fell up to 3.2%"), whose signed bounds are ``range_pct`` (low, high):
    (0.6, 1.9), (-3.2, 0.0). A range is approximate.
    """

    article_id: str
    instrument: Instrument
    mention: str
    direction: str
    change_pct: float | None
    change_points: float | None
    level: float | None
    currency: str | None
    period: str
    approx: bool
    span: tuple[int, int]
    sentence: str
    published_at: datetime | None = None
    source: str | None = None
    received_at: datetime | None = None
    range_pct: tuple[float, float] | None = None

    @property
    def event_time(self) -> datetime | None:
        """Event time for windows: when the article was published, else when it was received."""
        return self.published_at or self.received_at

    @property
    def event_id(self) -> str:
        """Stable identity of this event: article, instrument and where it was stated."""
        return f"{self.article_id}:{self.instrument.key}:{self.span[0]}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "article_id": self.article_id,
            "instrument": self.instrument.to_dict(),
            "mention": self.mention,
            "direction": self.direction,
            "change_pct": self.change_pct,
            "change_points": self.change_points,
            "level": self.level,
            "currency": self.currency,
            "period": self.period,
            "approx": self.approx,
            "span": {"start": self.span[0], "end": self.span[1]},
            "sentence": self.sentence,
            "published_at": format_time(self.published_at) if self.published_at else None,
            "source": self.source,
            "received_at": format_time(self.received_at) if self.received_at else None,
            "range_pct": list(self.range_pct) if self.range_pct is not None else None,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> MoveEvent:
        span = data["span"]
        bounds = data.get("range_pct")
        return cls(
            article_id=str(data["article_id"]),
            instrument=Instrument.from_dict(data["instrument"]),
            mention=str(data["mention"]),
            direction=str(data["direction"]),
            change_pct=data.get("change_pct"),
            change_points=data.get("change_points"),
            level=data.get("level"),
            currency=data.get("currency"),
            period=str(data.get("period", "day")),
            approx=bool(data.get("approx", False)),
            span=(int(span["start"]), int(span["end"])),
            sentence=str(data.get("sentence", "")),
            published_at=_opt_time(data.get("published_at")),
            source=data.get("source"),
            received_at=_opt_time(data.get("received_at")),
            range_pct=(float(bounds[0]), float(bounds[1])) if bounds is not None else None,
        )


@dataclass(frozen=True, slots=True)
class Article:
    """A news article as carried on the articles topic (see ``schemas/article.schema.json``)."""

    id: str
    body: str
    headline: str | None = None
    source: str | None = None
    url: str | None = None
    published_at: datetime | None = None
    language: str | None = None
    received_at: datetime | None = None

    @property
    def text(self) -> str:
        """Headline and body as one text; extraction offsets refer to this string."""
        return f"{self.headline}\n{self.body}" if self.headline else self.body

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "source": self.source,
            "url": self.url,
            "published_at": format_time(self.published_at) if self.published_at else None,
            "headline": self.headline,
            "body": self.body,
            "language": self.language,
        }
