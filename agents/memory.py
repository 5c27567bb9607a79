"""The worker's memory at start-up: what it gives back once the extraction engine is built.

Building the engine (``streams.extract``) copies the instrument directory (~30,000 instruments, ~116,000
names) into Rust and allocates large temporary buffers. Afterwards the worker needs only the engine: the
Python index of names is released (:meth:`streams.directory.Directory.release_names`, ~34 MB of Python
objects that later allocations reuse), and the C allocator is asked to return its free pages to the system
(``malloc_trim``: ~50 MB of the engine build's temporaries that would otherwise stay in the process).

``malloc_trim`` is glibc's; elsewhere (musl, macOS) :func:`trim` does nothing.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
from typing import Any

_LIBC: Any = None


def _libc() -> Any:
    global _LIBC
    if _LIBC is None:
        try:
            _LIBC = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        except OSError:
            _LIBC = False
    return _LIBC


def trim() -> bool:
    """Collect garbage, then return the allocator's free memory to the system; False where unsupported."""
    gc.collect()
    libc = _libc()
    fn = getattr(libc, "malloc_trim", None) if libc else None
    if fn is None:
        return False
    fn.argtypes = [ctypes.c_size_t]
    fn.restype = ctypes.c_int
    fn(0)
    return True

