"""Whether a Word file knows where its pages break. Word records every page it laid out
(`w:lastRenderedPageBreak`); a file written by another program records only its hard breaks,
so a body of thirty pages after the table of contents would read as one page ("page 3") and
every item would cite it. Printed pages are cited only where the file can say them."""

from __future__ import annotations

from amendtool.core.model import PageMark
from amendtool.core.structure import RawBlock

# More characters than any printed page of an offer holds (a dense page of 10-point text in
# two columns holds about 7,000): a "page" longer than this has page breaks no one recorded.
PAGE_HOLDS = 9_000
# Less than any printed page of an offer holds (a page of 12-point text, double-spaced,
# holds about 1,800): in a file that records no page break at all, a paragraph that starts
# after this much text may stand on any page after the first.
PAGE_SURELY_HOLDS = 1_500


def forget_unknown_pages(blocks: list[RawBlock], rendered: bool) -> str | None:
    """Take the page off every block from the first page that cannot be one printed page on
    (its first block, which starts at a recorded break, keeps it), and say so; None when every
    page is known. A file Word laid out (`rendered`) is trusted."""
    if rendered or not blocks:
        return None
    if all(b.page_index == blocks[0].page_index for b in blocks):
        return _forget_after_first_page(blocks)
    held: dict[int, int] = {}
    for block in blocks:
        held[block.page_index] = held.get(block.page_index, 0) + len(block.text)
    overflowing = sorted(page for page, size in held.items() if size > PAGE_HOLDS)
    if not overflowing:
        return None
    first = overflowing[0]
    starts = next(i for i, b in enumerate(blocks) if b.page_index == first)
    last_known = next((m.label for m in blocks[starts].pages if m.label), None)
    for block in blocks[starts + 1 :]:
        block.pages = tuple(PageMark(m.offset, None) for m in block.pages)
    place = f" from page {last_known} on" if last_known else ""
    return (
        "does not record where its pages break (it was last saved by a program other than "
        f"Word), so its printed pages are not cited{place}; open it in Word and save it "
        "to cite them"
    )


def _forget_after_first_page(blocks: list[RawBlock]) -> str | None:
    """A file that records no page break: only the text a first page surely holds is cited
    on it; nothing says where the pages after it begin."""
    held = 0
    for index, block in enumerate(blocks):
        if held > PAGE_SURELY_HOLDS:
            if not any(m.label for b in blocks[index:] for m in b.pages):
                return None
            for later in blocks[index:]:
                later.pages = tuple(PageMark(m.offset, None) for m in later.pages)
            return (
                "does not record where its pages break (it was last saved by a program other "
                "than Word), so its printed pages are not cited after the first; open it in "
                "Word and save it to cite them"
            )
        if block.note is None:
            held += len(block.text)
    return None
