"""The table of contents is not amended (the body's headings are, and the contents follow them
when the filing is printed): its entries are told apart, never paired by similarity, and the
note that it differs says why: page numbers moved with the layout, entries were retitled."""

from __future__ import annotations

import difflib
import re

from amendtool.core.apply import TextSection
from amendtool.core.drafting.align import Op
from amendtool.core.drafting.citing import section_name
from amendtool.core.pattern_store import compiled
from amendtool.core.typography import fold_heading, fold_typography

# an entry's printed page at its end, after leader dots, a tab or a space: "9", "ii", "A-1"
_PAGE_AT_END = compiled(r"(?:[\s.\u2026\u00b7]|\t)+(?:\d+|[ivxlcdm]+|[A-Z]-\d+)\s*$", re.I)


def contents_ops(old: TextSection, new: TextSection) -> list[Op]:
    """When pages move, every entry changes, and pairing them would compare each with each."""
    a = [fold_typography(p) for p in old.paragraphs]
    b = [fold_typography(p) for p in new.paragraphs]
    ops: list[Op] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            ops += [Op("keep", i, j) for i, j in zip(range(i1, i2), range(j1, j2), strict=True)]
        else:
            ops += [Op("delete", i) for i in range(i1, i2)]
            ops += [Op("insert", None, j) for j in range(j1, j2)]
    return ops


def entry_title(entry: str) -> str:
    """An entry without its page number and leaders, folded as headings are compared."""
    return fold_heading(_PAGE_AT_END.sub("", entry).rstrip(" .\t"))


def contents_note(old: TextSection, new: TextSection, ops: list[Op]) -> str | None:
    """Why the contents differ, or None when they do not: entries retitled (as their headings
    are in the body, where the change is amended), added or removed, page numbers moved."""
    if all(op.kind == "keep" for op in ops):
        return None
    titles_a = [entry_title(p) for p in old.paragraphs]
    titles_b = [entry_title(p) for p in new.paragraphs]
    matcher = difflib.SequenceMatcher(None, titles_a, titles_b, autojunk=False)
    retitled = added = removed = 0
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "replace":
            retitled += min(i2 - i1, j2 - j1)
        if tag in ("replace", "delete"):
            removed += max(0, (i2 - i1) - (j2 - j1))
        if tag in ("replace", "insert"):
            added += max(0, (j2 - j1) - (i2 - i1))
    kept_titles = [
        (old.paragraphs[i1 + k], new.paragraphs[j1 + k])
        for tag, i1, i2, j1, _j2 in matcher.get_opcodes()
        if tag == "equal"
        for k in range(i2 - i1)
    ]
    reasons = []
    if retitled:
        reasons.append(f"{_entries(retitled)} retitled, as amended in the body")
    if added:
        reasons.append(f"{_entries(added)} added, as sections are in the body")
    if removed:
        reasons.append(f"{_entries(removed)} removed, as sections are from the body")
    if any(fold_typography(a) != fold_typography(b) for a, b in kept_titles) or not reasons:
        reasons.append("page numbers move with the layout")
    return f"{section_name(old)}: entries differ ({'; '.join(reasons)}); not amended"


def _entries(count: int) -> str:
    return f"{count} {'entry' if count == 1 else 'entries'}"
