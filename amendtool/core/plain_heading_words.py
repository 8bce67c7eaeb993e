"""Headings and table captions said inside a sentence of the plain notice: a heading in
capitals or title case in small letters (defined terms kept), the column heading over a
changed cell and the row's own name, as a reader finds them in the table."""

from __future__ import annotations

import re

from amendtool.core.pattern_store import compiled
from amendtool.core.table_headings import column_title, heading_rows


def as_label(words: str) -> str:
    """Words as they read inside a sentence: a heading in capitals, or a capital that only
    opens the text or a title, in small letters; defined terms, acronyms and names as
    printed ("New RSUs", "Black-Scholes")."""
    if not re.search(r"[a-z]", words):
        return words.lower()
    tokens = words.split()
    title = all(t[:1].isupper() for t in tokens if t[:1].isalpha() and len(t) > 3)
    out = []
    for index, token in enumerate(tokens):
        plain = token[:1].isupper() and token[1:] == token[1:].lower() and "-" not in token
        if plain and (index == 0 or title):
            token = token.lower()
        out.append(token)
    return " ".join(out)


_NOTE_MARK = compiled(r"\s*(?:\(\d{1,2}\)|\[\d{1,2}\]|[*†‡]+)\s*$")


def cell_names(table: str, row: str, position: int, label: str) -> tuple[str, str, str, str, str]:
    """The column heading (first row) over the cell at `position` of `row`, as the label when
    it is words; the row's name; the heading as printed; the caption the row is printed
    under when that caption names several rows (merged down the column, or repeated); and,
    under a heading spanning columns, the lower heading naming this column ("Employees")."""
    column = row.count("\t", 0, position)
    cells = row.split("\t")
    lines = table.split("\n")
    headings = lines[: heading_rows(lines)] or lines[:1]
    if row in headings:
        headings = lines[:1]  # the row is a heading itself: read as before
    heading = headings[0].split("\t")
    name, sub = column_title(headings, column)
    name = _NOTE_MARK.sub("", name)  # "CASH PAYMENT PER SHARE(1)": the heading, not its note
    quoted = ""
    if name and heading != cells and not re.search(r"\d", name):
        label = as_label(name.split("(")[0].strip())
        quoted = " ".join(name.split())
    named, group = row_name(table, cells, column)
    return label, named, quoted, group, " ".join(_NOTE_MARK.sub("", sub).split())


def row_name(table: str, cells: list[str], column: int) -> tuple[str, str]:
    """The row as a reader finds it: its caption, or, when the caption (carried down from
    above if merged) heads several rows, the row's second cell under that caption ("Final"
    under "2017 Notes", "Third Quarter" under "Fiscal 2022")."""
    if column == 0:
        return " ".join("\t".join(cells).split()[:4]), ""
    rows = [r.split("\t") for r in table.split("\n") if r.strip()]
    captions, above = [], ""
    for each in rows:
        above = each[0].strip() or above
        captions.append(above)
    index = next((i for i, each in enumerate(rows) if each == cells), None)
    caption = captions[index] if index is not None else cells[0].strip()
    second = cells[1].strip() if len(cells) > 2 and column > 1 else ""
    if caption and second and captions.count(caption) > 1:
        return second, caption
    return caption, ""


def opens_with_a_defined_term(heading: str) -> bool:
    """Whether a heading opens with a defined term ("Eligible Options for each New RSU"):
    read as a label, its first capital would be lowered and the term lost."""
    tokens = heading.split()
    if len(tokens) < 2 or not re.search(r"[a-z]", heading):
        return False
    title = all(t[:1].isupper() for t in tokens if t[:1].isalpha() and len(t) > 3)
    return not title and tokens[0][:1].isupper() and tokens[1][:1].isupper()


def counts_things(label: str) -> bool:
    """A column's heading naming what its figures count, in the plural ("preferred shares",
    "New RSUs"): a figure under it is the number of them, never "The shares is now 5,200"."""
    words = label.split()
    if not words or label.startswith("number of ") or any(c.isdigit() for c in label):
        return False
    last = words[-1]
    acronyms = last[:-1].isupper()  # "RSUs", "PSUs"
    if len(last) < 4 or last[-1] != "s" or (not acronyms and last.endswith(("ss", "us", "is"))):
        return False
    return not any(w.lower() in _NOT_COUNTED for w in words)


# headings of figures that are no count of things ("Percent of Class", "Exercise Prices")
_NOT_COUNTED = frozenset(
    "percent percentage percentages price prices ratio ratios rate rates dates years "
    "amounts value values".split()
)
