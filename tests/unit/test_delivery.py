"""Fetched records go straight to the agents' queues while the flow runs (agents.delivery)."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from mode.utils.locks import Event

from agents.delivery import DirectDelivery


class FaustLike:
    """Stands in for Faust's ``Service.wait_first``: notes that it was used."""

    def __init__(self) -> None:
        self.fallbacks = 0

    async def wait_first(self, *coros: Any, timeout: Any = None) -> Any:
        self.fallbacks += 1
        for coro in coros:
            if asyncio.iscoroutine(coro):
                coro.close()
        return None


class Consumer(DirectDelivery, FaustLike):
    def __init__(self) -> None:
        super().__init__()
        self.suspend_flow, self._stopped, self._crashed = Event(), Event(), Event()
        self.delivered: list[int] = []

    async def deliver(self, record: int) -> int:
        self.delivered.append(record)
        return record


@pytest.mark.parametrize(("suspended", "stopped", "direct"), [
    (False, False, True),  # the flow runs: delivered at once, no tasks
    (True, False, False),  # a rebalance suspended the flow: Faust's race between delivery and the flow
    (False, True, False),  # stopping: Faust's wait, which also watches the stop
])
async def test_a_record_is_delivered_directly_only_while_the_flow_runs(
        suspended: bool, stopped: bool, direct: bool) -> None:
    consumer = Consumer()
    if suspended:
        consumer.suspend_flow.set()
    if stopped:
        consumer._stopped.set()
    result = await consumer.wait_first(consumer.deliver(7), consumer.suspend_flow.wait())
    assert (consumer.delivered == [7]) is direct
    assert consumer.fallbacks == (0 if direct else 1)
    if direct:
        assert result.results == [7] and not result.stopped


async def test_other_waits_are_left_to_faust() -> None:
    consumer, other = Consumer(), Event()
    await consumer.wait_first(consumer.deliver(1), other.wait())  # not the flow's event
    await consumer.wait_first(consumer.deliver(2), consumer.suspend_flow.wait(), timeout=1.0)
    assert consumer.fallbacks == 2 and consumer.delivered == []
