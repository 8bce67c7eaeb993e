"""A test run gives back to the system the memory its tests freed.

The window tests draft on worker threads, and glibc keeps what each thread's arena freed for
later use: a whole run's resident memory grew to gigabytes with no object left alive (a
window, a document). After each test the freed pages are returned (`malloc_trim`)."""

from __future__ import annotations

import ctypes
import ctypes.util
from functools import cache


@cache
def _trim() -> ctypes._CFuncPtr | None:  # type: ignore[name-defined]
    name = ctypes.util.find_library("c")
    if name is None:
        return None
    try:
        return ctypes.CDLL(name).malloc_trim  # glibc only
    except (OSError, AttributeError):
        return None


def give_back_freed_memory() -> bool:
    """Return the free pages of every arena to the system; False where the C library has
    no such call (another libc, macOS, Windows)."""
    trim = _trim()
    if trim is None:
        return False
    trim(0)
    return True


def resident_mb() -> float:
    """This process's resident memory (Linux), for the test of the above."""
    with open("/proc/self/statm", encoding="ascii") as statm:
        pages = int(statm.read().split()[1])
    return pages * 4096 / 2**20
