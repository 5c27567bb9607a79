"""What makes a processed event and its outputs durable together, in both processing guarantees.

Three changes to faust-streaming 0.15, each closing a window in which a crash lost or doubled work:

1. **Changelog writes leave within their event** (:class:`EventTable`). Faust hands a table write to a
   background buffer (``send_soon``); the commit of the event's offset does not wait for that buffer in the
   transactional path, so an offset could be committed in one transaction and the table write land in the
   next, which a crash then aborts: the state lost an event whose offset was committed (an alert depending
   on it was lost, or a fired alert was forgotten and sent again). Here the writes of an event are queued by
   the table and handed to the producer by :meth:`EventTable.flush_changelog`, which the agent awaits before
   it takes the next event (an event is acknowledged, and its offset committable, only then).

2. **Transactions follow the source partition** (:class:`SourceTransactionManager`, ``exactly_once``).
   Faust picks the transactional producer of a send by the *destination* partition, while it commits the
   offsets of a source partition in the transaction of the *source* partition. An article read from articles
   partition 0 whose moves went to moves partition 2 therefore had its moves in transaction 2 and its offset
   in transaction 0: a crash between the two commits lost the moves (offset committed, moves aborted) or
   doubled them. As in Kafka Streams, every send made while processing an event now joins the transaction
   of the event's source partition, which also commits the event's offset. A send outside any event (the
   watermark heartbeat) uses the plain producer: it is never part of a transaction, so it never fails with
   "not in transaction" while transactions are being ended at shutdown.

3. **Commits follow the last processed offset** (:class:`InOrderConsumer`). Faust computes the offset to
   commit from the list of acknowledged offsets and its own record of "gaps" (offsets it never saw, such as
   transaction markers); after a restart that lands on markers the bookkeeping can stop a partition's
   commits for good while processing goes on (faust-streaming #596; seen here on a moves partition behind
   two commit markers). Under ``exactly_once`` that is fatal: the partition's transaction is never
   committed, read_committed readers stop at it, and a crash aborts everything it holds. Each of our source
   topics is read by one agent, one record at a time and in offset order, so the agents themselves record
   the offset after the last record they finished (:meth:`InOrderConsumer.processed`), and that is the
   position committed. Not Faust's acknowledgements: it also acknowledges records it skips during a
   rebalance, unprocessed. The record is cleared when partitions are revoked (their open transaction may be
   aborted; processing starts again from the committed offset).

4. **No record is passed over** (:meth:`InOrderConsumer.admit`). Faust drops records it has fetched in
   several places (a fetch batch cut short by a flow stop or a generation change, a delivery abandoned while
   flow is suspended, buffers cleared), and its own commit bookkeeping relied on the resulting gap in
   acknowledgements to stop commits there. Committing the last processed offset (3.) would skip such
   records for good: seen in clean-clone CI, where a restarted worker jumped from article offset 501 to
   513 right after it started and 107 alerts were lost. The consumer therefore remembers the offsets it
   fetched; when the agent is handed a record while an earlier fetched record of its partition was never
   handed over, the partition is rewound to the first such record and the records in between are read
   again. A gap of offsets that were never fetched (transaction markers, compacted records) is not a drop.

5. **End offsets are asked of the broker** (:meth:`InOrderConsumer.highwaters`). Under ``exactly_once``
   faust-streaming takes a partition's end offset from the consumer's cached last stable offset, which is
   unknown until the partition has been fetched; right after an assignment it is, and table recovery then
   reads nothing: a worker restarted after a SIGTERM came up with empty window state (clean-clone CI, 19
   spike alerts lost). The broker's answer to a read_committed consumer is the last stable offset itself.

6. **No commit in the middle of a record** (:class:`CommitGate`). A commit ends the transaction with
   everything sent so far, which includes the first sends of a record still in progress (say its alert) but
   not that record's offset; a crash before the next commit then repeats the record, and its alert was
   committed twice. The commit now waits for the records in progress to finish, and holds new ones back
   meanwhile, and only then takes the offsets to commit (:meth:`InOrderConsumer._commit_tps`: Faust takes
   them before it calls the transaction manager, so a record finished during the wait had its sends in the
   transaction without its offset). In both guarantees the gate's hooks run at that moment: the aggregate
   writes the window states changed since the last commit (``agents.pending``), so the changelog holds the
   state of every record whose offset is committed. Under ``at_least_once`` records go on again once the
   offsets are taken: only then are those writes' changelog records handed to the producer (in order, one
   commit at a time; :meth:`CommitGate.on_offsets_taken`), then the producer is flushed and the offsets are
   committed. Handing them over inside the gate held both agents for 0.1-0.5 s per commit at 200 articles/s.

7. **A fetch never holds the other partitions back for long** (:class:`_ConsumerThread`). aiokafka keeps one
   fetch request in flight per broker, and a request leaves out the partitions whose fetched records the agents
   have not yet taken; the broker holds a request until data arrive for the partitions it names or for
   ``fetch_max_wait_ms``, which faust-streaming sets to 1,500 ms. A partition left out then waited for that
   request although its own records were there: at 200 articles/s, traced per fetch, fetches came back empty
   after a full second while records aged 1.6 s on the broker, and alerts were seconds late. The wait is
   ``HEADLINES_FETCH_MAX_WAIT_MS`` now (25 ms by default), at the cost of a few empty fetches a second when idle.
"""

from __future__ import annotations

import asyncio
import heapq
import logging
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any

import faust
from faust.exceptions import ProducerSendError
from faust.transport.consumer import TransactionManager
from faust.transport.drivers.aiokafka import AIOKafkaConsumerThread
from faust.transport.drivers.aiokafka import Consumer as AIOKafkaConsumer
from faust.types.tuples import TP

from agents.delivery import DirectDelivery

log = logging.getLogger("headlines.worker")

#: the default of ``HEADLINES_FETCH_MAX_WAIT_MS`` (Faust's own choice is 1,500 ms; see the module docstring, 7.)
FETCH_MAX_WAIT_MS = 25


class EventTable(faust.Table):  # type: ignore[type-arg]
    """A table whose changelog writes are sent by the processing event itself (see the module docstring)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._unsent: deque[Any] = deque()

    def send_changelog(self, partition: int | None, key: Any, value: Any, key_serializer: Any = None,
                       value_serializer: Any = None) -> Any:
        fut = self.changelog_topic.as_future_message(
            key=key, value=value, partition=partition,
            key_serializer=key_serializer if key_serializer is not None else self.key_serializer,
            value_serializer=value_serializer if value_serializer is not None else self.value_serializer,
            callback=self._on_changelog_sent, eager_partitioning=True)
        self._unsent.append(fut)
        return fut

    @property
    def unsent(self) -> int:
        return len(self._unsent)

    async def flush_changelog(self) -> None:
        """Hand every queued changelog write to the producer (in order; not waiting for acknowledgements)."""
        while self._unsent:
            fut = self._unsent.popleft()
            await fut.message.channel.publish_message(fut, wait=False)


def event_table(app: faust.App, name: str, partitions: int, value_serializer: str | None = None) -> EventTable:
    """An :class:`EventTable` registered with ``app`` like ``app.Table(name, default=None, ...)`` would be;
    ``value_serializer`` names the codec of its values (its changelog and store; JSON by default)."""
    table = EventTable(app, name=name, default=None, partitions=partitions)
    if value_serializer is not None:
        table.value_serializer = value_serializer  # before the changelog topic and the store are made
    app.tables.add(table)
    return table


class SourceTransactionManager(TransactionManager):
    """Sends join the transaction of the source partition of the event being processed."""

    async def send(self, topic: str, key: bytes | None, value: bytes | None, partition: int | None,
                   timestamp: float | None, headers: Any, *, transactional_id: str | None = None) -> Any:
        destination = self.consumer.key_partition(topic, key, partition)
        event = faust.current_event()
        if event is None:
            return await self.producer.send(topic, key, value, destination, timestamp, headers)
        return await self.producer.send(topic, key, value, destination, timestamp, headers,
                                        transactional_id=self.source_transactional_id(event.message.tp))

    async def commit(self, offsets: Any, start_new_transaction: bool = True) -> bool:
        gate = commit_gate(self.app)
        async with gate.committing():
            await gate.before_commit()  # nothing left when the consumer's commit (which holds the gate) did it
            return bool(await super().commit(offsets, start_new_transaction=start_new_transaction))

    def source_transactional_id(self, tp: TP) -> str:
        # the id under which TransactionManager.commit() commits this partition's offsets
        group = self.app.assignor.group_for_topic(tp.topic)
        return f"{self.app.conf.id}-{group}-{tp.partition}"


class Positions:
    """Per partition: the offset after the last processed record, the offsets fetched and not yet passed to an
    agent, and the rewinds that bring back records Faust dropped (see the module docstring, 3. and 4.)."""

    def __init__(self) -> None:
        self._processed: dict[TP, int] = {}
        self._fetched: dict[TP, list[int]] = {}  # a heap per partition
        self._rewinding: dict[TP, int] = {}  # partition -> the offset it was rewound to, until that arrives
        self._seeks: dict[TP, int] = {}  # rewinds not yet done by the consumer
        self._leftovers: dict[TP, int] = {}  # records fetched before a rewind, still on their way to the agent
        self._just_rewound: set[TP] = set()
        self.rewinds = 0

    def fetched(self, tp: TP, offsets: Any) -> None:
        offsets = list(offsets)
        if tp in self._just_rewound and offsets:
            self._just_rewound.discard(tp)
            first = min(offsets)
            if first > self._rewinding.get(tp, first):
                self._rewinding[tp] = first  # the records rewound to are gone (retention): from the next one
        heap = self._fetched.setdefault(tp, [])
        for offset in offsets:
            heapq.heappush(heap, offset)

    def admit(self, tp: TP, offset: int, committed: int | None) -> bool:
        """Whether the record at ``offset`` of ``tp`` is to be processed now. False for a record processed
        already, and when fetched records of ``tp`` before it never got here: the partition is then to be
        rewound to the first of them (:meth:`take_seeks`), and records are passed over until it arrives."""
        rewound_to = self._rewinding.get(tp)
        if rewound_to is not None:
            if offset != rewound_to:
                if self._leftovers.get(tp, 0) > 0:
                    self._leftovers[tp] -= 1  # fetched before the rewind
                elif tp not in self._seeks:
                    self._seeks[tp] = rewound_to  # read again, but dropped again on the way: once more
                    self.rewinds += 1
                return False
            del self._rewinding[tp]
            self._leftovers.pop(tp, None)
        expected = self._processed.get(tp)
        if expected is None:
            expected = committed or 0  # no record processed since the assignment: from the committed offset
        if offset < expected:
            return False  # read again after a seek back to the committed offset: processed already
        heap = self._fetched.get(tp, [])
        dropped = None
        while heap and heap[0] <= offset:
            fetched = heapq.heappop(heap)
            if expected <= fetched < offset and dropped is None:
                dropped = fetched
        if dropped is None:
            return True
        self._rewinding[tp] = self._seeks[tp] = dropped
        self.rewinds += 1
        log.warning("%s: records from offset %d were fetched but never reached the agent (the next to arrive "
                    "was %d): reading them again", tp, dropped, offset)
        return False

    def take_seeks(self) -> dict[TP, int]:
        """The rewinds to do now (the fetched offsets of those partitions are forgotten: they come again)."""
        seeks, self._seeks = self._seeks, {}
        for tp in seeks:
            self._leftovers[tp] = len(self._fetched.pop(tp, ()))
            self._just_rewound.add(tp)
        return seeks

    def processed(self, tp: TP, offset: int) -> None:
        """The record at ``offset`` of ``tp`` is finished: everything it sends is with the producer."""
        self._processed[tp] = offset + 1

    def next_offset(self, tp: TP) -> int | None:
        return self._processed.get(tp)

    def forget(self, tps: Any) -> None:
        for tp in tps:
            for table in (self._processed, self._fetched, self._rewinding, self._seeks, self._leftovers):
                table.pop(tp, None)
            self._just_rewound.discard(tp)


class InOrderConsumer(DirectDelivery, AIOKafkaConsumer):
    """Commits the offset after the last record our agents finished, and brings back records that Faust
    fetched and dropped (see the module docstring)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.positions = Positions()

    def _new_consumer_thread(self) -> AIOKafkaConsumerThread:
        return _ConsumerThread(self, loop=self.loop, beacon=self.beacon)

    async def _getmany(self, active_partitions: Any, timeout: float) -> Any:
        # Rewinds are done here, between two fetches, when Faust's drain loop has finished the last batch
        # (during a batch it would raise its read offset past the rewound records again and drop them).
        for tp, offset in self.positions.take_seeks().items():
            if tp in self.assignment():
                await self.seek(tp, offset)  # also lowers Faust's read offset, so the records pass again
        records = await super()._getmany(active_partitions, timeout)
        for tp, batch in records.items():
            self.positions.fetched(tp, (record.offset for record in batch))
        return records

    async def admit(self, tp: TP, offset: int) -> bool:
        return self.positions.admit(tp, offset, self._committed_offset.get(tp))

    async def highwaters(self, *partitions: TP) -> Any:
        """End offsets from the broker (the last stable offsets for a read_committed consumer)."""
        thread: Any = self._thread
        consumer = thread._ensure_consumer()
        return await thread.call_thread(consumer.end_offsets, list(partitions))

    def processed(self, tp: TP, offset: int) -> None:
        self.positions.processed(tp, offset)

    def forget_processed(self, tps: Any) -> None:
        self.positions.forget(tps)

    async def _commit_tps(self, tps: Any, start_new_transaction: bool) -> bool:
        # The offsets are taken only once no record is in progress and the states changed since the last
        # commit are written (see the module docstring, 6.): under exactly_once, taken before the gate's wait,
        # they left out a record whose sends then joined the transaction all the same, and a crash before the
        # next commit repeated that record's alerts.
        gate = commit_gate(self.app)
        if self.in_transaction:
            async with gate.committing():
                await gate.before_commit()
                return bool(await super()._commit_tps(tps, start_new_transaction))
        async with gate.serial:  # one at_least_once commit at a time: their queued changelog writes keep order
            async with gate.committing():
                await gate.before_commit()
                offsets = self._filter_committable_offsets(tps)
            # at_least_once: with the offsets taken, records go on while the writes made for them are handed to
            # the producer, the producer is flushed (Faust's _commit_offsets) and the offsets are committed
            await gate.offsets_taken()
            if not offsets:
                return False
            try:
                await self._handle_attached(offsets)
            except ProducerSendError as exc:
                await self.crash(exc)
                return False
            return bool(await self._commit_offsets(offsets, start_new_transaction=start_new_transaction))

    def _new_offset(self, tp: TP) -> int | None:
        self._acked[tp].clear()  # Faust's list, kept only so that it does not grow
        self._acked_index[tp].clear()
        gaps = self._gap.get(tp)
        if gaps:
            gaps.clear()
        return self.positions.next_offset(tp)


class _ConsumerThread(AIOKafkaConsumerThread):
    """Faust's consumer thread with the fetch wait of ``HEADLINES_FETCH_MAX_WAIT_MS`` (see the module docstring, 7.)."""

    def _create_worker_consumer(self, transport: Any) -> Any:
        consumer = super()._create_worker_consumer(transport)
        consumer._fetch_max_wait_ms = int(getattr(self.app, "headlines_fetch_max_wait_ms", FETCH_MAX_WAIT_MS))
        return consumer


class CommitGate:
    """Records in progress versus a commit: a commit waits until none is in progress and, while it waits or
    runs, no new record starts (so a steady stream of records cannot starve it)."""

    def __init__(self) -> None:
        self._hooks: list[Callable[[], Awaitable[Any]]] = []
        self._after: list[Callable[[], Awaitable[Any]]] = []
        self.serial = asyncio.Lock()
        self._active = 0
        self._commits = 0  # commits holding the gate (one within another: the consumer's and the transaction's)
        self._idle = asyncio.Event()
        self._idle.set()
        self._open = asyncio.Event()
        self._open.set()

    @property
    def active(self) -> int:
        return self._active

    @asynccontextmanager
    async def record(self) -> AsyncIterator[None]:
        await self._open.wait()
        self._active += 1
        self._idle.clear()
        try:
            yield
        finally:
            self._active -= 1
            if not self._active:
                self._idle.set()

    def on_commit(self, hook: Callable[[], Awaitable[Any]]) -> None:
        """Run ``hook`` in every commit, with no record in progress, before the offsets are taken."""
        self._hooks.append(hook)

    async def before_commit(self) -> None:
        for hook in self._hooks:
            await hook()

    def on_offsets_taken(self, hook: Callable[[], Awaitable[Any]]) -> None:
        """Run ``hook`` in every at_least_once commit once the offsets are taken and the gate is open again,
        before the producer is flushed and the offsets are committed."""
        self._after.append(hook)

    async def offsets_taken(self) -> None:
        for hook in self._after:
            await hook()

    @asynccontextmanager
    async def committing(self) -> AsyncIterator[None]:
        self._commits += 1
        self._open.clear()
        try:
            await self._idle.wait()
            yield
        finally:
            self._commits -= 1
            if not self._commits:
                self._open.set()


def commit_gate(app: Any) -> CommitGate:
    """The app's :class:`CommitGate` (one per app, made on first use)."""
    gate = getattr(app, "_headlines_commit_gate", None)
    if gate is None:
        gate = app._headlines_commit_gate = CommitGate()
    return gate


def install(app: faust.App) -> None:
    """Make ``app``'s transport build our consumer and transaction manager (before its consumer exists)."""
    app.transport.Consumer = InOrderConsumer  # type: ignore[misc]
    app.transport.TransactionManager = SourceTransactionManager  # type: ignore[misc]
