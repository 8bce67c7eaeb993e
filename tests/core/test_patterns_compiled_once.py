"""Sentence splitting and the plain notice's fact reading ask their small patterns at every
full stop and every fact of a long offer: each is compiled once, never looked up again in the
regular-expression module's cache on each call. Counted as look-ups, never timed."""

from __future__ import annotations

import re
from typing import Any

import pytest

from amendtool.core import plain_fact_reading, segment, text_cache


def _look_ups(monkeypatch: pytest.MonkeyPatch, read: Any, count: int) -> int:
    asked: list[object] = []
    real = re._compile  # type: ignore[attr-defined]

    def counting(*args: Any, **kwargs: Any) -> Any:
        asked.append(args[0])
        return real(*args, **kwargs)

    read(3)  # the patterns a reader makes once, made
    text_cache.clear_caches()
    segment.clear_caches()
    monkeypatch.setattr(re, "_compile", counting)
    read(count)
    monkeypatch.setattr(re, "_compile", real)
    return len(asked)


def _sentences(count: int) -> None:
    text = " ".join(
        f"Acme Corp. granted U.S. holders {n} options on May 1, 2026." for n in range(count)
    )
    assert len(segment.split_sentences(text)) == count


def _facts(count: int) -> None:
    text = "\n\n".join(
        f"Holder {n}\t{7 * n + 1} options on March {1 + n % 28}" for n in range(count)
    )
    assert sum(f.kind == "count" for f in plain_fact_reading.facts_in(text)) == count


@pytest.mark.parametrize("read", [_sentences, _facts])
def test_the_look_ups_do_not_grow_with_the_text(monkeypatch: pytest.MonkeyPatch, read: Any) -> None:
    assert _look_ups(monkeypatch, read, 20) == _look_ups(monkeypatch, read, 200)
