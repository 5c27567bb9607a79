"""agents.transactions without a broker: which transaction a send joins, and when table writes leave."""

from __future__ import annotations

import weakref
from types import SimpleNamespace
from typing import Any

import pytest
from faust.streams import _current_event
from faust.types.tuples import TP

from agents.app import create_app
from agents.settings import Settings
from agents.transactions import EventTable, SourceTransactionManager


class FakeEvent:
    def __init__(self, tp: TP) -> None:
        self.message = SimpleNamespace(tp=tp)


class RecordingProducer:
    def __init__(self) -> None:
        self.sent: list[dict[str, Any]] = []

    async def send(self, topic: str, key: Any, value: Any, partition: Any, timestamp: Any, headers: Any, *,
                   transactional_id: str | None = None) -> None:
        self.sent.append({"topic": topic, "partition": partition, "tid": transactional_id})


def manager() -> tuple[SourceTransactionManager, RecordingProducer]:
    tm = SourceTransactionManager.__new__(SourceTransactionManager)  # no transport: only send() is used
    producer = RecordingProducer()
    groups = {"app.articles": 0, "app.moves": 0, "app.alerts": 0}
    tm.producer = producer
    tm.consumer = SimpleNamespace(key_partition=lambda topic, key, partition: 3 if partition is None else partition)
    tm.app = SimpleNamespace(conf=SimpleNamespace(id="app"),
                             assignor=SimpleNamespace(group_for_topic=lambda topic: groups[topic]))
    return tm, producer


@pytest.mark.parametrize(
    ("source", "destination_topic", "expected_tid"),
    [
        (TP("app.articles", 0), "app.moves", "app-0-0"),   # moves of an article: the article's transaction
        (TP("app.moves", 2), "app.alerts", "app-0-2"),     # alerts of a move: the move's transaction
        (TP("app.articles", 1), "app.moves", "app-0-1"),   # not the destination partition's (3)
        (None, "app.moves", None),                          # outside any event (heartbeat): no transaction
    ],
)
async def test_sends_join_the_transaction_of_the_source_partition(source: TP | None, destination_topic: str,
                                                                  expected_tid: str | None) -> None:
    tm, producer = manager()
    event = FakeEvent(source) if source else None
    token = _current_event.set(weakref.ref(event) if event else None)  # type: ignore[arg-type]
    try:
        await tm.send(destination_topic, b"k", b"v", None, None, None)
    finally:
        _current_event.reset(token)
    assert producer.sent == [{"topic": destination_topic, "partition": 3, "tid": expected_tid}]


@pytest.fixture(scope="module")
def eos_app() -> Any:
    return create_app(Settings.from_env(env={}, processing_guarantee="exactly_once", app_id="unit-eos"))


def test_the_app_uses_them(eos_app: Any) -> None:
    assert isinstance(eos_app.consumer.transactions, SourceTransactionManager)
    assert isinstance(eos_app.headlines.windows, EventTable) and isinstance(eos_app.headlines.seen, EventTable)


async def test_changelog_writes_wait_for_the_event_to_flush_them(eos_app: Any,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    table: EventTable = eos_app.headlines.windows
    published: list[tuple[Any, Any]] = []

    async def publish_message(fut: Any, wait: bool = False) -> None:
        published.append((fut.message.key, fut.message.value))

    monkeypatch.setattr(table.changelog_topic, "publish_message", publish_message)
    table.send_changelog(0, "9988.HK", {"p": 0})
    table.send_changelog(0, "0700.HK", None, value_serializer="raw")
    assert table.unsent == 2 and published == []
    assert eos_app.producer.buffer.size == 0  # not in Faust's background buffer either
    await table.flush_changelog()
    assert table.unsent == 0
    assert [key for key, _ in published] == [b'"9988.HK"', b'"0700.HK"']


async def test_the_windows_changelog_carries_a_states_json_as_written(eos_app: Any,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from agents.stored import StoredState
    from streams.state import InstrumentState

    table: EventTable = eos_app.headlines.windows
    published: list[Any] = []

    async def publish_message(fut: Any, wait: bool = False) -> None:
        published.append(fut.message.value)

    monkeypatch.setattr(table.changelog_topic, "publish_message", publish_message)
    state = StoredState.of(InstrumentState(watermark_ms=5), 1, 7)
    table.send_changelog(1, "9988.HK", state)
    table.send_changelog(1, "__floor__:1", {"wm": 5, "o": 7})
    await table.flush_changelog()
    assert published == [state.raw, b'{"wm":5,"o":7}']
    # and a changelog record is read back as the table holds it
    assert table.changelog_topic.schema.loads_value(eos_app, SimpleNamespace(value=state.raw, headers={})) == state


@pytest.mark.parametrize(
    ("processed", "acked", "expected"),
    [
        ([], [], None),                       # nothing finished: nothing to commit
        ([10, 11, 12], [10, 11, 12], 13),
        ([12, 13], [12, 13], 14),             # 10 and 11 were transaction markers (never delivered)
        ([10], [10, 40], 11),                 # Faust acknowledged 40 unprocessed (skipped in a rebalance)
        ([12, 13], [12, 13, 13], 14),         # whatever Faust's own lists hold
    ],
)
def test_commits_follow_the_last_processed_offset(processed: list[int], acked: list[int],
                                                   expected: int | None) -> None:
    from intervaltree import IntervalTree

    from agents.transactions import InOrderConsumer, Positions

    tp = TP("app.moves", 1)
    consumer = InOrderConsumer.__new__(InOrderConsumer)  # only the offset bookkeeping is used
    consumer.positions = Positions()
    consumer._acked = {tp: list(acked)}
    consumer._acked_index = {tp: set(acked)}
    consumer._gap = {tp: IntervalTree.from_tuples([(11, 13)])}
    for offset in processed:
        consumer.processed(tp, offset)
    assert consumer._new_offset(tp) == expected
    assert consumer._acked[tp] == [] and consumer._acked_index[tp] == set() and not consumer._gap[tp]
    consumer.forget_processed([tp])  # revoked: processing starts again from the committed offset
    assert consumer._new_offset(tp) is None


# One row a case: the offsets fetched, then the offsets handed to the agent in that order (each processed when
# admitted); what was processed, the rewinds asked for, and the next offset to commit.
@pytest.mark.parametrize(
    ("committed", "fetched", "handed", "processed", "seeks", "next_offset"),
    [
        (None, [0, 1, 2], [0, 1, 2], [0, 1, 2], [], 3),
        (5, [5, 6, 7], [5, 6, 7], [5, 6, 7], [], 8),
        (5, [3, 4, 5, 6], [3, 4, 5, 6], [5, 6], [], 7),            # before the committed offset: done already
        (None, [0, 1, 4, 5], [0, 1, 4, 5], [0, 1, 4, 5], [], 6),   # 2 and 3 never fetched: transaction markers
        (None, [0, 1, 2, 3, 4], [0, 1, 4], [0, 1], [2], 2),        # 2 and 3 dropped by Faust: rewind to 2
        # dropped, rewound, the leftovers (5, 6) passed over, then 2.. read again
        (None, [0, 1, 2, 3, 4, 5, 6], [0, 1, 4, 5, 6, 2, 3, 4, 5, 6], [0, 1, 2, 3, 4, 5, 6], [2], 7),
        (10, [10, 11, 12], [12], [], [10], None),                   # the first records after an assignment lost
        # rewound to 1, the leftover 4 passed over, then 1 dropped again on its way (2 came first): once more
        (None, [0, 1, 2, 3, 4], [0, 3, 4, 2, 1, 2, 3, 4], [0, 1, 2, 3, 4], [1, 1], 5),
        (None, [7, 8], [8], [], [7], None),
    ],
)
def test_positions_process_in_order_and_rewind_over_dropped_records(
        committed: int | None, fetched: list[int], handed: list[int], processed: list[int], seeks: list[int],
        next_offset: int | None) -> None:
    from agents.transactions import Positions

    tp = TP("app.articles", 0)
    positions = Positions()
    positions.fetched(tp, fetched)
    done: list[int] = []
    asked: list[int] = []
    for offset in handed:
        if positions.admit(tp, offset, committed):
            positions.processed(tp, offset)
            done.append(offset)
        seek = positions.take_seeks().get(tp)
        if seek is not None:
            asked.append(seek)
            positions.fetched(tp, [o for o in fetched if o >= seek])  # the consumer reads them again
    assert done == processed
    assert asked == seeks
    assert positions.rewinds == len(seeks)
    assert positions.next_offset(tp) == next_offset


def test_a_rewind_to_records_that_are_gone_goes_on_from_the_first_record_left() -> None:
    from agents.transactions import Positions

    tp = TP("app.articles", 1)
    positions = Positions()
    positions.fetched(tp, [0, 1, 2, 3, 4])
    assert positions.admit(tp, 0, None)
    positions.processed(tp, 0)
    assert not positions.admit(tp, 3, None)
    assert positions.take_seeks() == {tp: 1}
    positions.fetched(tp, [3, 4])  # 1 and 2 were deleted by retention meanwhile
    assert not positions.admit(tp, 4, None)  # the leftover from before the rewind
    assert positions.admit(tp, 3, None)


def test_forgotten_partitions_start_again_from_the_committed_offset() -> None:
    from agents.transactions import Positions

    tp = TP("app.moves", 0)
    positions = Positions()
    positions.fetched(tp, [0, 1, 2])
    assert positions.admit(tp, 0, None)
    positions.processed(tp, 0)
    assert not positions.admit(tp, 2, None)  # 1 was dropped: a rewind is due
    positions.forget([tp])
    assert positions.take_seeks() == {} and positions.next_offset(tp) is None
    assert positions.admit(tp, 1, 1)  # after the re-assignment, from the committed offset


async def test_a_commit_waits_for_records_in_progress_and_holds_new_ones_back() -> None:
    import asyncio

    from agents.transactions import CommitGate

    gate, log = CommitGate(), []

    async def record(name: str, hold: asyncio.Event) -> None:
        async with gate.record():
            log.append(f"{name} start")
            await hold.wait()
            log.append(f"{name} end")

    async def commit() -> None:
        async with gate.committing():
            log.append("commit")

    first_done, second_done = asyncio.Event(), asyncio.Event()
    first = asyncio.create_task(record("first", first_done))
    await asyncio.sleep(0)
    committing = asyncio.create_task(commit())
    await asyncio.sleep(0)
    second = asyncio.create_task(record("second", second_done))  # arrives while the commit waits
    await asyncio.sleep(0)
    assert log == ["first start"] and gate.active == 1
    first_done.set()
    second_done.set()
    await asyncio.gather(first, committing, second)
    assert log == ["first start", "first end", "commit", "second start", "second end"]


async def test_end_offsets_come_from_the_broker_not_from_the_fetch_cache() -> None:
    """Under exactly_once Faust read the end offsets for table recovery from the consumer's cached last stable
    offsets, unknown (None) right after an assignment: recovery then read nothing."""
    from agents.transactions import InOrderConsumer

    tp = TP("app-windows-changelog", 0)

    class FakeAIOKafka:
        def last_stable_offset(self, tp: TP) -> int | None:
            return None  # nothing fetched yet

        async def end_offsets(self, tps: list[TP]) -> dict[TP, int]:
            return {t: 1234 for t in tps}  # the broker's answer (the LSO for a read_committed consumer)

    class FakeThread:
        def _ensure_consumer(self) -> FakeAIOKafka:
            return FakeAIOKafka()

        async def call_thread(self, fun: Any, *args: Any) -> Any:
            return await fun(*args)

    consumer = InOrderConsumer.__new__(InOrderConsumer)
    consumer._thread = FakeThread()
    assert await consumer.highwaters(tp) == {tp: 1234}


@pytest.mark.parametrize("env, expected_ms", [
    ({}, 25),  # the default, not faust-streaming's 1,500 ms
    ({"HEADLINES_FETCH_MAX_WAIT_MS": "40"}, 40),
])
async def test_the_worker_consumer_fetches_with_the_configured_wait(env: dict[str, str], expected_ms: int) -> None:
    app = create_app(Settings.from_env(env=env, app_id=f"unit-fetch-{expected_ms}"))
    consumer = app.consumer._thread._create_worker_consumer(app.transport)  # built, not started: no broker
    try:
        assert consumer._fetch_max_wait_ms == expected_ms
    finally:
        await consumer._client.close()


def test_a_fetch_wait_of_zero_is_refused() -> None:
    from agents.errors import ConfigError

    with pytest.raises(ConfigError, match="HEADLINES_FETCH_MAX_WAIT_MS"):
        Settings.from_env(env={"HEADLINES_FETCH_MAX_WAIT_MS": "0"})


async def test_the_offsets_to_commit_are_taken_after_the_records_in_progress_finish() -> None:
    """Under exactly_once a record in progress when a commit starts has sent some of its output into the open
    transaction: its offset must be in that commit, or a crash before the next one repeats its alerts. In
    both guarantees the commit's hooks (the aggregate's state writes) run once that record is finished, and
    before the offsets are taken."""
    import asyncio

    from agents.transactions import InOrderConsumer, Positions, commit_gate

    tp = TP("app.moves", 1)
    consumer = InOrderConsumer.__new__(InOrderConsumer)  # no transport: only the commit bookkeeping is used
    consumer.app = SimpleNamespace()
    consumer.positions = Positions()
    consumer._acked, consumer._acked_index, consumer._gap = {tp: []}, {tp: {}}, {}
    consumer._committed_offset = {tp: None}
    committed: list[dict[TP, int]] = []

    async def handle_attached(offsets: dict[TP, int]) -> None:
        return None

    async def commit_offsets(offsets: dict[TP, int], start_new_transaction: bool = True) -> bool:
        committed.append(dict(offsets))
        return True

    consumer._handle_attached = handle_attached  # type: ignore[method-assign]
    consumer._commit_offsets = commit_offsets  # type: ignore[method-assign]
    hooked: list[int | None] = []

    async def hook() -> None:
        hooked.append(consumer.positions.next_offset(tp))

    commit_gate(consumer.app).on_commit(hook)
    for in_transaction in (True, False):
        committed.clear()
        hooked.clear()
        consumer.in_transaction = in_transaction  # type: ignore[misc]
        consumer.positions.processed(tp, 6)
        gate, finish = commit_gate(consumer.app), asyncio.Event()

        async def record(gate: Any, finish: asyncio.Event) -> None:
            async with gate.record():
                await finish.wait()
                consumer.positions.processed(tp, 7)  # the record in progress at the commit

        task = asyncio.create_task(record(gate, finish))
        await asyncio.sleep(0)
        commit = asyncio.create_task(consumer._commit_tps([tp], start_new_transaction=True))
        await asyncio.sleep(0)
        finish.set()
        await asyncio.gather(task, commit)
        assert committed == [{tp: 8}]
        assert hooked == [8]  # the hook ran after the record in progress, before the offsets were taken


async def test_a_commit_within_a_commit_reopens_the_gate_only_at_the_end() -> None:
    import asyncio

    from agents.transactions import CommitGate

    gate, log = CommitGate(), []

    async def record() -> None:
        async with gate.record():
            log.append("record")

    async with gate.committing():
        async with gate.committing():
            pass
        waiting = asyncio.create_task(record())
        await asyncio.sleep(0)
        assert log == []  # the outer commit still holds records back
    await waiting
    assert log == ["record"]


async def test_at_least_once_hands_the_commits_writes_over_with_the_gate_open_before_committing() -> None:
    """Under at_least_once the changelog records of the states written at a commit are handed to the producer
    once the offsets are taken: records may start meanwhile, and the offsets are committed only after the hand
    over (Faust's commit then flushes the producer). Under exactly_once the hook never runs (the writes join
    the transaction inside the gate)."""
    import asyncio

    from agents.transactions import InOrderConsumer, Positions, commit_gate

    tp = TP("app.moves", 2)
    consumer = InOrderConsumer.__new__(InOrderConsumer)
    consumer.app = SimpleNamespace()
    consumer.positions = Positions()
    consumer._acked, consumer._acked_index, consumer._gap = {tp: []}, {tp: {}}, {}
    consumer._committed_offset = {tp: None}
    log: list[str] = []

    async def handle_attached(offsets: dict[TP, int]) -> None:
        return None

    async def commit_offsets(offsets: dict[TP, int], start_new_transaction: bool = True) -> bool:
        log.append(f"commit {offsets[tp]}")
        return True

    consumer._handle_attached = handle_attached  # type: ignore[method-assign]
    consumer._commit_offsets = commit_offsets  # type: ignore[method-assign]
    gate = commit_gate(consumer.app)

    async def record() -> None:
        async with gate.record():
            log.append("record")

    async def hand_over() -> None:
        started = asyncio.create_task(record())
        await asyncio.sleep(0)
        await started
        log.append("hand over")

    gate.on_offsets_taken(hand_over)
    for in_transaction, expected in ((False, ["record", "hand over", "commit 4"]), (True, ["commit 4"])):
        log.clear()
        consumer.in_transaction = in_transaction  # type: ignore[misc]
        consumer.positions.processed(tp, 3)
        # inside the gate the record would wait for the commit, and the commit for the hook: a timeout, not a hang
        await asyncio.wait_for(consumer._commit_tps([tp], start_new_transaction=True), timeout=5)
        assert log == expected
