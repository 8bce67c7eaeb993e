"""The redline names counsel: an export with no one in Preferences asks (offered the name of
the computer's user, which counsel may change, and the Export PDF prompt the firm the
filing details send copies to), uses the answer for every revision and keeps it in
Preferences, so the next export does not ask again."""

from __future__ import annotations

import zipfile
from pathlib import Path

from amendtool.gui import preferences, settings
from amendtool.gui.export_dialog import ExportDialog
from amendtool.io.docx_properties import default_author
from tests.gui.conftest import wait_items
from tests.gui.human import type_keys


def authors(redline: Path) -> set[str]:
    import html
    import re

    xml = zipfile.ZipFile(redline).read("word/document.xml").decode()
    return {html.unescape(a) for a in re.findall(r'w:author="([^"]*)"', xml)}


def test_the_first_export_asks_counsel_for_the_redlines_author(
    qtbot, window, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(preferences, "os_user_name", lambda: "Jane Q. Roe")
    window.open_demo()
    wait_items(qtbot, window, 6)
    for item in window.session.items:
        item.set_plain_summary("We changed this to make the offer clearer for you.")
    assert settings.revision_author() is None
    dialog = ExportDialog(window.session.amendment(), str(tmp_path / "out"), window)
    qtbot.addWidget(dialog)
    dialog.show()
    field = dialog.author
    assert field.isVisible() and field.text() == "Jane Q. Roe"  # the computer's user
    firm = default_author(window.session.filing)
    assert field.text() != firm  # a firm is no name
    assert dialog.author_firm.isVisible() and dialog.author_firm.text() == firm
    field.selectAll()
    type_keys(field, "Jane Roe", pauses=(10,))
    dialog.open_when_done = False
    for name, box in dialog.boxes.items():
        box.setChecked(name == "redline.docx")
    dialog.start()
    qtbot.waitUntil(lambda: bool(dialog.result_files) or dialog.error is not None, timeout=90_000)
    assert dialog.error is None
    assert authors(tmp_path / "out" / "redline.docx") == {f"Jane Roe ({firm})"}
    assert settings.revision_author() == f"Jane Roe ({firm})"
    again = ExportDialog(window.session.amendment(), str(tmp_path / "out"), window)
    qtbot.addWidget(again)
    again.show()
    assert not again.author.isVisible()  # asked once; Preferences holds it from now on


def test_printing_the_redline_asks_for_name_and_firm_once(
    qtbot, window, monkeypatch, tmp_path, exports_anyway
) -> None:  # type: ignore[no-untyped-def]
    """The first Export PDF of the redline offers the computer user's name and the firm the
    filing details send copies to (counsel's firm, as the command line writes it); the
    revisions name both, "Jane Roe (Firm LLP)", and Preferences keeps them."""
    from PySide6.QtWidgets import QDialog

    from amendtool.gui import everyday, printing
    from amendtool.gui.author_prompt import AuthorPrompt

    window.open_demo()
    wait_items(qtbot, window, 6)
    firm = default_author(window.session.filing)
    assert firm and firm != window.session.filing.issuer_name  # the sample names its counsel
    offered: list[tuple[str, str]] = []

    def answer(self: AuthorPrompt) -> int:
        offered.append((self.name.text(), self.firm.text()))
        self.name.setText("Jane Roe")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(AuthorPrompt, "exec", answer)
    monkeypatch.setattr(preferences, "os_user_name", lambda: "jroe")  # a login name alone
    authors_used: list[str | None] = []

    def write(amendment, path, which, curly=True, author=None, draft=False):  # type: ignore[no-untyped-def]
        authors_used.append(author)
        return path

    monkeypatch.setattr(printing, "export_pdf", write)
    everyday.export_pdf(window, printing.REDLINE, tmp_path / "redline.pdf")
    assert offered == [("jroe", firm)]
    assert authors_used == [f"Jane Roe ({firm})"]
    everyday.export_pdf(window, printing.REDLINE, tmp_path / "redline.pdf")
    assert len(offered) == 1 and authors_used == [f"Jane Roe ({firm})"] * 2  # kept
    assert settings.get(settings.AUTHOR_FIRM) == firm


def test_cancelling_the_author_prompt_writes_nothing(
    qtbot, window, monkeypatch, tmp_path, exports_anyway
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QDialog

    from amendtool.gui import everyday, printing
    from amendtool.gui.author_prompt import AuthorPrompt

    window.open_demo()
    wait_items(qtbot, window, 6)
    monkeypatch.setattr(AuthorPrompt, "exec", lambda self: QDialog.DialogCode.Rejected)
    path = tmp_path / "redline.pdf"
    assert everyday.export_pdf(window, printing.REDLINE, path) is None
    assert not path.exists() and settings.revision_author() is None


def test_the_name_counsel_gave_is_offered_again(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A name kept in Preferences (the firm cleared, say) is what the box starts with next
    time, not the computer's user name."""
    monkeypatch.setattr(preferences, "os_user_name", lambda: "jroe")
    settings.put(settings.AUTHOR_NAME, "Jane Roe")
    assert preferences.offered_author() == "Jane Roe"
    settings.put(settings.AUTHOR_NAME, "  ")
    assert preferences.offered_author() == "jroe"
