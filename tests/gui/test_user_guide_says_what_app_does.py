"""The F1 guide says what the app does: every menu command it names (“File ▸ Export”) is on
that menu, with the key it gives; and where Export writes is the rule the export dialog
follows (the folder this amendment's outputs last went to, else the one the project was last
exported to, else a folder named for the amendment beside the project), not a simpler one."""

from __future__ import annotations

import html
import re

from PySide6.QtGui import QKeySequence

from amendtool.gui.main_window import MainWindow
from amendtool.resources import resource_path

_COMMAND = re.compile(r"<b>(\w+) ▸ ([^<]+)</b>(?:\s*\(([^)]*)\))?")


def guide() -> str:
    return html.unescape(resource_path("help/user-guide.html").read_text(encoding="utf-8"))


def menu_texts(window: MainWindow) -> dict[str, dict[str, list[str]]]:
    """Each menu's commands as shown (no mnemonic, no ellipsis), with their keys."""
    menus: dict[str, dict[str, list[str]]] = {}
    for menu in window.menuBar().findChildren(type(window.menus["File"])):
        title = menu.title().replace("&", "")
        for action in menu.actions():
            text = action.text().replace("&", "").removesuffix("…")
            keys = [
                k.toString(QKeySequence.SequenceFormat.PortableText) for k in action.shortcuts()
            ]
            menus.setdefault(title, {})[text] = keys
    return menus


def test_every_command_the_guide_names_is_on_its_menu_with_its_key(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow()
    qtbot.addWidget(window)
    menus = menu_texts(window)
    named = _COMMAND.findall(" ".join(guide().split()))
    assert len(named) >= 8
    for menu, commands, keys in named:
        for command in commands.split(" / "):
            assert command in menus.get(menu, {}), f"{menu} ▸ {command}"
        # "Ctrl +" as the guide sets it (a no-break space) is the key Ctrl++
        given = [re.sub(r"(Ctrl|Shift|Alt) ", r"\1+", k.strip()) for k in keys.split(" / ")]
        given = [k.replace("−", "-") for k in given]
        if keys and len(given) == len(commands.split(" / ")):
            for command, key in zip(commands.split(" / "), given, strict=True):
                assert key in menus[menu][command], (f"{menu} ▸ {command}", key)
    window.close()


def test_the_guide_says_where_export_proposes_to_write() -> None:
    said = next(
        " ".join(item.split())
        for item in re.findall(r"<li>(.*?)</li>", guide(), re.S)
        if "File ▸ Export</b>" in item
    )
    where = [
        said.find("last written"),
        said.find("last exported"),
        said.find("named for the amendment beside the project"),
    ]
    assert -1 not in where and where == sorted(where), said
    assert "choose another" in said
