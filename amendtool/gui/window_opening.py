"""Opening files in the main window: the offer as filed (with a revised file and filing
details), a saved project, a revised file into the draft; read in a worker, after the
first frame, with counsel's own words when a file cannot be read."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QMessageBox

from amendtool.core.errors import AmendtoolError, shown_name
from amendtool.gui.background import run_in_background, wait_for_jobs
from amendtool.gui.counsel_files import remember_folder, start_at
from amendtool.gui.plain_reading import PlainReader
from amendtool.gui.window_saving import WindowSaving
from amendtool.resources import resource_path

if TYPE_CHECKING:
    from amendtool.gui.workspace import Workspace

OFFER_FILES = "Offer documents (*.docx *.txt *.htm *.html);;All files (*)"


def offer_files(title: str) -> str:
    """The open dialog's file types, named for the offer open (an Offer to Purchase)."""
    return OFFER_FILES.replace("Offer documents", title[:1].upper() + title[1:], 1)


class WindowOpening(WindowSaving):
    """New, Open, Open a Saved Project, Load Revised File, the bundled demo and the filing
    details (typed in the form, or a filing.toml read into it).

    A file read in the background is shown only if it is still what counsel asked for last:
    an original read after counsel opened another is dropped, a revised file asked for while
    the original is read is loaded once it is in, and one read for another original (or
    overtaken by a later load) is dropped rather than put into this draft."""

    _asked_open = 0  # originals and projects asked for: only the last one asked is shown
    _asked_load = 0  # revised files asked for: only the last one asked is loaded
    _after_open: list[Callable[[], None]] | None = None  # loads waiting for the original

    @property
    def workspace(self) -> Workspace:
        raise NotImplementedError  # the main window builds it

    def when_shown(self, start: Callable[[], object]) -> None:
        raise NotImplementedError  # the main window runs it after its first frame

    def keep_note(self, text: str, ms: int = 0) -> None:
        raise NotImplementedError  # the main window's status bar says it

    def end_jobs(self) -> None:
        """The window closes: what it started (drafting, checks, reading a file) is given up
        or waited for, so nothing runs on, or hands its result back, after the window."""
        self.session.end_work()
        for reader in self.findChildren(PlainReader):
            reader.stop()
        wait_for_jobs()

    def open_demo(self) -> None:
        samples = resource_path("samples")
        self.open_documents(
            samples / "offer-to-exchange.docx",
            samples / "offer-to-exchange-revised.docx",
            samples / "filing.toml",
        )

    def open_documents(
        self,
        original: Path,
        revised: Path | None = None,
        filing: Path | None = None,
        note: str = "",
    ) -> None:
        """Read the offer (and its revision, filing details) off the UI thread; `note`, what
        a drop opened and left out, is said while it is read and after."""
        if not self.maybe_save():
            return
        self._asked_open += 1
        asked = self._asked_open
        self._after_open = []

        read_as: list[str] = []  # a filing.toml not in UTF-8: how it was read
        read = self.session.reading()  # saving or export waits for the offer asked for

        def work():  # type: ignore[no-untyped-def]
            from amendtool.core.filing import load_filing
            from amendtool.io.load import load_document

            return (
                load_document(original),
                load_document(revised) if revised else None,
                load_filing(filing, read_as) if filing else None,
            )

        def done(result, error) -> None:  # type: ignore[no-untyped-def]
            read()
            if asked != self._asked_open:
                return  # counsel opened another since: this one is not shown
            waiting, self._after_open = self._after_open or [], None
            if note:
                self.keep_note("")  # said again once it is open
            if error is not None:
                return self._report(error)  # a revised file waiting for it has no original
            first, second, details = result
            self.session.open_documents(first, second, details)
            self.recent.remember(original)
            from amendtool.io.load import encoding_notices

            pair = encoding_notices(first, second) if second else []
            notices = first.notices + (second.notices if second else []) + pair + read_as
            if note:
                self.keep_note(note, 15000)
            if notices:  # each said: one message after another would leave only the last
                self.statusBar().showMessage("  ·  ".join(notices), 8000 + 4000 * len(notices))
            for load in waiting:
                load()

        label = f"Reading {shown_name(Path(original).name)}…"
        self.when_shown(lambda: run_in_background(self, label, work, done))

    def open_project(self, path: Path) -> None:
        if not self.maybe_save():
            return
        self._asked_open += 1  # an original still being read is not shown over it
        self._after_open = None
        try:
            notices = self.session.open_project(path)
        except AmendtoolError as exc:
            return self._report(exc)
        self.recent.remember(path)
        if notices:  # a control character taken out, items read again: each said, together
            self.statusBar().showMessage("  ·  ".join(notices), 8000 + 4000 * len(notices))
        entry = self.session.series.current if self.session.series else None
        # details held in the wrong form, or refused (a year 9999): said as `check` says it,
        # the rest of the project open
        if (
            entry is not None
            and entry.filing is None
            and (entry.filing_unread or entry.filing_problem)
        ):
            QMessageBox.warning(self, "Filing details", entry.filing_refusal())

    def _choose_file(self, title: str, kinds: str) -> Path | None:
        """A file from the open dialog, starting where counsel's files are (and remembering)."""
        path, _ = QFileDialog.getOpenFileName(self, title, start_at(self), kinds)
        if not path:
            return None
        remember_folder(path)
        return Path(path)

    def new_project(self) -> None:
        if path := self._choose_file("Open the offer document as filed", OFFER_FILES):
            self.open_documents(path)

    def open_project_dialog(self) -> None:
        if path := self._choose_file("Open project", "amendtool projects (*.amend)"):
            self.open_project(path)

    def load_revised_dialog(self) -> None:
        from amendtool.core.offer_names import offer_title

        title = offer_title(self.session.filing, self.session.original)
        if path := self._choose_file(f"Load the revised {title}", offer_files(title)):
            self.load_revised(path)

    def load_revised(self, path: Path, note: str = "") -> None:
        """The file replaces the draft (one undo step): refused, with nothing changed, when it
        is no revision of the original (as `amendtool draft` refuses it), and only once
        counsel agrees when it would replace counsel's own edits of the draft."""
        if self._after_open is not None:  # the original is still being read: loaded after it
            self._after_open.append(lambda: self.load_revised(path, note))
            return
        self._asked_load += 1
        asked, original = self._asked_load, self.session.original
        read = self.session.reading()  # saving, export and review wait for the file loaded

        def work():  # type: ignore[no-untyped-def]
            from amendtool.core.draft_text import document_blocks
            from amendtool.core.unrelated_revision import refuse_unrelated
            from amendtool.io.load import load_document

            document = load_document(path)
            if original is not None:
                refuse_unrelated(original, document, path)
            return document, document_blocks(document)

        def done(loaded, error) -> None:  # type: ignore[no-untyped-def]
            read()
            if note:
                self.keep_note("")  # said again once it is in
            if asked != self._asked_load or self.session.original is not original:
                return  # another file loaded, or another amendment opened, since it was asked
            if error is not None:
                return self._report(error)
            from amendtool.core.draft_text import document_blocks
            from amendtool.gui.draft_edits import shown_blocks
            from amendtool.gui.revised_loading import edits_lost, not_loaded, replace_edits

            document, blocks = loaded
            name = shown_name(path.name)
            draft = self.workspace.draft_pane.blocks()
            opened = None  # a project's edits came before this session's undo steps
            if self.session.series is not None and self.session.original is not None:
                opened = shown_blocks(document_blocks(self.session.original))
            loading = shown_blocks(blocks)
            lost = edits_lost(self.session.undo_stack, draft, loading, opened)
            # counsel's plain paragraphs go with the draft where the change goes: asked too
            plain = sum(1 for i in self.session.items if i.plain_override)
            plain = plain if draft != loading else 0
            if (lost or plain) and not replace_edits(self, name, lost, plain):
                self.statusBar().showMessage(not_loaded(name), 8000)
                return
            self.session.known.insert(0, document)  # its questions, subheadings and notes
            self.workspace.load_draft_text(blocks)
            if note:
                self.keep_note(note, 15000)

        run_in_background(self, f"Reading {shown_name(path.name)}…", work, done)

    # --- filing details, typed or from a filing.toml --------------------------------------
    def edit_filing(self) -> None:
        self.edit_filing_from(None)

    def edit_filing_from(self, imported: Path | None) -> None:
        """The filing form; with `imported`, a filing.toml's details already in it."""
        from amendtool.gui.filing_form import FilingForm

        form = FilingForm(self.session.filing_data, self)
        if imported is not None:
            form.import_toml(str(imported))
        if form.exec():
            from amendtool.gui.commands import FilingCommand
            from amendtool.gui.filing_form_values import same_details

            data = form.data()
            if not same_details(data, self.session.filing_data):  # OK alone changes nothing
                self.session.undo_stack.push(FilingCommand(self.session, data))
            if form.read_notes:  # said where counsel looks after the form closes, too
                self.statusBar().showMessage(" ".join(form.read_notes), 15000)
