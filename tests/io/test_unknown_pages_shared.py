"""Where a file records no page breaks, the pages of the blocks past the first page that
cannot be one are forgotten (io/word_pages.py): a block with its one mark at its start
takes one shared unknown mark instead of a new one made for it."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from amendtool.core.model import PageMark
from amendtool.core.structure import RawBlock
from amendtool.io import word_pages
from amendtool.io.word_pages import forget_unknown_pages

_MARK = st.builds(PageMark, st.integers(0, 3), st.sampled_from(["1", "2", None]))
_BLOCK = st.tuples(
    st.integers(0, 3),
    st.sampled_from([10, word_pages.PAGE_HOLDS + 1]),
    st.lists(_MARK, min_size=1, max_size=3),
)


def _blocks(specs: list[tuple[int, int, list[PageMark]]]) -> list[RawBlock]:
    return [
        RawBlock(text="a" * size, pages=tuple(marks), page_index=page)
        for page, size, marks in specs
    ]


def _as_before(blocks: list[RawBlock], rendered: bool) -> str | None:
    """The pages forgotten as they were before: a new mark made for every block."""
    if rendered or not blocks:
        return None
    if all(b.page_index == blocks[0].page_index for b in blocks):
        return word_pages._forget_after_first_page(blocks)
    held: dict[int, int] = {}
    for block in blocks:
        held[block.page_index] = held.get(block.page_index, 0) + len(block.text)
    overflowing = sorted(page for page, size in held.items() if size > word_pages.PAGE_HOLDS)
    if not overflowing:
        return None
    starts = next(i for i, b in enumerate(blocks) if b.page_index == overflowing[0])
    for block in blocks[starts + 1 :]:
        block.pages = tuple(PageMark(m.offset, None) for m in block.pages)
    return "said"


@settings(max_examples=300, deadline=None)
@given(st.lists(_BLOCK, max_size=8), st.booleans())
def test_pages_forgotten_as_before(
    specs: list[tuple[int, int, list[PageMark]]], rendered: bool
) -> None:
    blocks, expected = _blocks(specs), _blocks(specs)
    said = forget_unknown_pages(blocks, rendered)
    assert (said is None) == (_as_before(expected, rendered) is None)
    assert [b.pages for b in blocks] == [b.pages for b in expected]


def test_one_mark_serves_every_forgotten_block() -> None:
    specs = [(0, word_pages.PAGE_HOLDS + 1, [PageMark(0, "1")])]
    specs += [(page, 10, [PageMark(0, str(page + 1))]) for page in range(1, 50)]
    blocks = _blocks(specs)
    assert forget_unknown_pages(blocks, rendered=False)
    assert len({id(b.pages) for b in blocks[1:]}) == 1
