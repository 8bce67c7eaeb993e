"""Every action of the window declared once: text, shortcut, menu role, and where it lives."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

StandardKey = QKeySequence.StandardKey
Role = QAction.MenuRole


class ActionSpec(NamedTuple):
    id: str
    text: str
    menu: str
    shortcut: StandardKey | str | None = None
    role: Role = Role.NoRole
    needs_project: bool = True
    also: tuple[str, ...] = ()  # keys every editor accepts beside the platform's own


# Ctrl+= is the zoom-in key without Shift (Word, browsers); the platform list has only Ctrl++.
# Not "Ctrl+Shift+=" too: the key map offers a US Ctrl+Shift+= as Ctrl++ as well, and Qt
# runs neither shortcut a key press matches twice.
ZOOM_IN_ALSO = ("Ctrl+=",)
# Ctrl+Y redoes on every platform, as in Word; Linux desktops list only Ctrl+Shift+Z.
REDO_ALSO = ("Ctrl+Y",)


ACTIONS: list[ActionSpec] = [
    ActionSpec("new", "&New from Original…", "File", StandardKey.New, needs_project=False),
    ActionSpec("open", "&Open Project…", "File", StandardKey.Open, needs_project=False),
    ActionSpec("load_revised", "Load &Revised File…", "File", "Ctrl+Shift+O"),
    ActionSpec("save", "&Save", "File", StandardKey.Save),
    ActionSpec("save_as", "Save &As…", "File", StandardKey.SaveAs),
    ActionSpec("export", "&Export…", "File", "Ctrl+E"),
    ActionSpec("export_pdf", "Export &PDF…", "File", "Ctrl+Shift+E"),
    ActionSpec("print", "&Print…", "File", StandardKey.Print),
    ActionSpec("quit", "&Quit", "File", StandardKey.Quit, Role.QuitRole, needs_project=False),
    ActionSpec("undo", "&Undo", "Edit", StandardKey.Undo, needs_project=False),
    ActionSpec("redo", "&Redo", "Edit", StandardKey.Redo, needs_project=False, also=REDO_ALSO),
    ActionSpec("find", "&Find…", "Edit", StandardKey.Find),
    ActionSpec("find_next", "Find &Next", "Edit", StandardKey.FindNext),
    ActionSpec("find_previous", "Find Pre&vious", "Edit", StandardKey.FindPrevious),
    ActionSpec("replace", "&Replace…", "Edit", StandardKey.Replace),
    ActionSpec("reject_change", "Re&ject Change", "Edit", None),
    ActionSpec("toggle_heading", "Mark as &Heading", "Edit", "Ctrl+Shift+H"),
    ActionSpec("filing", "&Filing Details…", "Edit", "Ctrl+Shift+F"),
    ActionSpec(
        "preferences",
        "&Preferences…",
        "Edit",
        StandardKey.Preferences,
        Role.PreferencesRole,
        needs_project=False,
    ),
    ActionSpec("zoom_in", "Zoom &In", "View", StandardKey.ZoomIn, also=ZOOM_IN_ALSO),
    ActionSpec("zoom_out", "Zoom &Out", "View", StandardKey.ZoomOut, also=("Ctrl+_",)),
    ActionSpec("zoom_reset", "&Actual Size", "View", "Ctrl+0"),
    ActionSpec("next_change", "&Next Change", "View", "F8"),
    ActionSpec("previous_change", "&Previous Change", "View", "Shift+F8"),
    ActionSpec("review", "&Review Side by Side…", "View", "Ctrl+R"),
    ActionSpec("check", "Run &Checks", "View", "F7"),
    ActionSpec("next_amendment", "&Next Amendment", "Amendment", "Ctrl+Shift+N"),
    ActionSpec("extend", "&Extend the Offer…", "Amendment"),
    ActionSpec("results", "Final Amendment: &Results…", "Amendment"),
    ActionSpec("mark_filed", "Mark as &Filed", "Amendment"),
    ActionSpec("remove_draft", "&Remove This Draft Amendment…", "Amendment"),
    ActionSpec("history", "Save &History as Word…", "Amendment"),
    ActionSpec("help", "amendtool &Help", "Help", StandardKey.HelpContents, needs_project=False),
    ActionSpec("about", "&About amendtool", "Help", None, Role.AboutRole, needs_project=False),
]


def keys_of(spec: ActionSpec) -> list[QKeySequence]:
    """Every key of an action: the platform's bindings of a standard key, then the others."""
    keys: list[QKeySequence] = []
    if isinstance(spec.shortcut, str):
        keys = [QKeySequence(spec.shortcut)]
    elif spec.shortcut is not None:
        keys = QKeySequence.keyBindings(spec.shortcut)
    return keys + [QKeySequence(k) for k in spec.also if QKeySequence(k) not in keys]


def build_actions(parent: QWidget) -> dict[str, QAction]:
    actions = {}
    for spec in ACTIONS:
        action = QAction(spec.text, parent)
        action.setObjectName(f"action_{spec.id}")
        # setShortcuts: a standard key gets every binding the platform has for it (Redo is
        # both Ctrl+Y and Ctrl+Shift+Z on Windows); and unlike setShortcut it does not make
        # PySide6 build the whole Qt namespace before the first frame.
        if keys := keys_of(spec):
            action.setShortcuts(keys)
        action.setMenuRole(spec.role)
        actions[spec.id] = action
    return actions


# what changes the open amendment: off while it is filed (locked)
CHANGES_AMENDMENT = {"load_revised", "toggle_heading", "filing", "mark_filed", "remove_draft"}


# what starts another amendment: off once the final amendment reporting the results is filed
STARTS_AMENDMENT = {"next_amendment", "extend", "results"}
# what would follow the final amendment: off while it is a draft too (only it is drafted again)
FOLLOWS_FINAL = {"next_amendment", "extend"}


def update_enabled(
    actions: dict[str, QAction],
    has_project: bool,
    locked: bool = False,
    closed: bool = False,
    final: bool = False,
) -> None:
    """The one place that decides what is enabled; `closed`: the series has ended; `final`:
    its final amendment, reporting the results, is drafted (filed or not)."""
    for spec in ACTIONS:
        if spec.needs_project:
            off = (
                (locked and spec.id in CHANGES_AMENDMENT)
                or (closed and spec.id in STARTS_AMENDMENT)
                or (final and spec.id in FOLLOWS_FINAL)
            )
            actions[spec.id].setEnabled(has_project and not off)
