"""For random documents and edits, the redline accepts to the revised text and rejects to the
original (the redline's own invariant, beside the engine's)."""

from __future__ import annotations

import io
import os
import re
import tempfile
from pathlib import Path

import docx
from hypothesis import HealthCheck, example, given, settings

from amendtool.core.amendment import Amendment
from amendtool.core.apply import TextDocument
from amendtool.core.drafting import draft_items
from amendtool.core.filing import load_filing
from amendtool.core.model import NOTE_KINDS, Document, ParagraphKind
from amendtool.core.structure import build_document
from amendtool.io._oxml_revisions import accept_all, reject_all
from amendtool.io.docx_notes import notes_roots
from amendtool.io.docx_reader import walk_docx
from tests.conftest import SAMPLES
from tests.core.test_roundtrip_property import pairs
from tests.support.builders import Spec, doc
from tests.support.found_pairs import (
    CITATION_LIKE_AN_ADDED_NOTES_MARK,
    CLAUSE_SWAPPED_WITH_A_ROW_AFTER_A_NOTE,
    FOOTNOTE_MADE_BODY,
    NOTE_ALONE_ON_AN_ADDED_COVER,
    NOTE_MOVED_OVER_A_DELETED_ROW,
    NOTE_OPENS_SECTION_BESIDE_ITS_WORDS,
    NOTE_WORDS_MADE_BODY,
    ROW_MADE_PARAGRAPH_BESIDE_A_MOVE,
    ROW_MOVED_UP_AND_CHANGED,
)
from tests.support.row_note_pairs import NOTE_ADDED_TO_A_ROW

EXAMPLES = int(os.environ.get("AMENDTOOL_REDLINE_EXAMPLES", "60"))
FILING = load_filing(SAMPLES / "filing.toml")


def flat(sections: list[tuple[str, list[str]]]) -> list[str]:
    return [text for heading, paragraphs in sections for text in [heading, *paragraphs] if text]


def read_back(data: bytes, accept: bool) -> Document:
    """The redline read as a document with every revision accepted (or rejected), its
    notes' too."""
    word = docx.Document(io.BytesIO(data))
    for root in [word.element.body, *notes_roots(word)]:
        (accept_all if accept else reject_all)(root)
    return build_document(walk_docx(word).blocks)


def text_of(data: bytes, accept: bool) -> list[str]:
    return flat(TextDocument.from_document(read_back(data, accept)).comparable())


def marked(document: Document, rows: bool = False) -> list[str]:
    """The document's text as compared, each note's paragraph marked as a note: words
    that read the same in a note and in the body are not the same filing. With `rows`,
    each table row marked as a row too: a row set as a paragraph is not the same filing."""
    text = TextDocument.from_document(document)
    for section, source in zip(text.sections, document.sections, strict=True):
        section.paragraphs = [
            f"[note] {words}"
            if paragraph.kind in NOTE_KINDS
            else f"[row] {words}"
            if rows and paragraph.kind is ParagraphKind.TABLE_ROW
            else words
            for paragraph, words in zip(source.paragraphs, section.paragraphs, strict=True)
        ]
    return flat(text.comparable())


def shown(data: bytes, accept: bool, rows: bool = False) -> list[str]:
    """What the redline shows accepted (or rejected), notes marked as in `marked`."""
    return marked(read_back(data, accept), rows)


def as_word_prints(spec: Spec) -> Spec:
    """The spec as Word prints it: Word reads a note after the text holding its mark, so a
    note opening the cover (no text before it) follows the text after it, the cover's first
    paragraph or else the next heading. A note whose mark is in a table row is read after
    the table."""
    out: Spec = [(heading, _row_notes_after_table(paragraphs)) for heading, paragraphs in spec]
    for index, (heading, paragraphs) in enumerate(out):
        opening = []
        while not heading and paragraphs and paragraphs[0].startswith("[fn "):
            opening.append(paragraphs.pop(0))
        if not opening:
            continue
        if paragraphs:
            paragraphs[1:1] = opening
        elif index + 1 < len(out):
            out[index + 1][1][0:0] = opening
        else:
            paragraphs.extend(opening)
    return out


def _row_notes_after_table(paragraphs: list[str]) -> list[str]:
    """The notes after rows of a table carried past its last row, in their order."""
    out: list[str] = []
    held: list[str] = []  # notes of rows of the table being read
    for text in paragraphs:
        if text.startswith("[fn ") and (held or (out and "\t" in out[-1])):
            held.append(text)
            continue
        if "\t" not in text and held:
            out += held
            held = []
        out.append(text)
    return out + held


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pairs())
@example(FOOTNOTE_MADE_BODY)  # a footnote replaced by a paragraph of the body
@example(NOTE_OPENS_SECTION_BESIDE_ITS_WORDS)  # a moved note beside a paragraph of its words
@example(CLAUSE_SWAPPED_WITH_A_ROW_AFTER_A_NOTE)  # new body text beside a note set in the body
@example(NOTE_ADDED_TO_A_ROW)  # a note added to a table's row, not set as a body paragraph
@example(CITATION_LIKE_AN_ADDED_NOTES_MARK)  # "(a)(1)" elsewhere, as a new note is added
def test_redline_accepts_to_revised_and_rejects_to_original(pair: tuple[Spec, Spec]) -> None:
    from amendtool.io.redline_docx import build_review_documents

    original, revised = doc(pair[0]), doc(pair[1])
    items = draft_items(original, revised).items
    review = build_review_documents(Amendment(original, revised, items, FILING))
    assert shown(review.redline, accept=True) == marked(revised)
    assert shown(review.redline, accept=False) == marked(original)


def test_paragraphs_put_between_two_rows_restate_the_table_with_them() -> None:
    """Found by the property above: a paragraph moved from the cover and a new one put
    together between two rows of a table. The run of text splits the table, so the table is
    restated with it (not the moved paragraph cited "after the table"), and the redline
    accepts to the revision with the text between the rows."""
    two, three = "Quarter ended\tHigh", "Quarter ended\tHigh\tLow"
    moved = "Offer offer vesting (a)(1) holders eligible $0.001 may eligible."
    added = "(b) Holders be offer offer offer."
    cover = "Cover words of the offer. More words of the offer."
    before: Spec = [
        ("", [moved, cover]),
        ("1. Number of Options", ["Offer not $0.001 not.", two, two, three, three]),
        ("2. Fees and Expenses", ["(a) First clause here.", added, "Other words here."]),
    ]
    after: Spec = [
        ("", [cover]),
        ("1. Number of Options", ["Offer not $0.001 not.", two, two, three, added, moved, three]),
        ("2. Fees and Expenses", ["(a) First clause here.", "Other words here."]),
    ]
    from amendtool.io.redline_docx import build_review_documents

    original, revised = doc(before), doc(after)
    items = draft_items(original, revised).items
    assert not [i for i in items if i.locator.after_table], [i.to_dict() for i in items]
    review = build_review_documents(Amendment(original, revised, items, FILING))
    assert text_of(review.redline, accept=True) == flat(
        TextDocument.from_document(revised).comparable()
    )
    assert text_of(review.redline, accept=False) == flat(
        TextDocument.from_document(original).comparable()
    )


def test_a_moved_note_stays_a_note_beside_a_body_paragraph_of_its_words() -> None:
    """A note kept while the paragraph carrying it is deleted moves to open its section, and
    a new body paragraph has exactly the note's words: accepting gives the note as a note
    and the body paragraph as body text, rejecting gives the original."""
    from amendtool.io.redline_docx import build_review_documents

    section = "3. Conditions of the Offer"
    before: Spec = [
        ("", ["Cover words of the offer."]),
        (section, ["(a) Not not not offer offer.", "Eligible offer new offer.", "[fn 3] Offer."]),
    ]
    after: Spec = [
        ("", ["Cover words of the offer."]),
        (section, ["[fn 3] Offer.", "Offer.", "(a) Not not not offer offer."]),
    ]
    original, revised = doc(before), doc(after)
    items = draft_items(original, revised).items
    review = build_review_documents(Amendment(original, revised, items, FILING))
    assert shown(review.redline, accept=True) == [
        "Cover words of the offer.",
        section,
        "[note] Offer.",
        "Offer.",
        "(a) Not not not offer offer.",
    ]
    assert shown(review.redline, accept=False) == marked(original)


def word_file(spec: Spec, folder: Path) -> Path:
    """The spec as counsel's Word file: headings, paragraphs, rows set in real tables, and
    each "[fn N] …" a real footnote on the paragraph before it (Word numbers them in order;
    one with no paragraph before it in its section is written as a paragraph)."""
    from tests.io.test_word_notes_and_lists import add_notes, reference

    word = docx.Document()
    notes: dict[int, list[str]] = {}
    for heading, paragraphs in spec:
        if heading:
            word.add_heading(heading, level=1 if not heading[:1].isdigit() else 2)
        table = None
        last = None  # the body paragraph a note may refer from
        for text in paragraphs:
            note = re.match(r"^\[fn \S+\] ", text)
            if note and last is not None:
                notes[len(notes) + 1] = [text[note.end() :]]
                reference(last, "footnote", len(notes))
                continue
            if "\t" not in text:
                last = word.add_paragraph(text[note.end() :] if note else text)
                table = None
                continue
            cells = text.split("\t")
            if table is None or len(table.columns) != len(cells):
                table = word.add_table(rows=0, cols=len(cells))
            for cell, value in zip(table.add_row().cells, cells, strict=True):
                cell.text = value
            last = None
    if notes:
        add_notes(word, "footnotes", notes)
    path = folder / f"original-{len(list(folder.iterdir()))}.docx"
    word.save(str(path))
    return path


@settings(
    max_examples=max(EXAMPLES // 2, 10), deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
@given(pairs())
@example(FOOTNOTE_MADE_BODY)  # a real Word footnote replaced by a paragraph of the body
@example(NOTE_OPENS_SECTION_BESIDE_ITS_WORDS)  # a moved Word note beside its words in the body
@example(NOTE_WORDS_MADE_BODY)  # a restated section's note whose words went into the body
@example(ROW_MOVED_UP_AND_CHANGED)  # rows moved and changed, each cited on its own
@example(ROW_MADE_PARAGRAPH_BESIDE_A_MOVE)  # a row's words run into a paragraph, another moved
@example(NOTE_ALONE_ON_AN_ADDED_COVER)  # a Word original with no cover given a note there
@example(NOTE_MOVED_OVER_A_DELETED_ROW)  # a note moved to the top, over a deleted first row
@example(NOTE_ADDED_TO_A_ROW)  # a Word note added to a row of a Word table
def test_redline_on_a_word_original_with_tables_and_notes(pair: tuple[Spec, Spec]) -> None:
    """Accepting gives the revision and rejecting the original, each row a row of a Word
    table and each paragraph a paragraph, in the revision's order."""
    from amendtool.io.load import load_document
    from amendtool.io.redline_docx import build_review_documents

    with tempfile.TemporaryDirectory() as folder:
        original = load_document(word_file(pair[0], Path(folder)))
        revised = doc(pair[1])
        items = draft_items(original, revised).items
        review = build_review_documents(Amendment(original, revised, items, FILING))
        assert review.notes == []  # the Word file itself was redlined, not a house-style copy
        revised_as_printed = doc(as_word_prints(pair[1]))
        assert shown(review.redline, True, rows=True) == marked(revised_as_printed, rows=True)
        assert shown(review.redline, False, rows=True) == marked(original, rows=True)


def test_a_note_moved_across_a_table_keeps_rows_in_the_table(tmp_path: Path) -> None:
    """A paragraph and table rows restated together (the note before a table moved after it,
    a row moved to the top): rows are struck and inserted as rows of the Word table, the
    paragraph as a paragraph, and accepting gives the revision, rejecting the original."""
    from amendtool.io.load import load_document
    from amendtool.io.redline_docx import build_review_documents

    rows = [
        "Purchase Price\tOffer offer. Offer offer.",
        "Expiration Date\tOffer offer offer. Offer offer.",
        "Withdrawal Rights\tOffer offer offer offer. Offer offer.",
    ]
    summary = ("SUMMARY TERM SHEET", ["What is the offer?", "Offer offer offer."])
    note = "Note (a) Offer offer offer."
    before: Spec = [
        ("", []),
        summary,
        ("1. Fees and Expenses", ["Offer offer offer.", note, *rows]),
    ]
    after: Spec = [
        ("", []),
        summary,
        ("1. Fees and Expenses", ["Offer offer offer.", rows[2], rows[0], rows[1], note]),
    ]
    original = load_document(word_file(before, tmp_path))
    revised = doc(after)
    review = build_review_documents(
        Amendment(original, revised, draft_items(original, revised).items, FILING)
    )
    assert review.notes == []
    assert text_of(review.redline, accept=True) == flat(
        TextDocument.from_document(revised).comparable()
    )
    assert text_of(review.redline, accept=False) == flat(
        TextDocument.from_document(original).comparable()
    )
    accepted = docx.Document(io.BytesIO(review.redline))
    accept_all(accepted.element.body)
    assert [len(t.rows) for t in accepted.tables] == [3]  # the rows stay one table
