"""Two offer files dropped together: counsel means the original and its revision.

Which one is the original is read from the names when they tell ("orig", "as filed" against
"rev", "revised", "v2"); otherwise, and whenever an amendment is already open (the pair
starts a new one), counsel is asked, the likelier original offered first. Nothing is
guessed from the order of the drop: file managers give the files in selection order.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from amendtool.core.errors import shown_name

_ORIGINAL_WORDS = {"orig", "original", "filed", "old", "v1", "initial", "first"}
_REVISED_WORDS = {"rev", "revised", "revision", "amended", "new", "updated", "draft", "v2", "v3"}


def _words(path: Path) -> set[str]:
    return set(re.split(r"[^a-z0-9]+", path.stem.lower())) - {""}


def likely_original(first: Path, second: Path) -> Path | None:
    """The original, when the names tell it; None when they do not."""
    for a, b in ((first, second), (second, first)):
        a_words, b_words = _words(a), _words(b)
        revised_only_b = b_words & _REVISED_WORDS and not a_words & _REVISED_WORDS
        original_only_a = a_words & _ORIGINAL_WORDS and not b_words & _ORIGINAL_WORDS
        if revised_only_b or original_only_a:
            return a
    return None


def ask_original(parent: QWidget, first: Path, second: Path, guess: Path | None) -> Path | None:
    """Which of the two is the original offer as filed (None: cancelled)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle("Open two dropped files")
    box.setText(
        f"Open {shown_name(first.name)} and {shown_name(second.name)} as a new amendment: "
        "which is the original offer as filed?"
    )
    box.setInformativeText("The other opens as the revised offer, compared with it.")
    order = (first, second) if guess in (None, first) else (second, first)
    buttons = {
        box.addButton(
            f"{shown_name(path.name)} Is the Original", QMessageBox.ButtonRole.AcceptRole
        ): path
        for path in order
    }
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(next(iter(buttons)))
    box.exec()
    return buttons.get(box.clickedButton())  # type: ignore[call-overload]


def open_pair(window: QMainWindow, first: Path, second: Path) -> None:
    """Open the two as original and revised offer: at once when the names tell which is
    which and no amendment is open; else once counsel has said."""
    guess = likely_original(first, second)
    original = guess
    if guess is None or window.session.original is not None:  # type: ignore[attr-defined]
        original = window.ask_original(first, second, guess)  # type: ignore[attr-defined]
    if original is None:
        return
    revised = second if original == first else first
    note = (
        f"Opened {shown_name(original.name)} as the original and {shown_name(revised.name)} "
        "as the revised offer"
    )
    window.open_documents(original, revised, note=note)  # type: ignore[attr-defined]
