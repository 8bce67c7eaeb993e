"""The same two texts give the same diff, and the same offers the same draft, however fast the
machine's clock runs. diff-match-patch stopped a long diff after 2 s on the wall clock, so a
busy machine restated whole rewritten sections that an idle one marked word by word (568,
432 and 406 items for the same 20-section rewrite). Here the clock is made to run a second a
reading, as on a machine far too loaded to finish any diff in time."""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from diff_match_patch import diff_match_patch

from amendtool.core import change_spans, changes, diffing, facts, segment, text_cache
from amendtool.core.diff_budget import DIFF_WORK, WorkBudgetDiff, last_work
from amendtool.core.drafting import align
from tests.support.html_offer import drafted, offer

_WORDS = (
    "the company offer eligible options holders may elect exchange new restricted stock units "
    "grant date vesting schedule exercise price per share plan board committee expiration "
    "withdraw election form tender accepted cancelled shares common tax consequences employee "
    "terms conditions described section notice amended extended rights agreement period"
).split()


def _paragraph(rng: random.Random, words: int) -> str:
    sentences, left = [], words
    while left > 0:
        size = min(left, rng.randint(8, 20))
        sentence = " ".join(rng.choice(_WORDS) for _ in range(size))
        sentences.append(sentence[0].upper() + sentence[1:] + ".")
        left -= size
    return " ".join(sentences)


def _rewritten(rng: random.Random, text: str) -> str:
    """Counsel's rewrite: about a third of the words replaced, sentences kept in order."""
    out = []
    for word in text.split(" "):
        if rng.random() < 0.35:
            out.append(rng.choice(_WORDS) + ("." if word.endswith(".") else ""))
        else:
            out.append(word)
    return " ".join(out)


def _section(seed: int, paragraphs: int, words: int) -> tuple[list[str], list[str]]:
    rng = random.Random(seed)
    old = [_paragraph(rng, words) for _ in range(paragraphs)]
    return old, [_rewritten(rng, p) for p in old]


@contextmanager
def racing_clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The wall clock a second further on at each reading."""
    now = [time.time()]

    def fast() -> float:
        now[0] += 1.0
        return now[0]

    with monkeypatch.context() as patched:
        patched.setattr(time, "time", fast)
        yield


def _cold() -> None:
    """Nothing remembered from a draft before: every diff is worked out again."""
    text_cache.clear_caches()
    for module in (diffing, changes, align, facts, segment):
        module.clear_caches()
    change_spans._cached_changed.cache_clear()


def _spans(old: str, new: str) -> Any:
    return change_spans.changed_spans(old, new, -1), change_spans.changed_spans(old, new, 1)


# each diff, and the paragraphs and words of a section long enough to reach its limit (the
# shading's is only on pairs of more than 4,000 words and marks)
_DIFFS: dict[str, tuple[Callable[[str, str], Any], int, int]] = {
    "word_diff": (diffing.word_diff, 3, 200),
    "char_diff": (diffing.char_diff, 1, 150),
    "line_diff": (lambda a, b: diffing.line_diff(a.split(". "), b.split(". ")), 6, 340),
    "changed_spans": (_spans, 6, 340),
}


@pytest.mark.parametrize("name", sorted(_DIFFS))
def test_a_long_rewritten_section_is_diffed_alike_however_fast_the_clock(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    diff, paragraphs, words = _DIFFS[name]
    old, new = (" ".join(side) for side in _section(7, paragraphs, words))
    _cold()
    calm = diff(old, new)
    _cold()
    with racing_clock(monkeypatch):
        loaded = diff(old, new)
    assert loaded == calm


def test_a_rewritten_section_is_drafted_alike_however_fast_the_clock(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old, new = _section(11, 3, 120)
    original = offer("".join(f"<p>{p}</p>" for p in old))
    revised = offer("".join(f"<p>{p}</p>" for p in new))
    _cold()
    calm = drafted(tmp_path, original, revised).items_json()
    assert calm["items"]
    _cold()
    with racing_clock(monkeypatch):
        loaded = drafted(tmp_path, original, revised).items_json()
    assert loaded == calm


def test_a_diff_past_its_budget_is_cut_at_the_same_place_every_time() -> None:
    """Two texts with nothing in common in order walk the whole budget: the diff stops at
    the same count of work, and says the same, on every run."""
    rng = random.Random(3)
    a = "".join(chr(0x100 + rng.randrange(300)) for _ in range(6000))
    b = "".join(chr(0x100 + rng.randrange(300)) for _ in range(6000))
    budget = 100_000
    first = WorkBudgetDiff(budget).diff_main(a, b, False)
    work = last_work()
    assert budget < work <= budget + 6000  # one step past the budget, no more
    assert WorkBudgetDiff(budget).diff_main(a, b, False) == first
    assert last_work() == work
    assert 40 * budget <= DIFF_WORK  # the drafting's own budget is far larger


def test_each_thread_counts_its_own_diff() -> None:
    """The app drafts in a worker thread while the pane shading diffs in the UI thread: a
    diff's budget counts only its own work, whatever runs beside it."""
    rng = random.Random(5)
    pairs = [
        (
            "".join(chr(0x100 + rng.randrange(40)) for _ in range(800)),
            "".join(chr(0x100 + rng.randrange(40)) for _ in range(800)),
        )
        for _ in range(3)
    ]
    budget = 60_000
    alone = [WorkBudgetDiff(budget).diff_main(a, b, False) for a, b in pairs]
    beside: list[list[Any]] = [[], []]

    def run(slot: int) -> None:
        for _ in range(2):
            beside[slot].append([WorkBudgetDiff(budget).diff_main(a, b, False) for a, b in pairs])

    workers = [threading.Thread(target=run, args=(slot,)) for slot in (0, 1)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert all(result == alone for results in beside for result in results)


def test_other_users_of_diff_match_patch_keep_the_wall_clock(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    engine = diff_match_patch()
    engine.Diff_Timeout = 2.0
    a, b = "abcdefghij" * 20, "jihgfedcba" * 20
    with racing_clock(monkeypatch):
        assert engine.diff_main(a, b, False) == [(-1, a), (1, b)]  # out of time at once
