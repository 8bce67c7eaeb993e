"""A table continued over a page break, its caption or first rows printed again over the
rest ("Price Range of Shares (continued)"), is one table: a change to one row on the second
page cites that row in "the table", on its own page, as counsel would, in every layout
(EDGAR HTML, EDGAR text, Word)."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document as WordDocument
from docx.enum.text import WD_BREAK

from amendtool.core.amendment import draft_amendment
from amendtool.core.filing import load_filing
from amendtool.core.items import ItemKind
from amendtool.core.model import Document, Paragraph, ParagraphKind
from amendtool.core.wording import filing_text
from amendtool.io.load import load_document
from amendtool.io.redline_docx import build_review_documents
from tests.conftest import SAMPLES
from tests.support.html_offer import BREAK, drafted, folio, load, offer, rows

HEAD = "<tr><td></td><td><b>High</b></td><td><b>Low</b></td></tr>"
FIRST = [("First Quarter", "$14.10", "$11.20"), ("Second Quarter", "$13.50", "$10.95")]


def _rows(quarters: list[tuple[str, str, str]]) -> str:
    return "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in quarters)


def _line(text: str) -> str:
    return f'<p style="text-align:center"><b>{text}</b></p>'


def _spanning(text: str) -> str:
    return f'<tr><td colspan="3" style="text-align:center"><b>{text}</b></td></tr>'


# (over the first part, over the continuation): where the table's caption is printed
CAPTIONS = {
    "a line above each part": lambda c: (_line(c), "<table>", _line(f"{c} (continued)"), "<table>"),
    "a <caption> on each part": lambda c: (
        "",
        f"<table><caption>{c}</caption>",
        "",
        f"<table><caption>{c} (Continued)</caption>",
    ),
    "a title row in each part": lambda c: (
        "",
        "<table>" + _spanning(c),
        "",
        "<table>" + _spanning(f"{c} \u2014 Continued"),
    ),
    "a line, then the headings only": lambda c: (_line(c), "<table>", "", "<table>"),
}


def _section(shape: str, low: str) -> str:
    before, opening, over, reopening = CAPTIONS[shape]("Price Range of Shares")
    rest = [("Third Quarter", "$12.80", "$10.10"), ("Fourth Quarter", "$12.40", low)]
    return (
        "<p>The following table sets forth the high and low sales prices of the Shares.</p>"
        + before
        + opening
        + HEAD
        + _rows(FIRST)
        + "</table>"
        + folio("7")
        + BREAK
        + over
        + reopening
        + HEAD
        + _rows(rest)
        + "</table>"
        + "<p>On March 3, 2023, the last reported sale price was $11.90 per Share.</p>"
        + folio("8")
    )


def _table_rows(document: Document) -> list[Paragraph]:
    return [p for p in rows(document) if p.kind is ParagraphKind.TABLE_ROW]


@pytest.mark.parametrize("shape", list(CAPTIONS))
def test_a_continued_table_is_one_table_whose_rows_keep_their_pages(
    tmp_path: Path, shape: str
) -> None:
    document = load(tmp_path, "offer.htm", offer(_section(shape, "$9.85")))
    table = _table_rows(document)
    assert len({p.table for p in table}) == 1
    quarters = [p.cells[0] for p in table if p.cells[0].endswith("Quarter")]
    assert quarters == ["First Quarter", "Second Quarter", "Third Quarter", "Fourth Quarter"]
    assert [p.page for p in table if p.cells[0].endswith("Quarter")] == ["7", "7", "8", "8"]
    assert sum(p.cells[1:] == ["High", "Low"] for p in table) == 1  # headings printed again
    section = next(s for s in document.sections if s.number == "4")
    assert not any("ontinued" in p.text for p in section.paragraphs)


@pytest.mark.parametrize("shape", list(CAPTIONS))
def test_a_row_changed_on_the_second_page_is_cited_alone(tmp_path: Path, shape: str) -> None:
    amendment = drafted(tmp_path, offer(_section(shape, "$9.85")), offer(_section(shape, "$9.58")))
    (item,) = amendment.change_items
    assert item.kind is ItemKind.REPLACE_ROW
    assert item.locator.row_caption == "Fourth Quarter"
    assert item.page == "8"
    assert item.locator.table_count == 1
    assert "Third Quarter" not in item.new_text and "$9.58" in item.new_text
    assert " in the table " in filing_text(item, "(a)(1)(A)").replace("captioned", "")


TEXT = """\
                              THE OFFER

1.   NUMBER OF SHARES.

     We describe the number of shares here in a full sentence.

2.   PRICE RANGE OF SHARES.

     The following table sets forth the high and low sales prices of the Shares.

                          PRICE RANGE OF SHARES
<TABLE>
<CAPTION>
                                                  HIGH          LOW
<S>                                               <C>           <C>
First Quarter...................................  $14.10        $11.20
Second Quarter..................................  $13.50        $10.95
</TABLE>

                                   7
<PAGE>

                    PRICE RANGE OF SHARES (CONTINUED)
<TABLE>
<CAPTION>
                                                  HIGH          LOW
<S>                                               <C>           <C>
Third Quarter...................................  $12.80        $10.10
Fourth Quarter..................................  $12.40        {low}
</TABLE>

     On March 3, 2023, the last reported sale price was $11.90 per Share.

3.   MISCELLANEOUS.

     The offer is not made to holders in any jurisdiction where it would be unlawful.

                                   8
"""


def test_an_edgar_text_table_continued_under_its_caption_is_one_table(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "o.txt").write_text(TEXT.format(low="$ 9.85"))
    (tmp_path / "a" / "r.txt").write_text(TEXT.format(low="$ 9.58"))
    original = load_document(tmp_path / "a" / "o.txt")
    section = next(s for s in original.sections if s.number == "2")
    table = [p for p in section.paragraphs if p.kind is ParagraphKind.TABLE_ROW]
    assert len({p.table for p in table}) == 1
    assert not any("CONTINUED" in p.text.upper() for p in section.paragraphs)
    revised = load_document(tmp_path / "a" / "r.txt")
    amendment = draft_amendment(original, revised, load_filing(SAMPLES / "filing.toml"))
    (item,) = amendment.change_items
    assert item.locator.row_caption == "Fourth Quarter" and item.page == "8"
    assert item.locator.table_count == 1


def _word(path: Path, low: str) -> None:
    document = WordDocument()
    document.add_paragraph("OFFER TO PURCHASE FOR CASH")
    document.add_paragraph("Longford Mills Corporation is offering to buy its shares for cash.")
    document.add_heading("1. Price Range of Shares", level=2)
    document.add_paragraph("The following table sets forth the high and low sales prices.")
    quarters = [*FIRST, ("Third Quarter", "$12.80", "$10.10"), ("Fourth Quarter", "$12.40", low)]
    for part, caption in ((quarters[:2], "Price Range of Shares"), (quarters[2:], None)):
        if caption is None:
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            document.add_paragraph("Price Range of Shares (continued)")
        table = document.add_table(rows=len(part) + 1, cols=3)
        for i, row in enumerate([("", "High", "Low"), *part]):
            for j, text in enumerate(row):
                table.cell(i, j).text = text
    document.add_heading("2. Fees and Expenses", level=2)
    document.add_paragraph("We will pay the fees of the depositary.")
    document.save(str(path))


def test_a_word_table_set_again_under_its_caption_continued_is_one_table(
    tmp_path: Path,
) -> None:
    _word(tmp_path / "o.docx", "$9.85")
    _word(tmp_path / "r.docx", "$9.58")
    original = load_document(tmp_path / "o.docx")
    section = next(s for s in original.sections if s.number == "1")
    table = [p for p in section.paragraphs if p.kind is ParagraphKind.TABLE_ROW]
    assert [p.cells[0] for p in table] == [
        "",
        *(q for q, _, _ in FIRST),
        "Third Quarter",
        "Fourth Quarter",
    ]
    assert not any("ontinued" in p.text for p in section.paragraphs)
    amendment = draft_amendment(
        original, load_document(tmp_path / "r.docx"), load_filing(SAMPLES / "filing.toml")
    )
    (item,) = amendment.change_items
    assert item.locator.row_caption == "Fourth Quarter" and item.locator.table_count == 1
    assert build_review_documents(amendment).redline is not None  # the row's own w:tr
