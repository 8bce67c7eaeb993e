"""The Checks list: the findings, and what was not checked, so it is never green by omission."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from amendtool.core.filing_labels import labelled

if TYPE_CHECKING:
    from amendtool.gui.session import Session


def new_checks_list() -> QListWidget:
    checks = QListWidget()
    checks.setObjectName("checksList")
    checks.setWordWrap(True)
    return checks


def fill_checks(checks: QListWidget, session: Session) -> None:
    """The findings, and what was not checked: a list is never green by omission."""
    s = session
    checks.clear()
    for line in coverage(s):
        entry = QListWidgetItem(line, checks)
        entry.setForeground(checks.palette().placeholderText())
    for problem in s.filing_problems:  # in the form's words ("CUSIP is required")
        QListWidgetItem(f"Filing details: {labelled(problem)[1]}", checks)
    if s.checked or s.findings:
        for finding in s.findings:
            entry = QListWidgetItem(f"{finding.severity}: {finding.message}", checks)
            entry.setData(Qt.ItemDataRole.UserRole, finding.item)
    if s.checked and not s.findings and s.filing is not None:
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
