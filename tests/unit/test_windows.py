"""Event-time window math on epoch milliseconds."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from streams.windows import (
    Window,
    close_time_ms,
    from_ms,
    hopping,
    is_closed,
    seconds_to_ms,
    to_ms,
    tumbling,
    tumbling_start,
)

MIN = 60_000
T0 = to_ms(datetime(2025, 3, 7, 9, 0, tzinfo=UTC))  # a 15-minute boundary


@pytest.mark.parametrize(
    ("value", "expected_ms"),
    [
        (datetime(1970, 1, 1, tzinfo=UTC), 0),
        (datetime(1970, 1, 1, 0, 0, 1, 999, tzinfo=UTC), 1000),  # sub-millisecond floors
        (datetime(1970, 1, 1, 0, 0, 1, 1999, tzinfo=UTC), 1001),
        (datetime(1969, 12, 31, 23, 59, 59, tzinfo=UTC), -1000),
        (datetime(2025, 3, 7, 17, 0, tzinfo=timezone(timedelta(hours=8))), T0),
        (datetime(2025, 3, 7, 9, 0), T0),  # naive is UTC
    ],
)
def test_to_ms(value: datetime, expected_ms: int) -> None:
    assert to_ms(value) == expected_ms


@pytest.mark.parametrize("t_ms", [0, 1, -1, T0, T0 + 123, 253402300799999])
def test_from_ms_round_trips_and_is_aware_utc(t_ms: int) -> None:
    value = from_ms(t_ms)
    assert value.tzinfo is not None and value.utcoffset() == timedelta(0)
    assert to_ms(value) == t_ms


@pytest.mark.parametrize(
    ("t_ms", "size_ms", "window"),
    [
        (T0, 15 * MIN, Window(T0, T0 + 15 * MIN)),  # on the boundary: starts there
        (T0 + 15 * MIN - 1, 15 * MIN, Window(T0, T0 + 15 * MIN)),  # last millisecond of the window
        (T0 + 15 * MIN, 15 * MIN, Window(T0 + 15 * MIN, T0 + 30 * MIN)),  # end is exclusive
        (T0 + 7 * MIN, 15 * MIN, Window(T0, T0 + 15 * MIN)),
        (T0 + 7 * MIN, 60 * MIN, Window(T0, T0 + 60 * MIN)),
        (-1, 1000, Window(-1000, 0)),  # before the epoch floors too
        (0, 1000, Window(0, 1000)),
    ],
)
def test_tumbling(t_ms: int, size_ms: int, window: Window) -> None:
    assert tumbling(t_ms, size_ms) == window
    assert tumbling_start(t_ms, size_ms) == window.start_ms
    assert window.contains(t_ms)
    assert window.size_ms == size_ms


@pytest.mark.parametrize(
    ("t_ms", "size_ms", "step_ms", "starts"),
    [
        # 1 h windows stepping by 15 min: four windows contain any instant
        (T0 + 7 * MIN, 60 * MIN, 15 * MIN, [T0 - 45 * MIN, T0 - 30 * MIN, T0 - 15 * MIN, T0]),
        (T0, 60 * MIN, 15 * MIN, [T0 - 45 * MIN, T0 - 30 * MIN, T0 - 15 * MIN, T0]),
        (T0 - 1, 60 * MIN, 15 * MIN, [T0 - 60 * MIN, T0 - 45 * MIN, T0 - 30 * MIN, T0 - 15 * MIN]),
        # size equal to the step: the tumbling window
        (T0 + 7 * MIN, 15 * MIN, 15 * MIN, [T0]),
        # size not a multiple of the step
        (T0 + 7 * MIN, 20 * MIN, 15 * MIN, [T0]),  # [8:45, 9:05) ends before 9:07
        (T0 + 1 * MIN, 20 * MIN, 15 * MIN, [T0 - 15 * MIN, T0]),
    ],
)
def test_hopping(t_ms: int, size_ms: int, step_ms: int, starts: list[int]) -> None:
    windows = hopping(t_ms, size_ms, step_ms)
    assert [w.start_ms for w in windows] == starts
    assert all(w.contains(t_ms) and w.size_ms == size_ms for w in windows)


@pytest.mark.parametrize(
    ("window", "grace_ms", "watermark_ms", "closed"),
    [
        (Window(T0, T0 + 15 * MIN), 5 * MIN, None, False),  # nothing seen yet
        (Window(T0, T0 + 15 * MIN), 5 * MIN, T0 + 19 * MIN, False),
        (Window(T0, T0 + 15 * MIN), 5 * MIN, T0 + 20 * MIN - 1, False),
        (Window(T0, T0 + 15 * MIN), 5 * MIN, T0 + 20 * MIN, True),  # end + grace <= watermark
        (Window(T0, T0 + 15 * MIN), 0, T0 + 15 * MIN, True),
        (Window(T0, T0 + 15 * MIN), 0, T0 + 15 * MIN - 1, False),
    ],
)
def test_is_closed(window: Window, grace_ms: int, watermark_ms: int | None, closed: bool) -> None:
    assert is_closed(window, grace_ms, watermark_ms) is closed
    assert close_time_ms(window, grace_ms) == window.end_ms + grace_ms


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: tumbling(0, 0), "size_ms"),
        (lambda: hopping(0, 60, 0), "step_ms"),
        (lambda: hopping(0, -60, 15), "size_ms"),
        (lambda: close_time_ms(Window(0, 1), -1), "grace_ms"),
    ],
)
def test_bad_sizes_are_refused(call: object, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        call()  # type: ignore[operator]


@pytest.mark.parametrize(("seconds", "ms"), [(900, 900_000), (0.5, 500), (0.0004, 0), (1.0015, 1002)])
def test_seconds_to_ms(seconds: float, ms: int) -> None:
    assert seconds_to_ms(seconds) == ms


def test_window_datetimes() -> None:
    window = Window(T0, T0 + 15 * MIN)
    assert window.start == datetime(2025, 3, 7, 9, 0, tzinfo=UTC)
    assert window.end == datetime(2025, 3, 7, 9, 15, tzinfo=UTC)
