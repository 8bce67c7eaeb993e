"""Memory a test frees is given back to the system after it, so that a whole run's resident
memory does not grow with every test (tests/support/freed_memory.py)."""

from __future__ import annotations

import gc

from tests.support.freed_memory import give_back_freed_memory, resident_mb


def test_memory_freed_between_live_objects_is_given_back() -> None:
    # 100 MB of blocks the C library's malloc serves (past the small-object allocator),
    # every hundredth one kept alive, so the freed ones lie between live ones
    blocks = [bytes(2048) for _ in range(50_000)]
    kept = blocks[::100]
    del blocks
    gc.collect()
    before = resident_mb()
    assert give_back_freed_memory()
    after = resident_mb()
    assert len(kept) == 500
    assert before - after > 50, (before, after)  # most of the 98 MB freed is given back
