"""A summary term sheet printed after the cover with no heading of its own: its pages are
the summary, not the cover. An offer may open its summary on a new page straight away with
its first question ("Why are we making the offer?") or with a paragraph that calls itself
a summary; counsel cite its Q&A and paragraphs in "Summary Term Sheet", never as the
cover page's. The section is given no printed heading (none is printed), only its name."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from amendtool.core.model import ParagraphKind, Section, SectionKind
from amendtool.core.pattern_store import compiled

if TYPE_CHECKING:
    from amendtool.core.structure import RawBlock

SUMMARY_TITLE = "Summary Term Sheet"
_CALLS_ITSELF = compiled(r"\b(?:this|the following)\s+summary\b", re.IGNORECASE)
_QUESTIONS = 2  # a Q&A summary asks at least this many questions


def split_unheaded_summary(
    front: Section, blocks: list[RawBlock], used_ids: set[str]
) -> list[Section]:
    """The cover section as read (`blocks`: the block of each of its paragraphs), split
    where a summary with no heading begins on a page after the cover's first page."""
    if not front.paragraphs:
        return []
    start = _summary_start(front, blocks)
    if start is None:
        return [front]
    ident = "part-summary-term-sheet"
    while ident in used_ids:
        ident += "-2"
    used_ids.add(ident)
    summary = Section(
        id=ident,
        kind=SectionKind.PART,
        heading="",
        title=SUMMARY_TITLE,
        paragraphs=front.paragraphs[start:],
        heading_pages=front.paragraphs[start].pages[:1],
    )
    for index, paragraph in enumerate(summary.paragraphs, start=1):
        paragraph.id = f"{ident}/p{index}"
    front.paragraphs = front.paragraphs[:start]
    return [front, summary] if front.paragraphs else [summary]


def _summary_start(front: Section, blocks: list[RawBlock]) -> int | None:
    paragraphs = front.paragraphs
    if len(paragraphs) != len(blocks) or not blocks:
        return None
    cover_page = blocks[0].page_index
    for index in range(1, len(blocks)):
        block = blocks[index]
        if block.page_index == blocks[index - 1].page_index or block.page_index == cover_page:
            continue  # not the top of a page after the cover's first
        rest = paragraphs[index:]
        questions = sum(p.kind is ParagraphKind.QUESTION for p in rest)
        opens_with_question = any(p.kind is ParagraphKind.QUESTION for p in rest[:2])
        if (questions >= _QUESTIONS and opens_with_question) or _CALLS_ITSELF.search(
            rest[0].text[:200]
        ):
            return index
    return None
