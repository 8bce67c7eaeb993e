"""Whatever counsel does in the window, in whatever order, the open project stays consistent:
the items applied to the original give exactly the draft shown, every heading looks like one
and no paragraph does, and undoing everything gives back the original.

Set AMENDTOOL_GUI_EXAMPLES for longer runs (each example drives a fresh window).
"""

from __future__ import annotations

import os
import tomllib

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from PySide6.QtCore import QThreadPool
from PySide6.QtTest import QTest

from amendtool.core.apply import TextDocument, apply_items
from amendtool.core.draft_text import document_blocks, document_from_blocks
from amendtool.gui.commands import FilingCommand
from amendtool.gui.main_window import MainWindow
from amendtool.io.project_file import jsonable
from tests.conftest import SAMPLES
from tests.gui.human import pause
from tests.gui.shown import misshown_headings
from tests.gui.test_journey_whole_document import ORIGINAL, REVISED

EXAMPLES = int(os.environ.get("AMENDTOOL_GUI_EXAMPLES", "10"))
FILING = jsonable(tomllib.loads((SAMPLES / "filing.toml").read_text(encoding="utf-8")))

typing = st.tuples(
    st.just("type"),
    st.floats(0, 1, exclude_max=True),
    st.text(alphabet="abc .,\b\n", min_size=1, max_size=6),
    st.lists(st.sampled_from([0, 40, 130, 250]), min_size=1, max_size=3),
)
actions = st.one_of(
    typing,
    st.tuples(st.just("select"), st.floats(0, 1, exclude_max=True)),
    st.tuples(st.just("undo")),
    st.tuples(st.just("redo")),
    st.tuples(st.just("load revised")),
    st.tuples(st.just("filing"), st.booleans()),
    st.tuples(st.just("replace all"), st.sampled_from(["the offer", "options", "Section"])),
)


def settle(window: MainWindow) -> None:
    for _ in range(200):
        QThreadPool.globalInstance().waitForDone(50)
        pause(5)
        if not window.__dict__.get("_background_jobs") and window.session.wait_for_draft():
            return
    raise AssertionError("the window did not settle")


def perform(window: MainWindow, action: tuple) -> None:  # type: ignore[type-arg]
    pane = window.workspace.draft_pane
    kind = action[0]
    if kind == "type":
        _, where, text, pauses = action
        cursor = pane.textCursor()
        cursor.setPosition(int(where * (pane.document().characterCount() - 1)))
        pane.setTextCursor(cursor)
        for n, char in enumerate(text):
            key = {"\b": "Backspace", "\n": "Return"}.get(char)
            if key:
                from PySide6.QtCore import Qt

                QTest.keyClick(pane, getattr(Qt.Key, f"Key_{key}"))
            else:
                QTest.keyClick(pane, char)
            pause(pauses[n % len(pauses)])
    elif kind == "select":
        count = window.workspace.items_panel.list.count()
        if count:
            window.workspace.items_panel.select(int(action[1] * count))
    elif kind in ("undo", "redo"):
        window.actions_by_id[kind].trigger()
    elif kind == "load revised":
        window.load_revised(REVISED)
        settle(window)
    elif kind == "replace all":
        window.workspace.replace_all(action[1], "Zed")
        window.session.undo_stack.push(FilingCommand(window.session, FILING if action[1] else None))


def assert_consistent(window: MainWindow) -> None:
    settle(window)
    pane = window.workspace.draft_pane
    shown = pane.read_blocks()
    assert pane.blocks() == shown  # what the session drafts from is what counsel sees
    assert misshown_headings(pane) == []  # each heading bold, each paragraph plain
    session = window.session
    assert session.original is not None
    applied = apply_items(TextDocument.from_document(session.original), session.items)
    draft = TextDocument.from_document(document_from_blocks(shown, session.original))
    assert applied.same_text(draft)
    # with the cursor left where counsel put it
    assert 0 <= pane.textCursor().position() < pane.document().characterCount()


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(steps=st.lists(actions, min_size=1, max_size=8))
def test_any_sequence_of_edits_keeps_the_project_consistent(qtbot, steps: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.open_documents(ORIGINAL)
    for _ in range(400):
        if window.session.original is not None:
            break
        pause(25)
    settle(window)
    original = window.workspace.draft_pane.read_blocks()
    assert original == document_blocks(window.session.original)
    try:
        for action in steps:
            perform(window, action)
        assert_consistent(window)
        while window.session.undo_stack.canUndo():
            window.actions_by_id["undo"].trigger()
        assert_consistent(window)
        assert window.workspace.draft_pane.read_blocks() == original
        assert window.session.items == []
        assert window.session.filing_data is None
    finally:
        window.session.undo_stack.setClean()
        window.close()
