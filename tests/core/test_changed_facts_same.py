"""The facts a pair of texts changes are those of the reading that counted the bare numbers
of every pair: counting them only where a bare number changed leaves every answer as it was
(a property test over texts of figures, bare numbers and references)."""

from __future__ import annotations

from collections import Counter

from hypothesis import example, given, settings
from hypothesis import strategies as st

from amendtool.core import facts
from amendtool.core.fact_patterns import NUMBER
from amendtool.core.fact_values import Fact
from amendtool.core.figure_roles import by_role
from amendtool.core.numerals import plain_number


def _every_pair_counted(old: str, new: str) -> tuple[tuple[Fact, ...], tuple[Fact, ...]]:
    """The reading before: the bare numbers of both texts counted for every pair."""
    before, after = facts.extract(old), facts.extract(new)
    key = lambda f: (f.kind, f.value, f.unit)  # noqa: E731
    extra_old = Counter(map(key, before)) - Counter(map(key, after))
    extra_new = Counter(map(key, after)) - Counter(map(key, before))
    printed = [Counter(map(plain_number, NUMBER.findall(facts._bare(t)))) for t in (old, new)]
    kept = lambda f, own, other: f.kind != "number" or other[f.value] < own[f.value]  # noqa: E731
    removed = [f for f in facts._pick(before, extra_old, key) if kept(f, *printed)]
    added = [f for f in facts._pick(after, extra_new, key) if kept(f, *printed[::-1])]
    placed = facts._placed(old), facts._placed(new)
    return tuple(removed), tuple(by_role(removed, added, *placed))


_PIECES = st.sampled_from(
    ["$5.00", "$5.25", "10", "25", "Section 10", "Secton 10", "30 days", "25%", "June 1, 2024",
     "2-for-1", "of the Plan", "shares", ".", " "]
)  # fmt: skip
_TEXT = st.lists(_PIECES, max_size=8).map(" ".join)


@settings(max_examples=200)
@given(_TEXT, _TEXT)
@example("Secton 10 sets 25 days.", "Section 10 sets 30 days.")
@example("We pay $50 and 50 more.", "We pay $40 and 50 more.")
def test_the_changed_facts_are_those_of_every_pair_counted(old: str, new: str) -> None:
    found = facts.changed_facts(old, new)
    assert (tuple(found[0]), tuple(found[1])) == _every_pair_counted(old, new)
