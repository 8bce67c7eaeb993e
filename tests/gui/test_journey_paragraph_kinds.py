"""The app drafts the same items as the command line for the same revised file: the draft
keeps each paragraph's kind (a Summary Term Sheet's questions, a cover page's subheadings,
footnotes) and each heading's number, also where counsel types in it."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import docx
import pytest
from docx.shared import Pt

from PySide6.QtCore import Qt

from amendtool.core.drafting import draft_items
from amendtool.core.model import Document, ParagraphKind
from amendtool.core.wording import filing_text
from amendtool.io.load import load_document
from tests.conftest import SAMPLES
from tests.corpus.build import case_files
from tests.gui.conftest import wait_items
from tests.gui.human import click_in_text, press, type_keys
from tests.gui.test_journey_whole_document import load_revised_by_menu

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
SAMPLE = (SAMPLES / "offer-to-exchange.docx", SAMPLES / "offer-to-exchange-revised.docx")


def kinds(document: Document) -> list[tuple[str, str]]:
    return [(p.kind.value, " ".join(p.text.split())) for p in document.paragraphs()]


def open_pair(qtbot, window, monkeypatch, original: Path, revised: Path) -> None:  # type: ignore[no-untyped-def]
    """Counsel's path: the original opened, then File > Load Revised File."""
    window.open_documents(original, None, None)
    wait_items(qtbot, window, 0)
    load_revised_by_menu(qtbot, window, monkeypatch, revised)
    expected = draft_items(load_document(original), load_document(revised)).items
    wait_items(qtbot, window, len(expected))


@pytest.mark.parametrize(
    "case",
    ["sample", "2009-docx-pellworth-rsu", "2003-txt-merriden-cash", "2012-docx-tillbrook-options"],
)
def test_the_app_drafts_what_the_command_line_drafts(
    qtbot, window, monkeypatch, tmp_path, case
) -> None:  # type: ignore[no-untyped-def]
    if case == "sample":
        original, revised = SAMPLE
    else:
        original, revised = case_files(CORPUS / case, tmp_path / case)
    open_pair(qtbot, window, monkeypatch, original, revised)
    cli_revised = load_document(revised)
    cli = draft_items(load_document(original), cli_revised).items
    assert window.session.items == cli
    assert window.session.revised is not None
    assert kinds(window.session.revised) == kinds(cli_revised)


def test_typing_in_a_question_keeps_it_a_question(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    open_pair(qtbot, window, monkeypatch, *SAMPLE)
    revised = load_document(SAMPLE[1])
    question = next(p for p in revised.paragraphs() if p.kind is ParagraphKind.QUESTION)
    words = question.text.rstrip("?")
    click_in_text(window.workspace.draft_pane, words, offset=len(words))
    type_keys(window.workspace.draft_pane, " now")
    edited = dataclasses.replace(question, text=f"{words} now?")
    for section in revised.sections:
        section.paragraphs = [edited if p is question else p for p in section.paragraphs]
    cli = draft_items(load_document(SAMPLE[0]), revised).items
    wait_items(qtbot, window, len(cli))
    assert window.session.items == cli
    assert any(i.locator.question == question.text for i in cli)  # cited as the question
    assert window.session.revised is not None
    assert kinds(window.session.revised) == kinds(revised)


def list_offer(path: Path) -> Path:
    """An offer whose first section holds a bulleted list and an indented paragraph."""
    word = docx.Document()
    word.add_heading("1. Eligibility", level=2)
    word.add_paragraph("You are eligible if all of the following are true:")
    word.add_paragraph(
        "you are an employee of the company on the date the offer starts;", style="List Bullet"
    )
    word.add_paragraph("you remain an employee through the expiration date.", style="List Bullet")
    indented = word.add_paragraph(
        "Holders outside the United States should read Schedule B. It sets out the local "
        "rules that apply to them."
    )
    indented.paragraph_format.left_indent = Pt(36)
    word.add_heading("2. Miscellaneous", level=2)
    word.add_paragraph("This offer is governed by the laws of the State of Delaware.")
    word.save(str(path))
    return path


def test_enter_in_a_list_item_or_an_indented_paragraph_keeps_its_style(
    qtbot, window, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    """As in Word: Enter at the end of a list item starts another list item, and a paragraph
    split in two is two paragraphs of its style; the new item is cited as inserted."""
    window.open_documents(list_offer(tmp_path / "offer.docx"), None, None)
    wait_items(qtbot, window, 0)
    pane = window.workspace.draft_pane
    click_in_text(pane, "on the date the offer starts;")
    press(pane, Qt.Key.Key_Return)
    type_keys(pane, "you hold eligible options;")
    wait_items(qtbot, window, 1)
    [item] = window.session.items
    assert item.kind.value == "insert_paragraph"
    assert "inserted immediately after the second paragraph" in filing_text(item, "(a)(1)")
    revised = window.session.revised
    assert revised is not None
    styles = {p.text: (p.style, p.indent) for p in revised.paragraphs()}
    assert styles["you hold eligible options;"] == ("List Bullet", None)
    # Enter inside the indented paragraph, between its sentences: both halves stay indented,
    # and the paragraph is amended at the sentence (its last sentence taken out, a paragraph
    # put in after it), not restated
    click_in_text(pane, "should read Schedule B.")
    press(pane, Qt.Key.Key_Return)
    wait_items(qtbot, window, 3)
    assert sorted(i.kind.value for i in window.session.items) == [
        "delete_sentence",
        "insert_paragraph",
        "insert_paragraph",
    ]
    revised = window.session.revised
    assert revised is not None
    styles = {p.text: (p.style, p.indent) for p in revised.paragraphs()}
    assert styles["Holders outside the United States should read Schedule B."][1] == 720
    assert styles["It sets out the local rules that apply to them."][1] == 720
