"""The one wrapper around diff-match-patch: word-level diffs and similarity of texts."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from diff_match_patch import diff_match_patch

from amendtool.core.typography import CACHED_CHARS

EQUAL, INSERT, DELETE = 0, 1, -1
_TOKEN = re.compile(r"\s+|\w+(?:['’.,-]\w+)*|[^\w\s]")


@dataclass(frozen=True)
class Hunk:
    """A run of change: `old` in the first text at [start, end) became `new`."""

    start: int
    end: int
    old: str
    new: str


def _engine() -> diff_match_patch:
    engine = diff_match_patch()
    engine.Diff_Timeout = 2.0
    return engine


def word_diff(a: str, b: str) -> list[tuple[int, str]]:
    """Diff on word boundaries: words are encoded as single characters, then cleaned up.

    Paragraph-sized pairs are cached (re-drafting while counsel types, and marking both
    panes, diff the same pairs again and again); whole sections are not."""
    if len(a) + len(b) > CACHED_CHARS:
        return list(_word_diff(a, b))
    return list(_cached_word_diff(a, b))


def _word_diff(a: str, b: str) -> tuple[tuple[int, str], ...]:
    tokens: dict[str, str] = {}
    decode: dict[str, str] = {}

    def encode(text: str) -> str:
        out = []
        for token in _TOKEN.findall(text):
            code = tokens.get(token)
            if code is None:
                point = 0x100 + len(tokens)
                code = chr(point if point < 0xD800 else point + 0x800)  # skip surrogates
                tokens[token] = code
                decode[code] = token
            out.append(code)
        return "".join(out)

    ea, eb = encode(a), encode(b)
    engine = _engine()
    diffs = engine.diff_main(ea, eb, False)
    engine.diff_cleanupSemantic(diffs)
    return tuple((op, "".join(decode[c] for c in text)) for op, text in diffs)


def char_diff(a: str, b: str) -> list[tuple[int, str]]:
    engine = _engine()
    diffs = engine.diff_main(a, b, False)
    engine.diff_cleanupSemantic(diffs)
    return [(op, text) for op, text in diffs]


def hunks(a: str, b: str) -> list[Hunk]:
    """Changed regions of `a`, each with what replaced it in `b`."""
    out: list[Hunk] = []
    position = 0
    pending: list[tuple[int, str]] = []

    def close() -> None:
        if pending:
            old = "".join(t for op, t in pending if op == DELETE)
            new = "".join(t for op, t in pending if op == INSERT)
            out.append(Hunk(position - len(old), position, old, new))
            pending.clear()

    for op, text in word_diff(a, b):
        if op == EQUAL:
            close()
            position += len(text)
        else:
            pending.append((op, text))
            if op == DELETE:
                position += len(text)
    close()
    return out


def similarity(a: str, b: str) -> float:
    """Share of words the two texts have in common, from 0 (unrelated) to 1 (identical)."""
    if len(a) + len(b) > CACHED_CHARS:
        return _similarity(a, b)
    return _cached_similarity(a, b)


def _similarity(a: str, b: str) -> float:
    if a == b:
        return 1.0
    if not a or not b:
        return 0.0
    common = sum(len(t.split()) for op, t in word_diff(a, b) if op == EQUAL)
    total = max(len(a.split()), len(b.split()))
    return min(common / total, 1.0) if total else 0.0


def line_diff(a: list[str], b: list[str]) -> list[tuple[int, list[str]]]:
    """Diff of two sequences of lines (paragraphs), each line one symbol."""
    engine = _engine()
    ta, tb, lines = engine.diff_linesToChars("\n".join(a) + "\n", "\n".join(b) + "\n")
    diffs = engine.diff_main(ta, tb, False)
    engine.diff_charsToLines(diffs, lines)
    return [(op, text.split("\n")[:-1]) for op, text in diffs]


_cached_word_diff = lru_cache(maxsize=4096)(_word_diff)
_cached_similarity = lru_cache(maxsize=4096)(_similarity)


def clear_caches() -> None:
    """For benchmarks that measure a first, cold draft."""
    _cached_word_diff.cache_clear()
    _cached_similarity.cache_clear()
