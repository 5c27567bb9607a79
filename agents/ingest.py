"""The ingest side of the pipeline: a group of article records of one source partition in, at most one moves
record per moves partition out (:mod:`agents.batches`), with the partition's watermark marks after them."""

from __future__ import annotations

import asyncio
import logging
import time
from collections import Counter
from datetime import UTC, datetime
from typing import Any

import orjson

from agents.batches import MOVES_KIND, MovesBatch, Partitioner
from agents.context import PipelineContext
from agents.deadletter import send_dead_letter
from agents.dedupe import Deduper
from agents.fold import WATERMARK_HEADER
from streams.articles import decode_article
from streams.errors import InvalidArticle
from streams.model import Article, MoveEvent
from streams.watermarks import LowWatermark, SourceClock, WatermarkMark

log = logging.getLogger("headlines.worker")

__all__ = ["BATCH_HEADERS", "WATERMARK_KEY", "Watermarks", "broadcast_marks", "handle_article", "handle_articles"]

WATERMARK_KEY = b"__watermark__"
#: on a moves record (agents.batches)
BATCH_HEADERS = {WATERMARK_HEADER: MOVES_KIND}
class Watermarks:
    """This worker's view of event-time progress (see :mod:`streams.watermarks`)."""

    def __init__(self, source_partitions: int, step_ms: int = 15 * 60 * 1000) -> None:
        self.clock = SourceClock(step_ms=step_ms)
        self.source_partitions = source_partitions
        self.low: dict[int, LowWatermark] = {}

    def low_ms(self, moves_partition: int) -> int | None:
        low = self.low.get(moves_partition)
        return low.value_ms() if low is not None else None

    def update(self, moves_partition: int, mark: WatermarkMark) -> None:
        low = self.low.get(moves_partition)
        if low is None:
            low = self.low[moves_partition] = LowWatermark(self.source_partitions)
        low.update(mark)


async def broadcast_marks(ctx: PipelineContext, marks: list[WatermarkMark]) -> None:
    """Send each mark to every moves partition, after the moves already sent there."""
    for mark in marks:
        value = orjson.dumps({"watermark": mark.to_dict()})
        for partition in range(ctx.settings.topic_partitions):
            await ctx.moves.send(key=WATERMARK_KEY, value=value, partition=partition,
                                 headers={WATERMARK_HEADER: b"watermark"})


def _received_at(message: Any) -> datetime:
    return datetime.fromtimestamp(message.timestamp, UTC) if message.timestamp else datetime.now(UTC)


async def handle_article(ctx: PipelineContext, dedupe: Deduper, marks: Watermarks, event: Any,
                         partitioner: Partitioner | None = None) -> None:
    """One article as a batch of one (see :func:`handle_articles`)."""
    await handle_articles(ctx, dedupe, marks, [event], partitioner)


async def handle_articles(ctx: PipelineContext, dedupe: Deduper, marks: Watermarks, events: list[Any],
                          partitioner: Partitioner | None = None) -> None:
    """A group of articles of one source partition, in offset order: decode, dedupe and extract each, then
    send their moves as at most one record per moves partition (:mod:`agents.batches`), then the partition's
    read-progress watermark mark, which so follows every move it covers.

    The group's articles are decoded first and extracted together, on the extraction thread when there is
    one (``HEADLINES_EXTRACT_THREADS``): the engine works without the GIL, so the event loop folds moves and
    sends records meanwhile. Then each article is taken in offset order as before (dedupe, moves, marks).
    """
    batch = MovesBatch(partitioner or Partitioner(ctx.settings.topic_partitions))
    partition = events[0].message.partition
    arrivals = [_arrival(ctx, dedupe, event) for event in events]
    extracted = await _extract_group(ctx, arrivals)
    observed = False
    results: list[str] = []
    for arrival, moves in zip(arrivals, extracted, strict=True):
        observed = await _article(ctx, dedupe, marks, arrival, moves, batch, results) or observed
    dedupe.flush(partition)  # one table entry (one changelog record) for the group's articles
    for moves_partition, key, value in batch.records():
        await ctx.moves.send(key=key, value=value, partition=moves_partition, headers=BATCH_HEADERS)
    # the moves are counted before their articles, so that a reader of the two counters never sees an article
    # counted without its moves
    for kind, count in batch.kinds.items():
        ctx.metrics.move_event(kind, count)
    for result, count in Counter(results).items():
        ctx.metrics.article(result, count)
    if observed:
        # Sent within this group's processing, after its moves and by the same producer (transaction): the
        # mark cannot outlive them. The heartbeat later repeats it once committed (see SourceClock).
        mark = marks.clock.due_inline(partition, time.monotonic())
        if mark is not None:
            await broadcast_marks(ctx, [mark])


class _Arrival:
    """One article record as read: its event, receive time, the decoded article (or why it is invalid), and
    whether it is already known as a duplicate before its group (then it is not extracted)."""

    __slots__ = ("article", "event", "invalid", "keys", "known", "now_ms")

    def __init__(self, event: Any, now_ms: int, article: Article | None, invalid: InvalidArticle | None,
                 keys: tuple[str, str] | None, known: bool) -> None:
        self.event, self.now_ms, self.article, self.invalid = event, now_ms, article, invalid
        self.keys, self.known = keys, known


def _arrival(ctx: PipelineContext, dedupe: Deduper, event: Any) -> _Arrival:
    msg = event.message
    now_ms = int(msg.timestamp * 1000) if msg.timestamp else int(time.time() * 1000)
    try:
        article = decode_article(msg.value, max_bytes=ctx.settings.max_article_bytes,
                                 received_at=_received_at(msg))
    except InvalidArticle as exc:
        return _Arrival(event, now_ms, None, exc, None, False)
    keys = dedupe.keys(article)
    # is_duplicate() reads only what earlier groups remembered: this check skips their duplicates' extraction;
    # _article() decides again, in order (a duplicate within the group is extracted and then dropped)
    return _Arrival(event, now_ms, article, None, keys, dedupe.is_duplicate(keys, now_ms, msg.partition, msg.offset))


async def _extract_group(ctx: PipelineContext, arrivals: list[_Arrival]) -> list[list[MoveEvent] | None]:
    """The moves of each arrival to extract (None for the others, and for all when the group call fails:
    _article() then extracts one by one, to dead-letter only the article at fault)."""
    todo = [a.article for a in arrivals if a.article is not None and not a.known]
    out: list[list[MoveEvent] | None] = [None] * len(arrivals)
    if not todo:
        return out
    started = time.perf_counter()
    try:
        if ctx.extract_pool is not None and len(todo) > 1:
            found = await asyncio.get_running_loop().run_in_executor(ctx.extract_pool, ctx.extractor.extract_many,
                                                                     todo)
        else:
            found = ctx.extractor.extract_many(todo)
    except Exception:  # one by one below, where the failing article is dead-lettered
        return out
    per_article_s = (time.perf_counter() - started) / len(todo)
    for _ in todo:  # the histogram counts articles
        ctx.metrics.extraction_duration.observe(per_article_s)
    it = iter(found)
    for i, a in enumerate(arrivals):
        if a.article is not None and not a.known:
            out[i] = next(it)
    return out


async def _article(ctx: PipelineContext, dedupe: Deduper, marks: Watermarks, arrival: _Arrival,
                   moves: list[MoveEvent] | None, batch: MovesBatch, results: list[str]) -> bool:
    """Dedupe one article (extracted already, or now) into ``batch``; True when it moved its partition's clock."""
    event, msg, now_ms = arrival.event, arrival.event.message, arrival.now_ms
    dedupe.evict(msg.partition, now_ms)
    article, keys = arrival.article, arrival.keys
    if article is None or keys is None:
        results.append("invalid")
        exc = arrival.invalid
        assert exc is not None
        await send_dead_letter(ctx, event, exc.reason, exc.detail)
        return False
    if dedupe.is_duplicate(keys, now_ms, msg.partition, msg.offset):
        results.append("duplicate")
        return False
    if moves is None:
        started = time.perf_counter()
        try:
            moves = ctx.extractor.extract(article)
        except Exception as exc:  # a bug must not lose the article: it goes to dead letters with the reason
            log.exception("extraction failed for article %s", article.id)
            results.append("invalid")
            await send_dead_letter(ctx, event, "extraction_error", f"{type(exc).__name__}: {exc}")
            return False
        ctx.metrics.extraction_duration.observe(time.perf_counter() - started)
    replay = dedupe.is_replay(keys, msg.partition, msg.offset)
    for move in moves:
        batch.add(move, msg.partition, msg.offset, replay)
    dedupe.remember(keys, msg.partition, now_ms, msg.offset)
    results.append("ok")
    event_time = article.published_at or article.received_at
    if event_time is None:
        return False
    marks.clock.observe(msg.partition, msg.offset, int(event_time.timestamp() * 1000), time.monotonic())
    return True
