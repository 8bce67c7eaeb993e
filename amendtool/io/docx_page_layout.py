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


def forget_unknown_pages(blocks: list[RawBlock], rendered: bool) -> str | None:
    """Take the page off every block from the first page that cannot be one printed page on
    (its first block, which starts at a recorded break, keeps it), and say so; None when every
    page is known. A file Word laid out (`rendered`) is trusted."""
    if rendered or not blocks:
        return None
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
