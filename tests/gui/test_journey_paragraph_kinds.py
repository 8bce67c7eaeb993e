"""The app drafts the same items as the command line for the same revised file: the draft
keeps each paragraph's kind (a Summary Term Sheet's questions, a cover page's subheadings,
footnotes) and each heading's number, also where counsel types in it."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from amendtool.core.drafting import draft_items
from amendtool.core.model import Document, ParagraphKind
from amendtool.io.load import load_document
from tests.conftest import SAMPLES
from tests.corpus.build import case_files
from tests.gui.conftest import wait_items
from tests.gui.human import click_in_text, type_keys
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
