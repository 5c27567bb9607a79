"""Fetched records handed to the agents' queues without a round of the event loop each.

Faust's fetch loop (``Consumer._drain_messages``) hands every fetched record to its agent with
``wait_first(deliver(record), suspend_flow.wait())``: four tasks and ``asyncio.wait`` per record, and at least
two rounds of the event loop, each of which lets the agents run a slice of their work first. With the agents
busy, a fetch of a few dozen records took that many slices to hand over, and the next fetch waited for it:
traced at 200 articles/s, records were 0.1-0.6 s old when fetched and the moves records took about a second
from their send to the aggregate agent, while the process was half idle.

:meth:`DirectDelivery.wait_first` recognises that call and, while the flow runs, awaits the delivery directly:
putting a record in a queue with room does not suspend, so a fetch is handed over in one go (Faust still
yields to the loop every 100 records). Anything else, or a suspended flow (a rebalance), goes to Faust's
``wait_first``. A delivery that does wait (a full queue) is still abandoned with the whole fetch loop when the
consumer stops, and a record of an older consumer generation is passed over by the agents (agents.pipeline).
"""

from __future__ import annotations

from collections.abc import Coroutine
from typing import Any

from mode.services import WaitResults


class DirectDelivery:
    """Mixin for Faust's consumer (see the module docstring)."""

    suspend_flow: Any
    _stopped: Any
    _crashed: Any

    async def wait_first(self, *coros: Any, timeout: Any = None) -> WaitResults:
        if len(coros) == 2 and timeout is None and _waits_on(coros[1], self.suspend_flow) \
                and not (self.suspend_flow.is_set() or self._stopped.is_set() or self._crashed.is_set()):
            coros[1].close()  # never awaited: the flow is running
            return WaitResults([coros[0]], [await coros[0]], False)
        return await super().wait_first(*coros, timeout=timeout)  # type: ignore[misc, no-any-return]


def _waits_on(coro: Any, event: Any) -> bool:
    """Is ``coro`` a not yet started ``event.wait()``?"""
    frame, code = getattr(coro, "cr_frame", None), getattr(coro, "cr_code", None)
    return isinstance(coro, Coroutine) and frame is not None and code is not None and code.co_name == "wait" \
        and frame.f_locals.get("self") is event
