"""One notice paragraph said for several items (a change made the same way in several
places: the price on the cover, in Q1 and in Section 2), and counsel's paragraph on it.

Whichever item of them counsel writes on, that is the one paragraph: it is printed in place
of the tool's (with whatever else the tool said there) and checked, and counsel's earlier
paragraph on another item of it is cleared, never kept unprinted. A project written before
this holds two paragraphs of counsel's for one place in the notice: the one not printed is
an error naming both items, never dropped without a word."""

from __future__ import annotations

from amendtool.core.amendment import Amendment
from amendtool.core.checks import ERROR, Finding
from amendtool.core.export_refusal import SHARED
from amendtool.core.items import AmendmentItem, letter
from amendtool.core.plain_notice import plain_paragraphs


def sharing(amendment: Amendment, index: int) -> tuple[int, ...]:
    """The items (0-based) the notice's paragraph on item `index` speaks for, it among them."""
    shared = {index}
    for paragraph in plain_paragraphs(amendment):
        if index in paragraph.items:
            shared.update(paragraph.items)
    return tuple(sorted(shared))


def write_shared(amendment: Amendment, index: int, text: str | None) -> list[int]:
    """Counsel's `text` on item `index` as the paragraph of every item sharing it: counsel's
    paragraph on another of them is cleared (None: counsel's paragraph on this item alone is
    cleared). The items cleared."""
    items = amendment.change_items
    shared = sharing(amendment, index) if text else ()
    cleared = [i for i in shared if i != index and items[i].plain_override]
    for other in cleared:
        items[other].set_plain_summary(None)
    items[index].set_plain_summary(text)
    return cleared


def said_shared(amendment: Amendment, index: int, cleared: list[int]) -> str:
    """What the command line and the app say after counsel wrote on item `index`: which
    items share the paragraph, and whose paragraph it replaced; "" for an item of its own."""
    shared = sharing(amendment, index)
    items = amendment.change_items
    if not items[index].plain_override:  # cleared: whose words the paragraph still is
        held = [i for i in shared if items[i].plain_summary]
        if not held:
            return ""
        return (
            f"the notice still prints counsel's paragraph on item {letter(held[0])} for "
            f"{_items(shared)} (amendtool plain PROJECT {letter(held[0])} --clear for the "
            "tool's)"
        )
    if len(shared) < 2 and not cleared:
        return ""
    said = f"it is the notice's one paragraph on {_items(shared)}" if len(shared) > 1 else ""
    if cleared:
        replaced = f"it replaces counsel's paragraph on {_items(cleared)}"
        said = f"{said} ({replaced})" if said else replaced
    return said


def shared_note(amendment: Amendment, item: AmendmentItem) -> str:
    """The app's line under counsel's paragraph on `item` (or the item changing the same):
    the items whose one paragraph it is; "" for an item the notice says alone."""
    changes = amendment.change_items
    index = next((n for n, i in enumerate(changes) if i is item), None)
    if index is None:
        substance = item.substance()
        index = next((n for n, i in enumerate(changes) if i.substance() == substance), None)
    shared = sharing(amendment, index) if index is not None else ()
    if len(shared) < 2:
        return ""
    return (
        f"The notice prints one paragraph on {_items(shared)}: what you write here is that "
        "paragraph, and replaces counsel's paragraph on any of them."
    )


def check_shared_written(amendment: Amendment) -> list[Finding]:
    """Counsel's paragraph on an item that the notice does not print, because counsel also
    wrote on another item of the same paragraph and that one is printed."""
    items = amendment.change_items
    findings = []
    for paragraph in plain_paragraphs(amendment):
        written = [i for i in paragraph.items if items[i].plain_summary]
        printed = [i for i in written if items[i].plain_summary == paragraph.text]
        if len(written) < 2 or not printed:
            continue
        for index in written:
            if index in printed:
                continue
            words = " ".join((items[index].plain_summary or "").split()[:10])
            message = (
                f"item {letter(index)}: counsel's plain paragraph (“{words} …”) is not printed: "
                f"{_items(paragraph.items)} share one paragraph in the notice, and it prints "
                f"counsel's paragraph on item {letter(printed[0])}; keep one: amendtool plain "
                f'PROJECT {letter(index)} --text "…" writes the paragraph of them all, or '
                f"--clear drops it"
            )
            findings.append(Finding(ERROR, SHARED, message, index))
    return findings


def _items(indexes: tuple[int, ...] | list[int]) -> str:
    letters = [letter(i) for i in indexes]
    if len(letters) == 1:
        return f"item {letters[0]}"
    return f"items {', '.join(letters[:-1])} and {letters[-1]}"
