"""What is built from an amendment once while no one edits it: writing every output and
running every check ask for the filing, its exhibit, the notice and the checks' findings
again and again (the plain notice reads every item's facts each time)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, TypeVar

T = TypeVar("T")

_BUILT: ContextVar[dict[tuple[int, str], tuple[Any, list[Any]]] | None] = ContextVar(
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
