"""A preformatted block (an HTML <pre>, or the lines of an EDGAR text file) keeps the lines
its author set: rows that lead by dots to their values ("Record date ........ February 1,
2023") are a table's rows, one to a line, so a changed value is cited by its row and the
conformed copy keeps the rows apart."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest
from lxml import etree

from amendtool.core.amendment import draft_amendment
from amendtool.core.filing import load_filing
from amendtool.core.model import Document, ParagraphKind
from amendtool.core.wording import filing_text
from amendtool.io.load import load_document
from amendtool.io.redline_docx import build_review_documents
from tests.conftest import SAMPLES

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
LEADER_ROWS = "     Record date ........ February 1, 2023\n     Payment date ....... {payment}\n"


def html_offer(payment: str) -> str:
    rows = LEADER_ROWS.format(payment=payment)
    return (
        '<html><body><p align="center"><b>OFFER TO PURCHASE</b></p>'
        "<p>Northwind Energy Corp. is offering to purchase its preferred shares.</p>"
        '<p align="center">1</p><hr style="page-break-after:always">'
        '<p align="center"><b>THE OFFER</b></p>'
        "<p><b>1. Terms of the Offer.</b></p>"
        "<p>We will purchase all Preferred Shares validly tendered and not withdrawn.</p>"
        f"<pre>\n{rows}</pre>"
        "<p><b>2. Information Concerning Northwind Energy Corp.</b></p>"
        "<p>Northwind is an independent energy company headquartered in Houston, Texas.</p>"
        '<p align="center">2</p></body></html>'
    )


def text_offer(payment: str) -> str:
    rows = LEADER_ROWS.format(payment=payment)
    return (
        "                              OFFER TO PURCHASE\n\n"
        "     Northwind Energy Corp. is offering to purchase its preferred shares.\n\n"
        "                                      1\n<PAGE>\n"
        "                                  THE OFFER\n\n"
        "1.   Terms of the Offer.\n\n"
        "     We will purchase all Preferred Shares validly tendered and not withdrawn\n"
        "before the expiration date, upon the terms and subject to the conditions of\n"
        "this offer.\n\n"
        f"{rows}\n"
        "2.   Information Concerning Northwind Energy Corp.\n\n"
        "     Northwind is an independent energy company headquartered in Houston.\n\n"
        "                                      2\n"
    )


def load(tmp_path: Path, name: str, text: str) -> Document:
    path = tmp_path / name
    path.write_text(text)
    return load_document(path)


FORMATS = {"html <pre>": ("htm", html_offer), "EDGAR text": ("txt", text_offer)}


@pytest.mark.parametrize("form", FORMATS)
def test_leader_rows_are_rows_one_a_line(tmp_path: Path, form: str) -> None:
    ext, offer = FORMATS[form]
    document = load(tmp_path, f"offer.{ext}", offer("March 8, 2023"))
    terms = next(s for s in document.sections if s.title.startswith("Terms"))
    rows = [p for p in terms.paragraphs if p.kind is ParagraphKind.TABLE_ROW]
    assert [p.text for p in rows] == [
        "Record date\tFebruary 1, 2023",
        "Payment date\tMarch 8, 2023",
    ]
    assert len({p.table for p in rows}) == 1


@pytest.mark.parametrize("form", FORMATS)
def test_a_changed_value_is_cited_by_its_row_and_the_conformed_copy_keeps_the_rows(
    tmp_path: Path, form: str
) -> None:
    ext, offer = FORMATS[form]
    original = load(tmp_path, f"original.{ext}", offer("March 8, 2023"))
    revised = load(tmp_path, f"revised.{ext}", offer("March 9, 2023"))
    amendment = draft_amendment(original, revised, load_filing(SAMPLES / "filing.toml"))
    [item] = amendment.change_items
    wording = filing_text(item, "(a)(1)")
    assert wording.startswith('The row entitled "Payment date" in the table in "Section 1.')
    quoted = " ".join(item.new_paragraphs)
    assert "Payment date" in quoted and "March 9, 2023" in quoted
    assert "Record date" not in wording + quoted  # only the changed line is cited
    review = build_review_documents(amendment)
    root = etree.fromstring(docx.Document(io.BytesIO(review.conformed)).element.xml.encode())
    rows = [
        ["".join(t.text or "" for t in cell.iter(f"{W}t")).strip() for cell in row.iter(f"{W}tc")]
        for row in root.iter(f"{W}tr")
    ]
    assert ["Record date", "February 1, 2023"] in rows
    assert ["Payment date", "March 9, 2023"] in rows
