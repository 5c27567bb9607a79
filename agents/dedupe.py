"""Article de-duplication over the ``seen`` table, within a horizon measured in record (arrival) time.

Keys are ``id:<article id>`` and ``hash:<content hash>``; values are ``[seen_ms, partition, offset]`` (one
tuple shared by an article's two keys in memory; the changelog holds it as a JSON array). An
entry is deleted once it is older than the horizon, while processing a record of the partition that wrote
it, so the tombstone reaches the right changelog partition and state stays bounded by the horizon.

A record is never a duplicate of itself: after a crash the record is read again from the last committed
offset, and its own entry may have reached the changelog while its moves (other partitions, other batches)
did not. Skipping it as a duplicate would lose them, so an entry written by the same partition and offset
does not count.
"""

from __future__ import annotations

from collections import defaultdict, deque
from typing import Any

from streams.articles import content_hash
from streams.model import Article

MAX_EVICT_PER_RECORD = 64


class Deduper:
    def __init__(self, table: Any, horizon_s: int) -> None:
        self.table = table
        self.horizon_ms = horizon_s * 1000
        # per partition, in the order remembered: each key and its seen_ms (the int of its table value), in two
        # deques (32 bytes per article; a (seen_ms, keys) tuple per article took 104)
        self._expiry: dict[int, tuple[deque[int], deque[str]]] = defaultdict(_queues)
        self._indexed: set[int] = set()

    @staticmethod
    def keys(article: Article) -> tuple[str, str]:
        return f"id:{article.id}", f"hash:{content_hash(article.headline, article.body)}"

    def is_duplicate(self, keys: tuple[str, ...], now_ms: int, partition: int = -1, offset: int = -1) -> bool:
        for key in keys:
            entry = self.table.get(key)
            if entry is None or now_ms - int(entry[0]) >= self.horizon_ms:
                continue
            if len(entry) > 2 and int(entry[1]) == partition and int(entry[2]) == offset:
                continue  # this very record, read again after a crash
            return True
        return False

    def is_replay(self, keys: tuple[str, ...], partition: int, offset: int) -> bool:
        """This very record was processed before (by an earlier run of a worker that did not commit it)."""
        entry = self.table.get(keys[0])
        return entry is not None and len(entry) > 2 and int(entry[1]) == partition and int(entry[2]) == offset

    def remember(self, keys: tuple[str, ...], partition: int, now_ms: int, offset: int = -1) -> None:
        value = (now_ms, partition, offset)
        for key in keys:
            self.table[key] = value
        times, queued = self._expiry[partition]
        for key in keys:
            times.append(now_ms)
            queued.append(key)

    def evict(self, partition: int, now_ms: int) -> int:
        """Delete up to a few expired entries of ``partition``; call it while processing that partition."""
        if partition not in self._indexed:
            self._index(partition)
        times, queued = self._expiry[partition]
        evicted = 0
        while times and evicted < MAX_EVICT_PER_RECORD and now_ms - times[0] >= self.horizon_ms:
            seen_ms, key = times.popleft(), queued.popleft()
            entry = self.table.get(key)
            if entry is not None and int(entry[0]) == seen_ms:
                del self.table[key]
                evicted += 1
        return evicted

    def _index(self, partition: int) -> None:
        """After recovery, learn the expiry order of the entries restored for ``partition``."""
        restored = sorted((int(v[0]), k) for k, v in self.table.items() if v is not None and v[1] == partition)
        self._expiry[partition] = (deque(seen_ms for seen_ms, _ in restored), deque(key for _, key in restored))
        self._indexed.add(partition)

    def forget_partitions(self, partitions: set[int]) -> None:
        """Called on revocation: the entries of these partitions are re-indexed if they come back."""
        for partition in partitions:
            self._expiry.pop(partition, None)
            self._indexed.discard(partition)


def _queues() -> tuple[deque[int], deque[str]]:
    return deque(), deque()
