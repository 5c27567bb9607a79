"""Alerts produced by the fold validate against schemas/alert.schema.json, and ids are deterministic."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import orjson
import pytest
from jsonschema import Draft202012Validator

from streams.alerts import Alert, alert_id
from streams.model import Instrument, MoveEvent
from streams.rules import Rules
from streams.state import InstrumentState, WindowConfig, apply
from streams.windows import Window

SCHEMA = json.loads(
    (Path(__file__).resolve().parents[2] / "schemas" / "alert.schema.json").read_text(encoding="utf-8")
)
VALIDATOR = Draft202012Validator(SCHEMA, format_checker=Draft202012Validator.FORMAT_CHECKER)
BASE = datetime(2025, 3, 7, 9, 0, tzinfo=UTC)
NOW = datetime(2025, 3, 7, 9, 31, 12, 345678, tzinfo=UTC)
STOCK = Instrument("9988.HK", "Alibaba Group Holding", "9988.HK", "stock", "HK")
INDEX = Instrument("HSTECH", "Hang Seng Tech Index", None, "index", None)


def move(article: str, inst: Instrument, pct: float | None, minute: int, direction: str = "up",
         source: str | None = "SCMP") -> MoveEvent:  # fmt: skip
    return MoveEvent(
        article_id=article, instrument=inst, mention=inst.name, direction=direction, change_pct=pct,
        change_points=None, level=None, currency=None, period="day", approx=False, span=(0, 9),
        sentence=f"{inst.name} {direction} {pct}%", published_at=BASE + timedelta(minutes=minute),
        source=source,
    )  # fmt: skip


SCENARIOS = [
    ("stock medium", [move("a", STOCK, 8.4, 1)]),
    ("stock high after medium (escalation)", [move("a", STOCK, 8.4, 1), move("b", STOCK, 14.6, 2)]),
    ("index down, no source", [move("a", INDEX, -5.4, 3, "down", None)]),
    ("spike without any percentage", [move(f"s{i}", STOCK, None, i) for i in range(5)]),
    ("spike with mixed directions",
     [move(f"s{i}", INDEX, 1.0, i, "up" if i % 2 else "down") for i in range(10)]),
]  # fmt: skip


@pytest.mark.parametrize(("case", "events"), SCENARIOS, ids=[s[0] for s in SCENARIOS])
def test_alerts_validate_and_round_trip(case: str, events: list[MoveEvent]) -> None:
    state: InstrumentState | None = None
    alerts: list[Alert] = []
    for event in events:
        outcome = apply(state, event, config=WindowConfig(), rules=Rules.load(None), now=NOW)
        state = outcome.state
        alerts.extend(outcome.alerts)
    assert alerts, case
    for alert in alerts:
        wire = orjson.loads(orjson.dumps(alert.to_dict()))
        errors = sorted(VALIDATOR.iter_errors(wire), key=str)
        assert not errors, [e.message for e in errors]
        assert Alert.from_dict(wire) == alert
        assert wire["emitted_at"] == "2025-03-07T09:31:12.345678Z"


@pytest.mark.parametrize(
    ("change", "valid"),
    [
        ({}, True),
        ({"severity": "low"}, False),
        ({"direction": "sideways"}, False),
        ({"alert_id": "not-hex"}, False),
        ({"rule": "move.bond.day"}, False),
        ({"window": {"start": "2025-03-07T09:00:00Z"}}, False),
        ({"mentions": 0}, False),
        ({"extra": 1}, False),
        ({"first_seen": "yesterday"}, False),
        ({"emitted_at": "2025-03-07T09:31:12"}, False),
    ],
)
def test_schema_refuses_bad_alerts(change: dict[str, object], valid: bool) -> None:
    outcome = apply(None, move("a", STOCK, 16.0, 1), config=WindowConfig(), rules=Rules.load(None), now=NOW)
    wire = {**outcome.alerts[0].to_dict(), **change}
    assert VALIDATOR.is_valid(wire) is valid


WINDOW = Window(1_741_338_000_000, 1_741_338_900_000)


@pytest.mark.parametrize(
    ("args", "same"),
    [
        (("9988.HK", WINDOW, "up", "high", "move.stock.day"), True),
        (("9988.HK", WINDOW, "up", "medium", "move.stock.day"), False),
        (("9988.HK", WINDOW, "down", "high", "move.stock.day"), False),
        (("9988.HK", WINDOW, "up", "high", "spike"), False),
        (("0700.HK", WINDOW, "up", "high", "move.stock.day"), False),
        (("9988.HK", Window(WINDOW.start_ms, WINDOW.end_ms + 1), "up", "high", "move.stock.day"), False),
    ],
)
def test_alert_id_depends_only_on_its_key(args: tuple[str, Window, str, str, str], same: bool) -> None:
    reference = alert_id("9988.HK", WINDOW, "up", "high", "move.stock.day")
    assert (alert_id(*args) == reference) is same
    assert len(reference) == 32


def test_alert_id_ignores_payload_and_clock() -> None:
    config, rules = WindowConfig(), Rules.load(None)
    one = apply(None, move("a", STOCK, 16.0, 1), config=config, rules=rules, now=NOW).alerts[0]
    other = apply(None, move("zz", STOCK, 30.0, 14, source="RTHK"), config=config, rules=rules,
                  now=NOW + timedelta(days=9)).alerts[0]  # fmt: skip
    assert one.alert_id == other.alert_id
    assert one.to_dict() != other.to_dict()
