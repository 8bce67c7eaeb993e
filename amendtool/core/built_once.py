"""What is built from an amendment once while no one edits it: writing every output and
running every check ask for the filing, its exhibit, the notice and the checks' findings
again and again (the plain notice reads every item's facts each time)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, TypeVar

T = TypeVar("T")

_BUILT: ContextVar[dict[tuple[int, str], tuple[Any, Any]] | None] = ContextVar(
    "built_blocks", default=None
)


@contextmanager
def built_once() -> Iterator[None]:
    """While no one edits the amendment (writing every output, running every check), each
    document, and the checks' findings, is built once."""
    if _BUILT.get() is not None:
        yield  # already inside one
        return
    token = _BUILT.set({})
    try:
        yield
    finally:
        _BUILT.reset(token)


def built(amendment: object, name: str, build: Callable[[], list[T]]) -> list[T]:
    """`build()`, or what it gave for this amendment earlier inside the same `built_once`."""
    cache = _BUILT.get()
    if cache is None:
        return build()
    key = (id(amendment), name)
    if key not in cache:
        cache[key] = (amendment, build())  # the amendment is held so that its id stays its own
    return list(cache[key][1])


def built_value(owner: object, name: str, build: Callable[[], T], holds: object = None) -> T:
    """`build()` for one part of an amendment (an item's instruction, the notice's paragraphs),
    made once inside the same `built_once`: the value is shared, so it must not be changed."""
    cache = _BUILT.get()
    if cache is None:
        return build()
    key = (id(owner), name)
    if key not in cache:
        # the owner (and what the name counts by id) is held so that each id stays its own
        cache[key] = ((owner, holds), build())
    value: T = cache[key][1]
    return value
