"""The checks' findings as counsel sees them: the Checks list and the findings shown at export.

The Checks list: the findings, and what was not checked, so it is never green by omission.

The checks' findings at export, in the words `amendtool export --force` prints them: listed
before anything is written (Export Anyway / Cancel) and again with where the files went, so
counsel never files from the app what the command would have warned about."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QMessageBox, QWidget

from amendtool.core.filing_fields import labelled
from amendtool.core.findings import findings_listed
from amendtool.gui.screen_fit import scrolling_text

if TYPE_CHECKING:
    from amendtool.gui.session import Session


def new_checks_list() -> QListWidget:
    checks = QListWidget()
    checks.setObjectName("checksList")
    checks.setWordWrap(True)
    return checks


def fill_checks(checks: QListWidget, session: Session, unread: str | None = None) -> None:
    """The findings, and what was not checked: a list is never green by omission. `unread`:
    where the draft on screen is not the text the items were drafted from (never green)."""
    s = session
    checks.clear()
    if unread is not None:
        QListWidgetItem(unread, checks)
    for line in coverage(s):
        entry = QListWidgetItem(line, checks)
        entry.setForeground(checks.palette().placeholderText())
    for problem in s.filing_problems:  # in the form's words ("CUSIP is required")
        QListWidgetItem(f"Filing details: {labelled(problem)[1]}", checks)
    if s.checked or s.findings:  # in the words `amendtool check` prints them
        for line, item in findings_listed(s.findings):
            entry = QListWidgetItem(line, checks)
            entry.setData(Qt.ItemDataRole.UserRole, item)
    if s.checked and not s.findings and s.filing is not None and unread is None:
        QListWidgetItem(
            f"No problems found: {len(s.items)} item(s) checked against the draft, the "
            "notice and the offer's timing.",
            checks,
        )


def finding_item(entry: QListWidgetItem) -> int | None:
    """The item a finding is about, if it is about one."""
    index = entry.data(Qt.ItemDataRole.UserRole)
    return None if index is None else int(index)


def coverage(session: Session) -> list[str]:
    """What the checks could not look at, in counsel's words."""
    lines: list[str] = []
    if session.original is None:
        return lines
    if not session.checked:
        lines.append("Checking the items against the draft…")
    entry = session.series.current if session.series is not None else None
    if session.filing_data is None and entry is not None and entry.filing_unread:
        lines.append(f"{entry.filing_refusal()}: timing and cover page not checked.")
    elif session.filing_data is None:
        lines.append(
            "Filing details missing: timing and cover page not checked (Edit ▸ Filing Details)."
        )
    elif session.filing is None:
        lines.append("Filing details incomplete: timing and cover page not checked.")
    return lines


if TYPE_CHECKING:
    from amendtool.core.checks import Finding

# how the command labels a line about a finding (core/findings.py, findings_said)
FINDING_LABELS = ("error: ", "warning: ", "note: ")
ASKED_ABOUT = ("error: ", "warning: ")  # what export asks about before writing
NOT_READY = "error: "  # what marks a PDF or print written anyway DRAFT
MOST_LISTED = 12  # more than this: the rest under "Show Details…" and in Checks


def findings_in(said: list[str]) -> list[str]:
    """The lines of the command's output (without its 'amendtool: ') that are findings."""
    return [line for line in said if line.startswith(FINDING_LABELS)]


def listed(lines: list[str]) -> str:
    """The lines as a bulleted list a message box shows whole, the rest counted."""
    shown = lines[:MOST_LISTED]
    text = "• " + "\n• ".join(shown)
    if len(lines) > len(shown):
        text += f"\n… and {len(lines) - len(shown)} more (see Checks)"
    return text


def confirm_export(
    parent: QWidget | None, lines: list[str], verb: str = "Export", draft: bool = False
) -> bool:
    """True when there is nothing to ask about, or counsel chose Export Anyway; Cancel is
    the default, so Enter does not write a filing over a warning. Notes alone (the Rule
    14e-1(d) announcement) are not a reason to ask: they are listed with where the files went.
    `draft`: the pages written anyway are marked DRAFT, and the box says so."""
    if not any(line.startswith(ASKED_ABOUT) for line in lines):
        return True
    box = QMessageBox(parent)
    box.setObjectName("exportFindings")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(f"{verb} despite the checks' findings?")
    marked = "\n\nEach page written anyway is marked DRAFT." if draft else ""
    box.setText("The checks found:\n\n" + listed(lines) + marked + f"\n\n{verb} anyway?")
    if len(lines) > MOST_LISTED:
        box.setDetailedText("\n".join(lines))
    anyway = box.addButton(f"{verb} Anyway", QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    scrolling_text(box)
    box.exec()
    return box.clickedButton() is anyway


def weighed(
    parent: QWidget | None, findings: list[Finding], verb: str = "Export", drafts: bool = False
) -> bool | None:
    """Whether the filing may be written as the checks stand: None when not (Export refused,
    or counsel cancelled), True when counsel chose to write it despite an error (its pages
    are marked DRAFT), False when there was nothing to weigh or only warnings and notes.
    Export refuses a placeholder or a wrong expiration; Print and Export PDF (`drafts`) ask
    about them too, since what they write anyway is marked DRAFT and is never filed."""
    from amendtool.core.findings import findings_said
    from amendtool.core.plain_checks import export_advice, export_refusal

    lines = findings_said(findings)
    session = getattr(parent, "session", None)
    amendment = session.amendment() if session is not None else None  # names its notice
    refusal = export_refusal(findings, amendment)
    if refusal and not drafts:  # before any folder is asked for
        advice = export_advice(findings)
        QMessageBox.warning(
            parent,
            "Export",
            refusal[0].upper() + refusal[1:] + "." + (f"\n\n{advice}" if advice else ""),
        )
        return None
    # Print and Export PDF list each finding as Checks and `amendtool check` say it: one
    # wording for one problem (what export would refuse marks their pages DRAFT)
    # only what is not ready to file (an error: a placeholder, a wrong expiration) marks the
    # pages DRAFT; a warning on style or a note is counsel's to weigh, and the pages stay clean
    unready = refusal is not None or any(line.startswith(NOT_READY) for line in lines)
    if not confirm_export(parent, lines, verb, drafts and unready):
        return None
    return unready


def tell(parent: QWidget | None, title: str, text: str) -> None:
    """An information box (where the files went, with the findings exported despite) whose
    list scrolls when it is longer than the screen, so its OK button is always on it."""
    box = QMessageBox(
        QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent
    )
    scrolling_text(box)
    box.exec()
