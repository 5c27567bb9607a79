"""Event-time window math, and nothing else.

Representation: every instant inside the window code is an ``int`` of **epoch milliseconds (UTC)** and every
duration is an ``int`` of milliseconds (names end in ``_ms``). Integers are exact, cheap to compare and hash,
and compact in the JSON state stored in the changelog. :func:`to_ms` and :func:`from_ms` convert at the
edges, where aware UTC ``datetime`` objects are used.

Windows are half-open intervals ``[start_ms, end_ms)`` aligned on the epoch:

* a *tumbling* window (a "pane") of size ``size_ms`` contains ``t`` when ``start = t - t % size_ms``;
* the *hopping* (rolling) windows of size ``size_ms`` stepping by ``step_ms`` that contain ``t`` are the
  windows whose start is a multiple of ``step_ms`` in ``(t - size_ms, t]``; with a size that is a multiple of
  the step there are ``size_ms // step_ms`` of them, each the union of consecutive panes;
* a window is *closed* once the watermark (the largest event time seen) reaches ``end_ms + grace_ms``: an
  event for a closed window is late.

Python's ``%`` floors, so times before 1970 (negative milliseconds) are aligned correctly too.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import NamedTuple

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


class Window(NamedTuple):
    """A half-open event-time interval ``[start_ms, end_ms)`` in epoch milliseconds."""

    start_ms: int
    end_ms: int

    def contains(self, t_ms: int) -> bool:
        return self.start_ms <= t_ms < self.end_ms

    @property
    def size_ms(self) -> int:
        return self.end_ms - self.start_ms

    @property
    def start(self) -> datetime:
        return from_ms(self.start_ms)

    @property
    def end(self) -> datetime:
        return from_ms(self.end_ms)


def to_ms(value: datetime) -> int:
    """Epoch milliseconds of an aware datetime (a naive one is taken as UTC); sub-millisecond parts floor."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    delta = value - _EPOCH
    return (delta.days * 86_400 + delta.seconds) * 1000 + delta.microseconds // 1000


def from_ms(t_ms: int) -> datetime:
    """Aware UTC datetime of epoch milliseconds (exact: no float rounding)."""
    return _EPOCH + timedelta(milliseconds=t_ms)


def seconds_to_ms(seconds: float) -> int:
    """Convert a configured duration in seconds to whole milliseconds."""
    return round(seconds * 1000)


def _check_positive(name: str, value_ms: int) -> None:
    if value_ms <= 0:
        raise ValueError(f"{name} must be positive, got {value_ms}")


def tumbling_start(t_ms: int, size_ms: int) -> int:
    """Start of the tumbling window of size ``size_ms`` that contains ``t_ms``."""
    _check_positive("size_ms", size_ms)
    return t_ms - t_ms % size_ms


def tumbling(t_ms: int, size_ms: int) -> Window:
    """The tumbling window (pane) of size ``size_ms`` that contains ``t_ms``."""
    start = tumbling_start(t_ms, size_ms)
    return Window(start, start + size_ms)


def hopping(t_ms: int, size_ms: int, step_ms: int) -> list[Window]:
    """All windows of size ``size_ms`` whose start is a multiple of ``step_ms`` and that contain ``t_ms``.

    Ordered by start, oldest first. ``hopping(t, s, s)`` is ``[tumbling(t, s)]``.
    """
    _check_positive("size_ms", size_ms)
    _check_positive("step_ms", step_ms)
    last = tumbling_start(t_ms, step_ms)
    first = tumbling_start(t_ms - size_ms, step_ms) + step_ms  # smallest multiple of step > t - size
    return [Window(start, start + size_ms) for start in range(first, last + 1, step_ms)]


def close_time_ms(window: Window, grace_ms: int) -> int:
    """Watermark at which ``window`` closes: its end plus the grace period."""
    if grace_ms < 0:
        raise ValueError(f"grace_ms must not be negative, got {grace_ms}")
    return window.end_ms + grace_ms


def is_closed(window: Window, grace_ms: int, watermark_ms: int | None) -> bool:
    """True when no more events may enter ``window``: ``end + grace <= watermark``.

    With no watermark yet (nothing seen), nothing is closed.
    """
    return watermark_ms is not None and close_time_ms(window, grace_ms) <= watermark_ms
