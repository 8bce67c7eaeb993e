"""Preferences: who counsel is (the redline's author), the house style, the reading font."""

from __future__ import annotations

import os

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFontComboBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from amendtool.gui import settings


class Preferences(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferences")
        self.setWindowTitle("Preferences")
        self.name = QLineEdit(settings.get(settings.AUTHOR_NAME))
        self.name.setObjectName("authorName")
        self.name.setPlaceholderText("Jane Roe")
        self.name.setToolTip("Named as the author of every revision in the redline")
        self.firm = QLineEdit(settings.get(settings.AUTHOR_FIRM))
        self.firm.setObjectName("authorFirm")
        self.firm.setPlaceholderText("Roe & Doe LLP")
        self.curly = QCheckBox("Curly quotation marks and apostrophes in the Word files")
        self.curly.setObjectName("curlyQuotes")
        self.curly.setChecked(settings.get(settings.CURLY_QUOTES))
        self.curly.setToolTip("The EDGAR .txt and .htm files are always plain ASCII")
        self.font_family = QFontComboBox()
        self.font_family.setObjectName("fontFamily")
        self.font_family.setCurrentFont(QFont(settings.get(settings.FONT_FAMILY)))
        self.font_size = QSpinBox()
        self.font_size.setObjectName("fontSize")
        self.font_size.setRange(6, 36)
        self.font_size.setValue(settings.get(settings.FONT_SIZE))
        self.autosave = QSpinBox()
        self.autosave.setRange(2, 600)
        self.autosave.setSuffix(" s")
        self.autosave.setValue(settings.get(settings.AUTOSAVE_SECONDS))
        form = QFormLayout(self)
        form.addRow("Your name:", self.name)
        form.addRow("Firm:", self.firm)
        form.addRow("House style:", self.curly)
        form.addRow("Text font:", self.font_family)
        form.addRow("Text size (pt):", self.font_size)
        form.addRow("Autosave every:", self.autosave)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def accept(self) -> None:
        settings.put(settings.AUTHOR_NAME, self.name.text().strip())
        settings.put(settings.AUTHOR_FIRM, self.firm.text().strip())
        settings.put(settings.CURLY_QUOTES, self.curly.isChecked())
        settings.put(settings.FONT_FAMILY, self.font_family.currentFont().family())
        settings.put(settings.FONT_SIZE, self.font_size.value())
        settings.put(settings.AUTOSAVE_SECONDS, self.autosave.value())
        super().accept()


def offered_author() -> str:
    """The name the redline's author box starts with: the one counsel gave before, else the
    name of the computer's user, which counsel may change (a firm's name is no author)."""
    return settings.get(settings.AUTHOR_NAME).strip() or os_user_name()


def os_user_name() -> str:
    """The name the computer knows its user by (the account's full name where the system
    keeps one, else the login name): offered, never used unasked, as the redline's author."""
    import getpass

    try:
        import pwd

        full = pwd.getpwuid(os.getuid()).pw_gecos.split(",")[0].strip()
    except (ImportError, KeyError, AttributeError):  # Windows has no pwd; a lost account
        full = ""
    if full:
        return full
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return ""
