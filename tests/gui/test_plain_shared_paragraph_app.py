"""The app says which items share one notice paragraph, and counsel's paragraph on one of
them replaces counsel's paragraph on another, as one step to undo (tester08 finding 6)."""

from __future__ import annotations

from pathlib import Path

from amendtool.core.amendment import draft_amendment
from amendtool.gui.commands import PlainCommand
from amendtool.io.project_file import Project, save_project
from tests.core.test_plain_shared_paragraph import COVERS, OFFER, SECTION_WORDS
from tests.support.builders import doc
from tests.support.plain import plain_filing, revised


def test_counsel_s_paragraph_on_a_shared_paragraph_replaces_the_other(
    qtbot, window, tmp_path: Path, example_filing_toml: Path
) -> None:  # type: ignore[no-untyped-def]
    new = revised(revised(OFFER, "$20.00", "$17.50"), "Directors", "Officers")
    drafted = draft_amendment(doc(OFFER), doc(new), plain_filing(example_filing_toml))
    path = tmp_path / "shared.amend"
    project = Project(drafted.original, drafted.revised, drafted.items, drafted.filing)
    save_project(project, path)
    session = window.session
    session.open_project(path)
    qtbot.waitUntil(lambda: len(session.items) >= 3, timeout=20000)
    first, third = (session.items[i].substance() for i in (0, 2))
    stack = session.undo_stack
    stack.push(PlainCommand(session, first, COVERS, 1))
    assert session.shared_plain(third) == {first: COVERS}
    stack.push(PlainCommand(session, third, SECTION_WORDS, 2))
    assert session.plain == {third: SECTION_WORDS}
    stack.undo()
    assert session.plain == {first: COVERS}
    panel = window.workspace.items_panel
    panel.list.setCurrentRow(0)
    qtbot.waitUntil(lambda: "items A, B and C" in panel.plain.shared.text(), timeout=20000)
