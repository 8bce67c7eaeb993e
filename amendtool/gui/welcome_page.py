"""The first page a new window shows: what to open to start an amendment.

Kept apart from the main window so the window's shell stays short; it pulls in nothing but
widgets, so the bare window still shows at once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from amendtool.gui.main_window import MainWindow

WELCOME = (
    "<div align='center'><h2>Start an amendment</h2><p>Open the offer document as "
    "filed (an Offer to Exchange or an Offer to Purchase: .docx, EDGAR .txt or "
    ".htm). Then edit the draft beside it, or load a revised file; each change "
    "becomes an amendment item with its wording.</p></div>"
)


def build_welcome(window: MainWindow) -> None:
    """Give `window` its welcome page, the stack the workspace joins later, and the
    central column the find bar goes under."""
    window.welcome = QWidget()
    window.welcome.setObjectName("welcome")
    layout = QVBoxLayout(window.welcome)
    layout.addStretch()
    text = QLabel(WELCOME)
    text.setWordWrap(True)
    layout.addWidget(text)
    for caption, slot in (
        ("Open the Original Offer Document…", window.new_project),
        ("Open a Saved Project…", window.open_project_dialog),
        ("Try the Sample Offer", window.open_demo),
    ):
        button = QPushButton(caption)
        button.setMinimumHeight(34)
        button.setMinimumWidth(320)
        button.clicked.connect(slot)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(button)
        row.addStretch()
        layout.addLayout(row)
    layout.addStretch()
    window.stack = QStackedWidget()
    window.stack.addWidget(window.welcome)
    central = QWidget()
    column = window.central_column = QVBoxLayout(central)  # the find bar goes under the panes
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(0)
    column.addWidget(window.stack, 1)
    window.setCentralWidget(central)
