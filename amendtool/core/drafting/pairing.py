"""Which changed paragraph of the original became which paragraph of the revision.

Within a run of changed paragraphs, each revised paragraph is compared only with a few
candidates (its neighbours by position, and the paragraphs that share its rarer words), so
the work grows with the document, not with its square. Of the candidates, a pair is the
same paragraph edited when enough of its words survive (`similarity`, the word diff); which
pairs are taken is decided by how much they say alike (`Resemblance`, words weighted by
how rare they are in the run), so a rewritten paragraph is paired with the paragraph it is
about, not the one that happens to be long or in its place.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Sequence

from amendtool.core.diffing import WORK
from amendtool.core.pattern_store import compiled
from amendtool.core.text_cache import kept_by_content

FULL = 100  # a run this small (old × new) compares every pair
WINDOW = 3  # otherwise: the paragraphs this near the same relative place …
RARE = 4  # … and those sharing a word found in at most this many of the run's paragraphs …
CANDIDATES = 4  # … the best this many of them by shared rare words
_WORD = compiled(r"\w+")
ROUNDS = 32  # chains taken again (each a few microseconds a pair, a diff a millisecond)
_MOST = 2.0  # each pair weighs more than any resemblance (at most 1) could add


class Resemblance:
    """How much two paragraphs of a run say alike: a Dice coefficient over their words, each
    weighted by how rare it is among the run's paragraphs (the words every paragraph shares,
    "If we are acquired by …", say little about which is which)."""

    def __init__(self, old: Sequence[str], new: Sequence[str]) -> None:
        # the counts are shared by every run a paragraph is in: read here, never changed
        self.old = [_word_counts(t) for t in old]
        self.new = [_word_counts(t) for t in new]
        frequency: Counter[str] = Counter()
        for counts in (*self.old, *self.new):
            frequency.update(counts.keys())
        total = len(self.old) + len(self.new)
        self.weight = {w: math.log(1 + total / n) for w, n in frequency.items()}
        self.old_mass = [self._mass(c) for c in self.old]
        self.new_mass = [self._mass(c) for c in self.new]
        self.frequency = frequency

    def _mass(self, counts: Counter[str]) -> float:
        return sum(self.weight[w] * n for w, n in counts.items())

    def __call__(self, i: int, j: int) -> float:
        a, b = self.old[i], self.new[j]
        if len(b) < len(a):
            a, b = b, a
        common = sum(self.weight[w] * min(n, b[w]) for w, n in a.items() if w in b)
        mass = self.old_mass[i] + self.new_mass[j]
        return 2 * common / mass if mass else 0.0

    def candidates(self) -> list[tuple[int, int]]:
        """The pairs worth comparing, in order of (old, new)."""
        n, m = len(self.old), len(self.new)
        if n * m <= FULL:
            return [(i, j) for i in range(n) for j in range(m)]
        postings: dict[str, list[int]] = {}
        for i, counts in enumerate(self.old):
            for word in counts:
                if len(word) >= 3 and self.frequency[word] <= RARE:
                    postings.setdefault(word, []).append(i)
        pairs: set[tuple[int, int]] = set()
        for j, counts in enumerate(self.new):
            centre = round(j * n / m)
            near = range(max(centre - WINDOW, 0), min(centre + WINDOW + 1, n))
            pairs.update((i, j) for i in near)
            shared: dict[int, float] = {}
            for word in counts:
                for i in postings.get(word, ()):
                    shared[i] = shared.get(i, 0.0) + self.weight[word]
            best = sorted(shared, key=lambda i: (-shared[i], i))[:CANDIDATES]
            pairs.update((i, j) for i in best)
        return sorted(pairs)


@kept_by_content
def _word_counts(text: str) -> Counter[str]:
    """The words of a paragraph, counted once for every run it is compared in: the same
    paragraphs are paired as edited (`pair_run`) and those left over as replacements."""
    return Counter(_WORD.findall(text.lower()))


def heaviest_chain(pairs: list[tuple[int, int, float]]) -> list[tuple[int, int]]:
    """Of pairs (old, new, weight), the chain increasing in both that weighs the most: the
    paragraphs kept in their order. A Fenwick tree of prefix maxima: O(k log k)."""
    if not pairs:
        return []
    size = max(j for _, j, _ in pairs) + 2
    tree: list[tuple[float, int]] = [(0.0, -1)] * (size + 1)
    best = [0.0] * len(pairs)
    back = [-1] * len(pairs)
    order = sorted(range(len(pairs)), key=lambda k: (pairs[k][0], pairs[k][1]))
    position = 0
    while position < len(order):
        row = pairs[order[position]][0]
        group = []
        while position < len(order) and pairs[order[position]][0] == row:
            group.append(order[position])
            position += 1
        results = []
        for k in group:
            value, previous = _prefix_max(tree, pairs[k][1])  # new index < this one's
            results.append((k, value + pairs[k][2], previous))
        for k, value, previous in results:
            best[k], back[k] = value, previous
            _update(tree, pairs[k][1] + 1, (value, k))
    end = max(range(len(best)), key=lambda k: (best[k], -k))
    chain = []
    while end >= 0:
        chain.append((pairs[end][0], pairs[end][1]))
        end = back[end]
    return chain[::-1]


def _prefix_max(tree: list[tuple[float, int]], upto: int) -> tuple[float, int]:
    """Best (value, index) among entries at positions 1..upto."""
    best = (0.0, -1)
    while upto > 0:
        if tree[upto][0] > best[0]:
            best = tree[upto]
        upto -= upto & -upto
    return best


def _update(tree: list[tuple[float, int]], position: int, entry: tuple[float, int]) -> None:
    while position < len(tree):
        if entry[0] > tree[position][0]:
            tree[position] = entry
        position += position & -position


def pair_run(
    old: Sequence[str],
    new: Sequence[str],
    threshold: float,
    compare: Callable[[str, str], float],
    may_pass: Callable[[str, str], bool] | None = None,
) -> list[tuple[int, int]]:
    """The same paragraphs, edited, in a run of changed ones: pairs at least `threshold`
    alike by `compare` (the word diff; it may say 0.0 below the threshold without diffing),
    chosen to say the most alike in all.

    With `may_pass` (False only for a pair `compare` would put below the threshold, told
    without a diff), only the pairs of the chain are compared: the chain is taken among
    the pairs that may pass, its pairs that fail are dropped and the chain taken again,
    until all of its pairs pass. That is the chain of the pairs that pass (`heaviest_chain`
    keeps its chain when pairs off it are removed), and a rewritten section's paragraphs,
    each near several that share its sentences, are no longer each diffed with them all."""
    if not old or not new:
        return []
    resemblance = Resemblance(old, new)
    candidates = resemblance.candidates()
    WORK.pairs_compared += len(candidates)
    if may_pass is None:
        scored = [
            (i, j, resemblance(i, j)) for i, j in candidates if compare(old[i], new[j]) >= threshold
        ]
        return heaviest_chain(scored)
    hopeful = [(i, j, resemblance(i, j)) for i, j in candidates if may_pass(old[i], new[j])]
    known: dict[tuple[int, int], bool] = {}

    def passes(i: int, j: int) -> bool:
        if (i, j) not in known:
            known[i, j] = compare(old[i], new[j]) >= threshold
        return known[i, j]

    for _ in range(ROUNDS):
        chain = heaviest_chain(hopeful)
        failed = {(i, j) for i, j in chain if not passes(i, j)}
        if not failed:
            return chain
        hopeful = [(i, j, weight) for i, j, weight in hopeful if (i, j) not in failed]
    # a chain that keeps failing: every pair compared, so that the rounds stay few
    return heaviest_chain([(i, j, weight) for i, j, weight in hopeful if passes(i, j)])


def replacements(
    old: Sequence[str],
    new: Sequence[str],
    kinds: tuple[Sequence[str | None], Sequence[str | None]] | None = None,
) -> list[tuple[int, int]]:
    """Where paragraphs were taken out and others put in their place, each of the fewer
    replaces the one it most resembles (in order); a long run pairs by position. With
    `kinds` (of each old and new paragraph) only paragraphs of one kind are paired: a note
    never replaces body text."""

    def fits(i: int, j: int) -> bool:
        return kinds is None or kinds[0][i] == kinds[1][j]

    count = min(len(old), len(new))
    if not count:
        return []
    if len(old) * len(new) > FULL:
        return [(k, k) for k in range(count) if fits(k, k)]
    resemblance = Resemblance(old, new)
    # the most pairs first (every one of the fewer replaces one), then the likest
    pairs = [
        (i, j, _MOST + resemblance(i, j))
        for i in range(len(old))
        for j in range(len(new))
        if fits(i, j)
    ]
    return heaviest_chain(pairs)
