"""A change inside a Word text box, cited as the box: Word prints a box apart from the text,
so its paragraphs are not among those a reader counts, and counsel name the box by what
anchors it ("the text box anchored in the eighth paragraph in "Section 1. Eligibility""),
and a paragraph of a box of several by its place in the box. The phrases are the wording
file's ([phrases] for the filing and the notice, [plain_notice.kinds] for the plain
notice)."""

from __future__ import annotations

from amendtool.core.cited_places import in_section, note_cited, section_quoted
from amendtool.core.items import Locator
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


def apart_cited(phrases: dict[str, str], loc: Locator) -> str | None:
    """A paragraph printed apart from the section's text, as cited: a footnote or endnote
    by its mark, a text box's paragraph as the box; None for any other."""
    if loc.note is not None:
        return note_cited(phrases, loc)
    if loc.box is not None:
        return box_cited(phrases, loc)
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


def box_cited(phrases: dict[str, str], loc: Locator) -> str:
    """The box (or its paragraph) as the filing and the notice cite it."""
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
    return _in_box(phrases, _FILED, loc, anchor)


def box_named(kinds: dict[str, str], loc: Locator) -> str:
    """The box (or its paragraph) as the plain notice names it, in the section it tells of:
    'the text box next to the eighth paragraph'."""
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
    return _in_box(kinds, _PLAIN, loc, anchor)


def _in_box(phrases: dict[str, str], defaults: dict[str, str], loc: Locator, anchor: str) -> str:
    if loc.box_paragraph_count <= 1:
        return phrases.get("text_box", defaults["text_box"]).format(anchor=anchor)
    ordinal = position_word(loc.box_paragraph, loc.box_paragraph_count)
    template = phrases.get("text_box_paragraph", defaults["text_box_paragraph"])
    return template.format(ordinal=ordinal, anchor=anchor)
