"""Hostile input: over 1,000 generated bad records mixed with good articles. The worker stays up (one process
from start to end), every bad record is in the dead-letter topic with its reason (matched by partition and
offset), and every good article is processed (the alerts are those of the good articles alone)."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import orjson
import pytest

from agents.settings import Settings
from headlines.kafka_tools import producer
from streams.model import format_time
from tests.helpers import WorkerProcess
from tests.integration import reliability as rel

pytestmark = pytest.mark.integration

N_BAD = 1100
N_GOOD = 150
SEED = 7


def bad_record(rng: random.Random, i: int) -> tuple[bytes | None, bytes | None, str]:
    """One bad record (key, value, expected dead-letter reason), of a kind drawn at random."""
    key: bytes | None = f"bad-{i}".encode() if rng.random() < 0.9 else None  # some have a null key
    good = {"id": f"b{i}", "source": "wire", "published_at": "2025-02-06T01:30:00Z",
            "body": "Alibaba Group Holding surged 8.4%."}
    kind = rng.randrange(10)
    if kind == 0:
        cut = rng.randrange(1, len(orjson.dumps(good)) - 1)
        return key, orjson.dumps(good)[:cut], "not_json"  # truncated JSON
    if kind == 1:
        return key, rng.choice([b"{not json", b"]", b"{'single': 'quotes'}", b"\x00\x01", b"nul"]), "not_json"
    if kind == 2:
        return key, b'{"id": "x", "body": "' + bytes([rng.randrange(0x80, 0xff)]) + b'"}', "not_utf8"
    if kind == 3:
        field, value = rng.choice([("body", 42), ("body", ["a"]), ("published_at", 1738805400),
                                   ("headline", {"a": 1}), ("id", [1]), ("source", 3.5)])
        return key, orjson.dumps({**good, field: value}), "wrong_type"
    if kind == 4:
        return key, orjson.dumps({k: v for k, v in good.items() if k != "body"}), "missing_field"
    if kind == 5:
        return key, orjson.dumps({**good, "body": rng.choice([None, "", "   \n "])}), "missing_field"
    if kind == 6:
        depth = rng.randrange(40, 3000)
        return key, b'{"id": "d", "body": "x", "extra": ' + b"[" * depth + b"]" * depth + b"}", "too_deep"
    if kind == 7:
        return key, rng.choice([b"[]", b"42", b'"a string"', b"null", b"true"]), "not_object"
    if kind == 8:
        return key, orjson.dumps({**good, "published_at": rng.choice(["yesterday", "2025-13-01T00:00:00Z",
                                                                       "2025-02-06 01:30", "9999-01-01T00:00:00Z"])}), \
            "bad_timestamp"
    value = rng.choice([b"", None])  # an empty value, or a tombstone (which needs a key)
    return (key or f"tomb-{i}".encode()) if value is None else key, value, "empty"


def slow_texts() -> list[str]:
    """Valid articles built to make matching slow (they are processed, not refused: each is under 1 MB)."""
    return ["Alibaba rose 5% " * 20_000, "1" * 400_000, "1,000," * 60_000, "( HKG:" * 60_000 + ")",
            "up up 1% 2% and and " * 20_000, "A" * 300_000 + " rose 3%"]


def test_bad_records_go_to_dead_letters_and_good_ones_are_processed(kafka_bootstrap: str, tmp_path: Path) -> None:
    base = Settings.from_env(env={}, kafka_bootstrap=kafka_bootstrap, topic_partitions=2)
    settings = rel.fresh_settings(base, "hostile")
    rng = random.Random(SEED)
    good = rel.corpus(N_GOOD, seed=5)
    slow = [{"id": f"slow-{i}", "source": "wire", "published_at": good[-1]["published_at"], "body": text}
            for i, text in enumerate(slow_texts())]
    records: list[tuple[bytes | None, bytes | None, str | None]] = []
    for article in good:  # good ones interleaved with bad ones, in time order
        records.append((article["id"].encode() if rng.random() < 0.95 else None, orjson.dumps(article), None))
        records.extend(bad_record(rng, len(records)) for _ in range(N_BAD // N_GOOD))
    while sum(1 for r in records if r[2]) < N_BAD:
        records.append(bad_record(rng, len(records)))
    records.append((b"huge", orjson.dumps({**good[0], "id": "huge", "body": "Kuaishou rose 16%. " * 560_000}),
                    "too_large"))  # a ~10 MB body
    records.append((b"late-after-future", orjson.dumps({**good[0], "id": "future", "published_at": format_time(
        rel.CORPUS_START.replace(year=2099))}), "bad_timestamp"))
    records.extend((a["id"].encode(), orjson.dumps(a), None) for a in slow)
    worker = WorkerProcess(settings, tmp_path / "worker")
    prod = producer(settings)
    try:
        worker.start()
        worker.wait_ready()
        futures = [(prod.send(settings.topic_articles, key=k, value=v), reason) for k, v, reason in records]
        prod.flush()
        expected: dict[tuple[int, int], str] = {}
        for fut, reason in futures:
            meta = fut.get(timeout=60)
            if reason is not None:
                expected[(meta.partition, meta.offset)] = reason
        rel.wait_all_committed(settings, 300, alive=worker.assert_alive)
        pid = worker.proc.pid if worker.proc else None
        worker.assert_alive()
    finally:
        prod.close()
        worker.stop()
    dead = [d for d in rel.dead_letters(settings) if d["topic"] == settings.topic_articles]
    got = {(d["partition"], d["offset"]): d["reason"] for d in dead}
    print(f"\nhostile: {len(expected)} bad records, {len(records) - len(expected)} good ones, "
          f"{len(dead)} dead letters; reasons {json.dumps(count_reasons(expected.values()))}")
    assert len(expected) >= 1000
    assert got == expected  # every bad record, with its reason, and no good one
    assert all(d["detail"] for d in dead)
    huge = [d for d in dead if d["reason"] == "too_large"]
    assert huge and huge[0]["value_truncated"] and huge[0]["size_bytes"] > 10_000_000
    alerts = rel.alerts(settings, read_committed=False)
    expected_ids = rel.oracle(good + slow, settings).alert_ids
    assert {a["alert_id"] for a in alerts} == expected_ids
    assert pid is not None and worker.log_text().count("[^Worker]: Starting...") == 1  # never restarted


def count_reasons(reasons: Any) -> dict[str, int]:
    out: dict[str, int] = {}
    for reason in reasons:
        out[reason] = out.get(reason, 0) + 1
    return dict(sorted(out.items()))
