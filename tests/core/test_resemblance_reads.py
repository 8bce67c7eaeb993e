"""Each paragraph's words are counted once for every run it is compared in: counted, not
timed.

A run of changed paragraphs is read for how much each pair says alike (`Resemblance`) when
the same paragraphs edited are paired, and again, with the paragraphs left over, when the
deleted ones are paired with those put in their place; a run with no pair at all was read
twice whole. The words each paragraph holds are the same in every run it is in, so they
are counted once; the weights, which depend on the run, are still worked out for each.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

from hypothesis import given, settings
from hypothesis import strategies as st

from amendtool.core import text_cache
from amendtool.core.drafting.pairing import Resemblance, pair_run, replacements
from amendtool.core.pattern_store import compiled
from amendtool.core.text_cache import READS

_WORD = compiled(r"\w+")


class _AsBefore:
    """The resemblance as it was worked out before the counts were kept: each run counting
    the words of its paragraphs anew."""

    def __init__(self, old: Sequence[str], new: Sequence[str]) -> None:
        self.old = [Counter(_WORD.findall(t.lower())) for t in old]
        self.new = [Counter(_WORD.findall(t.lower())) for t in new]
        frequency: Counter[str] = Counter()
        for counts in (*self.old, *self.new):
            frequency.update(counts.keys())
        total = len(self.old) + len(self.new)
        self.weight = {w: math.log(1 + total / n) for w, n in frequency.items()}
        self.old_mass = [sum(self.weight[w] * n for w, n in c.items()) for c in self.old]
        self.new_mass = [sum(self.weight[w] * n for w, n in c.items()) for c in self.new]

    def __call__(self, i: int, j: int) -> float:
        a, b = self.old[i], self.new[j]
        if len(b) < len(a):
            a, b = b, a
        common = sum(self.weight[w] * min(n, b[w]) for w, n in a.items() if w in b)
        mass = self.old_mass[i] + self.new_mass[j]
        return 2 * common / mass if mass else 0.0


def _reads() -> int:
    return sum(n for name, n in READS.items() if name.endswith("word_counts"))


OLD = [
    "If we are acquired by another company before the offer expires, you may withdraw.",
    "Eligible options are those granted under the 2018 Plan with an exercise price above $20.",
    "We will notify you by email of any extension of the offer.",
]
NEW = [
    "The exchange ratio is one new option for every two eligible options tendered.",
    "Options you do not tender stay outstanding on their terms.",
]


def test_a_run_without_pairs_is_counted_once_for_both_readings() -> None:
    text_cache.clear_caches()
    assert pair_run(OLD, NEW, 0.35, lambda a, b: 0.0) == []
    assert replacements(OLD, NEW)  # each of the fewer replaces one
    assert _reads() == len(OLD) + len(NEW)


_TEXT = st.text(alphabet=st.sampled_from("abc ABC.,1é\u00df\u0130-"), max_size=40)


@settings(max_examples=300, deadline=None)
@given(st.lists(_TEXT, min_size=1, max_size=5), st.lists(_TEXT, min_size=1, max_size=5))
def test_the_resemblance_is_what_it_was(old: list[str], new: list[str]) -> None:
    before, now = _AsBefore(old, new), Resemblance(old, new)
    for i in range(len(old)):
        for j in range(len(new)):
            assert now(i, j) == before(i, j)
    assert now.old_mass == before.old_mass and now.new_mass == before.new_mass
    again = Resemblance(new, old)  # the same texts in another run: the same counts
    assert [again(j, i) for j in range(len(new)) for i in range(len(old))] == [
        _AsBefore(new, old)(j, i) for j in range(len(new)) for i in range(len(old))
    ]
