"""The outline: where a block stands in it, and the rows amendtool outline prints.

The outline rows `amendtool outline` prints: what counsel needs to cite a section.

Where a block stands in the outline (on the cover, inside the numbered run, after it),
which decides whether a part heading there starts a part."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

from amendtool.core.headings import Heading
from amendtool.core.model import Document, Section, SectionKind, is_contents_title
from amendtool.core.part_names import names_a_part
from amendtool.core.pattern_store import compiled
from amendtool.core.segment import strip_heading_stop
from amendtool.core.typography import collapse_spaces


def page_range(section: Section) -> str | None:
    first, last = section.page, section.last_page
    if first is None:
        return last
    if last is None or last == first:
        return first
    return f"{first}-{last}"


def outline_rows(document: Document) -> list[dict[str, Any]]:
    return [
        {
            "name": section.name,
            "kind": section.kind.value,
            "number": section.number,
            "heading": section.heading,
            "pages": page_range(section),
            "first_page": section.page,
            "last_page": section.last_page,
            "paragraphs": len(section.paragraphs),
            "sentences": sum(len(p.sentences) for p in section.paragraphs),
        }
        for section in document.sections
    ]


if TYPE_CHECKING:
    from amendtool.core.structure import RawBlock


class Place:
    """Where a block stands in the outline: on the cover, inside the numbered run, after it."""

    def __init__(
        self, blocks: list[RawBlock], candidates: list[Heading | None], main: list[int]
    ) -> None:
        self.blocks, self.candidates = blocks, candidates
        self.first = min(main) if main else None
        self.last = max(main) if main else None
        known = [b.page_index for b in blocks if b.all_pages_known]
        self.cover_page = min(known) if known else None
        self.display = 0 if known else title_block(blocks, candidates)

    def part_starts(self, index: int, heading: Heading, top_level: int, current: Section) -> bool:
        block = self.blocks[index]
        if (
            block.all_pages_known
            and block.page_index == self.cover_page
            and not names_a_part(heading.title)
        ):
            return False  # the cover page's display lines
        if index < self.display and not names_a_part(heading.title):
            # the title block that opens an unpaged offer: its cover, in whatever style
            # (Title, Heading 1) its display lines were set
            return False
        if heading.level is not None:
            if self.first is not None and index < self.first and names_a_part(heading.title):
                return True  # "SUMMARY TERM SHEET" styled a level below the sections it opens
            return heading.level <= top_level
        if self.first is not None and self.last is not None and self.first < index < self.last:
            return False  # a capitalised line inside a numbered section is a sub-heading
        if self.first is None:
            return True
        if index < self.first:
            return True
        if current.kind is SectionKind.PART and not current.paragraphs:
            return False  # a subtitle under a part heading ("SCHEDULE A" over its title)
        if not (block.centred or block.bold or block.single_line):
            return False
        return self._content_follows(index)

    def _content_follows(self, index: int) -> bool:
        """After the last section a part holds text of its own (not a signing company's
        name over a date, nor the back cover's display lines)."""
        for block, heading in zip(
            self.blocks[index + 1 :], self.candidates[index + 1 :], strict=True
        ):
            if heading is not None and heading.kind is not None:
                continue  # a subtitle: look past it
            if block.table_row or len(collapse_spaces(block.text)) >= 60:
                return True
            if (
                heading is None
                and block.text.rstrip().endswith((".", ":"))
                and len(block.text.split()) >= 6
            ):
                return True
        return False


def title_block(blocks: list[RawBlock], candidates: list[Heading | None]) -> int:
    """How many blocks open the document as its title block: short lines centred or in
    capitals (the issuer, the offer's title, the expiration legend), up to the first prose,
    the first part an offer names, or the first numbered heading."""
    count = 0
    styled = _styled_title(blocks, candidates)
    for index, (block, heading) in enumerate(zip(blocks, candidates, strict=True)):
        text = collapse_spaces(block.text)
        if block.table_row or block.note is not None or block.box or len(text.split()) > 24:
            break
        if not (block.centred or block.capitals or text.upper() == text or index < styled):
            break
        if heading is not None and (
            heading.kind is SectionKind.NUMBERED
            or names_a_part(heading.title)
            or is_contents_title(heading.title)
        ):
            break
        count += 1
    return count


# how a document's own title opens ("Offer to Exchange Certain Outstanding Stock Options",
# "Offer to Purchase for Cash", "Exchange Offer"): the title, never one of its parts
_DOCUMENT_TITLE = compiled(
    r"^(?:(?:the|an?)\s+)?(?:(?:amended|and|restated|revised|supplemental)\s+)*"
    r"(?:offer\s+to\s+[a-z]+|(?:exchange|tender|repurchase)\s+offer|"
    r"offering\s+(?:memorandum|circular)|consent\s+solicitation)\b"
)


def _styled_title(blocks: list[RawBlock], candidates: list[Heading | None]) -> int:
    """How many blocks open the document as headings in a heading style (<h1>, Word's Title
    or Heading 1) around one that names the document itself ("Offer to Exchange …", with
    the issuer above it, its date below): its title block, whatever case it is set in; 0
    when no such title opens the document."""
    titled = False
    for index, (block, heading) in enumerate(zip(blocks, candidates, strict=True)):
        if (
            heading is None
            or block.heading_level is None
            or heading.kind is SectionKind.NUMBERED
            or names_a_part(heading.title)
            or is_contents_title(heading.title)
        ):
            return index if titled else 0
        titled = titled or bool(_DOCUMENT_TITLE.match(collapse_spaces(block.text).lower()))
    return len(blocks) if titled else 0


def titled_level(candidates: list[Heading | None]) -> int:
    """The heading level an offer without numbered sections titles its sections at: the
    highest level (the smallest number) that heads more than one part. A level used once is
    the document's own title (<h1>Offer to Purchase</h1> over <h2> sections)."""
    levels = Counter(h.level for h in candidates if h is not None and h.level is not None)
    return min((level for level, count in levels.items() if count > 1), default=1)


_FEWEST_TITLED = 3  # bold titles that make an outline; one or two are sub-heads of a part


def titles_as_sections(
    blocks: list[RawBlock], candidates: list[Heading | None]
) -> list[Heading | None]:
    """An offer with no numbered sections that titles them in bold (or as headings) on
    lines of their own ("Eligibility", "Withdrawal Rights", each over its text): those
    titles are its sections, as the numbered headings of another offer are, so an item is
    cited in the one it is in."""
    titled = [
        index
        for index, (block, heading) in enumerate(zip(blocks, candidates, strict=True))
        if heading is not None
        and heading.kind is None
        and (block.bold or block.heading_level is not None)  # <h2>, Word's "Heading 2"
        and not block.centred
        and index + 1 < len(blocks)
        and candidates[index + 1] is None
        # a bold line over a table is its caption, unless it names a part of the offer
        and (not blocks[index + 1].table_row or names_a_part(heading.title))
    ]
    if len(titled) < _FEWEST_TITLED:
        return candidates
    out = list(candidates)
    for index in titled:
        heading = candidates[index]
        assert heading is not None
        out[index] = Heading(
            SectionKind.PART, None, strip_heading_stop(heading.title), heading.level
        )
    return out
