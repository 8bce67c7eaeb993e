"""Small offers written in Word (python-docx) as counsel lay them out: the company and the
offer's title on the cover, "THE OFFER" over numbered sections, each section's paragraphs,
and tables of holders with a heading row. A test reads them back as the app does."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import docx

from amendtool.core.model import Document
from amendtool.io.load import load_document


@dataclass(frozen=True)
class Table:
    """A table printed after a section's paragraphs: its heading row, then its rows."""

    heading: tuple[str, ...]
    rows: list[tuple[str, ...]]


@dataclass
class Section:
    heading: str  # "4. Procedures for Electing"
    paragraphs: list[str]
    tables: list[tuple[str, Table]] = field(default_factory=list)  # (lead-in, table)


def word_offer(path: Path, sections: list[Section]) -> Document:
    """The offer saved to `path` as Word writes it, and read back as the app reads it."""
    word = docx.Document()
    word.add_paragraph("KESTREL SYSTEMS, INC.")
    word.add_paragraph("OFFER TO EXCHANGE ELIGIBLE OPTIONS FOR NEW RSUS")
    word.add_heading("THE OFFER", level=1)
    for section in sections:
        word.add_heading(section.heading, level=2)
        for paragraph in section.paragraphs:
            word.add_paragraph(paragraph)
        for lead_in, table in section.tables:
            word.add_paragraph(lead_in)
            printed = word.add_table(rows=0, cols=len(table.heading))
            for row in (table.heading, *table.rows):
                for cell, value in zip(printed.add_row().cells, row, strict=True):
                    cell.text = value
    word.save(str(path))
    return load_document(path)
