"""Bulleted paragraphs show their bullets in both panes and the review window, as in Word;
the bullet is never part of the text that is compared or cited."""

from __future__ import annotations

from pathlib import Path

import docx

from amendtool.io.load import load_document
from tests.gui.conftest import wait_items

BULLETS = [
    "a properly completed Letter of Transmittal;",
    "certificates for the shares or a book-entry confirmation;",
    "any other documents required by the Letter of Transmittal.",
]


def _offer(path: Path, closing: str) -> Path:
    document = docx.Document()
    document.add_paragraph("OFFER TO PURCHASE", style="Title")
    for number, title in ((1, "Terms of the Offer"), (2, "Procedures for Tendering Shares")):
        document.add_paragraph(f"{number}. {title}", style="Heading 1")
        document.add_paragraph(f"Section {number} opens with a paragraph of ordinary text.")
        if number == 2:
            document.add_paragraph("To tender, a shareholder must deliver:")
            for line in BULLETS:
                document.add_paragraph(line, style="List Bullet")
        document.add_paragraph(closing)
    document.save(str(path))
    return path


def _bulleted(pane) -> list[str]:  # type: ignore[no-untyped-def]
    out = []
    block = pane.document().begin()
    while block.isValid():
        if block.textList() is not None:
            out.append(block.text())
        block = block.next()
    return out


def test_bullets_are_read_as_marks_not_text(tmp_path: Path) -> None:
    document = load_document(_offer(tmp_path / "offer.docx", "The end."))
    listed = [p for p in document.paragraphs() if p.marker]
    assert [p.text for p in listed] == BULLETS
    assert all(p.marker == "•" for p in listed)


def test_bullets_show_in_both_panes_and_the_review(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    original = _offer(tmp_path / "offer.docx", "Shareholders may withdraw at any time.")
    revised = _offer(tmp_path / "revised.docx", "Shareholders may withdraw until expiration.")
    window.open_documents(original, revised)
    wait_items(qtbot, window)
    ws = window.workspace
    for pane in (ws.original_pane, ws.draft_pane):
        assert _bulleted(pane) == BULLETS
        assert "•" not in pane.toPlainText()
    review = window.review()
    assert review is not None
    qtbot.addWidget(review)
    for pane in (review.left, review.right):
        assert _bulleted(pane) == BULLETS
