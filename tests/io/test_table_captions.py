"""A table's caption (an HTML <caption> or a title row spanning the table over its column
headings, a Word paragraph in the Caption style just above the table) is a line of its own
above the table (never lost, never run into the first row or the paragraph before it), and
the table is cited by it: "the row entitled "Second Quarter" in the table captioned
"Quarterly Sales Prices" in …"."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document as WordDocument

from amendtool.core.amendment import draft_amendment
from amendtool.core.filing import load_filing
from amendtool.core.model import CAPTION_STYLE, ParagraphKind
from amendtool.core.wording import filing_text
from amendtool.io.load import load_document
from tests.conftest import SAMPLES
from tests.support.html_offer import drafted, load, offer, rows

CAPTION = "Quarterly Sales Prices of the Shares"
CAPTIONS = {
    "plain": f"<caption>{CAPTION}</caption>",
    "bold, centred": f'<caption style="text-align:center"><b>{CAPTION}</b></caption>',
    "in a paragraph": f"<caption><p><i>{CAPTION}</i></p></caption>",
    # a first row spanning the table, over the column headings: the table's title
    "a title row": f'<tr><td colspan="3" style="text-align:center"><b>{CAPTION}</b></td></tr>',
}


def _section(caption: str, low: str = "$10.95", lead: str = "The prices were as follows") -> str:
    return (
        f"<p>{lead}</p><table>{caption}"
        "<tr><td></td><td><b>High</b></td><td><b>Low</b></td></tr>"
        "<tr><td>First Quarter</td><td>$14.10</td><td>$11.20</td></tr>"
        f"<tr><td>Second Quarter</td><td>$13.50</td><td>{low}</td></tr></table>"
        "<p>On March 3, 2023, the last reported sale price was $11.90.</p>"
    )


@pytest.mark.parametrize("shape", list(CAPTIONS))
def test_the_caption_is_a_line_of_its_own_above_the_rows(tmp_path: Path, shape: str) -> None:
    document = load(tmp_path, "offer.htm", offer(_section(CAPTIONS[shape])))
    section = next(s for s in document.sections if s.number == "4")
    texts = [p.text for p in section.paragraphs]
    at = texts.index(CAPTION)
    caption = section.paragraphs[at]
    assert caption.style == CAPTION_STYLE and caption.kind is ParagraphKind.SUBHEADING
    assert texts[at - 1] == "The prices were as follows"  # not run into the paragraph
    assert section.paragraphs[at + 1].kind is ParagraphKind.TABLE_ROW
    assert all(CAPTION not in p.text for p in rows(document))
    assert [s.number for s in document.sections if s.number] == ["1", "2", "3", "4", "5"]


@pytest.mark.parametrize("shape", list(CAPTIONS))
def test_a_changed_row_cites_the_table_by_its_caption(tmp_path: Path, shape: str) -> None:
    caption = CAPTIONS[shape]
    amendment = drafted(tmp_path, offer(_section(caption)), offer(_section(caption, low="$10.59")))
    (item,) = amendment.change_items
    assert item.locator.table_caption == CAPTION
    text = filing_text(item, "(a)(1)(A)")
    assert f'table captioned "{CAPTION}" in "Section 4. Price Range of Shares"' in text


def test_a_changed_caption_is_an_item_of_its_own(tmp_path: Path) -> None:
    old = offer(_section("<caption>Quarterly Prices</caption>"))
    new = offer(_section(f"<caption>{CAPTION}</caption>"))
    (item,) = drafted(tmp_path, old, new).change_items
    assert "Quarterly Prices" in item.old_text and CAPTION in item.new_text
    assert "First Quarter" not in item.old_text + item.new_text


def test_a_table_without_a_caption_is_cited_as_before(tmp_path: Path) -> None:
    amendment = drafted(tmp_path, offer(_section("")), offer(_section("", low="$10.59")))
    (item,) = amendment.change_items
    assert item.locator.table_caption is None
    assert 'in the table in "Section 4. Price Range of Shares"' in filing_text(item, "(a)(1)(A)")


def _word(path: Path, low: str) -> None:
    document = WordDocument()
    document.add_paragraph("OFFER TO PURCHASE FOR CASH")
    document.add_paragraph("Longford Mills Corporation is offering to buy its shares for cash.")
    document.add_heading("1. Price Range of Shares", level=2)
    document.add_paragraph("The prices were as follows")
    document.add_paragraph(CAPTION, style="Caption")
    table = document.add_table(rows=3, cols=3)
    for i, row in enumerate(
        [
            ("", "High", "Low"),
            ("First Quarter", "$14.10", "$11.20"),
            ("Second Quarter", "$13.50", low),
        ]
    ):
        for j, text in enumerate(row):
            table.cell(i, j).text = text
    document.add_heading("2. Fees and Expenses", level=2)
    document.add_paragraph("We will pay the fees of the depositary.")
    document.save(str(path))


def test_a_word_caption_above_a_table_names_it(tmp_path: Path) -> None:
    _word(tmp_path / "o.docx", "$10.95")
    _word(tmp_path / "r.docx", "$10.59")
    original = load_document(tmp_path / "o.docx")
    assert [s.number for s in original.sections if s.number] == ["1", "2"]
    amendment = draft_amendment(
        original, load_document(tmp_path / "r.docx"), load_filing(SAMPLES / "filing.toml")
    )
    (item,) = amendment.change_items
    assert f'table captioned "{CAPTION}" in "Section 1. Price Range of Shares"' in filing_text(
        item, "(a)(1)"
    )


@pytest.mark.parametrize("shape", list(CAPTIONS))
def test_a_row_put_in_after_a_row_changed_cites_the_table_by_its_caption_too(
    tmp_path: Path, shape: str
) -> None:
    """The row named by the second item is the one the first item restated: the table
    is still the table captioned so, and both items say it alike."""
    caption = CAPTIONS[shape]
    added = "<tr><td>Third Quarter</td><td>$12.80</td><td>$10.40</td></tr></table>"
    new = _section(caption, low="$10.59").replace("</table>", added)
    amendment = drafted(tmp_path, offer(_section(caption)), offer(new))
    assert [i.kind.value for i in amendment.change_items] == ["replace_row", "insert_row"]
    for item in amendment.change_items:
        assert item.locator.table_caption == CAPTION
        text = filing_text(item, "(a)(1)(A)")
        assert f'table captioned "{CAPTION}" in "Section 4. Price Range of Shares"' in text
