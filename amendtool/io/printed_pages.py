"""The original's pages in the printed redline and conformed copy, as Word prints them.

Word starts a new page at a page break (`w:br w:type="page"`, EDGAR's <PAGE> as the reader
wrote it), at a paragraph set to start one, and after a section break; and each section
numbers its pages its own way (none on a cover, roman on a summary, 1, 2 from the offer).
The printed copy keeps both, so a citation "on page 2" reads the same on paper as in Word:
a section's start carries an anchor naming its numbering, which the pages' painter reads.
"""

from __future__ import annotations

from dataclasses import dataclass

from docx.document import Document as WordDocument
from lxml import etree

from amendtool.core.numerals import roman

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
ANCHOR = "page-numbers:"  # page-numbers:<format>:<start or ->:<0|1>[:<0|1> its first page]


@dataclass(frozen=True)
class Numbering:
    """How a section numbers its pages: Word's number format, the number of its first page
    (None: on from the section before), whether its footer prints the number at all, and
    whether its first page does (a cover with a footer of its own, "Different First Page",
    prints only what that footer holds; None: as the others)."""

    style: str = "decimal"
    start: int | None = None
    printed: bool = True
    first_printed: bool | None = None

    def anchor(self) -> str:
        start = "-" if self.start is None else str(self.start)
        first = "" if self.first_printed is None else f":{int(self.first_printed)}"
        return f"<a name='{ANCHOR}{self.style}:{start}:{int(self.printed)}{first}'></a>"

    def prints_first(self) -> bool:
        return self.printed if self.first_printed is None else self.first_printed


def section_numberings(document: WordDocument) -> list[Numbering]:
    """Each section's numbering, in the order of the body (the last is the body's own)."""
    body = document.element.body
    properties = [p for p in body.iter(W + "sectPr")]
    footers: dict[str, bool] = {}
    # a section without a footer of its own has the one before (Word's "Link to Previous");
    # a first-page footer never set anywhere is an empty one
    printed, first = True, False
    out = []
    for sect in properties:
        for reference in sect.iterchildren(W + "footerReference"):
            rid = reference.get(R + "id", "")
            if rid not in footers:
                footers[rid] = _prints_page_number(document, rid)
            kind = reference.get(W + "type", "default")
            if kind == "default":
                printed = footers[rid]
            elif kind == "first":
                first = footers[rid]
        title = sect.find(W + "titlePg")
        own_first = title is not None and title.get(W + "val", "true") not in ("0", "false")
        numbers = sect.find(W + "pgNumType")
        style = numbers.get(W + "fmt", "decimal") if numbers is not None else "decimal"
        start = numbers.get(W + "start") if numbers is not None else None
        number = int(start) if start and start.isdigit() else None
        out.append(Numbering(style, number, printed, first if own_first else None))
    return out


def _prints_page_number(document: WordDocument, rid: str) -> bool:
    part = document.part.related_parts.get(rid)
    return part is not None and b"PAGE" in part.blob


def ends_section(p: etree._Element) -> bool:
    """A paragraph holding a section break: what follows starts a new page (unless the
    break is a continuous one)."""
    sect = p.find(f"{W}pPr/{W}sectPr")
    if sect is None:
        return False
    kind = sect.find(W + "type")
    return kind is None or kind.get(W + "val", "nextPage") != "continuous"


def is_page_break(child: etree._Element) -> bool:
    return child.tag == W + "br" and child.get(W + "type") == "page"


def page_label(numbering: Numbering, number: int, first: bool = False) -> str:
    """The printed page number `number` in the section's format ("" where none prints);
    `first`: the section's first page, whose footer may be its own."""
    if not (numbering.prints_first() if first else numbering.printed):
        return ""
    if numbering.style == "lowerRoman":
        return roman(number)
    if numbering.style == "upperRoman":
        return roman(number).upper()
    if numbering.style in ("lowerLetter", "upperLetter") and number > 0:
        letter = chr(ord("a") + (number - 1) % 26) * ((number - 1) // 26 + 1)
        return letter.upper() if numbering.style == "upperLetter" else letter
    return str(number)


def numbering_from_anchor(name: str) -> Numbering | None:
    if not name.startswith(ANCHOR):
        return None
    parts = name.removeprefix(ANCHOR).split(":")
    if len(parts) not in (3, 4):
        return None
    style, start, printed = parts[:3]
    first = None if len(parts) == 3 else parts[3] != "0"
    number = int(start) if start.isdigit() else None
    return Numbering(style or "decimal", number, printed != "0", first)


def labels(starts: list[tuple[int, Numbering]], pages: int) -> list[str]:
    """Each page's printed number, given the page each section starts on and its
    numbering; pages before the first section's start are numbered 1, 2, … as before."""
    out = [str(n + 1) for n in range(pages)]
    starts = sorted(starts, key=lambda s: s[0])
    number = 0
    for index, (first, numbering) in enumerate(starts):
        last = starts[index + 1][0] if index + 1 < len(starts) else pages
        number = numbering.start if numbering.start is not None else number + 1
        for page in range(first, min(last, pages)):
            out[page] = page_label(numbering, number, page == first)
            number += 1
        number -= 1  # the next section without a start goes on from this one's last page
    return out
