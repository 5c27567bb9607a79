"""The publish and alerts tools' pure parts: reading inputs, filtering and printing alerts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import click
import orjson
import pytest

from headlines.publish import iter_articles
from headlines.tail import SinceType, format_table, make_filter


def alert(symbol: str | None, key: str, severity: str, end: str = "2025-03-06T08:30:00Z") -> dict[str, Any]:
    return {"instrument": {"symbol": symbol, "key": key, "name": key}, "severity": severity,
            "window": {"start": "2025-03-06T08:15:00Z", "end": end}, "direction": "up",
            "largest_change_pct": 16.0, "consensus_change_pct": 16.0, "rule": "move.stock.day", "mentions": 1,
            "sources": ["wire"], "escalation": severity == "high"}


SINCE = datetime(2025, 3, 6, 8, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("symbol", "severity", "since", "item", "kept"),
    [
        (None, None, None, alert("1024.HK", "1024.HK", "medium"), True),
        ("1024.hk", None, None, alert("1024.HK", "1024.HK", "medium"), True),     # case-insensitive
        ("9988.HK", None, None, alert("1024.HK", "1024.HK", "medium"), False),
        ("name:banking", None, None, alert(None, "name:banking", "medium"), True),  # unresolved: by key
        (None, "high", None, alert("1024.HK", "1024.HK", "medium"), False),       # at least this severe
        (None, "medium", None, alert("1024.HK", "1024.HK", "high"), True),
        (None, None, SINCE, alert("1024.HK", "1024.HK", "high", end="2025-03-06T07:45:00Z"), False),
        (None, None, SINCE, alert("1024.HK", "1024.HK", "high", end="2025-03-06T08:15:00Z"), True),
    ],
)
def test_alert_filter(symbol: str | None, severity: str | None, since: datetime | None, item: dict[str, Any],
                      kept: bool) -> None:
    assert make_filter(symbol, severity, since)(item) is kept


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025-03-06T08:00:00Z", SINCE),
        ("2025-03-06T16:00:00+08:00", SINCE),
    ],
)
def test_since_absolute(text: str, expected: datetime) -> None:
    assert SinceType().convert(text, None, None) == expected


@pytest.mark.parametrize(("text", "delta"), [("15m", timedelta(minutes=15)), ("2h", timedelta(hours=2)),
                                             ("7d", timedelta(days=7)), ("30s", timedelta(seconds=30))])
def test_since_relative(text: str, delta: timedelta) -> None:
    got = SinceType().convert(text, None, None)
    assert abs((datetime.now(UTC) - got) - delta) < timedelta(seconds=5)


@pytest.mark.parametrize("text", ["yesterday", "15x", "", "2025-13-01"])
def test_since_rejects(text: str) -> None:
    with pytest.raises(click.BadParameter):
        SinceType().convert(text, None, None)


def test_table_has_a_row_per_alert_and_marks_escalations() -> None:
    table = format_table([alert("1024.HK", "1024.HK", "medium"), alert("1024.HK", "1024.HK", "high")])
    lines = table.splitlines()
    assert len(lines) == 4 and lines[0].startswith("window start")
    assert "high (escalation)" in lines[3] and "+16.00" in lines[2]


def test_iter_articles_reads_every_kind_and_reports_bad_input(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Kuaishou rose 16%.\n")
    (tmp_path / "b.json").write_text(orjson.dumps({"id": "b", "body": "Mixue rose 15%."}).decode())
    (tmp_path / "c.jsonl").write_text(
        orjson.dumps({"body": "BYD rose 3.6%."}).decode() + "\n{broken\n" + orjson.dumps({"id": "x"}).decode() + "\n"
    )
    (tmp_path / "d.json").write_text("[1, 2]")
    errors: list[str] = []
    got = list(iter_articles([str(tmp_path / n) for n in ("a.txt", "b.json", "c.jsonl", "d.json", "missing.txt")],
                             errors))
    assert [a["id"] for a in got][:2] == ["a", "b"]
    assert len(got) == 3 and got[2]["id"]  # an id is derived from the content when absent
    assert len(errors) == 4  # the broken line, the line without a body, the non-object file, the missing file
    assert any("c.jsonl:2" in e for e in errors) and any("missing.txt" in e for e in errors)


def test_cluster_ids_never_start_with_a_dash(monkeypatch: pytest.MonkeyPatch) -> None:
    import uuid

    from headlines import broker

    # the first uuid encodes to "-..." (0xf8 leads to "-" in URL-safe base64), the second does not
    ids = iter([uuid.UUID(bytes=b"\xf8" + b"\x00" * 15), uuid.UUID(bytes=b"\x00" * 16)])
    monkeypatch.setattr(uuid, "uuid4", lambda: next(ids))
    assert broker._cluster_id() == "AAAAAAAAAAAAAAAAAAAAAA"
