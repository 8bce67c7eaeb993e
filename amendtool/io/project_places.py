"""Where in a project file something is, in counsel's words.

A damaged or hand-edited project is refused, or its text cleaned, with one line naming the
file and the entry: "Amendment No. 1, item 3" or "the original offer, section 2, paragraph
1", then the field as it is spelt in the file, then the path in the file for whoever edits
it by hand. Never a Python exception's name.
"""

from __future__ import annotations

from collections.abc import Sequence

from amendtool.core.clean_text import Removed
from amendtool.core.pattern_store import compiled

# one step of a path: a key ("items", "locator") or an index ("[3]")
_STEP = compiled(r"\[(\d+)\]|([^.\[\]]+)")
# a list of entries and how one of them is called
_ENTRIES = {
    "sections": "section",
    "paragraphs": "paragraph",
    "items": "item",
    "heading_pages": "page mark",
    "pages": "page mark",
    "notes": "note",
    "notices": "notice",
}


def place_words(where: str, numbers: Sequence[object] = ()) -> tuple[str, str]:
    """(the entry in counsel's words, the field inside it as spelt in the file).

    'amendments[0].items[2].locator.section_id' → ('Amendment No. 1, item 3',
    'locator.section_id'); `numbers` are the amendments' numbers as the file gives them."""
    steps = [(int(index) if index else None, name) for index, name in _STEP.findall(where)]
    parts: list[str] = []
    field: list[str] = []
    position = 0
    while position < len(steps):
        index, name = steps[position]
        following = steps[position + 1][0] if position + 1 < len(steps) else None
        if name == "amendments" and following is not None:
            number = numbers[following] if following < len(numbers) else None
            valid = isinstance(number, int) and not isinstance(number, bool)
            parts.append(f"Amendment No. {number}" if valid else f"amendment {following + 1}")
            field, position = [], position + 2
            continue
        if name in _ENTRIES and following is not None and not field:
            parts.append(f"{_ENTRIES[name]} {following + 1}")
            position += 2
            continue
        if name == "original" and not field:
            parts.append("the original offer saved in it")
        elif name == "revised" and not field:
            parts.append("its revised offer")
        elif name == "filing" and not field:
            parts.append("its filing details")
        elif index is not None:
            field.append(f"[{index}]")
        else:
            field.append(f".{name}" if field else name)
        position += 1
    return ", ".join(parts), "".join(field)


def damage_line(where: str, problem: str, numbers: Sequence[object] = ()) -> str:
    """'Amendment No. 1, item 1: "kind" is missing (amendments[0].items[0].kind)'."""
    entry, field = place_words(where, numbers)
    said = f'"{field}" {problem}' if field else problem
    if entry:
        said = f"{entry}: {said}" if field else f"{entry} {problem}"
    return f"{said} ({where})" if where else said


def removed_line(where: str, removed: Removed, numbers: Sequence[object] = ()) -> str:
    """The notice for text cleaned on the way in: how much, the first, and where it was."""
    entry, field = place_words(where, numbers)
    inside = f'"{field}" of {entry}' if entry and field else entry or f'"{field}"'
    return removed.describe(f"in {inside}, character {removed.first_index + 1}")
