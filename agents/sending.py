"""Sends on the hot path: straight to the producer Faust would use, without its per-message machinery.

``faust.Topic.send`` builds a pending message and a future message, runs serializers (none for our raw
bytes) and send sensors, and wraps the producer's future in a callback: per alert and per moves record that
is a good part of the cost of the send itself. :class:`RawTopic.send` hands the bytes to the same producer
Faust picks (``app.maybe_start_producer()``: under ``exactly_once`` the transaction manager, so a send made
while processing an event joins the transaction of the event's source partition, agents.transactions),
with the same partitioning (the producer's, by key, when no partition is given). A failed send is logged,
as Faust logs it; a caller that needs the delivery awaits the returned future.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import Any

import faust

log = logging.getLogger("headlines.worker")


class RawTopic(faust.Topic):
    """A topic of raw bytes whose plain sends (bytes key and value, no callback) skip Faust's wrapping."""

    async def send(self, *, key: Any = None, value: Any = None, partition: int | None = None,
                   timestamp: float | None = None, headers: Any = None, **kwargs: Any) -> Any:
        if kwargs or not isinstance(value, bytes) or not (key is None or isinstance(key, bytes)):
            return await super().send(key=key, value=value, partition=partition, timestamp=timestamp,
                                      headers=headers, **kwargs)
        producer = await self.app.maybe_start_producer()
        fut: asyncio.Future[Any] = await producer.send(self.get_topic_name(), key, value, partition, timestamp,
                                                       headers)
        fut.add_done_callback(_log_failure)
        return fut

    async def send_many(self, records: list[tuple[bytes, bytes]]) -> list[Any]:
        """Send ``(key, value)`` records, partitioned by key as :meth:`send` does, as one batch per partition
        (aiokafka's ``send_batch``): one future per batch, not per record. Under ``exactly_once`` the batches
        join the transaction of the current event's source partition, as single sends do."""
        manager = await self.app.maybe_start_producer()
        driver = getattr(manager, "producer", manager)  # the transaction manager wraps Faust's producer
        event = faust.current_event()
        lock: Any = None
        source_tid = getattr(manager, "source_transactional_id", None)
        if source_tid is not None and event is not None:
            tid = source_tid(event.message.tp)
            producer = driver._transaction_producers.get(tid)
            lock = driver._trn_locks.get(tid)
        else:
            producer = driver._ensure_producer()
        if producer is None:  # not the aiokafka driver, or no transaction yet: one by one
            return [await self.send(key=key, value=value) for key, value in records]
        topic = self.get_topic_name()
        await producer.client._wait_on_metadata(topic)
        by_partition: dict[int, list[tuple[bytes, bytes]]] = {}
        for key, value in records:
            by_partition.setdefault(producer._partition(topic, None, key, value, key, value), []).append((key, value))
        futures: list[Any] = []
        async with lock if lock is not None else contextlib.nullcontext():
            for partition, items in by_partition.items():
                batch = producer.create_batch()
                for key, value in items:
                    if batch.append(key=key, value=value, timestamp=None) is None:
                        futures.append(await producer.send_batch(batch, topic, partition=partition))
                        batch = producer.create_batch()
                        batch.append(key=key, value=value, timestamp=None)
                futures.append(await producer.send_batch(batch, topic, partition=partition))
        for fut in futures:
            fut.add_done_callback(_log_failure)
        return futures


def _log_failure(fut: asyncio.Future[Any]) -> None:
    if not fut.cancelled() and fut.exception() is not None:
        log.warning("send failed: %r", fut.exception())
