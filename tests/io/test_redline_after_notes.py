"""A paragraph inserted after a Word paragraph that carries a footnote goes into the
document body, right after that paragraph, in the redline and the conformed copy; the note
itself stays where Word keeps it (the notes part)."""

from __future__ import annotations

import io
import shutil
import zipfile
from pathlib import Path

import docx

from amendtool.core.amendment import draft_amendment
from amendtool.core.filing import load_filing
from amendtool.core.items import ItemKind
from amendtool.core.model import NOTE_KINDS
from amendtool.io.load import load_document
from amendtool.io.redline_docx import build_review_documents

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
CASE = "2009-docx-pellworth-rsu"
NOTE = "[fn 1] The exchange ratios"
NEW = (
    "The exchange ratios will not be adjusted for any change in the price of our common "
    "stock after the date of this offer."
)


def review_of_insertion(scratch: Path) -> tuple[bytes, bytes, list[str]]:
    """The redline and conformed copy of the Word offer with NEW put in after the paragraph
    whose footnote is 1, and the revision's body paragraphs."""
    from tests.corpus.build import case_files

    case = scratch / CASE
    shutil.copytree(CORPUS / CASE, case)
    source = (case / "original.src").read_text(encoding="utf-8")
    end = source.index("\n\n", source.index(NOTE))
    (case / "revised.src").write_text(
        source[:end] + "\n\n[p] " + NEW + source[end:], encoding="utf-8"
    )
    original, revised = case_files(case, scratch / "built")
    after = load_document(revised)
    amendment = draft_amendment(load_document(original), after, load_filing(case / "filing.toml"))
    assert [i.kind for i in amendment.change_items] == [ItemKind.INSERT_PARAGRAPH]
    review = build_review_documents(amendment)
    body = [p.text for s in after.sections for p in s.paragraphs if p.kind not in NOTE_KINDS]
    return review.redline, review.conformed, body


def part_text(data: bytes, part: str) -> str:
    return zipfile.ZipFile(io.BytesIO(data)).read(part).decode("utf-8")


def test_a_paragraph_after_a_footnoted_one_goes_into_the_body(tmp_path: Path) -> None:
    redline, conformed, _ = review_of_insertion(tmp_path)
    for data in (redline, conformed):
        assert "will not be adjusted" in part_text(data, "word/document.xml")
        assert "will not be adjusted" not in part_text(data, "word/footnotes.xml")


def test_the_conformed_copy_puts_it_right_after_the_footnoted_paragraph(tmp_path: Path) -> None:
    _, conformed, body = review_of_insertion(tmp_path)
    printed = [" ".join(p.text.split()) for p in docx.Document(io.BytesIO(conformed)).paragraphs]
    marked = next(i for i, t in enumerate(printed) if "as shown in the following table" in t)
    assert printed[marked + 1] == NEW
    assert body[body.index(NEW) - 1].startswith("The number of RSUs you will receive")


def test_a_section_added_after_a_note_set_in_the_body_follows_the_note() -> None:
    """An original set in the house style prints its notes in the body: a section added
    after a section that ends with a note goes after the note."""
    from amendtool.core.amendment import Amendment
    from amendtool.core.apply import TextDocument
    from amendtool.core.drafting import draft_items
    from tests.conftest import SAMPLES
    from tests.io.test_redline_property import flat, text_of
    from tests.support.builders import Spec, doc

    before: Spec = [
        ("2. Purpose of the Offer", ["We make the offer.", "It helps us.(2)", "[fn 2] A note."])
    ]
    after: Spec = [*before, ("14. Miscellaneous", [])]
    original, revised = doc(before), doc(after)
    items = draft_items(original, revised).items
    amendment = Amendment(original, revised, items, load_filing(SAMPLES / "filing.toml"))
    redline = build_review_documents(amendment).redline
    assert text_of(redline, accept=True) == flat(TextDocument.from_document(revised).comparable())
