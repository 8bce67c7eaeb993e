"""The column a labelled line's text starts at in the EDGAR .txt filing. A fixed column
ran a long label into its text ("(a)(1)(E)Notice of Amendment …"): each kind of labelled
line takes the column its usual width gives, or the one its longest label in the document
needs with two spaces after it, so that all lines of one kind still line up."""

from __future__ import annotations

from collections.abc import Iterable

from amendtool.core.layout import Block, Role

# each labelled role: where its label starts, and the label's usual width (label + spaces)
LABEL_LINES: dict[Role, tuple[int, int]] = {
    Role.CHECKBOX: (0, 5),
    Role.ITEM: (9, 9),
    Role.EXHIBIT_LINE: (18, 9),
    Role.MEMO: (0, 9),
}
GAP = 2  # the fewest spaces between a label and its text


def label_widths(blocks: Iterable[Block]) -> dict[Role, int]:
    """Each labelled role's label width for this document: its usual width, or its longest
    label and two spaces."""
    widths = {role: usual for role, (_, usual) in LABEL_LINES.items()}
    for block in blocks:
        if block.role not in widths:
            continue
        widths[block.role] = max(widths[block.role], len(block.label.rstrip()) + GAP)
    return widths


def label_prefixes(role: Role, label: str, widths: dict[Role, int]) -> tuple[str, str]:
    """The first line's lead (indent and label, padded to the column) and the lead of the
    lines after it (the column, or the role's own indent for an item)."""
    indent, _ = LABEL_LINES[role]
    width = widths.get(role, LABEL_LINES[role][1])
    first = " " * indent + label.ljust(width)
    rest = "" if role is Role.ITEM else " " * (indent + width)
    return first, rest
