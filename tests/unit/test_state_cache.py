"""agents.sweep.StateCache: decoded state is reused only for the very table value it was stored with."""

from __future__ import annotations

from agents.stored import StoredState
from agents.sweep import StateCache
from streams.state import InstrumentState


def stored(watermark_ms: int) -> StoredState:
    return StoredState.of(InstrumentState(watermark_ms=watermark_ms), 0, -1)


def test_same_object_gives_the_cached_state() -> None:
    cache = StateCache()
    value, state = stored(1), InstrumentState(watermark_ms=1)
    cache.put("HSI", value, state)
    assert cache.get("HSI", value) is state


def test_an_equal_copy_is_decoded_again() -> None:
    # after a restore from the changelog, or with a store that returns copies, the object differs
    cache = StateCache()
    value, state = stored(1), InstrumentState(watermark_ms=99)  # deliberately different: shows which was used
    cache.put("HSI", value, state)
    got = cache.get("HSI", StoredState.decode(value.raw))
    assert got is not state and got == InstrumentState(watermark_ms=1)


def test_missing_value_and_dropped_key() -> None:
    cache = StateCache()
    value = stored(1)
    cache.put("HSI", value, InstrumentState(watermark_ms=99))
    assert cache.get("HSI", None) is None
    cache.drop("HSI")
    assert cache.get("HSI", value) == InstrumentState(watermark_ms=1)


def test_bounded_by_max_keys_dropping_the_least_recently_written() -> None:
    cache = StateCache(max_keys=2)
    values = {key: stored(i) for i, key in enumerate(["a", "b", "c"])}
    for key, value in values.items():
        cache.put(key, value, InstrumentState(watermark_ms=99))
    assert len(cache) == 2
    assert cache.get("a", values["a"]) == InstrumentState(watermark_ms=0)  # decoded: "a" was dropped
    assert cache.get("c", values["c"]) == InstrumentState(watermark_ms=99)
