"""The agents' handlers with in-memory topics and tables (no broker): what is sent where, and counted."""

from __future__ import annotations

import asyncio
import base64
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any

import orjson
import pytest

from agents.batches import MOVES_KIND, Partitioner
from agents.context import PipelineContext
from agents.dedupe import Deduper
from agents.pipeline import WATERMARK_HEADER, Watermarks, broadcast_marks, handle_article, handle_move
from agents.settings import Settings
from agents.sweep import Sweeper
from monitoring.metrics import Metrics
from streams.extract import Extractor
from streams.rules import Rules
from streams.state import WindowConfig
from streams.watermarks import WatermarkMark

T0 = 1_741_300_000.0  # Kafka record timestamps (seconds), after the articles' published_at


@dataclass
class FakeTopic:
    sent: list[dict[str, Any]] = field(default_factory=list)

    async def send(self, *, key: bytes | None = None, value: bytes | None = None, partition: int | None = None,
                   headers: dict[str, bytes] | None = None) -> asyncio.Future[None]:
        self.sent.append({"key": key, "value": value, "partition": partition, "headers": headers or {}})
        fut: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        fut.set_result(None)
        return fut

    def values(self) -> list[Any]:
        return [orjson.loads(s["value"]) for s in self.sent]


def make_ctx(partitions: int = 2) -> PipelineContext:
    settings = Settings.from_env(env={}, topic_partitions=partitions)
    return PipelineContext(
        settings=settings, extractor=Extractor(), rules=Rules.load(),
        window_config=WindowConfig(size_s=900, grace_s=300, rolling_size_s=3600),
        metrics=Metrics(process_metrics=False), articles=FakeTopic(), moves=FakeTopic(), alerts=FakeTopic(),
        dead_letters=FakeTopic(), seen={}, windows={},
    )


def event(value: bytes | None, *, key: bytes | None = b"k", partition: int = 0, offset: int = 0, ts: float = T0,
          topic: str = "headlines.articles", headers: Any = None) -> Any:
    msg = SimpleNamespace(value=value, key=key, partition=partition, offset=offset, timestamp=ts, topic=topic,
                          headers=headers)
    return SimpleNamespace(message=msg, value=value, key=key)


def article(aid: str, body: str, published_at: str = "2025-03-06T08:20:00Z") -> bytes:
    return orjson.dumps({"id": aid, "source": "wire", "published_at": published_at, "body": body})


def move_records(ctx: PipelineContext) -> list[dict[str, Any]]:
    """The moves records sent (not the watermark marks)."""
    return [s for s in ctx.moves.sent if s["headers"].get(WATERMARK_HEADER) != b"watermark"]  # type: ignore[attr-defined]


def moves_in(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every move of the moves records, in record order, as a move event dict plus ``article_partition``,
    ``article_offset`` and ``replay`` (when true), read from the compact form (schemas/moves_record.schema.json)."""
    out: list[dict[str, Any]] = []
    for record in records:
        assert record["headers"] == {WATERMARK_HEADER: MOVES_KIND}
        value = orjson.loads(record["value"])
        assert value["v"] == 2
        for move_row in value["moves"]:
            a, i, s, mention, direction, pct, points, level, currency, period, approx, start, end, bounds = move_row
            article_id, published_at, source, received_at, partition, offset, replay = value["articles"][a]
            key, name, symbol, kind, market = value["instruments"][i]
            move = {"article_id": article_id,
                    "instrument": {"key": key, "name": name, "symbol": symbol, "kind": kind, "market": market},
                    "mention": mention, "direction": direction, "change_pct": pct, "change_points": points,
                    "level": level, "currency": currency, "period": period, "approx": approx,
                    "span": {"start": start, "end": end}, "sentence": value["sentences"][s],
                    "published_at": published_at, "source": source, "received_at": received_at,
                    "range_pct": bounds, "article_partition": partition, "article_offset": offset}
            if replay:
                move["replay"] = True
            out.append(move)
    return out


def counter(ctx: PipelineContext, name: str, **labels: str) -> float:
    value = ctx.metrics.registry.get_sample_value(name, labels or None)
    return value or 0.0


async def ingest(ctx: PipelineContext, *events: Any) -> tuple[Deduper, Watermarks]:
    dedupe = Deduper(ctx.seen, ctx.settings.dedupe_horizon_s)
    marks = Watermarks(ctx.settings.topic_partitions)
    for ev in events:
        await handle_article(ctx, dedupe, marks, ev)
    return dedupe, marks


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        (b"{not json", "not_json"),
        (b"\xff\xfe", "not_utf8"),
        (orjson.dumps({"id": "a", "body": 3}), "wrong_type"),
        (orjson.dumps({"id": "a"}), "missing_field"),
        (None, "empty"),
        (orjson.dumps({"id": "a", "body": "x" * 1_000_001}), "too_large"),
        (article("a", "Kuaishou rose 16%.", published_at="2031-01-01T00:00:00Z"), "bad_timestamp"),
        (article("a", "Kuaishou rose 16%.", published_at="last Tuesday"), "bad_timestamp"),
    ],
)
async def test_bad_articles_go_to_dead_letters_with_reason(value: bytes | None, reason: str) -> None:
    ctx = make_ctx()
    await ingest(ctx, event(value, offset=7))
    [dead] = ctx.dead_letters.values()  # type: ignore[attr-defined]
    assert (dead["reason"], dead["offset"], dead["topic"]) == (reason, 7, "headlines.articles")
    assert ctx.moves.sent == []  # type: ignore[attr-defined]
    assert counter(ctx, "headlines_articles_consumed_total", result="invalid") == 1
    assert counter(ctx, "headlines_dead_letters_total", reason=reason) == 1


async def test_good_article_sends_moves_keyed_by_instrument_then_its_watermark() -> None:
    ctx = make_ctx(partitions=3)
    _, marks = await ingest(ctx, event(article("a1", "Kuaishou rose 16%; BYD rose 3.6%."), partition=1, offset=41))
    sent = ctx.moves.sent  # type: ignore[attr-defined]
    records = move_records(ctx)
    moves = moves_in(records)
    assert sorted((m["instrument"]["key"], m["change_pct"]) for m in moves) == [
        ("1024.HK", 16.0), ("1211.HK", 3.6)]
    # Each record goes to the partition its instrument keys hash to (the producer's partitioner), keyed by one
    # of them; one record per moves partition; each move says where its article was read.
    partition_of = Partitioner(3)
    assert len({r["partition"] for r in records}) == len(records)
    for record in records:
        keys = {m["instrument"]["key"].encode() for m in moves_in([record])}
        assert {partition_of(k) for k in keys} == {record["partition"]} and record["key"] in keys
    assert {(m["article_id"], m["article_partition"], m["article_offset"]) for m in moves} == {("a1", 1, 41)}
    assert counter(ctx, "headlines_articles_consumed_total", result="ok") == 1
    assert counter(ctx, "headlines_move_events_total", kind="stock") == 2
    # The read-progress mark follows the moves, within the same record, to every moves partition.
    published_ms = 1_741_249_200_000  # 2025-03-06T08:20:00Z
    assert sent[:len(records)] == records
    inline = sent[len(records):]
    assert sorted(m["partition"] for m in inline) == [0, 1, 2]
    assert {orjson.loads(m["value"])["watermark"]["watermark_ms"] for m in inline} == {published_ms}
    # The heartbeat's committed-progress mark waits for the commit past the record.
    assert marks.clock.due(0.0) == []
    marks.clock.committed(1, 41)
    assert marks.clock.due(0.0) == []
    marks.clock.committed(1, 42)
    assert marks.clock.due(0.0) == [WatermarkMark(1, published_ms)]


@pytest.mark.parametrize(
    ("second", "duplicate"),
    [
        (article("a1", "Kuaishou rose 16%."), True),                  # same id
        (article("other-id", "Kuaishou rose 16%."), True),            # same content, new id
        (article("a2", "Mixue rose 15%."), False),                    # a different article
    ],
)
async def test_duplicates_within_the_horizon_are_processed_once(second: bytes, duplicate: bool) -> None:
    ctx = make_ctx()
    await ingest(ctx, event(article("a1", "Kuaishou rose 16%."), offset=0), event(second, offset=1, ts=T0 + 60))
    assert counter(ctx, "headlines_articles_consumed_total", result="duplicate") == (1 if duplicate else 0)


async def test_the_same_record_read_again_after_a_crash_is_not_its_own_duplicate() -> None:
    ctx = make_ctx()
    body = article("a1", "Kuaishou rose 16%.")
    # offset 5 read twice (its seen entry survived a crash, its moves perhaps not), then a copy at offset 6
    await ingest(ctx, event(body, offset=5), event(body, offset=5), event(body, offset=6, ts=T0 + 60))
    assert counter(ctx, "headlines_articles_consumed_total", result="ok") == 2
    assert counter(ctx, "headlines_articles_consumed_total", result="duplicate") == 1
    # the move and its watermark marks (2 partitions), then the move again (no event-time progress: no mark)
    assert len(ctx.moves.sent) == 4  # type: ignore[attr-defined]
    first, again = moves_in([ctx.moves.sent[0]]), moves_in([ctx.moves.sent[3]])  # type: ignore[attr-defined]
    assert "replay" not in first[0] and again[0].pop("replay") is True
    assert first == again


async def test_duplicate_after_the_horizon_is_processed_again_and_old_entries_are_evicted() -> None:
    ctx = make_ctx()
    horizon_s = ctx.settings.dedupe_horizon_s
    body = article("a1", "Kuaishou rose 16%.")
    await ingest(ctx, event(body, offset=0), event(article("z", "Mixue rose 15%."), offset=1, ts=T0 + horizon_s + 1),
                 event(body, offset=2, ts=T0 + horizon_s + 2))
    assert counter(ctx, "headlines_articles_consumed_total", result="duplicate") == 0
    assert counter(ctx, "headlines_articles_consumed_total", result="ok") == 3


async def _aggregate(ctx: PipelineContext, marks: Watermarks, records: list[dict[str, Any]], partition: int = 0,
                     sweeper: Sweeper | None = None) -> None:
    sweeper = sweeper or Sweeper(ctx.windows, ctx.window_config)
    for offset, record in enumerate(records):
        await handle_move(ctx, marks, sweeper, event(record["value"], key=record["key"], partition=partition,
                                                     offset=offset, topic="headlines.moves",
                                                     headers=record["headers"]))


async def test_moves_fold_into_window_state_and_fire_alerts() -> None:
    ctx = make_ctx()
    _, marks = await ingest(ctx, event(article("a1", "Kuaishou rose 16%; BYD rose 3.6%.")))
    records = move_records(ctx)
    moves = moves_in(records)
    await _aggregate(ctx, marks, records)
    alerts = ctx.alerts.values()  # type: ignore[attr-defined]
    assert [(a["instrument"]["symbol"], a["severity"]) for a in alerts] == [("1024.HK", "medium"),
                                                                           ("1024.HK", "high")]
    assert set(ctx.windows) == {"1024.HK", "1211.HK"}  # type: ignore[arg-type]
    # the same moves again (a redelivery from the committed offset) change nothing and fire nothing
    before = dict(ctx.windows.items())  # type: ignore[attr-defined]
    await _aggregate(ctx, marks, records)
    assert len(ctx.alerts.sent) == 2  # type: ignore[attr-defined]
    assert ctx.windows == before
    assert counter(ctx, "headlines_redelivered_moves_total") == len(moves)
    assert counter(ctx, "headlines_alerts_emitted_total", severity="high", rule="move.stock.day") == 1


async def test_event_behind_the_low_watermark_is_late_and_dead_lettered() -> None:
    ctx = make_ctx(partitions=1)
    marks = Watermarks(1)
    hours_ms = 3_600_000
    base_ms = 1_741_249_200_000  # 2025-03-06T08:20:00Z
    marks.update(0, WatermarkMark(0, base_ms + 5 * hours_ms))
    await ingest(ctx, event(article("a1", "Kuaishou rose 16%.")))
    [record] = move_records(ctx)
    await _aggregate(ctx, marks, [record])
    [dead] = ctx.dead_letters.values()  # type: ignore[attr-defined]
    assert dead["reason"] == "late"
    assert ctx.alerts.sent == []  # type: ignore[attr-defined]
    assert counter(ctx, "headlines_late_events_total") == 1


@pytest.mark.parametrize(("replay", "dead_lettered"), [(False, True), (True, False)])
async def test_a_late_move_of_an_article_processed_again_is_a_redelivery(replay: bool, dead_lettered: bool) -> None:
    ctx = make_ctx(partitions=1)
    marks = Watermarks(1)
    marks.update(0, WatermarkMark(0, 1_741_249_200_000 + 5 * 3_600_000))  # hours past 2025-03-06T08:20:00Z
    body = article("a1", "Kuaishou rose 16%.")
    # the first read of the article, or the same record read again (its seen entry survived a crash)
    await ingest(ctx, *[event(body, offset=0)] * (2 if replay else 1))
    record = move_records(ctx)[-1]
    await handle_move(ctx, marks, Sweeper(ctx.windows, ctx.window_config),
                      event(record["value"], partition=0, offset=0, topic="headlines.moves",
                            headers=record["headers"]))
    assert len(ctx.dead_letters.sent) == (1 if dead_lettered else 0)  # type: ignore[attr-defined]
    assert counter(ctx, "headlines_late_events_total") == (1 if dead_lettered else 0)
    assert counter(ctx, "headlines_redelivered_moves_total") == (0 if dead_lettered else 1)
    assert ctx.alerts.sent == []  # type: ignore[attr-defined]
    if dead_lettered:  # the dead letter holds the late move itself, with the moves record's position
        [dead] = ctx.dead_letters.values()  # type: ignore[attr-defined]
        assert (dead["reason"], dead["topic"], dead["offset"]) == ("late", "headlines.moves", 0)
        assert orjson.loads(base64.b64decode(dead["value_base64"]))["article_id"] == "a1"


@pytest.mark.parametrize(("headers", "dead_lettered"), [(None, True), ({WATERMARK_HEADER: b"replay"}, False)])
async def test_a_record_of_one_move_is_still_read(headers: Any, dead_lettered: bool) -> None:
    """The format before batching (one move per record, ``replay`` as a header) is still accepted."""
    ctx = make_ctx(partitions=1)
    marks = Watermarks(1)
    marks.update(0, WatermarkMark(0, 1_741_249_200_000 + 5 * 3_600_000))  # hours past 2025-03-06T08:20:00Z
    await ingest(ctx, event(article("a1", "Kuaishou rose 16%.")))
    [move] = moves_in(move_records(ctx))
    await handle_move(ctx, marks, Sweeper(ctx.windows, ctx.window_config),
                      event(orjson.dumps(move), partition=0, offset=0, topic="headlines.moves", headers=headers))
    assert len(ctx.dead_letters.sent) == (1 if dead_lettered else 0)  # type: ignore[attr-defined]
    assert counter(ctx, "headlines_late_events_total") == (1 if dead_lettered else 0)
    assert counter(ctx, "headlines_redelivered_moves_total") == (0 if dead_lettered else 1)
    assert counter(ctx, "headlines_moves_consumed_total") == 1


async def test_watermark_records_are_not_counted_as_moves() -> None:
    ctx = make_ctx(partitions=2)
    marks = Watermarks(2)
    await broadcast_marks(ctx, [WatermarkMark(0, 1000), WatermarkMark(1, 2000)])
    for record in ctx.moves.sent:  # type: ignore[attr-defined]
        await handle_move(ctx, marks, Sweeper(ctx.windows, ctx.window_config),
                          event(record["value"], partition=record["partition"], headers=record["headers"],
                                topic="headlines.moves"))
    assert marks.low_ms(0) == 1000 and marks.low_ms(1) == 1000
    assert counter(ctx, "headlines_moves_consumed_total") == 0


async def test_idle_instruments_leave_the_window_table_past_the_horizon() -> None:
    ctx = make_ctx(partitions=1)
    marks = Watermarks(1)
    sweeper = Sweeper(ctx.windows, ctx.window_config)
    await ingest(ctx, event(article("a1", "Kuaishou rose 16%; BYD rose 3.6%.", "2025-03-06T08:20:00Z")))
    early = move_records(ctx)
    await _aggregate(ctx, marks, early, sweeper=sweeper)
    assert set(ctx.windows) == {"1024.HK", "1211.HK"}  # type: ignore[arg-type]
    # Two hours of event time later (past the 1 h rolling window and the grace), another instrument moves.
    ctx.moves.sent.clear()  # type: ignore[attr-defined]
    await ingest(ctx, event(article("a2", "Mixue rose 15%.", "2025-03-06T10:30:00Z"), ts=T0 + 1))
    [late] = move_records(ctx)
    marks.update(0, WatermarkMark(0, 1_741_257_000_000))  # 2025-03-06T10:30:00Z
    await _aggregate(ctx, marks, [late], sweeper=sweeper)
    assert set(ctx.windows) == {"2097.HK", "__floor__:0"}  # type: ignore[arg-type]
    assert ctx.windows["2097.HK"].p == 0 and ctx.windows["2097.HK"].value()["p"] == 0  # type: ignore[attr-defined]
    # the partition's floor: the sweep's low watermark and the moves offset being processed
    assert ctx.windows["__floor__:0"] == {"wm": 1_741_257_000_000, "o": 0}  # type: ignore[index]
    # After a restart (fresh marks, same table), the early moves read again from the committed offset do not
    # start new, partial windows for the evicted instruments: they are redeliveries, passed over (both moves of
    # the record, one partition here).
    restarted = Sweeper(ctx.windows, ctx.window_config)
    await _aggregate(ctx, Watermarks(1), early[:1], sweeper=restarted)
    assert set(ctx.windows) == {"2097.HK", "__floor__:0"}  # type: ignore[arg-type]
    assert len(moves_in(early[:1])) == 2
    assert counter(ctx, "headlines_redelivered_moves_total") == 2
    assert ctx.dead_letters.sent == []  # type: ignore[attr-defined]


async def test_moves_records_follow_their_wire_contract() -> None:
    import json
    from pathlib import Path

    from jsonschema import Draft202012Validator

    schemas = Path(__file__).resolve().parents[2] / "schemas"
    record_schema = Draft202012Validator(json.loads((schemas / "moves_record.schema.json").read_text()))
    move_schema = Draft202012Validator(json.loads((schemas / "move_event.schema.json").read_text()))
    ctx = make_ctx(partitions=2)
    from agents.batches import decode

    body = article("a1", "Kuaishou rose 16%; BYD rose 3.6%; Mixue rose 15%; Nio rose between 1% and 2%.")
    await ingest(ctx, event(body, offset=3), event(body, offset=3))  # the second: the same record read again
    records = move_records(ctx)
    assert records
    ranges = []
    for record in records:
        record_schema.validate(orjson.loads(record["value"]))
        ranges += [m.range_pct for m, _ in decode(record["value"]) if m.range_pct is not None]
        for move in moves_in([record]):
            assert move.pop("article_partition") == 0 and move.pop("article_offset") == 3
            move.pop("replay", None)
            move_schema.validate(move)
    assert ranges and set(ranges) == {(1.0, 2.0)}  # a range travels on the moves topic
