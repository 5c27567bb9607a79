"""Idle instruments leave the window table once the low watermark has passed their horizon."""

from __future__ import annotations

from datetime import timedelta

import pytest

from streams.state import InstrumentState, apply, expire
from streams.windows import to_ms
from tests.unit.test_state import BASE, CONFIG, NOW, RULES, E

HORIZON_MIN = (CONFIG.rolling_size_s + CONFIG.grace_s) / 60  # minutes after a pane's start until it is evicted


def state_after(minutes: list[float]) -> InstrumentState:
    state = None
    for i, minute in enumerate(minutes):
        state = apply(state, E(f"a{i}", 8.0, minute, pos=i), config=CONFIG, rules=RULES, now=NOW).state
    assert state is not None
    return state


@pytest.mark.parametrize(
    ("minutes", "watermark_after_min", "empty"),
    [
        ([1], None, False),                          # no watermark known: keep everything
        ([1], 30, False),                            # window closed, but the rolling horizon has not passed
        ([1], HORIZON_MIN + 1, True),                # everything closed: the key can go
        ([1, 50], HORIZON_MIN + 1, False),           # a later pane is still inside the horizon
        ([1, 50], HORIZON_MIN + 60, True),
    ],
)
def test_expire(minutes: list[float], watermark_after_min: float | None, empty: bool) -> None:
    state = state_after(minutes)
    assert state.fired  # the 8% moves fired alerts, recorded until their window closes
    wm = None if watermark_after_min is None else to_ms(BASE + timedelta(minutes=watermark_after_min))
    assert expire(state, wm, CONFIG) is empty


def test_expire_never_moves_the_watermark_back() -> None:
    state = state_after([1])
    later = to_ms(BASE + timedelta(minutes=30))
    expire(state, later, CONFIG)
    expire(state, later - 60_000, CONFIG)
    assert state.watermark_ms == later
