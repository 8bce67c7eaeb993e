"""Extend the offer: the new expiration, and counsel's choice to draft an extension that
does not keep the offer open as long as an earlier amendment requires (the command's
--allow-short-period). Unticked, such an extension is refused naming the day it must reach,
as the command refuses it; ticked, it is drafted and is not marked filed while short. While
an amendment that changes the offer is a draft, the extension may be made in it (a higher
price and the longer period it requires, in one amendment: the command's amend --to)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

ALLOW_SHORT = "Extend even if the offer is not kept open as long as an earlier amendment requires"
# how the refusal tells counsel to draft it anyway (the command names its option instead)
ANYWAY = f'with "{ALLOW_SHORT}" ticked in the Extend dialog'


def in_this_label(number: int) -> str:
    return f"Extend in Amendment No. {number}, this draft, together with its changes to the offer"


class ExtendDialog(QDialog):
    def __init__(
        self,
        zone: str,
        suggested: str,
        parent: QWidget | None = None,
        draft_number: int | None = None,
        context: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("extendDialog")
        self.setWindowTitle("Extend the offer")
        layout = QVBoxLayout(self)
        # the expiration in force, and why the date below is offered
        self.context = QLabel(context)
        self.context.setObjectName("extendContext")
        self.context.setWordWrap(True)
        self.context.setVisible(bool(context))
        layout.addWidget(self.context)
        label = QLabel(
            f"New expiration, local time ({zone}), as YYYY-MM-DD HH:MM (or YYYY-MM-DD "
            "midnight, the end of that day):"
        )
        label.setWordWrap(True)
        layout.addWidget(label)
        self.to = QLineEdit(suggested)
        self.to.setObjectName("extendTo")
        layout.addWidget(self.to)
        self.allow_short = QCheckBox(ALLOW_SHORT)
        self.allow_short.setObjectName("allowShortPeriod")
        self.allow_short.setToolTip(
            "The extension is drafted, and the checks keep saying the period is short: it "
            "cannot be marked filed until the offer is open long enough."
        )
        layout.addWidget(self.allow_short)
        # the open amendment, a draft changing the offer: extended in it, or in the next one
        self.in_this = QCheckBox(in_this_label(draft_number or 0))
        self.in_this.setObjectName("extendInThisAmendment")
        self.in_this.setToolTip(
            "Ticked, the open draft becomes an amendment that changes the offer and extends "
            "it. Unticked, the open draft is marked filed and the extension is the next "
            "amendment."
        )
        self.in_this.setVisible(draft_number is not None)
        layout.addWidget(self.in_this)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def values(self) -> tuple[str, bool]:
        """The new expiration as typed, and whether a short period is allowed."""
        return self.to.text(), self.allow_short.isChecked()

    def in_this_amendment(self) -> bool:
        """Whether the extension is made in the open draft, with its changes."""
        return not self.in_this.isHidden() and self.in_this.isChecked()
