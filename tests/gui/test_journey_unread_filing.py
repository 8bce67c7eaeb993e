"""A project whose filing details are no set of details at all (a list, a line of text)
opens with the command line's own message about them, and the rest of the project opens:
the draft, the items and the filing form to enter them again."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from amendtool.core.errors import InputError
from amendtool.io.project_file import load_project
from tests.conftest import SAMPLES
from tests.gui.conftest import wait_items
from tests.gui.human import choose_file


def damaged(qtbot, window, tmp_path: Path, held: object) -> Path:  # type: ignore[no-untyped-def]
    """The sample saved as a project, its filing details then replaced by `held`."""
    window.open_documents(
        SAMPLES / "offer-to-exchange.docx",
        SAMPLES / "offer-to-exchange-revised.docx",
        SAMPLES / "filing.toml",
    )
    wait_items(qtbot, window)
    path = tmp_path / "damaged.amend"
    assert window._save_to(path)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["amendments"][-1]["filing"] = held
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.mark.parametrize(("held", "said"), [(["x", "y"], "a list"), ("x", "a line of text")])
def test_unreadable_filing_details_are_said_on_opening(
    qtbot, window, monkeypatch, tmp_path, answered_dialogs, held, said
) -> None:  # type: ignore[no-untyped-def]
    from amendtool import cli

    path = damaged(qtbot, window, tmp_path, held)
    with pytest.raises(InputError) as refused:
        cli._project_entry(str(path))
    line = load_project(path).series.current.filing_refusal()
    assert line in str(refused.value) and f"holds {said}" in line
    count = len(window.session.items)
    answered_dialogs.clear()
    choose_file(monkeypatch, path)
    window.actions_by_id["open"].trigger()
    qtbot.waitUntil(lambda: window.session.path == path.absolute(), timeout=15000)
    assert answered_dialogs == [line]  # said once, in the command line's words
    wait_items(qtbot, window, count)  # the rest of the project is usable
    assert window.session.filing_data is None
    checks = window.workspace.checks
    assert any(line in checks.item(i).text() for i in range(checks.count()))
