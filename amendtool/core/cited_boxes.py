"""A change inside a Word text box, cited as the box: Word prints a box apart from the text,
so its paragraphs are not among those a reader counts, and counsel name the box by what
anchors it ("the text box anchored in the eighth paragraph in "Section 1. Eligibility""),
and a paragraph of a box of several by its place in the box. The phrases are the wording
file's ([phrases] for the filing and the notice, [plain_notice.kinds] for the plain
notice)."""

from __future__ import annotations

from collections.abc import Callable

from amendtool.core.cited_places import in_section, note_cited, section_quoted
from amendtool.core.items import AmendmentItem, ItemKind, Locator
from amendtool.core.ordinals import paragraph_ordinal, position_word

_FILED = {
    "text_box": "the text box anchored in {anchor}",
    "text_box_paragraph": "the {ordinal} paragraph of the text box anchored in {anchor}",
    "box_heading": "the heading of {section}",
}
_PLAIN = {
    "text_box": "the text box next to {anchor}",
    "text_box_paragraph": "the {ordinal} paragraph of the text box next to {anchor}",
    "box_heading": "the heading",
}


def apart_cited(phrases: dict[str, str], loc: Locator, whole: bool = False) -> str | None:
    """A paragraph printed apart from the section's text, as cited: a footnote or endnote
    by its mark, a text box's paragraph as the box (`whole`: the box); None for any other."""
    if loc.note is not None:
        return note_cited(phrases, loc)
    if loc.box is not None:
        return box_cited(phrases, loc, whole)
    return None


def apart_unit(phrases: dict[str, str], loc: Locator) -> str | None:
    """What "so that the … reads in its entirety" names, for a paragraph printed apart that
    is whole: "footnote", "endnote", "text box" (a paragraph of a box of several is "the
    paragraph"); None for any other."""
    if loc.note is not None:
        return loc.note_kind or "footnote"
    if loc.box is not None and loc.box_paragraph_count <= 1:
        return phrases.get("one_text_box", "text box")
    return None


def whole_box(item: AmendmentItem) -> bool:
    """The item is about a text box whole: its paragraphs taken out together, or new
    paragraphs put in it (cited in the box, by their place in it) or making a new one."""
    loc = item.locator
    if loc.box_into or loc.box_new:
        return True
    return (
        loc.box is not None and item.kind is ItemKind.DELETE_PARAGRAPH and ("\n\n" in item.old_text)
    )


def box_insertion(
    phrases: dict[str, str],
    templates: dict[str, str],
    loc: Locator,
    values: dict[str, str],
    anchor: Callable[[], str],
) -> str | None:
    """The template for paragraphs put in a text box (after its Nth paragraph, or before its
    first) or making a new box (anchored in what `anchor` cites: what the insertion
    follows), and its values; None for other paragraphs, or a wording without it."""
    if loc.box_new and "insert_text_box" in templates:
        if loc.paragraph or loc.printed:
            values["anchor"] = anchor()
        else:
            heading = phrases.get("box_heading", _FILED["box_heading"])
            values["anchor"] = heading.format(section=section_quoted(phrases, loc.section_name))
        return "insert_text_box"
    if loc.box_into and "insert_box_paragraph_after" in templates:
        values["box"] = box_cited(phrases, loc, whole=True)
        if not loc.box_paragraph:
            return "insert_box_paragraph_before"
        values["ordinal"] = position_word(loc.box_paragraph, loc.box_paragraph_count)
        return "insert_box_paragraph_after"
    return None


def box_cited(phrases: dict[str, str], loc: Locator, whole: bool = False) -> str:
    """The box (or its paragraph; `whole`: the box) as the filing and the notice cite it."""
    where = in_section(phrases, loc.section_name, loc.section_kind)
    if loc.box_anchor_table:
        key = "table" if loc.box_anchor_table_count <= 1 else "nth_table"
        ordinal = position_word(loc.box_anchor_table, loc.box_anchor_table_count)
        anchor = phrases[key].format(ordinal=ordinal, in_section=where)
    elif loc.box_anchor_title:
        anchor = phrases["title"].format(in_section=where)
    elif loc.box_anchor:
        word = paragraph_ordinal(loc.box_anchor, loc.box_anchor_count, loc.title_count > 0)
        key = "paragraph" if word else "only_paragraph"
        anchor = phrases[key].format(ordinal=word, in_section=where)
    else:
        heading = phrases.get("box_heading", _FILED["box_heading"])
        anchor = heading.format(section=section_quoted(phrases, loc.section_name))
    return _in_box(phrases, _FILED, loc, anchor, whole)


def box_named(kinds: dict[str, str], loc: Locator, whole: bool = False) -> str:
    """The box (or its paragraph; `whole`: the box) as the plain notice names it, in the
    section it tells of: 'the text box next to the eighth paragraph'."""
    if loc.box_anchor_table:
        anchor = (
            "the table"
            if loc.box_anchor_table_count <= 1
            else (f"the {position_word(loc.box_anchor_table, loc.box_anchor_table_count)} table")
        )
    elif loc.box_anchor_title:
        anchor = "the title"
    elif loc.box_anchor:
        ordinal = paragraph_ordinal(loc.box_anchor, loc.box_anchor_count, loc.title_count > 0)
        anchor = f"the {ordinal} paragraph" if ordinal else "the paragraph"
    else:
        anchor = kinds.get("box_heading", _PLAIN["box_heading"])
    return _in_box(kinds, _PLAIN, loc, anchor, whole)


def new_box_named(kinds: dict[str, str], loc: Locator) -> str:
    """What a new box is next to, as the plain notice names it: what the insertion follows
    ('the second paragraph', 'the table'), or the heading."""
    if loc.after_table:
        return "the table"
    if not loc.paragraph and not loc.printed:
        return kinds.get("box_heading", _PLAIN["box_heading"])
    count = loc.paragraph_count if loc.printed_count is None else loc.printed_count
    ordinal = paragraph_ordinal(loc.printed or loc.paragraph or 1, count, loc.title_count > 0)
    return f"the {ordinal} paragraph" if ordinal else "the paragraph"


def box_kind(item: AmendmentItem, kinds: dict[str, str], values: dict[str, str]) -> str | None:
    """The plain notice's sentence for paragraphs put in a text box, or a new box, and its
    values; None for other paragraphs, or a wording without it."""
    loc = item.locator
    several = len(item.new_paragraphs) > 1
    if loc.box_new and "insert_text_box" in kinds:
        values["anchor"] = new_box_named(kinds, loc)
        return "insert_text_box"
    key = "insert_box_paragraphs" if several else "insert_box_paragraph"
    if loc.box_into and key in kinds:
        values["box"] = box_named(kinds, loc, whole=True)
        return key
    return None


def _in_box(
    phrases: dict[str, str], defaults: dict[str, str], loc: Locator, anchor: str, whole: bool
) -> str:
    if whole or loc.box_paragraph_count <= 1:
        return phrases.get("text_box", defaults["text_box"]).format(anchor=anchor)
    ordinal = position_word(loc.box_paragraph, loc.box_paragraph_count)
    template = phrases.get("text_box_paragraph", defaults["text_box_paragraph"])
    return template.format(ordinal=ordinal, anchor=anchor)
