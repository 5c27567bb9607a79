"""Alert records, as published on the alerts topic (``schemas/alert.schema.json``).

``alert_id`` is deterministic: a hash of the instrument key, the window bounds (epoch milliseconds), the
direction, the severity and the rule, and of nothing else (never the payload or a clock). The same alert
computed twice, by a replay or by another replica, has the same id, so a subscriber can deduplicate on it.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from streams.model import Instrument, format_time, parse_time
from streams.windows import Window, to_ms

#: Directions of alerts: a move rule has the direction of the move, the spike rule ``any``.
ALERT_DIRECTIONS: tuple[str, ...] = ("up", "down", "any")


def alert_id(instrument_key: str, window: Window, direction: str, severity: str, rule: str) -> str:
    """Deterministic id of an alert (32 hex digits)."""
    material = "\x1f".join(
        (instrument_key, str(window.start_ms), str(window.end_ms), direction, severity, rule)
    )
    return hashlib.sha256(material.encode("utf-8")).hexdigest()[:32]


@dataclass(frozen=True, slots=True)
class Alert:
    """One alert: a rule reached a severity for one instrument, window and direction."""

    alert_id: str
    instrument: Instrument
    window: Window
    direction: str
    rule: str
    severity: str
    period: str | None
    threshold: float
    consensus_change_pct: float | None
    largest_change_pct: float | None
    latest_change_pct: float | None
    mentions: int
    sources: tuple[str, ...]
    article_ids: tuple[str, ...]
    evidence: tuple[str, ...]
    first_seen: datetime
    emitted_at: datetime
    escalation: bool = False

    @property
    def key(self) -> str:
        """Kafka record key: the instrument key (co-partitioned with the moves topic)."""
        return self.instrument.key

    def to_dict(self) -> dict[str, Any]:
        return {
            "alert_id": self.alert_id,
            "instrument": self.instrument.to_dict(),
            "window": {"start": format_time(self.window.start), "end": format_time(self.window.end)},
            "direction": self.direction,
            "rule": self.rule,
            "severity": self.severity,
            "escalation": self.escalation,
            "period": self.period,
            "threshold": self.threshold,
            "consensus_change_pct": self.consensus_change_pct,
            "largest_change_pct": self.largest_change_pct,
            "latest_change_pct": self.latest_change_pct,
            "mentions": self.mentions,
            "sources": list(self.sources),
            "article_ids": list(self.article_ids),
            "evidence": list(self.evidence),
            "first_seen": format_time(self.first_seen),
            "emitted_at": format_time(self.emitted_at),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Alert:
        window = data["window"]
        return cls(
            alert_id=str(data["alert_id"]),
            instrument=Instrument.from_dict(data["instrument"]),
            window=Window(to_ms(parse_time(window["start"])), to_ms(parse_time(window["end"]))),
            direction=str(data["direction"]),
            rule=str(data["rule"]),
            severity=str(data["severity"]),
            escalation=bool(data.get("escalation", False)),
            period=data.get("period"),
            threshold=float(data["threshold"]),
            consensus_change_pct=data.get("consensus_change_pct"),
            largest_change_pct=data.get("largest_change_pct"),
            latest_change_pct=data.get("latest_change_pct"),
            mentions=int(data["mentions"]),
            sources=tuple(data.get("sources", ())),
            article_ids=tuple(data.get("article_ids", ())),
            evidence=tuple(data.get("evidence", ())),
            first_seen=parse_time(data["first_seen"]),
            emitted_at=parse_time(data["emitted_at"]),
        )
