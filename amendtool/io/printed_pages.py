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
ANCHOR = "page-numbers:"  # the anchor's name: page-numbers:<format>:<start or ->:<0|1>


@dataclass(frozen=True)
class Numbering:
    """How a section numbers its pages: Word's number format, the number of its first page
    (None: on from the section before), whether its footer prints the number at all, and
    whether its first page does (a cover set to "Different first page" has a footer of its
    own, often with no number, or none at all: Word prints no number there)."""

    style: str = "decimal"
    start: int | None = None
    printed: bool = True
    first_printed: bool = True

    def anchor(self) -> str:
        start = "-" if self.start is None else str(self.start)
        shown = f"{int(self.printed)}:{int(self.first_printed)}"
        return f"<a name='{ANCHOR}{self.style}:{start}:{shown}'></a>"


def section_numberings(document: WordDocument) -> list[Numbering]:
    """Each section's numbering, in the order of the body (the last is the body's own)."""
    body = document.element.body
    properties = [p for p in body.iter(W + "sectPr")]
    footers: dict[str, bool] = {}
    # a section without a footer of its own has the one before; a first-page footer never
    # given is an empty one
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
        numbers = sect.find(W + "pgNumType")
        style = numbers.get(W + "fmt", "decimal") if numbers is not None else "decimal"
        start = numbers.get(W + "start") if numbers is not None else None
        own_first = _is_on(sect.find(W + "titlePg"))
        out.append(
            Numbering(
                style,
                int(start) if start and start.isdigit() else None,
                printed,
                first if own_first else printed,
            )
        )
    return out


def _is_on(flag: etree._Element | None) -> bool:
    """A Word on/off element (<w:titlePg/>, or with w:val "1", "true", "on")."""
    return flag is not None and flag.get(W + "val", "1").lower() in ("1", "true", "on")


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
    `first`: the section's first page (its own footer, if it has one)."""
    if not (numbering.first_printed if first else numbering.printed):
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
    style, start, printed, first = (parts + parts[2:])[:4]  # no first: as the others
    number = int(start) if start.isdigit() else None
    return Numbering(style or "decimal", number, printed != "0", first != "0")


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
