"""The agents: thin wiring around :mod:`streams` (decode, extract, fold window state, send, count)."""

from __future__ import annotations

import logging
import os
import time
from typing import Any

import faust

from agents.batches import Partitioner, by_source_partition, current_event
from agents.context import PipelineContext
from agents.dedupe import Deduper
from agents.fold import WATERMARK_HEADER, deliver, fold_moves, handle_move, handle_moves
from agents.ingest import Watermarks, broadcast_marks, handle_article, handle_articles
from agents.sweep import FLOOR_PREFIX, Sweeper
from agents.transactions import commit_gate
from agents.watchdog import GIVE_UP, STALLED, StallDetector, WorkerStalled, backlog, flow_state, resume
from monitoring.lag import compute_lag, update_lag_gauges

log = logging.getLogger("headlines.worker")

__all__ = ["WATERMARK_HEADER", "Watermarks", "broadcast_marks", "handle_article", "handle_articles",
           "handle_move", "handle_moves", "register"]

#: how often committed offsets are turned into watermark marks (which alone can report a partition idle)
HEARTBEAT_INTERVAL_S = 0.2
#: how often the broker is asked whether the owned article partitions are caught up (for idleness)
CAUGHT_UP_INTERVAL_S = 1.0
#: while more records wait in its queue, an agent gathers what it takes for up to this long (see Gather)
GATHER_S = 0.1
#: ... but only while at least this many records wait: a few waiting records are not a backlog, and
#: gathering for them would only add latency (at 200 articles/s a take holds one or two)
GATHER_MIN_WAITING = 32


def committed_offsets(app: faust.App, ctx: PipelineContext) -> dict[int, int]:
    """Per owned article partition, the offset this worker's group has committed (after the last commit)."""
    consumer: Any = app.consumer
    out: dict[int, int] = {}
    for tp in consumer.assignment():
        if tp.topic == ctx.settings.topic_articles:
            offset = consumer._committed_offset.get(tp)
            if offset is not None:
                out[tp.partition] = int(offset)
    return out


async def caught_up(app: faust.App, ctx: PipelineContext, committed: dict[int, int]) -> dict[int, bool]:
    """Per owned article partition: is everything up to the partition's end offset committed?

    Committed, not read: Faust's read offset counts records fetched into the stream buffer, far ahead of
    processing (after an assignment a whole backlog can be fetched at once), and a record read is not yet
    durable downstream. A partition called caught up too early is reported idle, drops out of the low
    watermark, and its backlog then arrives late and is dead-lettered (seen when a worker took over the
    partitions of a killed one). The end offsets are asked of the broker: the consumer's cached high-water
    mark can be stale right after an assignment.
    """
    consumer: Any = app.consumer
    tps = [tp for tp in consumer.assignment() if tp.topic == ctx.settings.topic_articles]
    if not tps:
        return {}
    try:
        ends = await consumer.highwaters(*tps)  # asks the broker
    except Exception:  # no answer now: nothing is known to be caught up
        return {tp.partition: False for tp in tps}
    return {tp.partition: ends.get(tp) is not None and committed.get(tp.partition, 0) >= ends[tp] for tp in tps}


def _current(app: faust.App, events: list[Any]) -> list[Any]:
    """The events of a batch still of the consumer's generation: those taken before a rebalance are read again
    from the committed offset (left to :func:`_admit`, they would count as processed)."""
    generation = getattr(app, "consumer_generation_id", None)
    return [e for e in events if getattr(e.message, "generation_id", generation) == generation]


async def _admit(app: faust.App, event: Any) -> bool:
    """False for a record to pass over: processed already, or arriving after fetched records of its partition
    that Faust dropped (they are read again first; see agents.transactions)."""
    admit = getattr(app.consumer, "admit", None)
    return True if admit is None else bool(await admit(event.message.tp, event.message.offset))


def _processed(app: faust.App, event: Any) -> None:
    """Tell the consumer the record is finished: its offset + 1 is the position to commit (agents.transactions)."""
    processed = getattr(app.consumer, "processed", None)
    if processed is not None:
        processed(event.message.tp, event.message.offset)


class Gather:
    """An agent's takes gathered into one batch while more records already wait in its stream's queue.

    Faust's ``take_events`` yields what arrived within ``batch_linger_ms``; on a loaded machine that can be a
    handful of records, and each batch costs records and state writes of its own. While the queue of fetched
    records is not empty (a backlog), the takes are gathered until they hold ``batch_max`` records or for at
    most :data:`GATHER_S`, and processed together; with an empty queue a take is processed at once, so a
    trickle waits no longer than before. A record taken is processed, and so committed (commits follow the
    records processed, agents.transactions), only with its batch; takes of an older consumer generation are
    dropped as before (:func:`_current`). The queue holds records already fetched, so the next take comes
    within ``batch_linger_ms``: gathering never waits for records that may not come.
    """

    def __init__(self, app: faust.App, topic: str, batch_max: int) -> None:
        self.app, self.topic, self.batch_max = app, topic, batch_max
        self.held: list[Any] = []
        self.since = 0.0
        self._queue: Any = None

    def add(self, events: list[Any]) -> list[Any] | None:
        """The batch to process now, or None to take more first."""
        now = time.monotonic()
        if not self.held:
            self.since = now
        self.held.extend(events)
        if len(self.held) < self.batch_max and now - self.since < GATHER_S and \
                self.waiting() >= GATHER_MIN_WAITING:
            return None
        batch, self.held = self.held, []
        return batch

    def waiting(self) -> int:
        """Records fetched for this agent and not yet taken (0 when its queue is not known)."""
        if self._queue is None:
            for channel in list(self.app.topics):
                if getattr(channel, "is_iterator", False) and self.topic in getattr(channel, "topics", ()):
                    self._queue = channel.queue
                    break
            else:
                return 0
        return int(self._queue.qsize())


def check_liveness(app: faust.App, ctx: PipelineContext, liveness: StallDetector) -> None:
    """Report a stalled worker, try the remedy, and stop the process if that does not help (agents.watchdog)."""
    consumer: Any = app.consumer
    positions = getattr(consumer, "positions", None)
    nexts = {tp: positions.next_offset(tp) for tp in consumer.assignment()} if positions is not None else {}
    behind = backlog(consumer, {ctx.settings.topic_articles, ctx.settings.topic_moves}, nexts)
    recovering = bool(getattr(app, "in_recovery", False))
    verdict = liveness.observe(time.monotonic(), bool(behind), recovering)
    if verdict == STALLED:
        log.warning("stalled: no record reached the agents for %.0f s while %s have records left; resuming "
                    "them. %s", ctx.settings.stall_timeout_s, sorted(map(str, behind)),
                    flow_state(app, {"rewinds": getattr(positions, "rewinds", None)}))
        resume(app, behind)
    elif verdict == GIVE_UP:
        error = WorkerStalled(f"no record reached the agents for {2 * ctx.settings.stall_timeout_s:.0f} s "
                              f"while {sorted(map(str, behind))} have records left")
        log.error("%s; stopping the worker (exit code 70): a restart goes on from the committed offsets. %s",
                  error, flow_state(app, {}))
        logging.shutdown()
        os._exit(70)  # a stalled event loop may not stop cleanly; nothing uncommitted is lost by a restart


def report_lag(app: faust.App, ctx: PipelineContext) -> None:
    consumer: Any = app.consumer
    sources = {ctx.settings.topic_articles, ctx.settings.topic_moves}
    ends: dict[tuple[str, int], int] = {}
    positions: dict[tuple[str, int], int] = {}
    for tp in consumer.assignment():
        if tp.topic not in sources:
            continue
        highwater = consumer.highwater(tp)
        if highwater is None:
            continue
        read = consumer._read_offset.get(tp)  # faust keeps the last offset read per partition
        committed = consumer._committed_offset.get(tp)
        done = read if read is not None else committed
        ends[(tp.topic, tp.partition)] = int(highwater)
        positions[(tp.topic, tp.partition)] = int(done) + 1 if done is not None else 0
    update_lag_gauges(ctx.metrics, compute_lag(ends, positions))
    floors = sum(1 for p in range(ctx.settings.topic_partitions) if f"{FLOOR_PREFIX}{p}" in ctx.windows)
    ctx.metrics.window_instruments.set(len(ctx.windows) - floors)


def register(app: faust.App, ctx: PipelineContext) -> None:
    dedupe = Deduper(ctx.seen, ctx.settings.dedupe_horizon_s)
    marks = Watermarks(ctx.settings.topic_partitions, step_ms=ctx.window_config.size_ms)
    sweeper = Sweeper(ctx.windows, ctx.window_config)
    gate = commit_gate(app)
    # The changed window states are written at each commit, with no record in progress. Under exactly_once their
    # changelog records join the commit's transaction; under at_least_once they are handed to the producer once
    # the offsets are taken, while the agents go on (the commit flushes the producer before the offsets).
    exactly_once = ctx.settings.processing_guarantee == "exactly_once"
    gate.on_commit(lambda: sweeper.pending.flush(ctx.windows, publish=exactly_once))
    if not exactly_once:
        gate.on_offsets_taken(ctx.windows.flush_changelog)
    liveness = StallDetector(ctx.settings.stall_timeout_s)

    conf: Any = app.conf
    partitioner = Partitioner(ctx.settings.topic_partitions, conf.producer_partitioner)

    @app.agent(ctx.articles, name="headlines.ingest")
    async def ingest(stream: Any) -> None:
        # Up to batch_max articles at a time, waiting at most batch_linger_ms for them (a trickle flows at once)
        gather = Gather(app, ctx.settings.topic_articles, ctx.settings.batch_max)
        async for taken in stream.take_events(ctx.settings.batch_max, within=ctx.settings.batch_linger_ms / 1000):
            liveness.tick()
            events = gather.add([event for event in _current(app, taken) if await _admit(app, event)])
            admitted = _current(app, events or [])
            if not admitted:
                continue
            async with gate.record():  # a commit never falls in the middle of a batch (agents.transactions)
                for group in by_source_partition(admitted):
                    with current_event(group[-1]):  # sends and table writes: this source partition's
                        await handle_articles(ctx, dedupe, marks, group, partitioner)
                        await ctx.seen.flush_changelog()  # before the events are acknowledged
                for event in admitted:
                    _processed(app, event)

    @app.agent(ctx.moves, name="headlines.aggregate")
    async def aggregate(stream: Any) -> None:
        # Up to batch_max records at a time: each instrument's state is written once per moves partition
        gather = Gather(app, ctx.settings.topic_moves, ctx.settings.batch_max)
        async for taken in stream.take_events(ctx.settings.batch_max, within=ctx.settings.batch_linger_ms / 1000):
            liveness.tick()
            events = gather.add([event for event in _current(app, taken) if await _admit(app, event)])
            admitted = _current(app, events or [])
            if not admitted:
                continue
            async with gate.record():
                # Every moves partition's records are folded and their alerts sent, one wait for all deliveries,
                # then the changed states are left to the next commit (agents.fold, agents.pending)
                groups = by_source_partition(admitted)
                folds = []
                for group in groups:
                    with current_event(group[-1]):
                        folds.append(await fold_moves(ctx, marks, sweeper, group))
                await deliver(folds)
                for fold in folds:
                    fold.write()  # the changed states, written at the next commit (agents.pending)
                for event in admitted:
                    _processed(app, event)

    @app.timer(interval=ctx.settings.lag_interval_s)
    async def lag_timer() -> None:
        report_lag(app, ctx)

    caught: dict[int, bool] = {}

    @app.timer(interval=HEARTBEAT_INTERVAL_S)
    async def watermark_heartbeat() -> None:
        # Outside any record, so the marks are sent by the plain producer, never in a transaction: these marks
        # only speak of committed records, whose moves are durable already (agents.transactions).
        for partition, offset in committed_offsets(app, ctx).items():
            marks.clock.committed(partition, offset)
        now_s = time.monotonic()
        for partition in caught:
            marks.clock.register(partition, now_s)
        # A partition the clock knows but the consumer did not list at the last check (during a rebalance) is
        # not known to be caught up: SourceClock.due() would otherwise take it for caught up and report it idle.
        missing = {p: False for p in marks.clock.watermarks_ms if p not in caught}
        await broadcast_marks(ctx, marks.clock.due(now_s, {**caught, **missing}))

    @app.timer(interval=CAUGHT_UP_INTERVAL_S)
    async def caught_up_check() -> None:
        # asks the broker for end offsets (can take a while): apart from the heartbeat, which must stay fast
        done = await caught_up(app, ctx, committed_offsets(app, ctx))
        caught.clear()
        caught.update(done)

    @app.timer(interval=min(5.0, ctx.settings.stall_timeout_s / 4))
    async def watchdog() -> None:
        check_liveness(app, ctx, liveness)

    async def on_revoked(app: Any, revoked: Any, **kwargs: Any) -> None:
        forget = getattr(app.consumer, "forget_processed", None)
        if forget is not None:
            forget(revoked)
        moves = {tp.partition for tp in revoked if tp.topic == ctx.settings.topic_moves}
        sweeper.forget(moves)
        sweeper.pending.forget(moves)
        gone = {tp.partition for tp in revoked if tp.topic == ctx.settings.topic_articles}
        dedupe.forget_partitions(gone)
        marks.clock.forget(gone)

    app.on_partitions_revoked.connect(on_revoked)  # type: ignore[arg-type]

    @app.task
    async def serve_metrics() -> None:
        if ctx.settings.metrics_port:
            ctx.metrics.serve(ctx.settings.metrics_host, ctx.settings.metrics_port)
            log.info("metrics on http://%s:%d/metrics", ctx.settings.metrics_host, ctx.settings.metrics_port)
