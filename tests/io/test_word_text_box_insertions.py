"""A Word offer whose revision adds a paragraph inside a text box, adds a new box, and takes
a box of two paragraphs out whole: each is cited as the box (put in the box after its Nth
paragraph, a box added anchored in its paragraph, the box deleted), and the redline and the
conformed copy still carry the revision (accept all: the revision; reject all: the offer)."""

from __future__ import annotations

from pathlib import Path

import docx

from amendtool.core.amendment import draft_amendment
from amendtool.core.filing import load_filing
from amendtool.core.wording import filing_text
from amendtool.io.load import load_document
from amendtool.io.redline_docx import build_review_documents
from tests.conftest import SAMPLES
from tests.io.test_redline import comparable, resolve
from tests.support.text_boxes import text_box

FILING = load_filing(SAMPLES / "filing.toml")
INTRO = "The box below sets out the key dates."
KEY_DATE = "Key date: the offer expires June 30, 2026."
EASTERN = "All times are Eastern."
RATIO = "You will receive one New RSU for every 3.0 Eligible Options."
NOTE = "Fractions of New RSUs are rounded down."
CONDITIONS = "We may waive any condition before the expiration date."


def offer(path: Path, revised: bool = False) -> Path:
    word = docx.Document()
    word.add_heading("THE OFFER", level=1)
    word.add_heading("1. Eligibility", level=2)
    intro = word.add_paragraph(INTRO)
    intro._p.append(text_box(*([KEY_DATE, EASTERN] if revised else [KEY_DATE])))
    ratio = word.add_paragraph(RATIO)
    if revised:
        ratio._p.append(text_box(NOTE))
    word.add_heading("2. Conditions of the Offer", level=2)
    conditions = word.add_paragraph(CONDITIONS)
    if not revised:
        conditions._p.append(text_box("Conditions", "Read this section in full."))
    word.add_paragraph("We will announce any waiver promptly.")
    word.save(str(path))
    return path


def test_boxes_added_to_and_taken_out_are_cited_and_redlined_as_boxes(tmp_path: Path) -> None:
    original = load_document(offer(tmp_path / "offer.docx"))
    revised = load_document(offer(tmp_path / "revised.docx", revised=True))
    amendment = draft_amendment(original, revised, FILING)
    texts = [filing_text(i, "(a)(1)(A)") for i in amendment.change_items]
    assert len(texts) == 3, texts
    into, added, deleted = texts
    assert into.startswith(
        "The following paragraph has been inserted in the text box anchored in the first "
        'paragraph in "Section 1. Eligibility"'
    ), into
    assert into.endswith("immediately after its first paragraph:"), into
    assert added.startswith(
        'The following text box has been added, anchored in the last paragraph in "Section 1.'
    ), added
    assert deleted.startswith(
        'The text box anchored in the first paragraph in "Section 2. Conditions of the Offer"'
    ), deleted
    assert deleted.endswith("has been deleted in its entirety."), deleted
    made = build_review_documents(amendment)
    before = comparable((tmp_path / "offer.docx").read_bytes(), tmp_path, "o.docx")
    after = comparable((tmp_path / "revised.docx").read_bytes(), tmp_path, "r.docx")
    assert comparable(resolve(made.redline, True), tmp_path, "accepted.docx") == after
    assert comparable(resolve(made.redline, False), tmp_path, "rejected.docx") == before
    assert comparable(made.conformed, tmp_path, "conformed.docx") == after
