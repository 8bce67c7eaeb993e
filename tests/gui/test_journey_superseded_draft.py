"""A draft whose text is superseded is given up between sections, and the newest text is
drafted next: loading a revision that rewrote everything, then pressing Undo at once, must
not leave the items and the Checks panel waiting for the whole rewritten draft to finish.
Counted (the sections the superseded draft went on to align), never timed."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from amendtool.core.drafting import engine
from amendtool.gui.main_window import MainWindow
from tests.gui.conftest import wait_items
from tests.gui.human import choose_file, pause
from tests.hostile.documents import as_text, offer

SECTIONS = 24


def rewritten(spec):  # type: ignore[no-untyped-def]
    """Every paragraph of every section rewritten, as a revision that restates the offer (in
    the offer's own words, or it would be no revision of it)."""
    return [
        (heading, [f"Rewritten {n}: as restated, {p}" for n, p in enumerate(ps)])
        for heading, ps in spec
    ]


def test_undo_during_a_long_draft_abandons_it_and_drafts_the_restored_text(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    original, revised = tmp_path / "offer.txt", tmp_path / "restated.txt"
    original.write_text(as_text(offer(SECTIONS)), encoding="utf-8")
    revised.write_text(as_text(rewritten(offer(SECTIONS))), encoding="utf-8")
    window.open_documents(original)
    wait_items(qtbot, window, 0)
    session = window.session
    qtbot.waitUntil(lambda: session.checked, timeout=15000)
    # the rewritten draft is held at its first section until counsel has pressed Undo
    entered, release = threading.Event(), threading.Event()
    aligned_after_undo: list[str] = []
    real = engine.align_paragraphs

    def align(old, new, options):  # type: ignore[no-untyped-def]
        if any(p.startswith("Rewritten") for p in new.paragraphs):
            if not entered.is_set():
                entered.set()
                release.wait(30)
            else:
                aligned_after_undo.append(new.title)
        return real(old, new, options)

    monkeypatch.setattr(engine, "align_paragraphs", align)
    choose_file(monkeypatch, revised)
    window.actions_by_id["load_revised"].trigger()
    qtbot.waitUntil(entered.is_set, timeout=15000)
    assert "Rewritten 0" in window.workspace.draft_pane.toPlainText()
    window.actions_by_id["undo"].trigger()  # counsel takes the revision back at once
    qtbot.waitUntil(lambda: "Rewritten 0" not in window.workspace.draft_pane.toPlainText())
    qtbot.waitUntil(lambda: not session.debounce.isActive(), timeout=5000)
    pause(150)
    release.set()
    qtbot.waitUntil(lambda: session.checked and not session.busy(), timeout=30000)
    assert aligned_after_undo == []  # given up at the next section, not finished
    assert session.items == [] and session.findings is not None
    assert session.revised is not None
    assert not any(
        p.text.startswith("Rewritten") for p in session.revised.paragraphs()
    )  # what is shown is the restored text's draft
    window.actions_by_id["redo"].trigger()  # and the revision, asked for again, is drafted
    wait_items(qtbot, window)
    assert len(session.items) > 0
