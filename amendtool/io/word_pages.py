"""Printed page numbers of a Word file: each section's numbering (start, format, whether
its header or footer prints a PAGE field) and numbers formatted as Word prints them."""

from __future__ import annotations

import re

import docx
from lxml import etree

from amendtool.core.numerals import roman
from amendtool.io.word_xml import (
    _R_NS,
    W_FMT,
    W_FOOTERREFERENCE,
    W_HEADERREFERENCE,
    W_PGNUMTYPE,
    W_START,
    W_TITLEPG,
    W_TYPE,
    W_VAL,
)


class _SectionProps:
    def __init__(self, sect_pr: etree._Element | None) -> None:
        self.start: int | None = None
        self.fmt = "decimal"
        self.starts_new_page = True
        self.prints_numbers = True
        self.prints_first = True  # the section's first page, when it has a header of its own
        self.title_page = False  # "Different First Page"
        self.references: dict[str, list[str]] = {}  # by type: default, first, even
        if sect_pr is None:
            return
        for ref in sect_pr:
            if ref.tag in (W_HEADERREFERENCE, W_FOOTERREFERENCE):
                rid = ref.get(f"{{{_R_NS}}}id") or ""
                self.references.setdefault(ref.get(W_TYPE) or "default", []).append(rid)
        title = sect_pr.find(W_TITLEPG)
        self.title_page = title is not None and title.get(W_VAL) not in ("0", "false", "off")
        pg = sect_pr.find(W_PGNUMTYPE)
        if pg is not None:
            start = pg.get(W_START)
            self.start = int(start) if start and start.lstrip("-").isdigit() else None
            self.fmt = pg.get(W_FMT) or "decimal"
        kind = sect_pr.find(W_TYPE)
        if kind is not None and kind.get(W_VAL) == "continuous":
            self.starts_new_page = False


_PAGE_FIELD = re.compile(rb"(?:instrText[^>]*>|instr=\")\s*PAGE\b")


def _mark_printed_numbers(sections: list[_SectionProps], document: docx.document.Document) -> None:
    """A page's number is what its header or footer prints; no PAGE field, no printed number."""
    parts = document.part.related_parts
    inherited: dict[str, bool] = {}  # a section without a header of a type uses the last one's
    for props in sections:
        for kind, rids in props.references.items():
            inherited[kind] = any(
                rid in parts and _PAGE_FIELD.search(parts[rid].blob) for rid in rids
            )
        props.prints_numbers = inherited.get("default", False)
        # with "Different First Page", the first page prints only what its own header prints
        props.prints_first = inherited.get("first", False)


def _format_page(number: int, fmt: str) -> str:
    if fmt in ("lowerRoman", "upperRoman"):
        numeral = roman(number) or str(number)
        return numeral if fmt == "lowerRoman" else numeral.upper()
    if fmt in ("lowerLetter", "upperLetter") and 1 <= number <= 26:
        letter = chr(ord("a") + number - 1)
        return letter if fmt == "lowerLetter" else letter.upper()
    return str(number)
