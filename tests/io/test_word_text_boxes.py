"""A Word text box is printed apart from the text: read from the Word file, its paragraphs
follow what anchors it (a paragraph, a table, a heading) but are not counted among the
section's paragraphs, so no paragraph after a box is cited one place on; a change inside a
box is cited as the box, and the redline and the conformed copy carry it in the box."""

from __future__ import annotations

import io
from pathlib import Path

import docx
from docx.oxml.ns import qn

from amendtool.core.amendment import Amendment, draft_amendment
from amendtool.core.filing import load_filing
from amendtool.core.items import AmendmentItem
from amendtool.core.model import Document
from amendtool.core.plain_summary import summarise
from amendtool.core.wording import filing_text, house_wording
from amendtool.io.load import load_document
from amendtool.io.redline_docx import build_review_documents
from tests.conftest import SAMPLES
from tests.io.test_redline import comparable, resolve
from tests.support.text_boxes import text_box

FILING = load_filing(SAMPLES / "filing.toml")
INTRO = "The box below sets out the key dates."
KEY_DATE = "Key date: the offer expires June 30, 2026."
RATIO = "You will receive one New RSU for every 3.0 Eligible Options."
VESTING = "Vesting restarts on the grant date. Vesting is monthly."
LAST = "Questions: equity@quillon.example"
AFTER_TABLE = "The table above sets out the grant terms."


def offer(path: Path, revised: bool = False) -> Path:
    """Three sections: a box anchored in a paragraph, one in a heading, one in a table's
    cell, each with paragraphs after it; the revision changes a word in the first box
    and a word in a paragraph after each box."""

    def say(text: str, old: str, new: str) -> str:
        return text.replace(old, new) if revised else text

    word = docx.Document()
    word.add_heading("THE OFFER", level=1)
    word.add_heading("1. Eligibility", level=2)
    intro = word.add_paragraph(INTRO)
    intro._p.append(text_box(say(KEY_DATE, "offer expires", "offer now expires")))
    word.add_paragraph(say(RATIO, "3.0", "2.5"))
    word.add_paragraph(say(VESTING, "monthly", "quarterly"))
    word.add_paragraph(say(LAST, "equity@", "stock@"))
    heading = word.add_heading("2. Conditions of the Offer", level=2)
    heading._p.append(text_box("Conditions", "Read this section in full."))
    word.add_paragraph("We may waive any condition before the expiration date.")
    word.add_paragraph(say("We will announce any waiver promptly.", "promptly", "at once"))
    word.add_heading("3. Grant Terms", level=2)
    word.add_paragraph("The New RSUs are granted on these terms.")
    table = word.add_table(rows=2, cols=2)
    for row, cells in enumerate((("Term", "Value"), ("Vesting", "Three years"))):
        for column, text in enumerate(cells):
            table.cell(row, column).text = text
    table.cell(1, 1).paragraphs[0]._p.append(text_box("Subject to continued service."))
    word.add_paragraph(say(AFTER_TABLE, "grant terms", "terms of the grant"))
    word.save(str(path))
    return path


def drafted(tmp_path: Path) -> tuple[Document, Amendment]:
    original = load_document(offer(tmp_path / "offer.docx"))
    revised = load_document(offer(tmp_path / "revised.docx", revised=True))
    return original, draft_amendment(original, revised, FILING)


def cited(item: AmendmentItem) -> str:
    return filing_text(item, "(a)(1)(A)")


def test_a_box_is_read_apart_from_the_text_that_anchors_it(tmp_path: Path) -> None:
    document = load_document(offer(tmp_path / "offer.docx"))
    eligibility, conditions, terms = document.numbered_sections()
    assert [(p.text, p.box is not None) for p in eligibility.paragraphs[:2]] == [
        (INTRO, False),
        (KEY_DATE, True),
    ]
    assert [p.text for p in conditions.paragraphs if p.box] == [
        "Conditions",
        "Read this section in full.",
    ]  # its title is the box's, no heading of the offer
    assert len(document.numbered_sections()) == 3
    row = next(p for p in terms.paragraphs if p.text.startswith("Vesting"))
    assert "continued service" not in row.text  # printed apart from the cell, once
    assert [p.text for p in terms.paragraphs if p.box] == ["Subject to continued service."]


def test_a_change_in_a_box_is_cited_as_the_box_and_no_paragraph_moves(tmp_path: Path) -> None:
    _, amendment = drafted(tmp_path)
    texts = [cited(i) for i in amendment.change_items]
    assert len(texts) == 6, texts
    box, ratio, vesting, last, waiver, table = texts
    assert box.startswith(
        'The text box anchored in the first paragraph in "Section 1. Eligibility"'
    ), box
    assert ratio.startswith('The second paragraph in "Section 1. Eligibility"'), ratio
    assert "in the third paragraph in" in vesting, vesting
    assert last.startswith('The last paragraph in "Section 1. Eligibility"'), last
    assert waiver.startswith('The last paragraph in "Section 2. Conditions of the Offer"'), waiver
    assert table.startswith('The last paragraph in "Section 3. Grant Terms"'), table
    plain = summarise(amendment.change_items[0], house_wording()).text
    assert plain.startswith("In the text box next to the first paragraph, we changed"), plain


def test_the_redline_marks_the_change_inside_the_box(tmp_path: Path) -> None:
    """Accept all: the revision, box and all; reject all: the original; the conformed
    copy: the revision; and the inserted word is tracked inside the box."""
    _, amendment = drafted(tmp_path)
    made = build_review_documents(amendment)
    original = comparable((tmp_path / "offer.docx").read_bytes(), tmp_path, "o.docx")
    revised = comparable((tmp_path / "revised.docx").read_bytes(), tmp_path, "r.docx")
    assert comparable(resolve(made.redline, True), tmp_path, "accepted.docx") == revised
    assert comparable(resolve(made.redline, False), tmp_path, "rejected.docx") == original
    assert comparable(made.conformed, tmp_path, "conformed.docx") == revised
    redline = docx.Document(io.BytesIO(made.redline))
    inserted = [
        "".join(t.text or "" for t in ins.iter(qn("w:t")))
        for content in redline.element.body.iter(qn("w:txbxContent"))
        for ins in content.iter(qn("w:ins"))
    ]
    assert any("now" in words for words in inserted), inserted
