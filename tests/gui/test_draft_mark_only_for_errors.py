"""A PDF or print written despite the checks' findings is marked DRAFT only when it is not
ready to file (an error, a placeholder for counsel): a style warning on counsel's own plain
paragraph and a note leave the pages clean, as counsel may file them."""

from __future__ import annotations

import pytest

from PySide6.QtWidgets import QMessageBox

from amendtool.core.findings import ERROR, NOTE, WARNING, Finding
from amendtool.core.plain_checks import PLACEHOLDER
from amendtool.gui.findings_lists import weighed

NOTE_ONLY = Finding(NOTE, "announcement", "announce the extension by 9:00 a.m.")
STYLE = Finding(WARNING, "plain_english", "passive voice: “Your shares are bought.”", 0)


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    texts: list[str] = []

    def answer(box: QMessageBox) -> int:
        texts.append(box.text())
        next(b for b in box.buttons() if b.text().endswith("Anyway")).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    return texts


def test_a_style_warning_and_a_note_leave_no_draft_mark(qtbot, asked: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert weighed(None, [NOTE_ONLY, STYLE], "Export", drafts=True) is False
    assert asked and not any("DRAFT" in text for text in asked), asked


@pytest.mark.parametrize(
    "finding",
    [
        Finding(ERROR, "timing", "the offer must stay open 10 business days"),
        Finding(ERROR, PLACEHOLDER, "item A still has a placeholder, [Explain …]", 0),
    ],
)
def test_what_is_not_ready_to_file_is_marked_draft(
    qtbot, asked: list[str], finding: Finding
) -> None:  # type: ignore[no-untyped-def]
    assert weighed(None, [finding, STYLE], "Export", drafts=True) is True
    assert any("DRAFT" in text for text in asked), asked
