"""Article de-duplication over the ``seen`` table, within a horizon measured in record (arrival) time.

An article is a duplicate of an earlier one with the same id or the same content hash. The table holds one
entry per *group* of articles (the articles of one source partition processed together): key
``batch:<partition>:<first offset>``, value a list of ``[seen_ms, partition, offset, id, hash]`` per article.
So a group costs one changelog record, not two per article (each table write is a Kafka record). Look-ups go
through two in-memory indexes (id and hash -> the article's entry), filled as articles are remembered and
rebuilt from the table after a recovery. A group's entry is deleted once its newest article is older than the
horizon, while processing a record of the partition that wrote it, so the tombstone reaches the right
changelog partition and state stays bounded by the horizon.

Entries of the earlier layout (``id:<id>`` and ``hash:<hash>`` keys, ``[seen_ms, partition, offset]``), as
restored from an older changelog, are read and evicted the same way.

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

#: entries deleted at most per record processed (each deletion is a changelog tombstone)
MAX_EVICT_PER_RECORD = 8
BATCH_PREFIX = "batch:"

#: ``(seen_ms, partition, offset, id, hash)``; id or hash is None for an entry of the earlier layout
Entry = tuple[int, int, int, str | None, str | None]


class Deduper:
    def __init__(self, table: Any, horizon_s: int) -> None:
        self.table = table
        self.horizon_ms = horizon_s * 1000
        self._ids: dict[str, Entry] = {}
        self._hashes: dict[str, Entry] = {}
        # per partition, (newest seen_ms, table key, entries) in the order written
        self._expiry: dict[int, deque[tuple[int, str, list[Entry]]]] = defaultdict(deque)
        self._pending: dict[int, list[Entry]] = {}
        self._indexed: set[int] = set()

    @staticmethod
    def keys(article: Article) -> tuple[str, str]:
        """``(id, content hash)`` of an article."""
        return article.id, content_hash(article.headline, article.body)

    def is_duplicate(self, keys: tuple[str, str], now_ms: int, partition: int = -1, offset: int = -1) -> bool:
        for entry in (self._ids.get(keys[0]), self._hashes.get(keys[1])):
            if entry is None or now_ms - entry[0] >= self.horizon_ms:
                continue
            if entry[1] == partition and entry[2] == offset:
                continue  # this very record, read again after a crash
            return True
        return False

    def is_replay(self, keys: tuple[str, str], partition: int, offset: int) -> bool:
        """This very record was processed before (by an earlier run of a worker that did not commit it)."""
        entry = self._ids.get(keys[0])
        return entry is not None and entry[1] == partition and entry[2] == offset

    def remember(self, keys: tuple[str, str], partition: int, now_ms: int, offset: int = -1) -> None:
        """Note an article; its group's table entry is written by :meth:`flush`."""
        entry: Entry = (now_ms, partition, offset, keys[0], keys[1])
        self._ids[keys[0]] = entry
        self._hashes[keys[1]] = entry
        self._pending.setdefault(partition, []).append(entry)

    def flush(self, partition: int) -> None:
        """Write the articles remembered for ``partition`` since the last flush as one table entry."""
        entries = self._pending.pop(partition, None)
        if not entries:
            return
        key = f"{BATCH_PREFIX}{partition}:{entries[0][2]}"
        self.table[key] = entries
        self._expiry[partition].append((max(e[0] for e in entries), key, entries))

    def evict(self, partition: int, now_ms: int) -> int:
        """Delete up to a few expired entries of ``partition``; call it while processing that partition."""
        if partition not in self._indexed:
            self._index(partition)
        queue = self._expiry[partition]
        evicted = 0
        while queue and evicted < MAX_EVICT_PER_RECORD and now_ms - queue[0][0] >= self.horizon_ms:
            _, key, entries = queue.popleft()
            stored = self.table.get(key)
            if stored is not None and _newest(stored) == _newest(entries):
                del self.table[key]
                evicted += 1
            for entry in entries:
                self._unindex(entry)
        return evicted

    def _unindex(self, entry: Entry) -> None:
        for index, name in ((self._ids, entry[3]), (self._hashes, entry[4])):
            if name is not None:
                current = index.get(name)
                if current == entry:  # not an entry written since under the same name
                    del index[name]

    def _index(self, partition: int) -> None:
        """After recovery, learn the entries restored for ``partition`` (look-ups and expiry order)."""
        restored: list[tuple[int, str, list[Entry]]] = []
        for key, value in list(self.table.items()):
            if value is None:
                continue
            entries = _entries(key, value)
            if not entries or entries[0][1] != partition:
                continue
            for entry in entries:
                for index, name in ((self._ids, entry[3]), (self._hashes, entry[4])):
                    if name is not None and (name not in index or index[name][0] < entry[0]):
                        index[name] = entry
            restored.append((max(e[0] for e in entries), key, entries))
        restored.sort(key=lambda item: item[0])
        self._expiry[partition] = deque(restored)
        self._indexed.add(partition)

    def forget_partitions(self, partitions: set[int]) -> None:
        """Called on revocation: the entries of these partitions are re-indexed if they come back."""
        for partition in partitions:
            for _, _, entries in self._expiry.pop(partition, ()):
                for entry in entries:
                    self._unindex(entry)
            for entry in self._pending.pop(partition, ()):
                self._unindex(entry)
            self._indexed.discard(partition)


def _newest(value: Any) -> int:
    return max(int(e[0]) for e in value) if value and isinstance(value[0], list | tuple) else int(value[0])


def _entries(key: str, value: Any) -> list[Entry]:
    """The entries of one table item, in either layout."""
    if key.startswith(BATCH_PREFIX):
        return [(int(e[0]), int(e[1]), int(e[2]), e[3], e[4]) for e in value]
    if key.startswith("id:"):
        return [(int(value[0]), int(value[1]), int(value[2]), key[3:], None)]
    if key.startswith("hash:"):
        return [(int(value[0]), int(value[1]), int(value[2]), None, key[5:])]
    return []
