"""The Offer to Exchange as counsel cites it: sections, paragraphs, sentences and printed pages."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property

from amendtool.core.pattern_store import compiled
from amendtool.core.segment import split_sentences, strip_heading_stop
from amendtool.core.titles import kept_in_capitals

HEADINGLESS = frozenset({"front", "closing"})  # kinds of section printed with no heading


class SectionKind(StrEnum):
    NUMBERED = "numbered"  # "7. Conditions of the Offer"
    PART = "part"  # "Summary Term Sheet", "Risk Factors"
    FRONT = "front"  # the cover page and anything before the first heading
    CLOSING = "closing"  # the signature block after the last section (closing.py)


# the title of the front section of an offer with no headings: it holds the whole offer, and
# its paragraphs are cited by their place in it, not "on the cover page"
WHOLE_DOCUMENT = "Whole Document"


class ParagraphKind(StrEnum):
    BODY = "body"
    QUESTION = "question"  # a Q&A question in a summary term sheet
    SUBHEADING = "subheading"  # a heading below section level, kept in the section's text
    TABLE_ROW = "table_row"  # one row of a table: cells apart by CELL_BREAK (see `cells`)
    FOOTNOTE = "footnote"  # `note` holds its mark ("3", "*"); its page is where it prints
    ENDNOTE = "endnote"  # likewise, printed at the end of the document
    QUOTATION = "quotation"  # a passage quoted from another document, set in from the margin


# Notes follow the paragraph that refers to them (after the whole table when the mark is in
# a table, so a table stays one run of rows); they are not counted as the section's paragraphs.
NOTE_KINDS = frozenset({ParagraphKind.FOOTNOTE, ParagraphKind.ENDNOTE})
CELL_BREAK = "\t"  # between the cells of a TABLE_ROW paragraph's text
# between the paragraphs of one cell: a line separator, which is white space to the
# comparison rule and a line break (not a new block) in a Qt text pane
CELL_PARAGRAPH_BREAK = "\u2028"
# the style of a table's caption line (Word's own name for it; an HTML <caption> is read
# as a line in it): a line of its own above the table, cited as the table's name
CAPTION_STYLE = "Caption"


def is_caption_style(style: str | None) -> bool:
    """Word gives its style names in any case ("caption"); the HTML reader "Caption"."""
    return (style or "").casefold() == CAPTION_STYLE.casefold()


def row_cells(text: str) -> list[str]:
    """The cells of a table row's text, each as printed (its paragraphs apart)."""
    return text.split(CELL_BREAK)


def cell_paragraphs(cell: str) -> list[str]:
    """The paragraphs of one cell; a cell with no text has none."""
    return [p.strip() for p in cell.split(CELL_PARAGRAPH_BREAK) if p.strip()]


_YEAR = compiled(r"(?:19|20)\d\d")
_ROW_NUMBER = compiled(r"\(?(\d{1,4})[.)]?")  # "4", "4.", "4)", "(4)": a row's number
_NAME_WORDS = 8  # a name after a row's number; more words are a sentence, no name


def numbered_as(cell: str) -> int | None:
    """The number a cell would number its row with ("4", "4.", "(4)"), a year's digits
    included (numbered_rows tells a count of rows from a column of years); None for text."""
    found = _ROW_NUMBER.fullmatch(cell.strip())
    return int(found.group(1)) if found else None


def is_year(text: str) -> bool:
    """A year as a row's caption or a name prints it ("2024")."""
    return _YEAR.fullmatch(text.strip()) is not None


def is_row_number(cell: str) -> bool:
    """A cell that numbers its row ("4", "4.", "(4)"), which names no row: a row put in
    renumbers the rows below it. A year ("2021") names its row."""
    return numbered_as(cell) is not None and not is_year(cell)


def row_caption(text: str) -> str | None:
    """The caption cell that titles a row ("Source and Amount of Funds"), as counsel names
    the row: the first cell, when it is short text and other cells follow."""
    cells = row_cells(text)
    first = " ".join(cells[0].split())
    if len(cells) < 2 or not first or len(first) > 120:
        return None
    if not any(c.isalpha() for c in first) and not _YEAR.fullmatch(first):
        # a figure is no name; a year is ("2021": the grants of that year); a row's number
        # ("No." 4) is none either, the short name after it is ("Kowalczyk, Abe")
        after = " ".join(cells[1].split())
        numbered = is_row_number(first) and any(c.isalpha() for c in after)
        return after if numbered and len(after.split()) <= _NAME_WORDS else None
    return first.rstrip(":").strip()


@dataclass(frozen=True)
class RowLook:
    """How the offer prints a table row (or a paragraph: one cell, never ruled), so a Word
    copy made from an HTML original (the conformed copy, the redline) prints it alike: for
    each cell, the sides ruled ("top", "left", "bottom", "right", apart by spaces) and the
    bold words it opens with (all its words when the whole cell is bold; "" when none)."""

    ruled: tuple[str, ...] = ()
    bold: tuple[str, ...] = ()


@dataclass(frozen=True)
class PageMark:
    """From character `offset` of a paragraph's text on, the printed page is `label`."""

    offset: int
    label: str | None


@dataclass(frozen=True)
class Sentence:
    """A sentence of a paragraph, by where it starts and ends in the paragraph's text."""

    text: str
    start: int
    end: int


@dataclass
class Paragraph:
    """A paragraph, table row or note of the offer, with the pages it prints on and what the
    reader found of its look."""

    id: str
    text: str
    pages: tuple[PageMark, ...] = ()
    kind: ParagraphKind = ParagraphKind.BODY
    style: str | None = None
    indent: int | None = None
    source: object | None = field(default=None, repr=False, compare=False)  # reader's element
    note: str | None = None  # FOOTNOTE / ENDNOTE: the note's mark as printed ("3", "*")
    table: str | None = None  # TABLE_ROW: the table's id; a table continued on the next
    # page keeps one id, while each row keeps the page it is printed on
    marker: str | None = None  # a bulleted list item's mark ("•"): shown, never compared
    # bare superscript note references left out of the text ("purposes.<sup>1</sup>"), as
    # "count:mark" pairs apart by spaces, count the non-space characters before the mark
    note_refs: str | None = None
    # TABLE_ROW: for each column, how many columns the cell set there spans (0: a column the
    # cell before it spans, whose text is empty); None when no cell spans columns
    spans: tuple[int, ...] | None = None
    look: RowLook | None = field(default=None, repr=False, compare=False)  # rules, bold
    # a paragraph of a Word text box: the box's number in the document ("1"), shared by its
    # paragraphs. Word prints a box apart from the text: its paragraphs follow the paragraph
    # (or table, or heading) that anchors it, are not counted among the section's paragraphs
    # and are cited as the box (cited_boxes.py)
    box: str | None = None

    @cached_property
    def sentences(self) -> tuple[Sentence, ...]:
        return tuple(Sentence(self.text[s:e], s, e) for s, e in split_sentences(self.text))

    @property
    def page(self) -> str | None:
        """The printed page on which the paragraph starts."""
        return self.pages[0].label if self.pages else None

    @property
    def last_page(self) -> str | None:
        return self.pages[-1].label if self.pages else None

    @property
    def cells(self) -> list[str]:
        """A table row's cells (a paragraph that is no row is one cell)."""
        return row_cells(self.text)

    def page_at(self, offset: int) -> str | None:
        label = None
        for mark in self.pages:
            if mark.offset > offset:
                break
            label = mark.label
        return label


@dataclass
class Section:
    """A section of the offer, as counsel cite it: its heading, number and paragraphs."""

    id: str
    kind: SectionKind
    heading: str  # as printed, e.g. "7. CONDITIONS OF THE OFFER."
    number: str | None = None
    title: str = ""
    paragraphs: list[Paragraph] = field(default_factory=list)
    heading_pages: tuple[PageMark, ...] = ()
    heading_source: object | None = field(default=None, repr=False, compare=False)
    numbered_as: str = "Section"  # how the offer refers to its numbered sections ("Part I")

    @property
    def name(self) -> str:
        """The section as an amendment quotes it: 'Section 7. Conditions of the Offer'."""
        if self.kind is SectionKind.FRONT:
            return self.title or "Cover Page"
        if self.kind is SectionKind.CLOSING:
            return self.title
        title = quoted_title(self.title)
        if self.kind is SectionKind.NUMBERED:
            return f"{self.numbered_as} {self.number}. {title}"
        return title

    @property
    def is_contents(self) -> bool:
        """A table of contents: its page references follow the layout, not the offer's terms."""
        return is_contents_title(self.title)

    @property
    def page(self) -> str | None:
        if self.heading_pages:
            return self.heading_pages[0].label
        return self.paragraphs[0].page if self.paragraphs else None

    @property
    def last_page(self) -> str | None:
        for paragraph in reversed(self.paragraphs):
            if paragraph.pages:
                return paragraph.last_page
        return self.page


@dataclass
class Document:
    """The offer as read, section by section, with where it was read from and what to tell
    the user about reading it."""

    sections: list[Section]
    source: str = ""
    sha256: str = ""
    notices: list[str] = field(default_factory=list)  # told to the user after loading
    encoding: str = ""  # the codec its text was read with ("" for Word or when unknown)

    def paragraphs(self) -> list[Paragraph]:
        return [p for s in self.sections for p in s.paragraphs]

    def section_by_id(self, section_id: str) -> Section | None:
        return next((s for s in self.sections if s.id == section_id), None)

    def numbered_sections(self) -> list[Section]:
        return [s for s in self.sections if s.kind is SectionKind.NUMBERED]


_SMALL_WORDS = frozenset(
    """
    a an and as at but by for from in into nor of on or per the to upon via vs with
    """.split()
)
_WORD = compiled(r"[A-Za-z][A-Za-z'’]*")


def quoted_title(title: str, capitals: frozenset[str] = frozenset()) -> str:
    """Counsel quote an all-capitals heading in title case, keeping an acronym's capitals
    (listed, or among `capitals`: those the offer's text writes); anything else exactly as
    printed."""
    title = strip_heading_stop(title)
    letters = [c for c in title if c.isalpha()]
    if not letters or any(c.islower() for c in letters):
        return title
    position = 0

    def fix(match: re.Match[str]) -> str:
        nonlocal position
        word = match.group(0)
        before = title[: match.start()]
        first = position == 0 or before.rstrip().endswith((":", ";", "—", "("))
        if before.endswith("(") and title[match.end() :].startswith((' "', " “")):
            first = False  # a defined term: (the "ESPP")
        position += 1
        if len(word) == 1 and (match.end() == len(title) or title[match.end()] in ".-"):
            return word  # initials such as "U.S.", "Schedule A", "A-1"
        lower = word.lower()
        kept = kept_in_capitals(word, capitals) if lower not in _SMALL_WORDS else None
        if kept:
            return kept
        if not first and lower in _SMALL_WORDS:
            return lower
        return word[0] + word[1:].lower()

    return _WORD.sub(fix, title)


def is_contents_title(title: str) -> bool:
    return (
        re.fullmatch(r"(table of )?contents|index", title.strip().rstrip(".").lower()) is not None
    )


def page_number(label: str | None) -> int | str | None:
    """A printed page for items.json: an arabic page as an int, a roman or lettered one as
    printed ("ii", "A-1")."""
    if label is None:
        return None
    return int(label) if label.isdigit() else label
