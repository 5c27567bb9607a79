"""The worker's memory at start-up: what it gives back once the extraction engine is built.

Building the engine (``streams.extract``) copies the instrument directory (~30,000 instruments, ~116,000
names) into Rust and allocates large temporary buffers. Afterwards the worker needs only the engine: the
Python index of names is released (:meth:`streams.directory.Directory.release_names`, ~34 MB of Python
objects that later allocations reuse), and the C allocator is asked to return its free pages to the system
(``malloc_trim``: ~50 MB of the engine build's temporaries that would otherwise stay in the process).
The allocator keeps one arena for all threads (:func:`limit_arenas`).

``malloc_trim`` and ``mallopt`` are glibc's; elsewhere (musl, macOS) these functions do nothing.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import os
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


#: glibc's mallopt parameter for the number of allocator arenas
M_ARENA_MAX = -8
#: arenas for the worker: Faust's consumer thread otherwise gets one of its own, where the fetched records'
#: buffers left 35-40 MB of free memory resident; with one arena the memory bench measured 308.4 -> 303.8 MB
#: at 100,000 articles (229.7 -> 219.2 at 10,000)
WORKER_ARENAS = 1


def limit_arenas(arenas: int = WORKER_ARENAS) -> bool:
    """Cap the C allocator's arenas (before the threads start); a ``MALLOC_ARENA_MAX`` set in the environment
    is left as it is. False where unsupported or not done."""
    libc = _libc()
    fn = getattr(libc, "mallopt", None) if libc else None
    if fn is None or os.environ.get("MALLOC_ARENA_MAX"):
        return False
    fn.argtypes = [ctypes.c_int, ctypes.c_int]
    fn.restype = ctypes.c_int
    return bool(fn(M_ARENA_MAX, arenas))


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

