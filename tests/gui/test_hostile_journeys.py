"""Every hostile file opened in the app as counsel would, through the menus and by dragging it
onto the window (a filing.toml through the filing form's import and onto the form): a message
naming the file or the document, and a window that stays usable. A broken project given on
the command line, crash recovery with the demo, and an unforeseen error in a slot end the
same way.

Every hostile document is opened through the menus as the original, and every hostile
project through the menu; the other paths (the menus as the revised, drops in either role, a
project dropped) take one file of each kind: each way of refusing it and each suffix, since
a path only takes the file to the same reader (the command line's tests hold every file to
every refusal's words). Each path thus shows its message and leaves the window usable, in a
tenth of the time every file through every path took."""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from amendtool.gui import settings
from amendtool.gui.file_drop import OFFERS, PROJECTS
from amendtool.gui.filing_form import FilingForm
from amendtool.gui.main_window import MainWindow
from tests.conftest import SAMPLES
from tests.gui.conftest import wait_items
from tests.gui.human import drop_files

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "hostile"))

from documents import as_text, edited, offer
from generator import filing_cases, project_cases, readable_documents, refused_documents

MOJIBAKE = re.compile("Ã.|â€|Â[\u00a0-\u00bf]|\ufffd")
# the largest inputs: opened through the menus like every other; a drop reads them through
# the same reader, so the drop test leaves them to the menus
LARGEST = {"five-thousand-sections", "table-of-a-schedule", "long-line"}


# the step that refuses a document, by the words of its refusal: a path into the window (a
# menu, a drop, either role) takes the file to the same reader, so past the one path that
# takes every case, the others take one case of each step (and suffix, since a drop is
# declined or taken by the file's suffix)
REFUSING_STEPS = {
    "path": r"not found|is a folder|not a regular file|cannot be read",
    "size": r"^file is [\d,]+ MB",
    "content": r"is named \.|^is an? |holds data|holds filing|is not a text",
    "damaged": r"damaged|not a readable|implausible|parts|entities|password",
    "limits": r"^holds (about|a paragraph|[\d,]+ characters)|nested deeper",
    "no text": r"empty|holds no text",
}


def _step(path: Path) -> str:
    """The step that refuses the document at `path` ("read" when none does)."""
    from amendtool.core.errors import InputError
    from amendtool.io.load import load_document

    try:
        load_document(path)
    except InputError as refused:
        said = str(refused).split(": ", 1)[-1]
        found = [step for step, words in REFUSING_STEPS.items() if re.search(words, said)]
        return found[0] if found else re.sub(r"\d+", "#", said)[:50]  # a way of its own
    return "read"


def _project_words(path: Path) -> str:
    """The words a project at `path` is refused with, its figures left out ("" if opened):
    a damaged project of each kind, not each key of it damaged."""
    from amendtool.io.project_file import load_project

    try:
        load_project(path)
    except Exception as refused:  # any refusal: the window must say it, whatever its class
        return re.sub(r"\d+", "#", str(refused).split(": ", 1)[-1])[:50]
    return ""


class OneOfEach:
    """Whether a file is the first of its kind: its outcome, how it is refused (`kind` of
    its path), its suffix, and a hostile name (a drop carries the name itself)."""

    def __init__(self, kind: Callable[[Path], str] = _step) -> None:
        self.seen: set[tuple[str, ...]] = set()
        self.kind = kind

    def first(self, case_name: str, outcome: str, path: Path) -> bool:
        step = self.kind(path) if outcome != "read" else "read"
        named = "named" if case_name == "hostile-file-name" else ""
        key = (outcome, step, path.suffix.lower(), named)
        if key in self.seen:
            return False
        self.seen.add(key)
        return True


def choose(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    """The open dialog answers with `path`, as if counsel picked it."""
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


def settle(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Until the reading started by the menu has ended (the status bar's busy bar)."""
    qtbot.waitUntil(lambda: not window.busy_bar.isVisible(), timeout=60000)
    window.session.wait_for_draft(60000)


def usable(qtbot, window: MainWindow, shown: list[str]) -> None:  # type: ignore[no-untyped-def]
    """Still the same window, still answering: the demo opens and drafts its items."""
    assert window.isVisible()
    assert not any("Unexpected problem" in text for text in shown), shown
    window.open_demo()
    wait_items(qtbot, window, 6)
    window.session.undo_stack.setClean()


@pytest.mark.parametrize("role", ["original", "revised"])
def test_every_hostile_document_through_the_menus(  # type: ignore[no-untyped-def]
    role: str,
    qtbot,
    window: MainWindow,
    answered_dialogs: list[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    qtbot.waitUntil(lambda: window._painted)  # files chosen now are read at once
    cases = [*refused_documents(), *readable_documents()]
    assert {c.name for c in cases} >= LARGEST
    clean = tmp_path / "clean.txt"
    clean.write_text(as_text(offer()), encoding="utf-8")
    one_of_each = OneOfEach()
    for case in cases:
        folder = tmp_path / case.name
        folder.mkdir()
        path = case.make(folder)
        if role == "revised" and not one_of_each.first(case.name, case.outcome, path):
            continue  # every case is opened as the original; as the revised, one of each
        before = len(answered_dialogs)
        if role == "original":
            choose(monkeypatch, path)
            window.actions_by_id["new"].trigger()
        else:
            # against its own counterpart when it has one, as the command line's test does
            choose(monkeypatch, case.companion(folder) if case.companion else clean)
            window.actions_by_id["new"].trigger()
            settle(qtbot, window)
            assert window.session.original is not None
            choose(monkeypatch, path)
            window.actions_by_id["load_revised"].trigger()
        settle(qtbot, window)
        said = answered_dialogs[before:]
        if case.outcome == "refuse":
            assert any(path.name in text for text in said), (case.name, said)
        else:
            assert not [t for t in said if path.name in t], (case.name, said)
            assert window.session.original is not None, case.name
        assert window.isVisible(), case.name
        window.session.undo_stack.setClean()
    usable(qtbot, window, answered_dialogs)


@pytest.mark.parametrize("role", ["original", "revised"])
def test_every_hostile_document_dropped_on_the_window(  # type: ignore[no-untyped-def]
    role: str,
    qtbot,
    window: MainWindow,
    answered_dialogs: list[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    """Dropped on the first page (nothing open) or on the draft (asked, and answered with
    `role`): refused with a message naming it, read, or, if amendtool does not open such
    files, declined while it is dragged, naming it."""
    qtbot.waitUntil(lambda: window._painted)
    monkeypatch.setattr(window, "ask_how_to_open", lambda path: role)
    loaded: list[int] = []  # revised texts put into the draft
    load_draft_text = window.workspace.load_draft_text

    def load(*args, **kwargs):  # type: ignore[no-untyped-def]
        loaded.append(1)
        return load_draft_text(*args, **kwargs)

    monkeypatch.setattr(window.workspace, "load_draft_text", load)
    clean = tmp_path / "clean.txt"
    clean.write_text(as_text(offer()), encoding="utf-8")
    cases = [c for c in [*refused_documents(), *readable_documents()] if c.name not in LARGEST]
    replaced = True  # the draft holds another file's text: the clean offer is opened again
    one_of_each = OneOfEach()
    for case in cases:
        folder = tmp_path / case.name
        folder.mkdir()
        path = case.make(folder)
        if not one_of_each.first(case.name, case.outcome, path):
            continue  # every case goes through the menus; dropped, one of each
        if replaced and (role == "revised" or window.session.original is not None):
            window.open_documents(clean)
            settle(qtbot, window)
            replaced = False
        target = window.workspace.draft_pane.viewport()
        if window.session.original is None:
            target = window.welcome
        before, steps = len(answered_dialogs), len(loaded)
        entered, dropped = drop_files(target, [path])
        if path.suffix.lower() not in OFFERS + PROJECTS:
            assert not entered and not dropped, case.name
            assert path.name in window.statusBar().currentMessage(), case.name
            continue
        assert entered and dropped, case.name

        def ended(path: Path = path, before: int = before, steps: int = steps) -> bool:
            said = any(path.name in text for text in answered_dialogs[before:])
            source = window.session.original.source if window.session.original else ""
            read = source.endswith(path.name) if role == "original" else len(loaded) > steps
            return said or read

        try:
            qtbot.waitUntil(ended, timeout=60000)
        except Exception as exc:  # pytest-qt's own TimeoutError
            raise AssertionError(f"{case.name}: neither read nor refused") from exc
        settle(qtbot, window)
        said = [t for t in answered_dialogs[before:] if path.name in t]
        assert bool(said) == (case.outcome == "refuse"), (case.name, said)
        # a refused file leaves the window as it was: the next drop lands on the same offer
        replaced = not said
        shown = window.workspace.draft_pane.toPlainText()
        assert not MOJIBAKE.search(shown), (case.name, MOJIBAKE.search(shown))
        assert window.isVisible(), case.name
        window.session.undo_stack.setClean()
    usable(qtbot, window, answered_dialogs)


def test_every_hostile_project_through_the_menu(  # type: ignore[no-untyped-def]
    qtbot,
    window: MainWindow,
    answered_dialogs: list[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    qtbot.waitUntil(lambda: window._painted)
    base = _project(tmp_path)
    opened = 0
    for case in project_cases(json.loads(base.read_text(encoding="utf-8"))):
        folder = tmp_path / case.name
        folder.mkdir()
        path = case.make(folder)
        before = len(answered_dialogs)
        choose(monkeypatch, path)
        window.actions_by_id["open"].trigger()
        settle(qtbot, window)
        said = answered_dialogs[before:]
        if window.session.path == path:
            opened += 1
        else:
            assert any(path.name in text for text in said), (case.name, said)
        assert window.isVisible(), case.name
        window.session.undo_stack.setClean()
    assert opened, "not one of the projects opened: the base project is not a project"
    usable(qtbot, window, answered_dialogs)


def test_every_hostile_project_dropped_on_the_window(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, answered_dialogs: list[str], tmp_path: Path
) -> None:
    qtbot.waitUntil(lambda: window._painted)
    base = _project(tmp_path)
    opened = 0
    one_of_each = OneOfEach(_project_words)
    for case in project_cases(json.loads(base.read_text(encoding="utf-8"))):
        folder = tmp_path / case.name
        folder.mkdir()
        path = case.make(folder)
        if not one_of_each.first(case.name, case.outcome, path):
            continue  # every project is opened through the menu; dropped, one of each
        before = len(answered_dialogs)
        target = window.welcome if window.session.original is None else window.statusBar()
        entered, dropped = drop_files(target, [path])
        if path.suffix.lower() != ".amend":  # /dev/zero: not a file amendtool opens
            assert not dropped and path.name in window.statusBar().currentMessage(), case.name
            continue
        assert entered and dropped, case.name
        qtbot.waitUntil(
            lambda path=path, before=before: (
                window.session.path == path
                or any(path.name in t for t in answered_dialogs[before:])
            ),
            timeout=60000,
        )
        settle(qtbot, window)
        if window.session.path == path:
            opened += 1
        assert window.isVisible(), case.name
        window.session.undo_stack.setClean()
    assert opened, "not one of the dropped projects opened"
    usable(qtbot, window, answered_dialogs)


@pytest.mark.parametrize("how", ["import", "drop"])
def test_every_hostile_filing_toml_through_the_filing_form(  # type: ignore[no-untyped-def]
    how: str,
    qtbot,
    window: MainWindow,
    answered_dialogs: list[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    """Imported with the form's button or dropped on the form: a refused file is named in
    the form's problems; a readable one fills the fields; the form takes a good one after."""
    form = FilingForm(None, window)
    qtbot.addWidget(form)
    form.show()
    sample = (SAMPLES / "filing.toml").read_text(encoding="utf-8")
    button = next(b for b in form.button_box.buttons() if b.text().startswith("Import"))
    imported: list[str | None] = []
    seen: list[Path] = []
    real_import = form.import_toml

    def import_toml(path: str | None = None) -> None:
        imported.append(path)
        real_import(path)

    monkeypatch.setattr(form, "import_toml", import_toml)
    for case in filing_cases(sample):
        folder = tmp_path / case.name
        folder.mkdir()
        path = case.make(folder)
        form._show_problems("")
        if how == "import":
            choose(monkeypatch, path)
            button.click()
        else:
            entered, dropped = drop_files(form.widgets[("issuer", "name")], [path])
            if path.suffix.lower() != ".toml":  # /dev/zero: not a filing.toml
                assert not dropped, case.name
                continue
            assert entered and dropped, case.name
            qtbot.waitUntil(lambda: len(imported) == len(seen) + 1, timeout=10000)
            seen.append(path)
        if case.outcome == "refuse":
            assert path.name in form.problems.text() or form.validate(), case.name
        assert form.isVisible(), case.name
    assert not [t for t in answered_dialogs if "did not expect" in t], answered_dialogs
    form.import_toml(str(SAMPLES / "filing.toml"))
    assert form.validate() == []
    assert form.data()["issuer"]["name"] == "Halvorsen Networks, Inc."
    form.reject()


def _project(tmp_path: Path) -> Path:
    """A project drafted from the small offer, as the command line saves it."""
    from amendtool import cli

    original, revised = tmp_path / "o.txt", tmp_path / "r.txt"
    original.write_text(as_text(offer()), encoding="utf-8")
    revised.write_text(as_text(edited(offer())), encoding="utf-8")
    project = tmp_path / "base.amend"
    argv = ["draft", str(original), str(revised), "--filing", str(SAMPLES / "filing.toml")]
    assert cli.main([*argv, "--out", str(tmp_path / "out"), "--project", str(project)]) == 0
    return project


def test_a_broken_project_on_the_command_line_shows_the_window_and_a_message(  # type: ignore[no-untyped-def]
    qtbot, answered_dialogs: list[str], tmp_path: Path
) -> None:
    from amendtool.gui.app import make_app, open_window

    make_app([])
    broken = tmp_path / "broken.amend"
    broken.write_text('{"format": "amendtool-project", "schema_version": 1, "filing": [1]', "utf-8")
    window = open_window([str(broken)])
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: any("broken.amend" in t for t in answered_dialogs), timeout=10000)
    assert window.isVisible()
    usable(qtbot, window, answered_dialogs)


@pytest.mark.parametrize("recover", [True, False])
def test_crash_recovery_is_offered_with_the_demo_and_its_copy_goes_once_saved(  # type: ignore[no-untyped-def]
    recover: bool,
    qtbot,
    answered_dialogs: list[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from amendtool.gui.app import make_app, open_window

    make_app([])
    recovered = settings.recovery_folder() / "untitled-0123456789ab.amend"
    recovered.parent.mkdir(parents=True, exist_ok=True)
    recovered.write_bytes(_project(tmp_path).read_bytes())
    answer = QMessageBox.StandardButton.Yes if recover else QMessageBox.StandardButton.No
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda parent, title, text, *a: asked.append(text) or answer
    )
    window = open_window(["--demo"])
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: bool(asked), timeout=10000)
    assert "unsaved work from an earlier session" in asked[0]
    if not recover:
        wait_items(qtbot, window, 6)  # the demo, as asked for
        assert not recovered.exists()
        window.session.undo_stack.setClean()
        return
    qtbot.waitUntil(lambda: window.session.original is not None, timeout=10000)
    assert window.session.path is None and recovered.exists()  # kept until it is saved
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "saved.amend"), "")
    )
    assert window.save()
    assert (tmp_path / "saved.amend").exists()
    assert not recovered.exists()
    window.session.undo_stack.setClean()


def test_an_unforeseen_error_in_the_app_is_a_message_and_the_window_stays(  # type: ignore[no-untyped-def]
    qtbot,
    window: MainWindow,
    answered_dialogs: list[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    from amendtool.gui.app import install_error_handler

    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    install_error_handler(window)

    def defect() -> None:
        raise ZeroDivisionError("a defect in a slot")

    QTimer.singleShot(0, defect)
    qtbot.waitUntil(lambda: any("did not expect" in t for t in answered_dialogs), timeout=10000)
    message = next(t for t in answered_dialogs if "did not expect" in t)
    assert "ZeroDivisionError" in message
    logs = list((tmp_path / "state" / "amendtool").glob("*.log"))
    assert logs and "a defect in a slot" in logs[0].read_text(encoding="utf-8")
    assert str(logs[0]) in message
    QApplication.processEvents()
    usable(qtbot, window, answered_dialogs)


def test_an_export_from_the_app_names_the_earlier_exports_files_it_removed(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, answered_dialogs: list[str], tmp_path: Path
) -> None:
    from amendtool.gui.commands import FilingCommand
    from amendtool.gui.export_dialog import ExportDialog

    window.open_demo()
    wait_items(qtbot, window, 6)
    for item in window.session.items:  # counsel has written the notice's plain paragraphs
        item.set_plain_summary("We changed this to make the offer clearer for you.")
    out = tmp_path / "out"

    def export() -> None:
        dialog = ExportDialog(window.session.amendment(), str(out), window)
        dialog.open_when_done = False
        dialog.start()
        done = lambda: bool(dialog.result_files) or dialog.error is not None  # noqa: E731
        qtbot.waitUntil(done, timeout=60000)
        assert dialog.error is None

    export()
    first = {p.name for p in out.glob("exhibit-*")}
    data = json.loads(json.dumps(window.session.filing_data))
    data["amendment"]["notice_exhibit"] = "(a)(12)"
    window.session.undo_stack.push(FilingCommand(window.session, data))
    before = len(answered_dialogs)
    export()
    assert first and not {p.name for p in out.glob("exhibit-*")} & first
    said = "\n".join(answered_dialogs[before:])
    assert "removed " + ", ".join(sorted(first)) in said, said
    window.session.undo_stack.setClean()
