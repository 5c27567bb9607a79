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


def _log_failure(fut: asyncio.Future[Any]) -> None:
    if not fut.cancelled() and fut.exception() is not None:
        log.warning("send failed: %r", fut.exception())
