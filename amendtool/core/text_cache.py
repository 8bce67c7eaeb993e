"""Work on a text done once and kept by the text's content.

One run asks the same questions of the same item texts many times: the proposal, the
notice's paragraph on the item, its checks and `items.json` each read the facts of the old
and new text, mask their references, score the notice's sentences. Each such function of a
text alone keeps its answers here. Paragraph-sized texts are kept for every paragraph of
two documents, up to a bound on their characters; of longer ones (a whole restated section)
only the last two asked about, so a long session in the app cannot fill memory with them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Hashable
from functools import _lru_cache_wrapper, lru_cache, update_wrapper, wraps
from typing import Any, TypeVar

CACHED_CHARS = 8000  # the longest text (or texts, together) kept among the many
# longer texts (a whole restated section, a long table the revision adds): only the last few
# asked about, which one draft's proposal, notice and checks each read again
LONG_KEPT = 2

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

    worked.__module__, worked.__qualname__ = function.__module__, name
    # asked about every paragraph of both documents on each pass (the facts of every table
    # row): a cache smaller than one pass keeps nothing, so it holds one, bounded by characters
    kept = bounded_cache(EVERY_PARAGRAPH)(worked)
    long_kept = lru_cache(maxsize=LONG_KEPT)(worked)
    _CACHES.extend([kept, long_kept])

    @wraps(function)
    def answer(key: K) -> T:
        # a text's length read here, not by a call: asked tens of thousands of times a draft
        size = len(key) if isinstance(key, str) else _length(key)
        return kept(key) if size <= CACHED_CHARS else long_kept(key)

    return answer


# Characters of the questions (the texts a function was asked about) each cache of texts
# keeps at most: counted as answers are worked out; past it the cache starts again. A
# 300-page offer and its revision hold about 2,400,000 characters; a process that drafts
# many offers (a long session, a test run) keeps no more than this of each cache.
KEPT_CHARACTERS = 16_000_000
# Answers of a cache asked about every paragraph of both documents, again on each pass
# (folding, sentence splitting): every paragraph and table cell of two documents at the
# limit (text_limits.MAX_UNITS). A cache smaller than one pass keeps nothing of use, since
# its oldest answers go just before they are asked for again: a table of 20,000 rows was
# folded 28 times over. The characters above bound what such a cache holds.
EVERY_PARAGRAPH = 200_000
# each cache of texts, by name: [characters asked about since it last started again, cache]
_BOUNDED: dict[str, list[Any]] = {}


def bounded_cache(maxsize: int) -> Callable[[Callable[..., T]], _lru_cache_wrapper[T]]:
    """`functools.lru_cache(maxsize)`, also bounded by the characters of what was asked:
    whole sections and long tables are keys too, and thousands of them would keep gigabytes.
    A cache past `KEPT_CHARACTERS` is emptied and fills again (its answers are the same
    either way); only answers worked out are counted, so a hit costs what lru_cache's does.
    Emptied by its module's clear_caches, its count starts again then, not at the next
    question: a question worked out asks the cache nothing (thousands of them a draft)."""

    def wrap(function: Callable[..., T]) -> _lru_cache_wrapper[T]:
        name = f"{function.__module__}.{function.__qualname__}"
        state: list[Any] = [0, None]

        def worked(*args: Any, **named: Any) -> T:
            if named:
                size = _characters(args) + _characters(tuple(named.values()))
            elif len(args) == 1 and type(args[0]) is str:
                size = len(args[0])  # one text: most questions, a table's every row
            else:
                size = _characters(args)
            state[0] += size
            if state[0] > KEPT_CHARACTERS:
                state[1].cache_clear()
                state[0] = size
            return function(*args, **named)

        kept = lru_cache(maxsize=maxsize)(worked)
        update_wrapper(kept, function)
        emptied = kept.cache_clear

        def cache_clear() -> None:
            emptied()
            state[0] = 0

        setattr(kept, "cache_clear", cache_clear)  # noqa: B010 (mypy: lru_cache's own method)
        state[1] = kept
        _BOUNDED[name] = state
        return kept

    return wrap


def kept_characters() -> dict[str, int]:
    """Characters asked about that each cache of texts may still hold, by its name: an
    emptied cache holds none, though its count starts again only at its next question."""
    return {
        name: state[0] if state[1].cache_info().currsize else 0 for name, state in _BOUNDED.items()
    }


def _characters(value: object) -> int:
    if isinstance(value, str):
        return len(value)
    if isinstance(value, tuple):
        total = 0
        for part in value:  # most questions: two texts, or a tuple of paragraphs
            total += len(part) if type(part) is str else _characters(part)
        return total
    return 0


def clear_caches() -> None:
    """For benchmarks that measure a first, cold run, and tests that count the work: every
    cache of texts emptied, those of the plain notice and the deadlines too."""
    for cache in _CACHES:
        cache.cache_clear()
    for _, cache in _BOUNDED.values():
        cache.cache_clear()
    READS.clear()
