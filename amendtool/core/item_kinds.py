"""What an amendment item can be: its kinds (and the groups of kinds that read alike), the
classes of materiality with who decided them, and the letter the filing gives it (items.py,
which holds the item and its decisions, re-exports every name)."""

from __future__ import annotations

from enum import StrEnum


class ItemKind(StrEnum):
    REPLACE_SECTION = "replace_section"
    DELETE_SECTION = "delete_section"
    ADD_SECTION = "add_section"
    RETITLE_SECTION = "retitle_section"
    # a paragraph made a heading, its words unchanged: the paragraphs after it in its
    # section now stand under it, as a section of their own
    MAKE_HEADING = "make_heading"
    # a heading made a paragraph, its words unchanged: it and the paragraphs under it are
    # now part of the section before it
    MAKE_PARAGRAPH = "make_paragraph"
    RENUMBER_SECTIONS = "renumber_sections"  # a run of sections whose numbers shifted
    # paragraphs whose label alone changed ("Q2." → "Q3.", "(c)" → "(d)") in one section
    RENUMBER_PARAGRAPHS = "renumber_paragraphs"
    REPLACE_PARAGRAPH = "replace_paragraph"
    DELETE_PARAGRAPH = "delete_paragraph"
    INSERT_PARAGRAPH = "insert_paragraph"
    MOVE_PARAGRAPH = "move_paragraph"
    # a table is cited and restated whole; rows are "cell\tcell" lines
    REPLACE_TABLE = "replace_table"
    DELETE_TABLE = "delete_table"
    INSERT_TABLE = "insert_table"
    # a row added to a table or taken out of it, cited by the row entitled "…" it follows
    # (or, at the top of the table, precedes: `Locator.row_before`) or that is taken out
    INSERT_ROW = "insert_row"
    DELETE_ROW = "delete_row"
    # rows changed in place, cited by the row entitled "…" (the first of them) and restated
    REPLACE_ROW = "replace_row"
    REPLACE_SENTENCE = "replace_sentence"
    DELETE_SENTENCE = "delete_sentence"
    INSERT_SENTENCE = "insert_sentence"
    REPLACE_WORDS = "replace_words"
    FILE_EXHIBIT = "file_exhibit"


SECTION_KINDS = frozenset(
    {
        ItemKind.REPLACE_SECTION,
        ItemKind.DELETE_SECTION,
        ItemKind.ADD_SECTION,
        ItemKind.RETITLE_SECTION,
        ItemKind.RENUMBER_SECTIONS,
        ItemKind.MAKE_PARAGRAPH,
    }
)
# items that change where a heading stands (and, when reworded, its words: `reworded_mark`)
STRUCTURE_KINDS = frozenset({ItemKind.MAKE_HEADING, ItemKind.MAKE_PARAGRAPH})


TABLE_KINDS = frozenset(
    {
        ItemKind.REPLACE_TABLE,
        ItemKind.DELETE_TABLE,
        ItemKind.INSERT_TABLE,
        ItemKind.INSERT_ROW,
        ItemKind.DELETE_ROW,
        ItemKind.REPLACE_ROW,
    }
)
SENTENCE_KINDS = frozenset(
    {
        ItemKind.REPLACE_SENTENCE,
        ItemKind.DELETE_SENTENCE,
        ItemKind.INSERT_SENTENCE,
        ItemKind.REPLACE_WORDS,
    }
)


class Materiality(StrEnum):
    """What the change does to the offer, for how long it must then stay open (SPEC §5)."""

    CLARIFYING = "clarifying"  # disclosure only, not material
    MATERIAL = "material"  # 5 business days
    CONSIDERATION = "consideration"  # consideration or percentage sought: 10 business days
    EXTENSION = "extension"  # the expiration alone moved: announced (Rule 14e-1(d)), no period


PROPOSED, COUNSEL = "proposed", "counsel"  # who decided an item's materiality
LEGACY = "legacy"  # read from a project saved before items carried proposals


def letter(index: int) -> str:
    """A, B, … Z, AA, AB … as the filing letters its items."""
    out = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        out = chr(ord("A") + rest) + out
    return out
