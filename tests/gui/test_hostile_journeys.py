"""Every hostile file opened in the app as counsel would, through the menus and by dragging it
onto the window (a filing.toml through the filing form's import and onto the form): a message
naming the file or the document, and a window that stays usable. A broken project given on
the command line, crash recovery with the demo, and an unforeseen error in a slot end the
same way."""

from __future__ import annotations

import json
import re
import sys
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
# Every hostile file is read once in the window (tests/hostile reads every one in every role
# from the command line). The four ways in (menu or drop, as the original or the revised
# file) share them out, and each also takes these, one of each kind of refusal and reading:
# what a way in adds is how it shows the message and keeps the window usable.
EVERY_WAY_IN = {
    "empty", "missing", "truncated-docx", "binary-named-txt", "pdf", "project-as-document",
    "cp1252-text", "utf16-bom-text", "hostile-file-name", "html-nested-5000",
}  # fmt: skip
WAYS_IN = ("menu original", "menu revised", "drop original", "drop revised")


def share(cases: list, way: str) -> list:  # type: ignore[type-arg]
    """The cases read through `way`: its share of them, and those every way takes."""
    spread = sorted((c for c in cases if c.name not in LARGEST), key=lambda c: c.name)
    index = WAYS_IN.index(way)
    mine = [c for i, c in enumerate(spread) if i % len(WAYS_IN) == index]
    mine += [c for c in spread if c.name in EVERY_WAY_IN and c not in mine]
    if way.startswith("menu"):
        mine += [c for c in cases if c.name in LARGEST and (way == "menu original")]
    return mine


def project_share(cases: list, way: str) -> list:  # type: ignore[type-arg]
    """The hostile projects opened through `way` (menu or drop): every whole-file case both
    ways, and the ~230 one-key mutations (each read by the same loader; every one is
    asserted in words by tests/hostile) shared out between them."""
    whole = [c for c in cases if not MUTATION.search(c.name)]
    mutations = [c for c in cases if MUTATION.search(c.name)]
    start = ("menu", "drop").index(way)
    return whole + mutations[start::2]


MUTATION = re.compile(r"-(NoneType|list|dict|int)$")


def test_every_hostile_file_is_read_in_the_window_and_every_way_in_takes_each_kind() -> None:
    cases = [*refused_documents(), *readable_documents()]
    shares = [share(cases, way) for way in WAYS_IN]
    assert {c.name for s in shares for c in s} == {c.name for c in cases}
    for taken in shares:
        assert {c.outcome for c in taken} == {"refuse", "read"}
        assert {c.name for c in taken} >= EVERY_WAY_IN


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
    cases = share([*refused_documents(), *readable_documents()], f"menu {role}")
    clean = tmp_path / "clean.txt"
    clean.write_text(as_text(offer()), encoding="utf-8")
    for case in cases:
        folder = tmp_path / case.name
        folder.mkdir()
        path = case.make(folder)
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
    cases = share([*refused_documents(), *readable_documents()], f"drop {role}")
    replaced = True  # the draft holds another file's text: the clean offer is opened again
    for case in cases:
        folder = tmp_path / case.name
        folder.mkdir()
        path = case.make(folder)
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
    every = list(project_cases(json.loads(base.read_text("utf-8"))))
    cases = project_share(every, "menu")
    assert {c.name for c in cases + project_share(every, "drop")} == {c.name for c in every}
    for case in cases:
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
    cases = project_share(list(project_cases(json.loads(base.read_text("utf-8")))), "drop")
    for case in cases:
        folder = tmp_path / case.name
        folder.mkdir()
        path = case.make(folder)
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
        dialog = ExportDialog(
            window.session.amendment(), str(out), window, identity=window.session.identity
        )
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
