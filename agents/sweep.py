"""Keeps the ``windows`` table bounded by the window horizon: instruments that stop getting events leave it.

Eviction inside :func:`streams.state.apply` only runs when an instrument gets a new event, so an instrument
mentioned once would stay forever. While processing a record of moves partition P, the sweeper looks at a
couple of P's least recently updated keys; a key whose newest pane is past the horizon under the low
watermark (confirmed by :func:`streams.state.expire`) is deleted, and its tombstone goes to P's changelog
partition, where the key lives. Table values (:class:`agents.stored.StoredState`) carry ``p`` (their
partition) and ``last`` (their newest pane start) so that this needs no decoding and can be rebuilt after a
restart.

Before the first deletion of a sweep, the partition's *floor* is written under ``__floor__:<partition>``
(same changelog partition, so it is restored whenever the tombstones after it are): the low watermark of the
sweep and the moves offset being processed. A move read again after a restart at or before that offset was
processed before (its key may be gone, which must not let it start a new, partial window), and the low
watermark after a restart is at least the floor's, before the partition's first marks have been read again.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Collection
from itertools import islice
from typing import Any

from agents.pending import PendingStates
from agents.stored import StoredState
from streams.state import InstrumentState, WindowConfig, expire

KEYS_PER_RECORD = 2
FLOOR_PREFIX = "__floor__:"


class Sweeper:
    def __init__(self, table: Any, config: WindowConfig) -> None:
        self.table = table
        self.config = config
        self.horizon_ms = config.rolling_ms + config.grace_ms
        self._order: dict[int, OrderedDict[str, None]] = {}
        self.cache = StateCache(config)
        self.pending = PendingStates(self, KEYS_PER_RECORD)  # states changed since the last commit

    @staticmethod
    def stored_value(state: InstrumentState, partition: int, offset: int = -1, carried: Any = None) -> StoredState:
        """The table value of ``state`` (:class:`agents.stored.StoredState`): its JSON with the sweeper's two
        fields and ``o``, the moves offset of the last event folded in (a move read again at or before it is
        applied already); ``carried`` (``agents.fold._Carried``) adds what the run's watermark evicted."""
        if carried is None:
            return StoredState.of(state, partition, offset)
        return StoredState.of(state, partition, offset, carried_panes=carried.sorted_panes(),
                              carried_fired=carried.fired)

    def touched(self, partition: int, key: str) -> None:
        order = self._keys(partition)
        order[key] = None
        order.move_to_end(key)

    def floor(self, partition: int) -> dict[str, int] | None:
        """``{"wm": low watermark ms, "o": moves offset}`` of the partition's last sweep that deleted keys."""
        value = self.table.get(f"{FLOOR_PREFIX}{partition}")
        return value if isinstance(value, dict) else None

    def sweep(self, partition: int, watermark_ms: int | None, current_key: str, offset: int = -1,
              skip: Collection[str] = (), budget: int = KEYS_PER_RECORD) -> int:
        """Delete up to ``budget`` expired keys of ``partition`` (not ``current_key`` nor those in ``skip``, the
        keys the record updates); call while processing the record at ``offset``, after its state writes."""
        if watermark_ms is None:
            return 0
        order = self._keys(partition)
        deleted = 0
        for key in list(islice(order, budget)):  # the oldest few, without copying the rest
            if key == current_key or key in skip:
                continue
            stored = self.table.get(key)
            if not isinstance(stored, StoredState):
                order.pop(key, None)
            elif stored.last + self.horizon_ms <= watermark_ms and expire(stored.state(), watermark_ms, self.config):
                if not deleted:
                    self.table[f"{FLOOR_PREFIX}{partition}"] = {"wm": watermark_ms, "o": offset}
                del self.table[key]
                self.cache.drop(key)
                order.pop(key, None)
                deleted += 1
            else:
                order.move_to_end(key)
        return deleted

    def forget(self, partitions: set[int]) -> None:
        for partition in partitions:
            self._order.pop(partition, None)

    def _keys(self, partition: int) -> OrderedDict[str, None]:
        order = self._order.get(partition)
        if order is None:  # first record of this partition since the assignment: learn its restored keys
            restored = sorted((v.last, k) for k, v in self.table.items()
                              if isinstance(v, StoredState) and v.p == partition)
            order = self._order[partition] = OrderedDict((k, None) for _, k in restored)
        return order


class StateCache:
    """Decoded window state per instrument key, reused while the table still holds the very value (the same
    object) that was stored with it: decoding the JSON-form state on every move was most of the fold's cost.

    After a restore from the changelog, with a store that returns copies (RocksDB), or after an eviction, the
    identity test fails and the value is decoded again, so the cache can never serve stale state.
    """

    def __init__(self, config: WindowConfig | None = None, max_keys: int = 100_000) -> None:
        self.config = config
        self.max_keys = max_keys
        self._items: dict[str, tuple[Any, InstrumentState]] = {}

    def get(self, key: str, stored: Any) -> InstrumentState | None:
        if stored is None:
            return None
        item = self._items.get(key)
        if item is not None and item[0] is stored:
            return item[1]
        state: InstrumentState = stored.state()
        if self.config is not None:
            # a stored value may hold panes and fired records past its own watermark, written with the run
            # that evicted them (agents.fold); the state as it was then has them evicted
            expire(state, None, self.config)
        return state

    def put(self, key: str, stored: Any, state: InstrumentState) -> None:
        self._items.pop(key, None)
        self._items[key] = (stored, state)
        if len(self._items) > self.max_keys:
            del self._items[next(iter(self._items))]  # the least recently written

    def drop(self, key: str) -> None:
        self._items.pop(key, None)

    def __len__(self) -> int:
        return len(self._items)
