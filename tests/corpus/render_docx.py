"""Sets a corpus offer as a Word document of 2008-2012: heading styles or bold paragraphs,
Word list numbering for sections, questions and clauses, real footnotes, pages as Word saves
them (rendered page breaks), a cover without a folio, roman front matter and arabic body."""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml.ns import qn
from docx.shared import Pt
from lxml import etree

from tests.corpus.markup import Block, Item, PageBreak, Row, pieces, plain

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_LABEL = re.compile(r"^(Q?)(\d+|\([a-z]+\)|\([ivx]+\))\.?\s+")


@dataclass
class DocxStyle:
    headings: str = "styles"  # styles: Heading 2 | bold | listnum: Heading 2 + list number
    parts: str = "styles"  # styles: Heading 1 | bold
    questions: str = "bold"  # bold | listnum ("Q1." or "1." printed by Word)
    lists: str = "listnum"  # listnum: "(a)" printed by Word | text
    list_restart: str = "abstract"  # abstract: a list definition each | override: startOverride
    breaks: str = "rendered"  # rendered: lastRenderedPageBreak | hard: page-break runs
    font: str = "Times New Roman"

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DocxStyle:
        known = cls.__dataclass_fields__
        return cls(**{k: v for k, v in data.items() if k in known})


def _el(tag: str, **attrs: str) -> etree._Element:
    element = etree.Element(qn(tag))
    for key, value in attrs.items():
        element.set(qn(f"w:{key}"), value)
    return element


class _Numbering:
    def __init__(self, document: Any, restart: str) -> None:
        self.root = document.part.numbering_part.element
        self.restart = restart
        self.next_abstract = 100
        self.next_num = 100
        self.shared: dict[tuple[str, str], str] = {}

    def new(self, fmt: str, text: str, shared: bool = True) -> str:
        """A w:num for a list; clause lists of one kind share a definition (each restarted by a
        start override) when restart=override; headings and questions have their own."""
        key = (fmt, text)
        if shared and self.restart == "override" and key in self.shared:
            abstract = self.shared[key]
            return self._num(abstract, restart=True)
        abstract = str(self.next_abstract)
        self.next_abstract += 1
        node = _el("w:abstractNum", abstractNumId=abstract)
        lvl = _el("w:lvl", ilvl="0")
        lvl.append(_el("w:start", val="1"))
        lvl.append(_el("w:numFmt", val=fmt))
        lvl.append(_el("w:lvlText", val=text))
        lvl.append(_el("w:lvlJc", val="left"))
        ppr = _el("w:pPr")
        ppr.append(_el("w:ind", left="720", hanging="720"))
        lvl.append(ppr)
        node.append(lvl)
        first_num = self.root.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(node)
        else:
            self.root.append(node)
        if shared:
            self.shared[key] = abstract
        return self._num(abstract, restart=False)

    def _num(self, abstract: str, restart: bool) -> str:
        num_id = str(self.next_num)
        self.next_num += 1
        num = _el("w:num", numId=num_id)
        num.append(_el("w:abstractNumId", val=abstract))
        if restart:
            override = _el("w:lvlOverride", ilvl="0")
            override.append(_el("w:startOverride", val="1"))
            num.append(override)
        self.root.append(num)
        return num_id


def _label_format(label: str) -> tuple[str, str]:
    """The Word list format of a list whose first label is `label`."""
    if label.startswith("Q"):
        return "decimal", "Q%1."
    if label.startswith("("):
        return ("lowerRoman" if label == "(i)" else "lowerLetter"), "(%1)"
    return "decimal", "%1."


class _Builder:
    def __init__(self, style: DocxStyle) -> None:
        self.style = style
        self.doc = docx.Document()
        normal = self.doc.styles["Normal"]
        normal.font.name = style.font
        normal.font.size = Pt(11)
        self.body = self.doc.element.body
        self.numbering = _Numbering(self.doc, style.list_restart)
        self.pending_break = False
        self.started = False
        self.sections: list[tuple[str, etree._Element | None]] = []  # kind, last paragraph
        self.kind = "none"
        self.expected: int | None = None
        self.last_p: etree._Element | None = None
        self.footnotes: dict[str, str] = {}
        self.footnote_ids: dict[str, int] = {}
        self.list_num: str | None = None
        self.counters: dict[str, str] = {}

    # --- pages -------------------------------------------------------------------------------
    def page(self, label: str | None) -> None:
        kind = "none" if label is None else ("arabic" if label.isdigit() else "roman")
        value = None if label is None else (int(label) if label.isdigit() else _roman(label))
        if self.started and kind != self.kind:
            self.sections.append((self.kind, self.last_p))
            self.expected = None
        if value is not None and self.expected is not None and value != self.expected:
            raise ValueError(
                f"Word numbers pages in turn: page {label} follows {self.expected - 1}"
            )
        self.expected = value + 1 if value is not None else None
        self.kind = kind
        if self.started:
            self.pending_break = True
        self.started = True

    # --- runs ----------------------------------------------------------------------------------
    def runs(self, paragraph: Any, source: str, bold: bool = False) -> None:
        for kind, value in pieces(source):
            if kind == "page":
                self.page(None if value == "-" else value)
                continue
            if kind == "fn":
                self.footnote_ref(paragraph, value)
                continue
            self.run(paragraph, value, bold or kind == "bold")

    def run(self, paragraph: Any, text: str, bold: bool) -> None:
        run = paragraph.add_run()
        if self.pending_break:
            if self.style.breaks == "hard" and not paragraph.text:
                run._r.append(_el("w:br", type="page"))
            else:
                run._r.append(_el("w:lastRenderedPageBreak"))
            self.pending_break = False
        run.add_text(text)
        run.bold = bold or None

    def footnote_ref(self, paragraph: Any, number: str) -> None:
        ident = self.footnote_ids.setdefault(number, len(self.footnote_ids) + 1)
        run = paragraph.add_run()
        rpr = run._r.get_or_add_rPr()
        rpr.append(_el("w:vertAlign", val="superscript"))
        run._r.append(_el("w:footnoteReference", id=str(ident)))

    # --- blocks --------------------------------------------------------------------------------
    def paragraph(self, style: str | None = None) -> Any:
        paragraph = self.doc.add_paragraph(style=style)
        self.last_p = paragraph._p
        return paragraph

    def numbered(self, paragraph: Any, text: str, kind: str) -> str:
        """Takes the typed label off and lets Word print it; returns the text without it."""
        match = _LABEL.match(text)
        if not match:
            return text
        label = match.group(1) + match.group(2)
        if kind in ("h", "q"):
            num = self.counters.get(kind)
            if num is None:
                num = self.numbering.new(*_label_format(label), shared=False)
                self.counters[kind] = num
        elif self.list_num is not None:
            num = self.list_num  # the clauses of one list go on in turn
        else:
            num = self.numbering.new(*_label_format(label))
        if kind == "li":
            self.list_num = num
        ppr = paragraph._p.get_or_add_pPr()
        numpr = _el("w:numPr")
        numpr.append(_el("w:ilvl", val="0"))
        numpr.append(_el("w:numId", val=num))
        ppr.append(numpr)
        return text[match.end() :]

    def block(self, block: Block, runin: str | None) -> None:
        tag, style = block.tag, self.style
        if tag != "li":
            self.list_num = None
        if tag in ("center", "part"):
            level = "Heading 1" if tag == "part" and style.parts == "styles" else None
            p = self.paragraph(level)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            self.runs(p, block.text, bold=True)
        elif tag == "h":
            p = self.paragraph("Heading 2" if style.headings in ("styles", "listnum") else None)
            text = block.text
            if style.headings == "listnum":
                text = self.numbered(p, text, "h")
            self.runs(p, text, bold=True)
        elif tag in ("sub", "q"):
            p = self.paragraph()
            text = block.text
            if tag == "q" and style.questions == "listnum":
                text = self.numbered(p, text, "q")
            self.runs(p, text, bold=True)
        elif tag == "p":
            p = self.paragraph()
            p.paragraph_format.first_line_indent = Pt(36)
            if runin is not None:
                text = runin
                if style.headings == "listnum":
                    text = self.numbered(p, text, "h")
                self.runs(p, text + " ", bold=True)
            self.runs(p, block.text)
        elif tag in ("li", "bullet"):
            p = self.paragraph("List Bullet" if tag == "bullet" else None)
            text = block.text
            if tag == "li" and style.lists == "listnum":
                text = self.numbered(p, text, "li")
            self.runs(p, text)
        elif tag == "quote":
            self.runs(self.paragraph("Quote"), block.text)
        elif tag == "fn":
            self.footnotes[block.options[0]] = block.text
        elif tag == "sig":
            self.runs(self.paragraph(), block.text)
        elif tag == "toc":
            title, page = (c.strip() for c in block.text.rsplit("|", 1))
            self.runs(self.paragraph(), f"{title}\t{page}")
        elif tag in ("table", "terms"):
            self.table(block)
        else:
            raise ValueError(f"Word has no way to set [{tag}]")

    def table(self, block: Block) -> None:
        rows = [r for r in block.rows if isinstance(r, Row)]
        columns = max(len(r.cells) for r in rows if r.kind in ("row", "head"))
        if block.tag == "terms":
            columns = 2
        table = self.doc.add_table(rows=0, cols=columns)
        for row in block.rows:
            if isinstance(row, PageBreak):
                self.page(row.label)
                continue
            cells = table.add_row().cells
            if row.kind in ("group", "caption"):
                merged = cells[0].merge(cells[-1])
                self.runs(merged.paragraphs[0], row.cells[0], bold=True)
                continue
            values = (
                row.cells if block.tag != "terms" else [row.cells[0], " | ".join(row.cells[1:])]
            )
            for index, (cell, text) in enumerate(zip(cells, values, strict=False)):
                parts = text.split(" // ") if block.tag == "terms" else [text]
                for number, part in enumerate(parts):
                    paragraph = cell.paragraphs[0] if number == 0 else cell.add_paragraph()
                    bold = row.kind == "head" or (block.tag == "terms" and index == 0)
                    self.runs(paragraph, part, bold=bold)
        self.last_p = None

    # --- finish --------------------------------------------------------------------------------
    def finish(self, path: Path) -> None:
        self.sections.append((self.kind, None))
        body_sect = self.body.find(qn("w:sectPr"))
        for _kind, last in self.sections[:-1]:
            if last is None:
                last = self.paragraph()._p
                self.body.remove(last)
                raise ValueError("a page-number change must follow a paragraph")
            ppr = last.get_or_add_pPr()
            ppr.append(copy.deepcopy(body_sect))
        for word_section, (kind, _) in zip(self.doc.sections, self.sections, strict=True):
            sect = word_section._sectPr
            for old in sect.findall(qn("w:pgNumType")):
                sect.remove(old)
            if kind == "none":
                continue
            word_section.footer.is_linked_to_previous = False
            footer_p = word_section.footer.paragraphs[0]
            footer_p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            for piece in (("begin",), (" PAGE ",), ("end",)):
                run = footer_p.add_run()
                if piece[0] in ("begin", "end"):
                    run._r.append(_el("w:fldChar", fldCharType=piece[0]))
                else:
                    instr = _el("w:instrText")
                    instr.text = piece[0]
                    run._r.append(instr)
            pg = _el("w:pgNumType", start="1")
            if kind == "roman":
                pg.set(qn("w:fmt"), "lowerRoman")
            sect.append(pg)
        self._footnote_part()
        self.doc.save(str(path))

    def _footnote_part(self) -> None:
        if not self.footnote_ids:
            return
        root = etree.Element(qn("w:footnotes"), nsmap={"w": _W})
        for ident, kind in ((-1, "separator"), (0, "continuationSeparator")):
            note = etree.SubElement(root, qn("w:footnote"))
            note.set(qn("w:type"), kind)
            note.set(qn("w:id"), str(ident))
            etree.SubElement(
                etree.SubElement(etree.SubElement(note, qn("w:p")), qn("w:r")), qn(f"w:{kind}")
            )
        for number, ident in self.footnote_ids.items():
            note = etree.SubElement(root, qn("w:footnote"))
            note.set(qn("w:id"), str(ident))
            p = etree.SubElement(note, qn("w:p"))
            ref = etree.SubElement(p, qn("w:r"))
            rpr = etree.SubElement(ref, qn("w:rPr"))
            etree.SubElement(rpr, qn("w:vertAlign")).set(qn("w:val"), "superscript")
            etree.SubElement(ref, qn("w:footnoteRef"))
            run = etree.SubElement(p, qn("w:r"))
            t = etree.SubElement(run, qn("w:t"))
            t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            t.text = " " + plain(self.footnotes[number])
        blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
        part = Part(
            PackURI("/word/footnotes.xml"),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
            blob,
            self.doc.part.package,
        )
        self.doc.part.relate_to(part, RT.FOOTNOTES)


def _roman(label: str) -> int:
    values = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
    total = 0
    for index, char in enumerate(label.lower()):
        value = values[char]
        following = values[label.lower()[index + 1]] if index + 1 < len(label) else 0
        total += -value if value < following else value
    return total


def render_docx(items: list[Item], style: DocxStyle, path: Path) -> None:
    builder = _Builder(style)
    first = builder.doc.paragraphs
    for paragraph in first:  # the template's empty paragraph
        paragraph._p.getparent().remove(paragraph._p)
    runin: str | None = None
    for item in items:
        if isinstance(item, PageBreak):
            builder.page(item.label)
            continue
        if item.tag == "h" and "runin" in item.options:
            runin = item.text
            continue
        builder.block(item, runin if item.tag == "p" else None)
        runin = None
    builder.finish(path)
