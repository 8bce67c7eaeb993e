"""A paragraph is cut into words and marks once, whichever comparison asks: counted, not
timed.

Pairing a section's changed paragraphs asks of each pair the words the two share in any
order (`shared_tokens`), then in order (`ordered_common`), then diffs the likely ones
(`word_diff`); the proposals diff the same texts again. Each asked for the text's words
and marks anew, so a paragraph compared with its neighbours was cut up many times over
(in the 300-page revision, 491,000 characters cut for 190,000 distinct). They are cut
once for every comparison; what each comparison says is what it said.
"""

from __future__ import annotations

from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from amendtool.core import diffing
from amendtool.core.diffing import (
    WORK,
    common_words,
    ordered_common,
    shared_tokens,
    similarity,
    tokens,
    word_diff,
)
from amendtool.core.long_diff import LINED_DIFF_LINES
from amendtool.core.pattern_store import compiled

_TOKEN = compiled(r"\s+|\w+(?:['’.,-]\w+)*|[^\w\s]")

OLD = [
    "Each eligible option may be exchanged for a new option before the offer expires.",
    "We will notify you by email of any extension of the offer, as Section 9 describes.",
    "Options you do not tender stay outstanding on their existing terms and conditions.",
]
NEW = [
    "Each eligible option may be exchanged for two new options before the offer expires.",
    "We will notify you in writing of any extension of the offer, as Section 9 describes.",
    "Options you do not tender remain outstanding on their existing terms.",
]


def test_each_text_is_cut_once_for_every_comparison() -> None:
    diffing.clear_caches()
    WORK.reset()
    for old in OLD:
        for new in NEW:
            similarity(old, new, floor=0.35)
    for old, new in zip(OLD, NEW, strict=True):
        word_diff(old, new)
        tokens(old)
    assert WORK.texts_tokenized == len(OLD) + len(NEW)


def _ordered_before(a: str, b: str) -> int:
    first = [t for t in _TOKEN.findall(a) if not t.isspace()]
    second = [t for t in _TOKEN.findall(b) if not t.isspace()]
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


def _shared_before(a: str, b: str) -> int:
    small = Counter(t for t in _TOKEN.findall(a) if not t.isspace())
    large = Counter(t for t in _TOKEN.findall(b) if not t.isspace())
    return sum((small & large).values())


_PIECES = st.sampled_from(
    [
        "offer",
        "Offer",
        "U.S.",
        "options",
        "the",
        "$20.00",
        "’s",
        "don't",
        "3-for-1",
        " ",
        "  ",
        "\n",
        "\t",
        ",",
        ".",
        "(",
        ")",
        "“",
        "é",
        "\u00a0",
        "co-op",
        "1,000",
    ]
)
_TEXT = st.lists(_PIECES, max_size=30).map("".join)


@settings(max_examples=300, deadline=None)
@given(_TEXT, _TEXT)
def test_the_comparisons_say_what_they_said(a: str, b: str) -> None:
    assert tokens(a) == _TOKEN.findall(a)
    assert ordered_common(a, b) == _ordered_before(a, b)
    assert shared_tokens(a, b) == _shared_before(a, b)
    diffs = word_diff(a, b)
    assert "".join(t for op, t in diffs if op != diffing.INSERT) == a
    assert "".join(t for op, t in diffs if op != diffing.DELETE) == b
    assert common_words(a, b) == sum(len(t.split()) for op, t in diffs if op == diffing.EQUAL)


def test_a_long_text_is_cut_as_before() -> None:
    rows = [f"Grant {n}\t{n * 10} options\t$2{n % 10}.00" for n in range(LINED_DIFF_LINES + 5)]
    a, b = "\n".join(rows), "\n".join([*rows[:-3], "Grant X\t1 option\t$1.00"])
    assert tokens(a) == _TOKEN.findall(a)
    assert ordered_common(a, b) == _ordered_before(a, b)
    assert shared_tokens(a, b) == _shared_before(a, b)


def test_each_text_is_counted_once_for_every_comparison() -> None:
    """The words a text holds, white space apart (what a similarity is a share of), are
    counted once, not once for each bound and again for the similarity."""
    diffing.clear_caches()
    WORK.reset()
    scores = [similarity(old, new, floor=0.35) for old in OLD for new in NEW]
    assert WORK.texts_counted == len(OLD) + len(NEW)
    diffing.clear_caches()
    assert [similarity(old, new, floor=0.35) for old in OLD for new in NEW] == scores
    assert scores[0] == common_words(OLD[0], NEW[0]) / len(NEW[0].split())
