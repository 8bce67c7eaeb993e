"""A paragraph on one page keeps its one page mark (core/structure.py `_rebase_pages`),
not a mark built again through a generator and two tuples: every paragraph of an offer
passes there as it loads."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from amendtool.core.model import PageMark
from amendtool.core.structure import _rebase_pages

_MARKS = st.lists(
    st.builds(PageMark, st.integers(0, 12), st.one_of(st.none(), st.sampled_from(["1", "ii"]))),
    max_size=3,
)
_TEXT = st.text(alphabet="ab \t\n", max_size=12)


def _as_before(raw: str, text: str, pages: tuple[PageMark, ...]) -> tuple[PageMark, ...]:
    """Its answer for at most one mark, or for text that needed no collapsing."""
    return tuple(PageMark(0, p.label) for p in pages[:1]) + tuple(pages[1:])


@settings(max_examples=300, deadline=None)
@given(_TEXT, _MARKS)
def test_one_mark_is_rebased_as_before(raw: str, marks: list[PageMark]) -> None:
    text = " ".join(raw.split())
    pages = tuple(marks)
    if len(pages) <= 1 or raw == text:
        assert _rebase_pages(raw, text, pages) == _as_before(raw, text, pages)


def test_a_mark_at_the_start_is_kept() -> None:
    pages = (PageMark(0, "3"),)
    assert _rebase_pages("a  b", "a b", pages) is pages
