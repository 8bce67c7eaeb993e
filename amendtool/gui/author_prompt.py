"""The redline's author, asked the first time a redline is printed or exported with no one
named in Preferences: counsel's name and firm, as Preferences holds them and as the command
line writes them ("Jane Roe (Whitfield & Crane LLP)"), never a computer's login name alone."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from amendtool.core.filing_details import FilingDetails
from amendtool.gui import settings
from amendtool.gui.preferences import offered_author
from amendtool.io.docx_properties import counsel_firm


class AuthorPrompt(QDialog):
    """Name and firm, offered as Preferences and the filing details have them: the firm
    the copies go to is the firm drafting the amendment."""

    def __init__(self, parent: QWidget | None, filing: FilingDetails | None) -> None:
        super().__init__(parent)
        self.setObjectName("authorPrompt")
        self.setWindowTitle("Redline author")
        firm = settings.get(settings.AUTHOR_FIRM).strip()
        if not firm and filing is not None:
            firm = counsel_firm(filing)
        self.name = QLineEdit(offered_author())
        self.name.setObjectName("authorPromptName")
        self.firm = QLineEdit(firm)
        self.firm.setObjectName("authorPromptFirm")
        form = QFormLayout(self)
        form.addRow(QLabel("The redline names you as the author of each revision."))
        form.addRow("Your &name:", self.name)
        form.addRow("&Firm:", self.firm)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


def ask_author(parent: QWidget | None, filing: FilingDetails | None) -> bool:
    """Ask once and keep the answer in Preferences; False: cancelled, or nothing given."""
    prompt = AuthorPrompt(parent, filing)
    if prompt.exec() != QDialog.DialogCode.Accepted:
        return False
    name, firm = prompt.name.text().strip(), prompt.firm.text().strip()
    if not (name or firm):
        return False
    settings.put(settings.AUTHOR_NAME, name)
    settings.put(settings.AUTHOR_FIRM, firm)
    return True
