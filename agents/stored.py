"""The ``windows`` table's values: each instrument's window state as JSON text, encoded once when written.

A table value used to be the state's dict form (:meth:`streams.state.InstrumentState.to_dict` plus the
sweeper's fields), and each Rust pane also kept its own dict form until it changed: next to the Rust state the
fold uses (:class:`agents.sweep.StateCache`), every state was held a second time in Python objects (a Python
int per event digest), which took the worker over its memory goal. Now a value is a :class:`StoredState`:
the bytes of the changelog record, written by the panes in Rust (``Pane.to_json``) without a Python copy,
and the three fields the agents read without decoding:

- ``p``: the moves partition of the key (the sweeper's order after a restart);
- ``o``: the moves offset of the last record folded in (a record read again at or before it was applied);
- ``last``: the start of the newest pane (the sweeper's expiry test).

The JSON object is the same as before (``v``, ``wm``, ``panes``, ``fired``, ``p``, ``o``, ``last``), so a
changelog written by an earlier version restores, and subscribers of the changelog see no change. The table's
codec (:class:`StateCodec`, registered as :data:`CODEC`) writes a StoredState's bytes as they are and reads a
changelog record holding a state back into one; the table's other values (the sweeper's floors) are plain
JSON objects both ways.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import orjson
from faust.serializers import codecs

from streams.state import STATE_VERSION, InstrumentState

#: the name of :class:`StateCodec` in Faust's codec registry (the ``windows`` table's value serializer)
CODEC = "headlines-state"


class StoredState:
    """One state's table value: its JSON text and the fields ``p``, ``o`` and ``last`` (see the module)."""

    __slots__ = ("last", "o", "p", "raw")

    def __init__(self, raw: bytes, p: int, o: int, last: int) -> None:
        self.raw, self.p, self.o, self.last = raw, p, o, last

    @classmethod
    def of(cls, state: InstrumentState, partition: int, offset: int, *, carried_panes: Iterable[Any] = (),
           carried_fired: Mapping[tuple[int, int, str, str], str] | None = None) -> StoredState:
        """Encode ``state``; ``carried_panes`` (in start order) and ``carried_fired`` join it (``agents.fold``:
        what the watermark evicted during the run); every pane counts as encoded afterwards."""
        fired = dict(state.fired)
        if carried_fired:
            fired.update(carried_fired)
        last = max(state.panes) if state.panes else 0
        head = orjson.dumps({
            "v": STATE_VERSION, "wm": state.watermark_ms,
            "fired": [[s, e, d, r, sev] for (s, e, d, r), sev in sorted(fired.items())],
            "p": partition, "o": offset, "last": last})
        panes = [pane.to_json() for pane in carried_panes]
        panes += [pane.to_json() for _, pane in sorted(state.panes.items())]
        return cls(b"".join((head[:-1], b',"panes":[', b",".join(panes), b"]}")), partition, offset, last)

    @classmethod
    def decode(cls, raw: bytes) -> StoredState | dict[str, Any]:
        """A changelog record's value: a StoredState for a state, the decoded object for anything else."""
        value = orjson.loads(raw)
        if isinstance(value, dict) and "panes" in value:
            return cls(bytes(raw), int(value.get("p", -1)), int(value.get("o", -1)), int(value.get("last", 0)))
        return value  # type: ignore[no-any-return]

    def value(self) -> dict[str, Any]:
        """The decoded JSON object."""
        return orjson.loads(self.raw)  # type: ignore[no-any-return]

    def state(self) -> InstrumentState:
        return InstrumentState.from_dict(self.value())

    def __eq__(self, other: object) -> bool:
        return isinstance(other, StoredState) and other.raw == self.raw

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"StoredState(p={self.p}, o={self.o}, last={self.last}, {len(self.raw)} bytes)"


class StateCodec(codecs.Codec):
    """The ``windows`` table's value codec (see the module docstring)."""

    def _dumps(self, obj: Any) -> bytes:
        return obj.raw if isinstance(obj, StoredState) else orjson.dumps(obj)

    def _loads(self, s: bytes) -> Any:
        return StoredState.decode(s)


codecs.register(CODEC, StateCodec())
