"""The checks' findings at export, in the words `amendtool export --force` prints them: listed
before anything is written (Export Anyway / Cancel) and again with where the files went, so
counsel never files from the app what the command would have warned about."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

# how the command labels a line about a finding (core/findings.py, findings_said)
FINDING_LABELS = ("error: ", "warning: ", "note: ")
ASKED_ABOUT = ("error: ", "warning: ")  # what export asks about before writing
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


def confirm_export(parent: QWidget | None, lines: list[str]) -> bool:
    """True when there is nothing to ask about, or counsel chose Export Anyway; Cancel is
    the default, so Enter does not write a filing over a warning. Notes alone (the Rule
    14e-1(d) announcement) are not a reason to ask: they are listed with where the files went."""
    if not any(line.startswith(ASKED_ABOUT) for line in lines):
        return True
    box = QMessageBox(parent)
    box.setObjectName("exportFindings")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("Export despite the checks' findings?")
    box.setText("The checks found:\n\n" + listed(lines) + "\n\nExport anyway?")
    if len(lines) > MOST_LISTED:
        box.setDetailedText("\n".join(lines))
    anyway = box.addButton("Export Anyway", QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is anyway
