"""Liveness: a worker that owns unread records but hands none to its agents for too long is stalled.

Seen in clean-clone CI on a loaded machine: after a take-over or a restart, a worker restored its tables,
logged "Worker ready", then processed nothing for minutes, with no error. The watchdog tells ops (a log line
with the consumer's flow state, to find the cause), tries the remedy for a partition left paused or a flow
left stopped, and when that does not help either, stops the worker with an error: a restarted worker goes on
from the committed offsets, which loses nothing in either processing guarantee, while a stalled one holds
its partitions for ever.

:class:`StallDetector` is the decision, a plain object with time passed in; :func:`check` wires it to the
Faust app.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

log = logging.getLogger("headlines.worker")

OK = "ok"
STALLED = "stalled"  # first verdict of a stall: report it and try the remedy
GIVE_UP = "give_up"  # still stalled one more timeout after the remedy: stop the worker


class WorkerStalled(RuntimeError):
    """The worker owned unread records and handed none to its agents, even after the remedy."""


@dataclass
class StallDetector:
    """Verdicts from the agents' activity (:meth:`tick` per record handed over) and whether an owned
    partition has records left to read; the time is passed in."""

    timeout_s: float
    activity: int = 0
    _seen: int = -1
    _since_s: float | None = None
    _reported: bool = False

    def tick(self) -> None:
        self.activity += 1

    def observe(self, now_s: float, backlog: bool, recovering: bool = False) -> str:
        """``recovering``: tables are being restored, which can legitimately take long: reported, never
        given up on."""
        if self.activity != self._seen or not backlog:
            self._seen, self._since_s, self._reported = self.activity, now_s if backlog else None, False
            return OK
        if self._since_s is None:  # the backlog is new
            self._since_s = now_s
            return OK
        quiet_s = now_s - self._since_s
        if not self._reported:
            if quiet_s < self.timeout_s:
                return OK
            self._reported = True
            return STALLED
        return GIVE_UP if quiet_s >= 2 * self.timeout_s and not recovering else OK


def backlog(consumer: Any, topics: set[str], next_offsets: dict[Any, int | None]) -> list[Any]:
    """Owned partitions of ``topics`` whose high-water mark is more than one record (a transaction marker)
    past the next offset to process (``next_offsets``, else the committed offset)."""
    behind = []
    for tp in consumer.assignment():
        if tp.topic not in topics:
            continue
        highwater = consumer.highwater(tp)
        position = next_offsets.get(tp)
        if position is None:
            position = consumer._committed_offset.get(tp) or 0
        if highwater is not None and highwater - position > 1:
            behind.append(tp)
    return behind


def flow_state(app: Any, extra: dict[str, Any]) -> str:
    """One line with what decides whether records flow to the agents (for the stall report)."""
    consumer = app.consumer
    parts = {
        "rebalancing": getattr(app, "rebalancing", None),
        "in_recovery": getattr(app, "in_recovery", None),
        "flow_active": getattr(consumer, "flow_active", None),
        "assigned": sorted(map(str, consumer.assignment())),
        "active": sorted(map(str, getattr(consumer, "_active_partitions", None) or ())),
        "paused": sorted(map(str, getattr(consumer, "_paused_partitions", None) or ())),
        "buffered": sorted(map(str, getattr(consumer, "_buffered_partitions", None) or ())),
        "unacked": len(getattr(consumer, "_unacked_messages", ()) or ()),
        **extra,
    }
    return ", ".join(f"{k}={v}" for k, v in parts.items())


def resume(app: Any, tps: list[Any]) -> None:
    """The remedy for a partition left paused or a flow left stopped (never during table recovery)."""
    consumer = app.consumer
    if getattr(app, "in_recovery", False):
        return
    consumer.resume_partitions(tps)
    if not consumer.flow_active:
        consumer.resume_flow()
    app.flow_control.resume()
