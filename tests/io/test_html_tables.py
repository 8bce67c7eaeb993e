"""EDGAR HTML tables as filing agents set them: a summary term sheet one table per printed
page, price tables on a grid with "$" cells and spacer columns, notes under them."""

from __future__ import annotations

from pathlib import Path

from amendtool.core.model import (
    CELL_PARAGRAPH_BREAK,
    Document,
    ParagraphKind,
    cell_paragraphs,
    row_caption,
)
from amendtool.io.load import load_document

BREAK = '<div style="page-break-before:always"></div>'


def folio(label: str) -> str:
    return f'<p style="text-align:center">{label}</p>'


def term_row(caption: str, *paragraphs: str) -> str:
    cell = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<tr><td style="width:26%"><p><b>{caption}</b></p></td>'
        f'<td style="width:2%"></td><td>{cell}</td></tr>'
    )


SECTIONS = "".join(
    f"<p><b>{n}. {title}</b></p><p>We describe the {title.lower()} in this section.</p>"
    for n, title in enumerate(["Number of Shares", "Purpose", "Procedures"], start=1)
)


def load(tmp_path: Path, body: str) -> Document:
    path = tmp_path / "offer.htm"
    path.write_text(f"<html><body>{body}</body></html>")
    return load_document(path)


def test_a_term_sheet_set_one_table_a_page_is_one_table_whose_rows_keep_their_pages(
    tmp_path: Path,
) -> None:
    body = (
        '<p style="text-align:center"><b>OFFER TO PURCHASE FOR CASH</b></p>'
        + BREAK
        + '<p style="text-align:center"><b>SUMMARY TERM SHEET</b></p>'
        "<p>We are providing this summary term sheet for your convenience.</p>"
        "<table>"
        + term_row("Purchase Price", "$22.50 per Share, net to the seller in cash.")
        + term_row("Expiration Date", "The offer expires at 5:00 p.m. on April 3, 2023.")
        + "</table>"
        + folio("1")
        + BREAK
        + "<table>"
        + term_row(
            "Source and Amount of Funds",
            "We will pay with cash on hand.",
            "The offer is not subject to a financing condition.",
        )
        + "</table>"
        + folio("2")
        + BREAK
        + '<p style="text-align:center"><b>THE TENDER OFFER</b></p>'
        + SECTIONS
        + folio("3")
    )
    summary = load(tmp_path, body).sections[1]
    assert summary.name == "Summary Term Sheet"
    rows = [p for p in summary.paragraphs if p.kind is ParagraphKind.TABLE_ROW]
    assert [row_caption(p.text) for p in rows] == [
        "Purchase Price",
        "Expiration Date",
        "Source and Amount of Funds",
    ]
    assert [p.page for p in rows] == ["1", "1", "2"]
    assert len({p.table for p in rows}) == 1
    assert all(len(p.cells) == 2 for p in rows)  # the spacer column is not a cell
    assert cell_paragraphs(rows[2].cells[1]) == [
        "We will pay with cash on hand.",
        "The offer is not subject to a financing condition.",
    ]
    assert CELL_PARAGRAPH_BREAK in rows[2].text


def test_a_price_table_on_a_grid_with_sign_cells_and_a_note(tmp_path: Path) -> None:
    def figures(label: str, high: str, low: str) -> str:
        return (
            f"<tr><td>{label}</td><td></td><td>$</td><td>{high}</td><td></td>"
            f"<td>$</td><td>{low}</td></tr>"
        )

    body = (
        SECTIONS
        + "<p><b>4. Price Range of Shares</b></p><p>The prices were as follows:</p>"
        + "<table>"
        + '<tr><td></td><td></td><td colspan="2"><b>High</b></td><td></td>'
        + '<td colspan="2"><b>Low<sup>(1)</sup></b></td></tr>'
        + '<tr><td colspan="7"><b>2023</b></td></tr>'
        + figures("First Quarter", "21.35", "19.02")
        + figures("Second Quarter", "24.90", "21.87")
        + "</table>"
        + "<p><sup>(1)</sup>&#160;Lowest sale price of the quarter on the NYSE.</p>"
        + "<p>We urge you to obtain current market quotations.</p>"
    )
    section4 = load(tmp_path, body).numbered_sections()[3]
    assert [(p.kind, p.cells) for p in section4.paragraphs[1:]] == [
        (ParagraphKind.TABLE_ROW, ["", "High", "Low(1)"]),
        (ParagraphKind.TABLE_ROW, ["2023", "", ""]),
        (ParagraphKind.TABLE_ROW, ["First Quarter", "$21.35", "$19.02"]),
        (ParagraphKind.TABLE_ROW, ["Second Quarter", "$24.90", "$21.87"]),
        (ParagraphKind.FOOTNOTE, ["Lowest sale price of the quarter on the NYSE."]),
        (ParagraphKind.BODY, ["We urge you to obtain current market quotations."]),
    ]
    assert section4.paragraphs[5].note == "1"


def test_a_superscript_note_at_the_foot_of_the_page_follows_its_paragraph(
    tmp_path: Path,
) -> None:
    body = (
        SECTIONS
        + "<p><b>4. Source of Funds</b></p>"
        + "<p>We will pay with cash on hand.<sup>1</sup></p>"
        + "<p>We will not borrow to pay for the Shares.</p>"
        + "<p><sup>1</sup> As of December 31, 2022, we held $60.2 million in cash.</p>"
        + folio("10")
    )
    section4 = load(tmp_path, body).numbered_sections()[3]
    assert [(p.kind, p.note, p.text, p.page) for p in section4.paragraphs] == [
        (ParagraphKind.BODY, None, "We will pay with cash on hand.", "10"),
        (
            ParagraphKind.FOOTNOTE,
            "1",
            "As of December 31, 2022, we held $60.2 million in cash.",
            "10",
        ),
        (ParagraphKind.BODY, None, "We will not borrow to pay for the Shares.", "10"),
    ]


def test_a_short_caption_cell_is_a_row_not_a_numbered_paragraph(tmp_path: Path) -> None:
    body = SECTIONS + (
        "<table><tr><td>Price</td><td>$22.50 per Share.</td></tr>"
        "<tr><td>Odd lots</td><td>Not given priority.</td></tr></table>"
    )
    section3 = load(tmp_path, body).numbered_sections()[2]
    rows = [p.cells for p in section3.paragraphs if p.kind is ParagraphKind.TABLE_ROW]
    assert rows == [["Price", "$22.50 per Share."], ["Odd lots", "Not given priority."]]
