"""Work on a text done once and kept by the text's content.

One run asks the same questions of the same item texts many times: the proposal, the
notice's paragraph on the item, its checks and `items.json` each read the facts of the old
and new text, mask their references, score the notice's sentences. Each such function of a
text alone keeps its answers here. Only paragraph-sized texts are kept (a whole restated
section is worked on again), so a long session in the app cannot fill memory with them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Hashable
from functools import lru_cache, wraps
from typing import Any, TypeVar

CACHED_CHARS = 8000  # the longest text (or texts, together) kept
KEPT = 4096  # answers each function keeps, the oldest dropped first

K = TypeVar("K", bound=Hashable)
T = TypeVar("T")

# how many texts each kept function has worked on (answers not found kept), by its name:
# counted, so a test can see a repeated reading come back on any machine
READS: Counter[str] = Counter()
_CACHES: list[Any] = []


def _length(key: object) -> int:
    if isinstance(key, str):
        return len(key)
    assert isinstance(key, tuple)
    return sum(len(part) for part in key)


def kept_by_content(function: Callable[[K], T]) -> Callable[[K], T]:
    """`function` of one text (or a tuple of texts), its answers kept by content. The answer
    is shared by every caller: it must be one nobody changes (a str, a tuple, a frozen
    dataclass)."""
    name = function.__qualname__

    def worked(key: K) -> T:
        READS[name] += 1
        return function(key)

    kept = lru_cache(maxsize=KEPT)(worked)
    _CACHES.append(kept)

    @wraps(function)
    def answer(key: K) -> T:
        return kept(key) if _length(key) <= CACHED_CHARS else worked(key)

    return answer


def clear_caches() -> None:
    """For benchmarks that measure a first, cold run, and tests that count the work."""
    for cache in _CACHES:
        cache.cache_clear()
    READS.clear()
