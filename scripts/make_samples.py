"""Renders the bundled sample Offer to Exchange (and its revised draft) as .docx and EDGAR .txt.

Both renderings share one pagination, so a paragraph prints on the same page in each:
    python scripts/make_samples.py            # writes resources/samples/
The functions are reused by tests/data/make_fixtures.py for other layouts.
"""

from __future__ import annotations

import sys
import textwrap
from dataclasses import dataclass, field, replace
from pathlib import Path

from docx import Document as new_docx
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches, Pt

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from amendtool.io.docx_writer import add_page_field

ROOT = Path(__file__).resolve().parent.parent
SOURCE = Path(__file__).resolve().parent / "sample" / "offer_source.txt"
WIDTH = 78
LINES_PER_PAGE = 28


@dataclass
class Unit:
    """One printed block: cover line, heading, paragraph, question, table row or TOC."""

    kind: str  # cover_line cover_para toc part section para question row signature
    text: str
    number: str | None = None
    cells: list[str] = field(default_factory=list)
    new_page: bool = False


def parse_source(path: Path = SOURCE) -> list[Unit]:
    units: list[Unit] = []
    mode = ""
    for raw in path.read_text(encoding="utf-8").split("\n\n"):
        for chunk in _split_markers(raw):
            chunk = chunk.strip()
            if not chunk or chunk.startswith("# "):
                continue
            if chunk.startswith("## "):
                head = chunk[3:].strip()
                if head == "COVER":
                    mode = "cover"
                elif head == "TOC":
                    units.append(Unit("toc", "TABLE OF CONTENTS", new_page=True))
                    mode = ""
                elif head.startswith("PART "):
                    units.append(Unit("part", head[5:], new_page=True))
                    mode = ""
                elif head.startswith("SECTION "):
                    number, title = head[8:].split(" ", 1)
                    units.append(Unit("section", title, number=number))
                    mode = ""
                continue
            if mode == "cover":
                lines = chunk.split("\n")
                if len(lines) > 1 or len(chunk) < 120:
                    units += [Unit("cover_line", line.strip()) for line in lines]
                else:
                    units.append(Unit("cover_para", " ".join(lines)))
            elif chunk.startswith("| "):
                for line in chunk.split("\n"):
                    cells = [c.strip() for c in line.strip().strip("|").split("|")]
                    units.append(Unit("row", "\t".join(cells), cells=cells))
            elif chunk.startswith("Q: "):
                question, _, answer = chunk.partition("\n")
                units.append(Unit("question", question[3:].strip()))
                if answer.strip():
                    units.append(Unit("para", " ".join(answer.split())))
            elif "\n" in chunk and all(len(x) < 60 for x in chunk.split("\n")):
                units += [Unit("signature", line.strip()) for line in chunk.split("\n")]
            else:
                units.append(Unit("para", " ".join(chunk.split())))
    return units


def _split_markers(raw: str) -> list[str]:
    out, current = [], []
    for line in raw.split("\n"):
        if line.startswith("## ") or line.startswith("# "):
            if current:
                out.append("\n".join(current))
            out.append(line)
            current = []
        else:
            current.append(line)
    if current:
        out.append("\n".join(current))
    return out


# --- revisions -----------------------------------------------------------------------------
SECTION7_NEW = (
    "The conditions to this offer are for our benefit. Except for the conditions that are "
    "dependent upon the receipt of necessary governmental approvals which we may assert at any "
    "time before the acceptance and cancellation of eligible options tendered for exchange, all "
    "other conditions listed in this Section 7 can only be asserted by us before this offer "
    "expires. If such conditions are not asserted by us before this offer expires, they would be "
    "deemed as having been waived by us. We may waive any condition listed in this Section 7 "
    "whether or not we waive any other condition to this offer. The waiver of any of these "
    "rights with respect to particular facts and circumstances is not a waiver with respect to "
    "any other facts or circumstances. Any determination we make concerning the events described "
    "in this Section 7 will be final and binding upon all parties."
)
SECTION17_FIRST = (
    "This Offer to Exchange and our Securities and Exchange Commission reports referred to above "
    "include forward-looking statements."
)
SECTION17_INSERT = (
    "The safe harbor for forward-looking statements contained in the Private Securities "
    "Litigation Reform Act of 1995 only protects companies from liability for their "
    "forward-looking statements if they comply with the requirements of such act. The act does "
    "not provide this protection for transactions such as this offer, to the extent it "
    "constitutes a tender offer, and may not be available for our forward-looking statements "
    "contained or incorporated by reference in this Offer to Exchange."
)


def section_paragraphs(units: list[Unit], number: str) -> list[int]:
    """Indexes of the body units of numbered section `number`."""
    out: list[int] = []
    inside = False
    for i, unit in enumerate(units):
        if unit.kind in ("section", "part"):
            inside = unit.kind == "section" and unit.number == number
            continue
        if inside and unit.kind in ("para", "question", "row", "signature"):
            out.append(i)
    return out


def example_changes(units: list[Unit]) -> list[Unit]:
    """The three changes of the example filing: Section 7's last paragraph, Section 17's."""
    units = [replace(u) for u in units]
    s7 = [i for i in section_paragraphs(units, "7") if units[i].kind == "para"]
    units[s7[-1]].text = SECTION7_NEW
    first = section_paragraphs(units, "17")[0]
    text = units[first].text
    units[first].text = SECTION17_FIRST + text[text.index(". When used") + 1 :]
    units.insert(first + 1, Unit("para", SECTION17_INSERT))
    return units


def full_revisions(units: list[Unit]) -> list[Unit]:
    """The example's three changes plus a deleted paragraph, a few words and a new sentence."""
    units = example_changes(units)
    s4 = section_paragraphs(units, "4")
    units[s4[1]].text += (
        " A notice of withdrawal delivered by facsimile or e-mail must be received by People "
        "Services before the expiration date."
    )
    s5 = section_paragraphs(units, "5")
    units[s5[2]].text = units[s5[2]].text.replace(
        "Within two business days after the expiration date",
        "Within one business day after the expiration date",
    )
    s11 = section_paragraphs(units, "11")
    del units[s11[2]]
    return units


# --- pagination ----------------------------------------------------------------------------
def _wrapped(unit: Unit) -> list[str]:
    if unit.kind in ("cover_line", "part", "toc"):
        return [line.center(WIDTH).rstrip() for line in textwrap.wrap(unit.text, WIDTH - 10)]
    if unit.kind == "section":
        return [f"{unit.number}. {unit.text}."]
    if unit.kind == "row":
        return [_row_line(unit.cells)]
    if unit.kind == "signature":
        return [unit.text]
    indent = "" if unit.kind == "question" else "     "
    return textwrap.wrap(unit.text, WIDTH, initial_indent=indent) or [""]


def _row_line(cells: list[str]) -> str:
    if len(cells) == 3:
        return f"{cells[0]:<34}{cells[1]:>12}{cells[2]:>12}"
    return f"{cells[0]:<28}{cells[1]}"


def paginate(units: list[Unit]) -> list[list[Unit]]:
    """Pages of units: keeps a heading with what follows and starts parts on a new page."""
    pages: list[list[Unit]] = [[]]
    used = 0
    cover_done = False
    for index, unit in enumerate(units):
        if unit.kind not in ("cover_line", "cover_para") and not cover_done:
            cover_done = True
            pages.append([])
            used = 0
        lines = len(_wrapped(unit)) + (0 if unit.kind in ("row", "signature") else 1)
        following = units[index + 1] if index + 1 < len(units) else None
        if unit.kind in ("section", "question", "part") and following is not None:
            lines += len(_wrapped(following)) + 1
        if pages[-1] and cover_done and (unit.new_page or used + lines > LINES_PER_PAGE):
            pages.append([])
            used = 0
        pages[-1].append(unit)
        used += len(_wrapped(unit)) + (0 if unit.kind in ("row", "signature") else 1)
    return pages


def page_labels(pages: list[list[Unit]]) -> list[str | None]:
    """Cover: no folio; table of contents: roman; the rest: 1, 2, 3…"""
    labels: list[str | None] = [None]
    roman = ["i", "ii", "iii", "iv"]
    body = 0
    front = 0
    for page in pages[1:]:
        if any(u.kind == "toc" for u in page) or (front and not body and page[0].kind == "row"):
            labels.append(roman[front])
            front += 1
        else:
            body += 1
            labels.append(str(body))
    return labels


def toc_entries(pages: list[list[Unit]], labels: list[str | None]) -> list[tuple[str, str]]:
    entries = []
    for page, label in zip(pages, labels, strict=True):
        for unit in page:
            if unit.kind == "part":
                entries.append(
                    (
                        unit.text.title()
                        .replace(" Of ", " of ")
                        .replace(" In ", " in ")
                        .replace(" The Offer", " the Offer"),
                        label or "",
                    )
                )
            elif unit.kind == "section":
                entries.append((f"{unit.number}. {unit.text}", label or ""))
    return entries


# --- EDGAR text ----------------------------------------------------------------------------
def render_txt(units: list[Unit], path: Path) -> None:
    pages = paginate(units)
    labels = page_labels(pages)
    toc = toc_entries(pages, labels)
    out: list[str] = []
    for page, label in zip(pages, labels, strict=True):
        lines: list[str] = [""]
        for unit in page:
            if unit.kind == "toc":
                lines += [unit.text.center(WIDTH).rstrip(), ""]
                for title, entry_page in toc:
                    wrapped = textwrap.wrap(title, WIDTH - 12, subsequent_indent="    ")
                    lines += wrapped[:-1]
                    dots = "." * max(3, WIDTH - len(wrapped[-1]) - len(entry_page) - 2)
                    lines.append(f"{wrapped[-1]} {dots} {entry_page}")
                lines.append("")
                continue
            if lines[-1] and lines[-1].strip() and unit.kind not in ("row", "signature"):
                lines.append("")  # a table or signature block ends
            lines += _wrapped(unit)
            if unit.kind not in ("row", "signature"):
                lines.append("")
        lines += ["", label.center(WIDTH).rstrip() if label else "", ""]
        out.append("\n".join(lines))
    path.write_text("\n<PAGE>\n".join(out), encoding="utf-8")


# --- Word ----------------------------------------------------------------------------------
def render_docx(units: list[Unit], path: Path, look: str = "styles") -> None:
    """look="styles": Word heading styles; look="bold": bold, centred or numbered plain text."""
    pages = paginate(units)
    labels = page_labels(pages)
    toc = toc_entries(pages, labels)
    document = new_docx()
    normal = document.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(12)
    normal.paragraph_format.space_after = Pt(10)
    for name in ("Heading 1", "Heading 2"):
        style = document.styles[name]
        style.font.name = "Times New Roman"
        style.font.size = Pt(12)
        style.font.bold = True
        style.font.color.rgb = None
        style.paragraph_format.space_before = Pt(12)
    document.styles["Heading 1"].paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    section = document.sections[0]
    section.left_margin = section.right_margin = Inches(1)
    first_on_page = True
    for page_number, (page, label) in enumerate(zip(pages, labels, strict=True)):
        if page_number == 1 or (page_number > 1 and label == "1"):
            new = document.add_section(WD_SECTION.NEW_PAGE)
            _number_pages(new, "lowerRoman" if label and not label.isdigit() else "decimal")
            first_on_page = False
        else:
            first_on_page = page_number > 0
        table = None
        for unit in page:
            if unit.kind == "row":
                if table is None:
                    table = document.add_table(rows=0, cols=len(unit.cells))
                    table.alignment = WD_TABLE_ALIGNMENT.CENTER
                row = table.add_row()
                for cell, text in zip(row.cells, unit.cells, strict=True):
                    cell.text = text
                continue
            table = None
            paragraph = _docx_paragraph(document, unit, look, toc)
            if first_on_page:
                paragraph.paragraph_format.page_break_before = True
                first_on_page = False
    document.save(str(path))


def _docx_paragraph(document, unit: Unit, look: str, toc):  # type: ignore[no-untyped-def]
    if unit.kind == "toc":
        heading = _heading(document, unit.text, 1, look, centred=True)
        for title, page in toc:
            p = document.add_paragraph()
            p.paragraph_format.tab_stops.add_tab_stop(Inches(6.5), alignment=2, leader=1)
            p.add_run(f"{title}\t{page}")
        return heading
    if unit.kind == "part":
        return _heading(document, unit.text, 1, look, centred=True)
    if unit.kind == "section":
        return _heading(document, f"{unit.number}. {unit.text}", 2, look, centred=False)
    p = document.add_paragraph()
    if unit.kind == "cover_line":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(unit.text).bold = True
    elif unit.kind == "question":
        p.add_run(unit.text).bold = True
    elif unit.kind == "signature":
        p.paragraph_format.space_after = Pt(0)
        p.add_run(unit.text)
    else:
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        p.paragraph_format.first_line_indent = Inches(0.5)
        p.add_run(unit.text)
    return p


def _heading(document, text: str, level: int, look: str, centred: bool):  # type: ignore[no-untyped-def]
    if look == "styles":
        return document.add_heading(text, level)
    p = document.add_paragraph()
    if centred:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run(text).bold = True
    return p


def _number_pages(section, fmt: str) -> None:  # type: ignore[no-untyped-def]
    section.footer.is_linked_to_previous = False
    sect_pr = section._sectPr
    pg = sect_pr.find(qn("w:pgNumType"))
    if pg is None:
        pg = OxmlElement("w:pgNumType")
        sect_pr.append(pg)
    pg.set(qn("w:start"), "1")
    pg.set(qn("w:fmt"), fmt)
    paragraph = section.footer.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_field(paragraph)


def main(out: Path = ROOT / "resources" / "samples") -> None:
    out.mkdir(parents=True, exist_ok=True)
    original = parse_source()
    revised = full_revisions(original)
    for name, units in (("offer-to-exchange", original), ("offer-to-exchange-revised", revised)):
        render_txt(units, out / f"{name}.txt")
        render_docx(units, out / f"{name}.docx")
    pages = paginate(original)
    print(f"wrote {out}: {len(pages)} pages, last printed page {page_labels(pages)[-1]}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "resources" / "samples")
