"""Print and PDF keep the indents the .docx files have: a quotation of the filing 1 inch in
from the left and half an inch from the right (the house style's "AT Quote"), a body
paragraph's first line half an inch in; and in the redline, a paragraph indented by its
Word style (a block quotation) indented as Word prints it, not set flush."""

from __future__ import annotations

import io

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.shared import Inches

from PySide6.QtGui import QTextDocument

from amendtool.core.amendment import draft_amendment
from amendtool.core.filing import load_filing
from amendtool.gui.printing import FILING, printable
from amendtool.io.load import load_document
from amendtool.io.redline_print import redline_html
from amendtool.resources import resource_path
from tests.conftest import SAMPLES

QT_PIXELS_PER_INCH = 96


def blocks(document: QTextDocument) -> list[tuple[str, float, float, float]]:
    out = []
    block = document.begin()
    while block.isValid():
        f = block.blockFormat()
        out.append((block.text(), f.leftMargin(), f.rightMargin(), f.textIndent()))
        block = block.next()
    return out


def test_the_printed_filing_indents_its_quotations_as_the_docx_does(qapp) -> None:  # type: ignore[no-untyped-def]
    template = docx.Document(str(resource_path("templates", "house-style.docx")))
    quote = template.styles["AT Quote"].paragraph_format
    left = quote.left_indent.inches * QT_PIXELS_PER_INCH
    right = quote.right_indent.inches * QT_PIXELS_PER_INCH
    amendment = draft_amendment(
        load_document(SAMPLES / "offer-to-exchange.docx"),
        load_document(SAMPLES / "offer-to-exchange-revised.docx"),
        load_filing(SAMPLES / "filing.toml"),
    )
    printed = blocks(printable(amendment, FILING))
    quoted = [b for b in printed if b[0].startswith("\u201c")]
    assert quoted and all((b[1], b[2]) == (left, right) for b in quoted)
    opening = next(b for b in printed if b[0].startswith("This Amendment No. 1 amends"))
    assert opening[3] == QT_PIXELS_PER_INCH / 2  # the first line half an inch in


def test_the_printed_redline_keeps_an_indent_its_word_style_gives(qapp) -> None:  # type: ignore[no-untyped-def]
    word = docx.Document()
    style = word.styles.add_style("Block Quotation", WD_STYLE_TYPE.PARAGRAPH)
    style.paragraph_format.left_indent = Inches(1)
    style.paragraph_format.right_indent = Inches(0.5)
    indented = word.styles.add_style("Indented Quotation", WD_STYLE_TYPE.PARAGRAPH)
    indented.base_style = style
    indented.paragraph_format.first_line_indent = Inches(0.25)
    word.add_paragraph("The offer reads:")
    word.add_paragraph("Quoted words, set in by the style.", style="Block Quotation")
    word.add_paragraph("Quoted again, its base style's indents kept.", style="Indented Quotation")
    own = word.add_paragraph("Its own indent over the style's.", style="Block Quotation")
    own.paragraph_format.left_indent = Inches(0.5)
    buffer = io.BytesIO()
    word.save(buffer)
    document = QTextDocument()
    document.setHtml(redline_html(buffer.getvalue(), "Redline"))
    printed = {text: rest for text, *rest in blocks(document)}
    assert printed["The offer reads:"] == [0.0, 0.0, 0.0]
    assert printed["Quoted words, set in by the style."] == [96.0, 48.0, 0.0]
    assert printed["Quoted again, its base style's indents kept."] == [96.0, 48.0, 24.0]
    assert printed["Its own indent over the style's."] == [48.0, 48.0, 0.0]


def test_the_printed_filing_sets_a_quoted_row_in_as_a_quotation(qapp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QTextTable

    from tests.support.html_offer import drafted, offer

    def offer_with(rows: list[tuple[str, str]]) -> str:
        cells = "".join(f"<tr><td><b>{a}</b></td><td>{b}</td></tr>" for a, b in rows)
        return offer(f'<table border="1">{cells}</table>', title="Summary of Terms")

    rows = [("Source of Funds", "Cash on hand."), ("Extension", "We may extend the offer.")]
    added = ("Proration", "If more shares are tendered than we buy, we will prorate.")
    amendment = drafted(tmp_path, offer_with(rows), offer_with([rows[0], added, rows[1]]))
    document = printable(amendment, FILING)
    tables = [f for f in document.rootFrame().childFrames() if isinstance(f, QTextTable)]
    quoted = [
        t
        for t in tables
        if t.cellAt(0, 0).firstCursorPosition().block().text() == "\u201cProration"
    ]
    assert quoted  # the filing's item, and the notice filed with it, quote the row
    assert all(t.format().leftMargin() == QT_PIXELS_PER_INCH for t in quoted)  # as a quote
    # and the instruction stays on the page with the row it introduces, as with a quotation
    from amendtool.core.filing_document import schedule_to_blocks
    from amendtool.gui.print_pages import kept_texts

    kept = kept_texts(schedule_to_blocks(amendment))
    assert any(text.startswith("A. The following row has been inserted") for text in kept)
