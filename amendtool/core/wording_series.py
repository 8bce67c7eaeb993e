"""How a later amendment of a series cites what earlier ones did: text an earlier amendment
put in, through that amendment ("the paragraph inserted by Amendment No. 1 immediately after
the first paragraph in "Section 17. …" on page 41"), and a paragraph it changed, "as amended
by Amendment No. 1". The phrases are in the wording file's [phrases]."""

from __future__ import annotations

from typing import TYPE_CHECKING

from amendtool.core.items import AmendmentItem, ItemKind, Locator
from amendtool.core.ordinals import position_word

if TYPE_CHECKING:
    from amendtool.core.wording import Wording

_DEFAULTS = {
    "amendment_name": "Amendment No. {number}",
    "as_amended_by": ", as amended by {amendments},",
    "inserted_paragraph": "the paragraph inserted by {amendment} {where}",
    "inserted_paragraphs": "the {ordinal} of the paragraphs inserted by {amendment} {where}",
    "replacing_paragraphs": "the {ordinal} of the paragraphs with which {amendment} replaced "
    "{where}",
    "inserted_table": "the table inserted by {amendment} {where}",
    "inserted_row": "{row} inserted by {amendment}",
    "inserted_after": "immediately after {anchor}{page}",
    "inserted_before": "immediately before {anchor}{page}",
    "inserted_into": "immediately after the heading of {section}{page}",
}
# the key prepare() sets among a template's values when its citation goes through an insertion
THROUGH = "_cited_through_insertion"
# and when the row it cites names the amendment that put it in (the page is the table's)
ROW_THROUGH = "_row_cited_through_insertion"
# items that change the text of what they cite (an insertion only stands beside it)
_CHANGING = frozenset(ItemKind) - {
    ItemKind.INSERT_PARAGRAPH,
    ItemKind.INSERT_TABLE,
    ItemKind.INSERT_ROW,
    ItemKind.ADD_SECTION,
    ItemKind.FILE_EXHIBIT,
    ItemKind.RENUMBER_SECTIONS,
}


def phrase(phrases: dict[str, str], key: str) -> str:
    return phrases.get(key, _DEFAULTS[key])


def amendment_names(phrases: dict[str, str], numbers: list[int]) -> str:
    """'Amendment No. 1', 'Amendment No. 1 and Amendment No. 2', 'Amendment No. 1,
    Amendment No. 2 and Amendment No. 3'."""
    names = [phrase(phrases, "amendment_name").format(number=n) for n in sorted(numbers)]
    if len(names) <= 2:
        return " and ".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def cited_through_insertion(loc: Locator) -> bool:
    """Text an earlier amendment put in is cited through it, unless a question in a
    question-and-answer summary names it as well."""
    return loc.inserted_by is not None and not loc.question and loc.note is None


def table_through_insertion(loc: Locator) -> bool:
    """The table is cited through the amendment that put it in; a row put in a table the
    offer as filed prints is cited through it instead ('the row entitled "2025 Third
    Quarter" inserted by Amendment No. 1 in the table in "Section 3. …"')."""
    return cited_through_insertion(loc) and not loc.inserted_row


def row_through_insertion(phrases: dict[str, str], row: str, loc: Locator) -> str:
    """The row as cited, with the earlier amendment that put it in the table."""
    if not cited_through_insertion(loc) or not loc.inserted_row:
        return row
    amendment = amendment_names(phrases, [loc.inserted_by or 0])
    return phrase(phrases, "inserted_row").format(row=row, amendment=amendment)


def through_insertion(phrases: dict[str, str], loc: Locator, table: bool = False) -> str:
    amendment = amendment_names(phrases, [loc.inserted_by or 0])
    values = {"amendment": amendment, "where": loc.inserted_where or ""}
    if table:
        return phrase(phrases, "inserted_table").format(**values)
    if loc.inserted_replaced:
        key = "replacing_paragraphs"
    elif loc.inserted_count > 1:
        key = "inserted_paragraphs"
    else:
        return phrase(phrases, "inserted_paragraph").format(**values)
    ordinal = position_word(loc.inserted_index, loc.inserted_count)
    return phrase(phrases, key).format(ordinal=ordinal, **values)


def as_amended(phrases: dict[str, str], item: AmendmentItem, through: bool = False) -> str:
    """', as amended by Amendment No. 1,' when earlier amendments of the series changed the
    text the item changes; '' otherwise. `through`: the citation names the amendment that
    put its paragraph in ("the paragraph inserted by Amendment No. 1 …"); when it does not
    (a row by its caption, an answer by its question, a run of paragraphs by ordinals, even
    the paragraph an insertion follows), that amendment is named here instead."""
    loc = item.locator
    numbers = list(loc.amended_by) if item.kind in _CHANGING else []
    numbers += [n for n in loc.counted_by if n not in numbers]  # the count is as amended
    if loc.inserted_by is not None and not through and loc.inserted_by not in numbers:
        numbers.append(loc.inserted_by)
    if not numbers:
        return ""
    return phrase(phrases, "as_amended_by").format(amendments=amendment_names(phrases, numbers))


def insertion_place(item: AmendmentItem, wording: Wording) -> str:
    """Where the item put its new paragraphs, as a later amendment cites them: 'immediately
    after the first paragraph in "Section 17. …" on page 41'; for a paragraph split in
    several, the paragraph they replaced."""
    from amendtool.core.wording_values import prepare

    key, values = prepare(item, "", wording, notice=True)
    phrases = wording.phrases
    if key in ("insert_paragraph_after", "insert_table_after"):
        template = phrase(phrases, "inserted_after")
    elif key == "insert_paragraph_before":
        template = phrase(phrases, "inserted_before")
    elif key in ("insert_paragraph_into", "insert_table_into"):
        template = phrase(phrases, "inserted_into")
    else:
        template = "{target}{page}"
    values.setdefault("anchor", "")
    values.setdefault("target", "")
    from amendtool.core.cited_places import without_whole_mark

    return without_whole_mark(template.format(**values)).strip()
