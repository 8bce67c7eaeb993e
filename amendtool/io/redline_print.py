"""The redline as Word prints it with its markup shown, for Print and Export PDF.

The printed redline is read from the redline .docx itself (the same tracked changes counsel
opens in Word): inserted text underlined, deleted text struck through, each in its colour,
the rest as the offer reads. Printing the Word file's own revisions, rather than drawing
them again from the items, means the paper and the .docx cannot differ.
"""

from __future__ import annotations

import html
import io
import re

import docx
from lxml import etree

from amendtool.core.numerals import roman
from amendtool.io.docx_notes import notes_roots
from amendtool.io.printed_pages import Numbering, ends_section, is_page_break, section_numberings
from amendtool.io.word_styles import indent_values, style_indents

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
INSERTED = "text-decoration: underline; color: #1f3fbf"
DELETED = "text-decoration: line-through; color: #b00020"
_MARKS = {W + "ins": "ins", W + "moveTo": "ins", W + "del": "del", W + "moveFrom": "del"}
_ALIGN = {"center": "center", "right": "right", "end": "right", "both": "justify"}
_TWIPS_PER_PX = 15  # Qt's HTML lengths are pixels at 96 a inch; Word's twips 1440
PAGE_BREAK = "\f"  # where a run breaks the page, until the paragraph is split there


def redline_html(word: bytes, title: str, legend: str = "") -> str:
    """The redline .docx (`word`) as HTML Qt lays out on pages; `legend` heads it. Its
    footnotes and endnotes follow the text under a rule, each after its mark, their
    changes marked too (a page laid out by Qt has no foot to set them at)."""
    document = docx.Document(io.BytesIO(word))
    notes = _Notes(notes_roots(document), style_indents(document.styles.element))
    parts = [
        "<html><head><meta charset='utf-8'>",
        f"<title>{html.escape(title)}</title></head><body>",
    ]
    if legend:
        parts.append(f"<p><i>{html.escape(legend)}</i></p>")
    sections = iter(section_numberings(document))
    anchor, new_page = next(sections, Numbering()).anchor(), False
    for child in document.element.body.iterchildren():
        if child.tag == W + "p":
            paragraph, new_page = _body_paragraph(child, notes, new_page, anchor)
            parts.append(paragraph)
            anchor = ""
            if ends_section(child):
                anchor, new_page = next(sections, Numbering()).anchor(), True
        elif child.tag == W + "tbl":
            if new_page or anchor:  # a table opens the page: a line to start it on
                style = "margin: 0px" + ("; page-break-before: always" if new_page else "")
                parts.append(f"<p style='{style}'>{anchor}</p>")
                anchor, new_page = "", False
            parts.append(_table(child, notes))
    parts.append(notes.printed())
    parts.append("</body></html>")
    return "".join(parts)


def tracked_words(word: bytes) -> tuple[list[str], list[str]]:
    """The text of each insertion and each deletion of the redline .docx (its notes too),
    in order."""
    document = docx.Document(io.BytesIO(word))
    inserted: list[str] = []
    deleted: list[str] = []
    for root in [document.element.body, *notes_roots(document)]:
        for element in root.iter(W + "ins", W + "del"):
            runs = element.iter(W + "r")
            text = "".join(_run_text(r, markup=False) for r in runs)
            if text.strip():
                (inserted if element.tag == W + "ins" else deleted).append(text)
    return inserted, deleted


class _Notes:
    """The notes the text refers to, numbered as Word numbers them: footnotes 1, 2, 3 and
    endnotes i, ii, iii in the order their references print."""

    def __init__(
        self, roots: list[etree._Element], indents: dict[str, dict[str, str]] | None = None
    ) -> None:
        # each paragraph style's indents (its own, else its base style's), read with them
        self.indents = indents or {}
        self.bodies: dict[tuple[str, str], etree._Element] = {}
        for root in roots:
            for note in root.iterchildren(W + "footnote", W + "endnote"):
                kind = note.tag.removeprefix(W)
                self.bodies[(kind, note.get(W + "id", ""))] = note
        self.referred: dict[str, list[tuple[str, etree._Element]]] = {
            "footnote": [],
            "endnote": [],
        }

    def mark(self, reference: etree._Element) -> str:
        """The printed mark of a note reference (none when a custom mark follows it)."""
        kind = reference.tag.removeprefix(W).removesuffix("Reference")
        note = self.bodies.get((kind, reference.get(W + "id", "")))
        if note is None or reference.get(W + "customMarkFollows") in ("1", "true"):
            return ""
        listed = self.referred[kind]
        if all(n is not note for _, n in listed):
            number = len(listed) + 1
            listed.append((roman(number) if kind == "endnote" else str(number), note))
        return next(m for m, n in listed if n is note)

    def printed(self) -> str:
        notes = self.referred["footnote"] + self.referred["endnote"]
        if not notes:
            return ""
        out = ["<hr/>"]
        for mark, note in notes:
            paragraphs = [_paragraph(p, self) for p in note.iterchildren(W + "p")]
            if paragraphs:
                paragraphs[0] = paragraphs[0].replace(">", f"><sup>{mark}</sup>", 1)
            out += paragraphs
        return "".join(out)


def _body_paragraph(
    p: etree._Element, notes: _Notes, new_page: bool, anchor: str
) -> tuple[str, bool]:
    """A paragraph of the body, on a new page when one was started before it, split where
    it breaks the page; and whether the page breaks after it (a break that ends it)."""
    style = _paragraph_style(p, notes.indents)
    pieces = _contents(p, notes).split(PAGE_BREAK)
    after = len(pieces) > 1 and not re.sub(r"<[^>]*>|&nbsp;|\s", "", pieces[-1])
    if after:
        pieces.pop()
    out = []
    for index, piece in enumerate(pieces):
        starts = new_page or index > 0
        rule = "; page-break-before: always" if starts and "page-break-before" not in style else ""
        content = _heading(p, piece) or "&nbsp;"
        out.append(f"<p style='{style}{rule}'>{anchor if index == 0 else ''}{content}</p>")
    return "".join(out), after


def _paragraph(p: etree._Element, notes: _Notes) -> str:
    style = _paragraph_style(p, notes.indents)
    content = _heading(p, _contents(p, notes).replace(PAGE_BREAK, "")) or "&nbsp;"
    return f"<p style='{style}'>{content}</p>"


def _contents(p: etree._Element, notes: _Notes) -> str:
    """The paragraph's runs as HTML, their changes marked; a page break as PAGE_BREAK."""
    runs = []
    for run in p.iter(W + "r"):
        text = _run_text(run, notes=notes)
        if not text:
            continue
        mark = _mark_of(run, p)
        if mark and text != PAGE_BREAK:
            text = f"<span style='{INSERTED if mark == 'ins' else DELETED}'>{text}</span>"
        runs.append(text)
    return "".join(runs)


def _heading(p: etree._Element, content: str) -> str:
    return f"<b>{content}</b>" if content and _is_heading(p) else content


def _paragraph_style(p: etree._Element, indents: dict[str, dict[str, str]] | None = None) -> str:
    """Alignment, the indents (the paragraph's own over its style's: a quotation indented by
    its style is indented on paper as in Word) and a page break before, from w:pPr."""
    rules = ["margin-top: 0px", "margin-bottom: 10px"]
    ppr = p.find(W + "pPr")
    style = ppr.find(W + "pStyle") if ppr is not None else None
    indent = dict((indents or {}).get(style.get(W + "val", ""), {}) if style is not None else {})
    if ppr is not None and (ind := ppr.find(W + "ind")) is not None:
        indent |= indent_values(ind)
    jc = ppr.find(W + "jc") if ppr is not None else None
    aligned = jc.get(W + "val", "") if jc is not None else indent.get("jc", "")
    if align := _ALIGN.get(aligned):  # the paragraph's own, else its style's
        rules.append(f"text-align: {align}")
    for name, rule in (("left", "margin-left"), ("right", "margin-right")):
        if name in indent:
            rules.append(f"{rule}: {int(indent[name]) // _TWIPS_PER_PX}px")
    if "hanging" in indent:
        rules.append(f"text-indent: -{int(indent['hanging']) // _TWIPS_PER_PX}px")
    elif "firstLine" in indent:
        rules.append(f"text-indent: {int(indent['firstLine']) // _TWIPS_PER_PX}px")
    if ppr is not None and ppr.find(W + "pageBreakBefore") is not None:
        rules.append("page-break-before: always")
    return "; ".join(rules)


def _is_heading(p: etree._Element) -> bool:
    style = p.find(f"{W}pPr/{W}pStyle")
    name = (style.get(W + "val", "") if style is not None else "").lower()
    return name.startswith("heading") or name == "title"


def _mark_of(run: etree._Element, paragraph: etree._Element) -> str:
    """'ins' or 'del' for a run inside a tracked insertion or deletion, else ''."""
    node = run.getparent()
    while node is not None and node is not paragraph:
        if node.tag in _MARKS:
            return _MARKS[node.tag]
        node = node.getparent()
    return ""


def _run_text(run: etree._Element, markup: bool = True, notes: _Notes | None = None) -> str:
    """The run's text (escaped, bold and italic kept, note references as their marks, when
    `markup`)."""
    pieces = []
    for child in run.iterchildren():
        if child.tag in (W + "footnoteReference", W + "endnoteReference") and notes and markup:
            if mark := notes.mark(child):
                pieces.append(f"<sup>{mark}</sup>")
        elif child.tag in (W + "t", W + "delText"):
            pieces.append(html.escape(child.text or "") if markup else child.text or "")
        elif child.tag == W + "tab":
            pieces.append(" " if not markup else "&nbsp;&nbsp;&nbsp;&nbsp;")
        elif is_page_break(child):
            pieces.append(PAGE_BREAK if markup else "\n")
        elif child.tag in (W + "br", W + "cr"):
            pieces.append("<br/>" if markup else "\n")
        elif child.tag == W + "noBreakHyphen":
            pieces.append("-")
    text = "".join(pieces)
    if not markup or not text or text == PAGE_BREAK:
        return text
    rpr = run.find(W + "rPr")
    if rpr is not None:
        if _on(rpr.find(W + "b")):
            text = f"<b>{text}</b>"
        if _on(rpr.find(W + "i")):
            text = f"<i>{text}</i>"
    return text


def _on(toggle: etree._Element | None) -> bool:
    return toggle is not None and toggle.get(W + "val", "true") not in ("0", "false", "off")


def _table(table: etree._Element, notes: _Notes) -> str:
    rows = []
    for row in table.iterchildren(W + "tr"):
        cells = []
        for cell in row.iterchildren(W + "tc"):
            inner = "".join(_paragraph(p, notes) for p in cell.iterchildren(W + "p"))
            cells.append(f"<td valign='top'>{inner}</td>")
        rows.append(f"<tr>{''.join(cells)}</tr>")
    return (
        "<table border='1' cellspacing='0' cellpadding='4' width='100%' "
        f"style='border-collapse: collapse'>{''.join(rows)}</table>"
    )
