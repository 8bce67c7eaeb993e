"""Where an amendment item applies: the section, paragraph, sentence, table cell, note,
question or title line it changes, counted as earlier items left the document, with what
the filing needs to cite it as counsel would (SPEC §4)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Locator:
    """Where an item applies, counted in the document as earlier items have left it.

    `paragraph` is the 1-based target paragraph (for insertions: the paragraph the new text
    follows, 0 for the start of the section); `sentence` likewise within the paragraph.
    Every place the filing cites (page aside) is read from here, so that the filing, the
    notice and items.json name the same place in the same words.
    """

    section_id: str
    section_name: str
    section_kind: str = "numbered"
    paragraph: int | None = None
    paragraph_count: int = 0
    sentence: int | None = None
    sentence_count: int = 0
    # delete_sentence: how many sentences, from `sentence` on, it takes out ("the last two
    # sentences of …", carried to the next paragraph): one item, as counsel cite them
    sentence_span: int = 1
    # the sentence as numbered in the original paragraph, when earlier items in the same
    # paragraph added or took out sentences before it (the filing cites the original)
    filed_sentence: int | None = None
    filed_sentence_count: int | None = None
    # the section the paragraph is printed under in the offer as filed, when a heading mark
    # put it in another section of the draft (`section_id` is the draft's, to apply it by)
    filed_section_id: str | None = None
    # a paragraph inside a table cell ("the paragraph in the row entitled "Purchase
    # Price""): `paragraph` is the row, `cell` the cell (0-based) and `cell_paragraph` the
    # paragraph within it (1-based, of `cell_paragraph_count`)
    row_caption: str | None = None
    # insert_row: `paragraph` is the row named by `row_caption`; the new rows go before it
    # (the top of the table) when set, else after it
    row_before: bool = False
    # the row group a row is printed under ("FISCAL YEAR 2002" over "First Quarter")
    row_group: str | None = None
    # replace_row: the first row of the table (its column headings, when it has them), which
    # says what the figures of the row are
    row_headings: str | None = None
    cell: int | None = None
    cell_paragraph: int | None = None
    cell_paragraph_count: int = 0
    # a paragraph of a Word text box (`box`: the box's number): cited as the box, by what
    # anchors it ("the text box anchored in the eighth paragraph in …"), and by its place in
    # the box (`box_paragraph` of `box_paragraph_count`) when the box has several. The
    # anchor: the `box_anchor`th of `box_anchor_count` paragraphs, or the
    # `box_anchor_table`th of `box_anchor_table_count` tables, or the cover's title
    # (`box_anchor_title`), or else the section's heading
    box: str | None = None
    box_paragraph: int = 0
    box_paragraph_count: int = 0
    box_anchor: int = 0
    box_anchor_count: int = 0
    box_anchor_table: int = 0
    box_anchor_table_count: int = 0
    box_anchor_title: bool = False
    # insert_paragraph of text-box paragraphs: put in the box cited (`box_into`), after its
    # `box_paragraph`th paragraph (0: before its first), or a new box (`box_new`) anchored
    # in what the box_anchor fields name
    box_into: bool = False
    box_new: bool = False
    # a footnote or endnote: cited by its mark ("footnote 1"), not as a paragraph
    note: str | None = None
    note_kind: str | None = None  # "footnote" | "endnote"
    # the note's mark is a superscript or a Word footnote reference, not printed in the
    # note's text as EDGAR text prints "(1)": a note restated is quoted without it
    note_bare: bool = False
    # insert_paragraph of a note the revision adds ("footnote" | "endnote"): cited as a note
    # added to the paragraph that prints its mark, after the words the mark follows
    # (`note_after`; None when the reader could not place the mark); `added_mark` is the
    # mark it prints in the revision ("2"), which Word numbers itself
    added_note: str | None = None
    note_after: str | None = None
    added_mark: str | None = None
    # the mark as the paragraph's text prints it ("(1)" in EDGAR text), when the revision
    # prints it there: the note's item puts it after `note_after`, so that adding the mark
    # is no item of its own
    note_printed: str | None = None
    # the sentence cited by its first words ('the sentence beginning "We may reject"'), as
    # in a paragraph that opens with a run-in caption no reader counts as a sentence
    sentence_opening: str | None = None
    # sentences of the paragraph no reader counts before the cited one (its run-in
    # caption), left out of the ordinal when no first words name the sentence alone
    sentence_uncounted: int = 0
    # move_paragraph: where the paragraph goes, counted after it has been taken out
    to_section_id: str | None = None
    to_section_name: str | None = None
    to_section_kind: str | None = None
    to_paragraph: int | None = None
    to_paragraph_count: int = 0
    # in a question-and-answer summary: the question the paragraph answers, the paragraph's
    # place in the answer (0: the question itself) and the answer's length
    question: str | None = None
    answer_paragraph: int = 0
    answer_count: int = 0
    # a line of the cover's title block (1-based, of `title_count`): not a paragraph; for a
    # paragraph of the cover, `title_count` alone: the title lines printed above it
    title_line: int | None = None
    title_count: int = 0
    # add_section: the section it follows (None: the start of the document)
    after_section_id: str | None = None
    after_section_name: str | None = None
    # where tables sit among the paragraphs, as a reader counts them: the paragraph's place
    # among the section's text paragraphs (table rows are not paragraphs), the table's
    # place among its tables, and for insertions whether the anchor is a table
    printed: int | None = None
    printed_count: int | None = None
    to_printed: int | None = None
    to_printed_count: int | None = None
    # move_paragraph: the table the paragraph now follows (its place among the section's
    # tables, their count, its caption); None when it follows a paragraph
    to_after_table: int | None = None
    to_table_count: int = 0
    to_table_caption: str | None = None
    # move_paragraph: the opening words of the paragraph it now follows, when an earlier
    # item put that paragraph in (no ordinal of the offer as filed names it)
    to_opening: str | None = None
    table: int | None = None
    table_count: int = 0
    table_caption: str | None = None  # the caption the table is printed under, its name
    after_table: int | None = None
    # in a series of amendments: text an earlier amendment put in, cited through it ("the
    # paragraph inserted by Amendment No. 1 immediately after …"; `inserted_where` is that
    # place, `inserted_index` of `inserted_count` which of the paragraphs it put in there,
    # `inserted_replaced` when they replaced a paragraph), and the earlier amendments that
    # changed the paragraph cited ("…, as amended by Amendment No. 1,")
    inserted_by: int | None = None
    inserted_where: str | None = None
    inserted_index: int = 0
    inserted_count: int = 0
    inserted_replaced: bool = False
    inserted_row: bool = False  # a row put in a table of the offer as filed
    amended_by: list[int] = field(default_factory=list)
    # the earlier amendments that put in or took out paragraphs of the section, when the
    # paragraph is counted there otherwise than as filed ("…, as amended by Amendment No. 1,")
    counted_by: list[int] = field(default_factory=list)

    def group_over(self, rows: list[str]) -> str | None:
        """The row group `rows` (restated in place) are printed under, unless they open
        with the group's own row: quoted over them, as the table prints it."""
        group = self.row_group
        if not group or not rows or rows[0].split("\t")[0].strip() == group:
            return None
        return group
