"""Where a moved paragraph now stands, in counsel's words: after the paragraph or the table
it follows once the items before it apply ("immediately follows the table in …"), or first
in its section. A table's rows are no paragraphs: the paragraph before a table is never the
place of one put after it, which would read as a move that follows itself."""

from __future__ import annotations

from amendtool.core.cited_places import in_section, paragraph_cited, table_cited
from amendtool.core.items import Locator
from amendtool.core.ordinals import ordinal_word


def move_destination(phrases: dict[str, str], loc: Locator, values: dict[str, str]) -> str | None:
    """Fills `values` with the destination of the move at `loc`; the wording's key when it
    is not the plain "now immediately follows" one."""
    name = loc.to_section_name or loc.section_name
    to_kind = loc.to_section_kind or loc.section_kind
    if loc.to_paragraph and loc.to_after_table:  # it follows a table: the table
        where = Locator(loc.to_section_id or loc.section_id, name, to_kind)
        where.table_caption = loc.to_table_caption
        values["destination"] = table_cited(phrases, loc.to_after_table, loc.to_table_count, where)
    elif loc.to_paragraph and loc.to_opening:  # put in by an earlier item: by its words
        template = phrases.get(
            "paragraph_beginning", 'the paragraph beginning "{opening}" {in_section}'
        )
        values["destination"] = template.format(
            opening=loc.to_opening, in_section=in_section(phrases, name, to_kind)
        )
    elif loc.to_paragraph:
        values["destination"] = paragraph_cited(
            phrases,
            loc.to_printed or loc.to_paragraph,
            loc.to_paragraph_count if loc.to_printed_count is None else loc.to_printed_count,
            name,
            to_kind,
        )
    else:
        values["destination_section"] = in_section(phrases, name, to_kind)
        return "move_paragraph_to_start"
    return None


def moved_together(
    phrases: dict[str, str], loc: Locator, count: int, values: dict[str, str], key: str
) -> str:
    """Paragraphs moved together, cited as a run ("The fourth and fifth paragraphs in …"):
    fills `values` and gives the wording's key for the run ("move_paragraphs", or
    "move_paragraphs_to_start" for `key` "move_paragraph_to_start")."""
    first = loc.printed or loc.paragraph or 1
    last = first + count - 1
    values["first"], values["last"] = ordinal_word(first), ordinal_word(last)
    values["joiner"] = " and " if count == 2 else " through "
    values["in_section"] = in_section(phrases, loc.section_name, loc.section_kind)
    return "move_paragraphs_to_start" if key == "move_paragraph_to_start" else "move_paragraphs"
