"""The original's printed pages in a Word file set in the house style (an EDGAR original's
redline and conformed copy): each printed page begins on a new page, and its folio is
printed at its foot as the original prints it ("i", "5", none on the cover). A run of
pages numbered one after another is one Word section with a PAGE field in its footer; a
page whose number does not follow (a new numbering, roman to arabic, no folio) starts a
new section that sets it."""

from __future__ import annotations

import copy
import re
from collections.abc import Callable

from docx.document import Document as WordDocument
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from lxml import etree

_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
_UNSET = object()
# what the section properties carry that this module sets for each section
_OWN = (qn("w:footerReference"), qn("w:pgNumType"), qn("w:titlePg"), qn("w:type"))


def page_number(label: str | None) -> tuple[str, int] | None:
    """('decimal', 5) for "5", ('lowerRoman', 4) for "iv"; None for no folio or a folio
    Word cannot count ("A-1")."""
    if not label:
        return None
    if label.isdigit():
        return "decimal", int(label)
    if re.fullmatch(r"[ivxlc]+|[IVXLC]+", label):
        values = [_ROMAN[c] for c in label.lower()]
        total = sum(
            -v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values)
        )
        return ("lowerRoman" if label.islower() else "upperRoman"), total
    return None


class PrintedPages:
    """Called with each paragraph's page before the paragraph is added (`add_empty` adds an
    empty paragraph where the next one goes, for a page or section break)."""

    def __init__(self, word: WordDocument, add_empty: Callable[[], etree._Element]) -> None:
        self.word = word
        self.add_empty = add_empty
        body = word.element.body
        self.body_sect: etree._Element = body.find(qn("w:sectPr"))
        self.previous: object = _UNSET
        self.current: tuple[str, int] | None = None  # the open section's numbering
        self.footers: dict[bool, str] = {}  # folio printed or not → the footer's relationship

    def before(self, label: str | None) -> bool:
        """True when a new printed page begins here."""
        if self.previous is _UNSET:
            self.current, self.previous = page_number(label), label
            return False
        if label == self.previous:
            return False
        before = page_number(self.previous if isinstance(self.previous, str) else None)
        number = page_number(label)
        if before and number and before[0] == number[0] and number[1] == before[1] + 1:
            breaker = self.add_empty()
            breaker.append(parse_xml(f'<w:r {nsdecls("w")}><w:br w:type="page"/></w:r>'))
        else:
            closing = self.add_empty()
            ppr = closing.find(qn("w:pPr"))
            if ppr is None:
                ppr = etree.SubElement(closing, qn("w:pPr"))
            ppr.append(self._section(self.current))
            self.current = number
        self.previous = label
        return True

    def finish(self) -> None:
        """The last section's numbering goes on the body's own section properties."""
        if self.previous is _UNSET or self.body_sect is None:
            return
        own = self._section(self.current)
        parent = self.body_sect.getparent()
        if parent is not None:
            parent.replace(self.body_sect, own)
            self.body_sect = own

    def _section(self, number: tuple[str, int] | None) -> etree._Element:
        """Section properties like the body's, numbered from `number` (no folio: None)."""
        section = copy.deepcopy(self.body_sect)
        for child in list(section):
            if child.tag in _OWN:
                section.remove(child)
        reference = etree.Element(qn("w:footerReference"))
        reference.set(qn("w:type"), "default")
        reference.set(qn("r:id"), self._footer(number is not None))
        section.insert(0, reference)
        numbering = etree.Element(qn("w:pgNumType"))
        if number is not None:
            numbering.set(qn("w:fmt"), number[0])
            numbering.set(qn("w:start"), str(number[1]))
        columns = section.find(qn("w:cols"))
        if columns is not None:
            columns.addprevious(numbering)
        else:
            section.append(numbering)
        return section

    def _footer(self, folio: bool) -> str:
        if folio not in self.footers:
            part, rid = self.word.part.add_footer_part()
            footer = part.element
            for child in list(footer):
                footer.remove(child)
            field = (
                '<w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'
                if folio
                else ""
            )
            footer.append(
                parse_xml(f'<w:p {nsdecls("w")}><w:pPr><w:jc w:val="center"/></w:pPr>{field}</w:p>')
            )
            self.footers[folio] = rid
        return self.footers[folio]
