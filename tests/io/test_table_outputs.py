"""Tables keep their columns, and a cell its paragraphs, in every output: the filing and
notice (.docx, .htm, .txt) and the redline and conformed copy made from any input format."""

from __future__ import annotations

import io
import re
from pathlib import Path

import docx
from lxml import etree, html

from amendtool.core.amendment import Amendment, draft_amendment
from amendtool.core.filing import load_filing
from amendtool.core.items import AmendmentItem, ItemKind, Locator
from amendtool.core.model import CELL_PARAGRAPH_BREAK as BREAK
from amendtool.io.load import load_document
from amendtool.io.outputs import (
    NOTICE_DOCX,
    SCHEDULE_TO_DOCX,
    SCHEDULE_TO_HTM,
    SCHEDULE_TO_TXT,
    write_outputs,
)
from amendtool.io.redline_docx import build_review_documents
from tests.conftest import SAMPLES

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def word_tables(data: bytes) -> list[list[list[list[str]]]]:
    """Each table of a Word file as rows of cells, each cell its paragraphs' text."""
    root = etree.fromstring(docx.Document(io.BytesIO(data)).element.xml.encode())
    return [
        [
            [
                [
                    t
                    for p in cell.iter(f"{W}p")
                    if (t := "".join(x.text or "" for x in p.iter(f"{W}t")).strip())
                ]
                for cell in row.iter(f"{W}tc")
            ]
            for row in table.iter(f"{W}tr")
        ]
        for table in root.iter(f"{W}tbl")
    ]


def html_offer(figure: str, funds: list[str]) -> str:
    def row(*cells: str) -> str:
        return "<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>"

    paragraphs = "".join(f"<p>{p}</p>" for p in funds)
    return (
        '<html><body><p align="center"><b>OFFER TO PURCHASE</b></p>'
        '<hr style="page-break-after:always">'
        '<p align="center"><b>SUMMARY TERM SHEET</b></p>'
        "<table>"
        + row("<b>Purchase Price</b>", "$22.50 per Share.")
        + row("<b>Source and Amount of Funds</b>", paragraphs)
        + "</table>"
        '<p align="center">1</p><hr style="page-break-after:always">'
        '<p align="center"><b>THE TENDER OFFER</b></p>'
        "<p><b>1. Number of Shares.</b></p><p>We will buy up to 2,000,000 Shares.</p>"
        "<p><b>2. Price Range of Shares.</b></p><p>The prices were as follows:</p>"
        "<table>"
        + row("", "", "<b>High</b>", "", "<b>Low</b>")
        + row("First Quarter", "$", figure, "$", "19.02")
        + "</table>"
        "<p><b>3. Miscellaneous.</b></p><p>We are not aware of any other law.</p>"
        '<p align="center">2</p></body></html>'
    )


FUNDS = ["We will pay with cash on hand.", "No financing is needed."]


def test_the_conformed_copy_of_an_html_offer_has_its_tables(tmp_path: Path) -> None:
    original_path, revised_path = tmp_path / "original.htm", tmp_path / "revised.htm"
    original_path.write_text(html_offer("21.35", FUNDS))
    revised_path.write_text(html_offer("21.55", FUNDS))
    original, revised = load_document(original_path), load_document(revised_path)
    amendment = draft_amendment(original, revised, load_filing(SAMPLES / "filing.toml"))
    assert amendment.change_items
    review = build_review_documents(amendment)
    assert word_tables(review.conformed) == [
        [
            [["Purchase Price"], ["$22.50 per Share."]],
            [["Source and Amount of Funds"], FUNDS],
        ],
        [[[], ["High"], ["Low"]], [["First Quarter"], ["$21.55"], ["$19.02"]]],
    ]
    root = etree.fromstring(docx.Document(io.BytesIO(review.redline)).element.xml.encode())
    deleted = "".join(t.text or "" for t in root.iter(f"{W}delText"))
    assert "35" in deleted and "First Quarter" not in deleted  # the figure, not its row


def row_item(amendment_document: object) -> AmendmentItem:
    rows = [
        "Purchase Price\t$23.25 per Share.",
        f"Source and Amount of Funds\t{FUNDS[0]}{BREAK}{FUNDS[1]}",
    ]
    return AmendmentItem(
        ItemKind.REPLACE_TABLE,
        Locator("part-summary-term-sheet", "Summary Term Sheet", "part", paragraph=1),
        page="1",
        old_text="Purchase Price\t$22.50 per Share.\nSource and Amount of Funds\tWe pay.",
        new_text="\n".join(rows),
        new_paragraphs=rows,
    )


def test_the_filing_and_notice_set_a_quoted_table_with_its_columns_and_cell_paragraphs(
    tmp_path: Path,
) -> None:
    path = tmp_path / "original.htm"
    path.write_text(html_offer("21.35", FUNDS))
    document = load_document(path)
    amendment = Amendment(
        document, document, [row_item(document)], load_filing(SAMPLES / "filing.toml")
    )
    write_outputs(
        amendment, tmp_path, [SCHEDULE_TO_DOCX, NOTICE_DOCX, SCHEDULE_TO_HTM, SCHEDULE_TO_TXT]
    )
    # quoted matter: inside the quotation's marks, opened in the first cell, closed last
    expected = [
        [["\u201cPurchase Price"], ["$23.25 per Share."]],
        [["Source and Amount of Funds"], [FUNDS[0], FUNDS[1] + "\u201d"]],
    ]
    for name in (SCHEDULE_TO_DOCX, NOTICE_DOCX):
        tables = word_tables((tmp_path / name).read_bytes())
        assert expected in tables, name
    page = html.fromstring((tmp_path / SCHEDULE_TO_HTM).read_text())

    def paragraphs(td: html.HtmlElement) -> list[str]:
        found = td.findall("p") or [td]
        return [" ".join(p.text_content().split()) for p in found]

    cells = [[paragraphs(td) for td in tr.findall("td")] for tr in page.iter("tr")]
    assert [c for c in cells if c and c[0] == ["Source and Amount of Funds"]] == [
        [["Source and Amount of Funds"], [FUNDS[0], FUNDS[1] + '"']]
    ]
    text = (tmp_path / SCHEDULE_TO_TXT).read_text()
    assert "?" not in re.sub(r"[A-Za-z]\?", "", text)  # no character lost to ASCII
    lines = text.splitlines()
    first = next(i for i, line in enumerate(lines) if line.lstrip().startswith("Source and Amo"))
    column = lines[first].index("We will pay")
    second = next(i for i, line in enumerate(lines) if "No financing is needed." in line)
    assert lines[second].index("No financing") == column  # in the cell's column
    assert not lines[second][:column].strip()  # no caption run into it (set in, it may wrap)


def test_a_table_inside_a_restated_section_is_set_as_a_table(tmp_path: Path) -> None:
    path = tmp_path / "original.htm"
    path.write_text(html_offer("21.35", FUNDS))
    document = load_document(path)
    section = document.numbered_sections()[1]
    paragraphs = ["The prices were as follows:", "\tHigh\tLow", "First Quarter\t$21.55\t$19.02"]
    item = AmendmentItem(
        ItemKind.REPLACE_SECTION,
        Locator(section.id, section.name, "numbered"),
        page="2",
        old_text="old",
        new_text="\n\n".join(paragraphs),
        new_paragraphs=paragraphs,
    )
    amendment = Amendment(document, document, [item], load_filing(SAMPLES / "filing.toml"))
    write_outputs(amendment, tmp_path, [SCHEDULE_TO_DOCX])
    tables = word_tables((tmp_path / SCHEDULE_TO_DOCX).read_bytes())
    quoted = [[[], ["High"], ["Low"]], [["First Quarter"], ["$21.55"], ["$19.02”"]]]
    assert quoted in tables  # the quotation closes after the table's last figure


def test_a_changed_paragraph_of_a_cell_is_redlined_in_that_paragraph(tmp_path: Path) -> None:
    """A cell holding two paragraphs (a Word term sheet, an HTML one): only the changed
    words are marked, the cell keeps both paragraphs, and the conformed copy reads as the
    revision."""
    revised_funds = [FUNDS[0], "No financing is needed, and none will be sought."]

    def word_offer(funds: list[str], name: str) -> Path:
        word = docx.Document()
        word.add_heading("SUMMARY TERM SHEET", level=1)
        table = word.add_table(rows=2, cols=2)
        table.rows[0].cells[0].text, table.rows[0].cells[1].text = "Price", "$22.50."
        table.rows[1].cells[0].text = "Source and Amount of Funds"
        cell = table.rows[1].cells[1]
        cell.text = funds[0]
        cell.add_paragraph(funds[1])
        word.add_heading("THE TENDER OFFER", level=1)
        for number, title in enumerate(["Number of Shares", "Purpose", "Fees"], start=1):
            word.add_heading(f"{number}. {title}", level=2)
            word.add_paragraph(f"We describe the {title.lower()} here.")
        path = tmp_path / name
        word.save(str(path))
        return path

    cases = {
        "docx": (word_offer(FUNDS, "o.docx"), word_offer(revised_funds, "r.docx")),
        "htm": (tmp_path / "o.htm", tmp_path / "r.htm"),
    }
    cases["htm"][0].write_text(html_offer("21.35", FUNDS))
    cases["htm"][1].write_text(html_offer("21.35", revised_funds))
    for name, (original_path, revised_path) in cases.items():
        original, revised = load_document(original_path), load_document(revised_path)
        amendment = draft_amendment(original, revised, load_filing(SAMPLES / "filing.toml"))
        review = build_review_documents(amendment)
        root = etree.fromstring(docx.Document(io.BytesIO(review.redline)).element.xml.encode())
        inserted = "".join(t.text or "" for e in root.iter(f"{W}ins") for t in e.iter(f"{W}t"))
        assert inserted.strip().startswith(", and none"), name  # the words added, no more
        assert not list(root.iter(f"{W}delText")) or "financing" not in "".join(
            t.text or "" for t in root.iter(f"{W}delText")
        ), name
        funds_row = next(
            row for t in word_tables(review.conformed) for row in t if "Funds" in row[0][0]
        )
        assert funds_row[1] == revised_funds, name


def test_the_item_after_a_quoted_table_is_set_apart_from_it(tmp_path: Path) -> None:
    path = tmp_path / "original.htm"
    path.write_text(html_offer("21.35", FUNDS))
    document = load_document(path)
    amendment = Amendment(
        document, document, [row_item(document)], load_filing(SAMPLES / "filing.toml")
    )
    write_outputs(amendment, tmp_path, [SCHEDULE_TO_DOCX, NOTICE_DOCX])
    for name in (SCHEDULE_TO_DOCX, NOTICE_DOCX):
        body = docx.Document(io.BytesIO((tmp_path / name).read_bytes())).element.body
        after = [t.getnext() for t in body.iter(f"{W}tbl")]
        after = [p for p in after if p.find(f"{W}pPr/{W}sectPr") is None]  # no section end
        assert after, name
        for paragraph in after:
            spacing = paragraph.find(f"{W}pPr/{W}spacing")
            before = int(spacing.get(f"{W}before", "0")) if spacing is not None else 0
            assert before >= 240, (name, etree.tostring(paragraph)[:300])
