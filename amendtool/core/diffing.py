"""The one wrapper around diff-match-patch: word-level diffs and similarity of texts."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from diff_match_patch import diff_match_patch

from amendtool.core.diff_budget import WorkBudgetDiff
from amendtool.core.long_diff import lined
from amendtool.core.pattern_store import compiled
from amendtool.core.text_cache import bounded_cache
from amendtool.core.typography import CACHED_CHARS

EQUAL, INSERT, DELETE = 0, 1, -1
_TOKEN = compiled(r"\s+|\w+(?:['’.,-]\w+)*|[^\w\s]")


@dataclass(frozen=True)
class Hunk:
    """A run of change: `old` in the first text at [start, end) became `new`."""

    start: int
    end: int
    old: str
    new: str


@dataclass
class Work:
    """What comparing texts has cost so far, counted rather than timed, so that a test can
    see a quadratic path on any machine: drafting a document twice as long must compare
    about twice as many pairs and diff about twice as many words, never one diff twice as
    long (`largest_diff`)."""

    pairs_compared: int = 0  # pairs of paragraphs (or headings) scored for alignment
    diffs: int = 0  # word diffs computed (not found in the cache)
    tokens_diffed: int = 0  # words, spaces and marks given to those diffs, both sides
    largest_diff: int = 0  # tokens of the longest single diff
    ordered_bounds: int = 0  # pairs whose words in common in order were counted (no diff)
    span_trials: int = 0  # pieces tried together as one split or merged paragraph
    paragraph_searches: int = 0  # searches of the whole working text for a paragraph
    changes_read: int = 0  # old and new texts whose facts and words were read (changes.py)
    edits_read: int = 0  # changes whose edits, place by place, were diffed (changes.py)
    tokens_looked_up: int = 0  # distinct words and marks looked up between two texts' counts
    texts_tokenized: int = 0  # texts cut into words, spaces and marks (not found kept)
    texts_counted: int = 0  # texts whose words (white space apart) were counted (not kept)

    def reset(self) -> None:
        self.pairs_compared = self.diffs = self.tokens_diffed = self.largest_diff = 0
        self.ordered_bounds = self.span_trials = self.paragraph_searches = 0
        self.changes_read = self.edits_read = self.tokens_looked_up = 0
        self.texts_tokenized = self.texts_counted = 0


WORK = Work()


def _engine() -> diff_match_patch:
    return WorkBudgetDiff()  # a limit counted in work: the same diff on any machine


def word_diff(a: str, b: str) -> list[tuple[int, str]]:
    """Diff on word boundaries: words are encoded as single characters, then cleaned up.

    Paragraph-sized pairs are cached (re-drafting while counsel types, and marking both
    panes, diff the same pairs again and again); whole sections are not."""
    if len(a) + len(b) > CACHED_CHARS:
        return list(_word_diff(a, b))
    return list(_cached_word_diff(a, b))


def _word_diff(a: str, b: str) -> tuple[tuple[int, str], ...]:
    return lined(a, b, _token_diff) or _token_diff(a, b)


def _token_diff(a: str, b: str) -> tuple[tuple[int, str], ...]:
    tokens: dict[str, str] = {}
    decode: dict[str, str] = {}

    def encode(text: str) -> str:
        out = []
        for token in _tokens_of(text):
            code = tokens.get(token)
            if code is None:
                point = 0x100 + len(tokens)
                code = chr(point if point < 0xD800 else point + 0x800)  # skip surrogates
                tokens[token] = code
                decode[code] = token
            out.append(code)
        return "".join(out)

    ea, eb = encode(a), encode(b)
    WORK.diffs += 1
    WORK.tokens_diffed += len(ea) + len(eb)
    WORK.largest_diff = max(WORK.largest_diff, len(ea) + len(eb))
    engine = _engine()
    diffs = engine.diff_main(ea, eb, False)
    engine.diff_cleanupSemantic(diffs)
    word = decode.__getitem__
    return tuple((op, "".join(map(word, text))) for op, text in diffs)


def tokens(text: str) -> list[str]:
    """Words, runs of space and marks, as the word diff takes them."""
    return list(_tokens_of(text))


def _tokens_of(text: str) -> tuple[str, ...]:
    """Cut once for every comparison that asks: words shared in any order, in order, diffs."""
    if len(text) > CACHED_CHARS:
        return _cut(text)
    return _cached_tokens(text)


def _cut(text: str) -> tuple[str, ...]:
    WORK.texts_tokenized += 1
    return tuple(_TOKEN.findall(text))


def char_diff(a: str, b: str) -> list[tuple[int, str]]:
    engine = _engine()
    diffs = engine.diff_main(a, b, False)
    engine.diff_cleanupSemantic(diffs)
    return [(op, text) for op, text in diffs]


def hunks(a: str, b: str) -> list[Hunk]:
    """Changed regions of `a`, each with what replaced it in `b`."""
    return hunks_of(word_diff(a, b))


def hunks_of(diffs: list[tuple[int, str]]) -> list[Hunk]:
    out: list[Hunk] = []
    position = 0
    pending: list[tuple[int, str]] = []

    def close() -> None:
        if pending:
            old = "".join(t for op, t in pending if op == DELETE)
            new = "".join(t for op, t in pending if op == INSERT)
            out.append(Hunk(position - len(old), position, old, new))
            pending.clear()

    for op, text in diffs:
        if op == EQUAL:
            close()
            position += len(text)
        else:
            pending.append((op, text))
            if op == DELETE:
                position += len(text)
    close()
    return out


def similarity(a: str, b: str, floor: float = 0.0) -> float:
    """Share of words the two texts have in common, from 0 (unrelated) to 1 (identical).

    With a `floor`, texts that cannot be that alike (too few words in common, in any
    order) give 0.0 without being diffed: most pairs an alignment scores are unrelated,
    and a word diff of two unrelated paragraphs is the slowest diff there is."""
    if floor > 0 and not may_reach(a, b, floor):
        return 0.0
    if len(a) + len(b) > CACHED_CHARS:
        return _similarity(a, b)
    return _cached_similarity(a, b)


def may_reach(a: str, b: str, floor: float) -> bool:
    """Whether the texts could be `floor` alike: first by the words they share in any
    order, then by the words they share in order (a rewritten paragraph shares many words
    with the one it replaced, "the", "offer", "of", but few of them in the same order)."""
    if common_bound(a, b) < floor:
        return False
    total = max(word_count(a), word_count(b))
    if not total or a == b:
        return True
    return min(ordered_common(a, b) / total, 1.0) >= floor


def _similarity(a: str, b: str) -> float:
    if a == b:
        return 1.0
    if not a or not b:
        return 0.0
    total = max(word_count(a), word_count(b))
    return min(common_words(a, b) / total, 1.0) if total else 0.0


def common_words(a: str, b: str) -> int:
    """Words the word diff of `a` and `b` keeps."""
    return sum(len(t.split()) for op, t in word_diff(a, b) if op == EQUAL)


def common_bound(a: str, b: str) -> float:
    """At least `similarity(a, b)`, from the words and marks the texts share in any order."""
    if a == b:
        return 1.0
    total = max(word_count(a), word_count(b))
    return min(shared_tokens(a, b) / total, 1.0) if total else 0.0


def word_count(text: str) -> int:
    """The words of a text, white space apart, counted once for every pair it is in."""
    if len(text) > CACHED_CHARS:
        return _count_words(text)
    return _cached_word_count(text)


def _count_words(text: str) -> int:
    WORK.texts_counted += 1
    return len(text.split())


def shared_tokens(a: str, b: str) -> int:
    """At least `common_words(a, b)`: each word the diff keeps holds at least one word or
    mark kept in both texts, so those the texts share, repeats counted, bound the words
    kept."""
    small, large = _token_counts(a), _token_counts(b)
    if len(small) > len(large):
        small, large = large, small
    # each word of the shorter text looked up in the longer one's counts, no third Counter
    # made: a long table's rows are each scored against several candidates
    WORK.tokens_looked_up += len(small)
    shared = 0
    for token, count in small.items():
        other = large.get(token, 0)
        shared += count if count < other else other
    return shared


def ordered_common(a: str, b: str) -> int:
    """At least `common_words(a, b)`: the words and marks kept by the word diff are kept in
    both texts in the same order, so the longest run of them common to both in order (not
    necessarily together) bounds the words kept. Counted bit-parallel, a machine word at a
    time for each word of `b`, a fraction of a diff (Hyyrö, 2004). Paragraph pairs are kept,
    as their diffs are: the app's re-draft asks for the same ones again."""
    if len(a) + len(b) > CACHED_CHARS:
        return _ordered_common(a, b)
    return _cached_ordered_common(a, b)


def _ordered_common(a: str, b: str) -> int:
    WORK.ordered_bounds += 1
    first, second = _words_in_order(a), _words_in_order(b)
    if len(first) < len(second):
        first, second = second, first
    where: dict[str, int] = {}
    for position, token in enumerate(second):
        where[token] = where.get(token, 0) | (1 << position)
    every = (1 << len(second)) - 1
    row = every
    for token in first:
        matched = row & where.get(token, 0)
        row = ((row + matched) | (row - matched)) & every
    return len(second) - row.bit_count()


def _words_in_order(text: str) -> list[str]:
    return [t for t in _tokens_of(text) if not t.isspace()]


def _token_counts(text: str) -> Counter[str]:
    if len(text) > CACHED_CHARS:
        return _count_tokens(text)
    return _cached_token_counts(text)


def _count_tokens(text: str) -> Counter[str]:
    return Counter(t for t in _tokens_of(text) if not t.isspace())


def line_diff(a: list[str], b: list[str]) -> list[tuple[int, list[str]]]:
    """Diff of two sequences of lines (paragraphs), each line one symbol."""
    engine = _engine()
    ta, tb, lines = engine.diff_linesToChars("\n".join(a) + "\n", "\n".join(b) + "\n")
    diffs = engine.diff_main(ta, tb, False)
    engine.diff_charsToLines(diffs, lines)
    return [(op, text.split("\n")[:-1]) for op, text in diffs]


# Sized for the app's re-draft of a long offer after each pause in typing: every changed
# paragraph's diffs are asked for again, and the pane marks ask for them once more.
_cached_word_diff = bounded_cache(32768)(_word_diff)
_cached_similarity = bounded_cache(32768)(_similarity)
_cached_token_counts = bounded_cache(16384)(_count_tokens)
_cached_tokens = bounded_cache(16384)(_cut)
_cached_word_count = bounded_cache(16384)(_count_words)
_cached_ordered_common = bounded_cache(32768)(_ordered_common)


def clear_caches() -> None:
    """For benchmarks that measure a first, cold draft."""
    for cache in (_cached_word_diff, _cached_similarity, _cached_ordered_common):
        cache.cache_clear()
    for kept in (_cached_token_counts, _cached_tokens, _cached_word_count):
        kept.cache_clear()
