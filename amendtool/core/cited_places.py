"""How each place an item changes is cited: a paragraph by its ordinal, a line of the
cover's title by its place in the title, a paragraph of an answer by its question, a cell's
paragraph by its row, a note by its mark, a table, a sentence by its ordinal or first words.
The phrases are the wording file's [phrases]."""

from __future__ import annotations

from amendtool.core.items import Locator
from amendtool.core.model import WHOLE_DOCUMENT, quoted_title
from amendtool.core.ordinals import cardinal_words, ordinal_word, paragraph_ordinal, position_word
from amendtool.core.wording_series import table_through_insertion, through_insertion


def filed_sentence(loc: Locator) -> tuple[int, int]:
    """The sentence's number and the paragraph's sentence count as the original prints them
    (an earlier item in the same paragraph may have added or taken out sentences)."""
    if loc.filed_sentence is not None:
        return loc.filed_sentence, loc.filed_sentence_count or loc.sentence_count
    return loc.sentence or 0, loc.sentence_count


def sentence_cited(phrases: dict[str, str], loc: Locator, number: int, paragraph: str) -> str:
    """A sentence as cited: by its first words when the locator gives them (a paragraph
    that opens with a run-in caption), else by its ordinal (`number`, of the original's
    sentences), as a reader counts them: a run-in caption is none."""
    if loc.sentence_opening:
        return phrases.get(
            "sentence_beginning", 'the sentence beginning "{opening}" in {paragraph}'
        ).format(opening=loc.sentence_opening, paragraph=paragraph)
    uncounted = loc.sentence_uncounted
    ordinal = position_word(number - uncounted, filed_sentence(loc)[1] - uncounted)
    return phrases["sentence"].format(ordinal=ordinal, paragraph=paragraph)


def sentences_cited(phrases: dict[str, str], loc: Locator, paragraph: str) -> str:
    """A run of sentences taken out together, as counsel count them: "the last two
    sentences of …", "the first two …", "the second and third …", "the second through
    fourth …" (numbered as the original prints them)."""
    number, total = filed_sentence(loc)
    span = loc.sentence_span
    last = number + span - 1
    if last == total:
        template, values = phrases.get("sentences_last", _LAST), {"count": cardinal_words(span)}
    elif number == 1:
        template, values = phrases.get("sentences_first", _FIRST), {"count": cardinal_words(span)}
    else:
        template = phrases.get("sentences_run", _RUN)
        joiner = " and " if span == 2 else " through "
        values = {"first": ordinal_word(number), "joiner": joiner, "last": ordinal_word(last)}
    return template.format(paragraph=paragraph, **values)


_LAST = "the last {count} sentences of {paragraph}"
_FIRST = "the first {count} sentences of {paragraph}"
_RUN = "the {first}{joiner}{last} sentences of {paragraph}"


def row_paragraph_cited(phrases: dict[str, str], loc: Locator) -> str:
    """A paragraph in a table cell, by its row: 'the paragraph in the row entitled
    "Purchase Price" in "Summary Term Sheet"'."""
    where = in_section(phrases, loc.section_name, loc.section_kind)
    values = {"caption": loc.row_caption or "", "in_section": where}
    if loc.cell_paragraph_count <= 1:
        template = phrases.get(
            "row_only_paragraph", 'the paragraph in the row entitled "{caption}" {in_section}'
        )
        return template.format(**values)
    template = phrases.get(
        "row_paragraph", 'the {ordinal} paragraph in the row entitled "{caption}" {in_section}'
    )
    ordinal = position_word(loc.cell_paragraph or 1, loc.cell_paragraph_count)
    return template.format(ordinal=ordinal, **values)


def row_cited(phrases: dict[str, str], caption: str, group: str | None = None) -> str:
    """A table row by its first cell, as counsel name it: 'the row entitled "Purchase Price"';
    by its row group too where the caption names several rows ('the row entitled "First
    Quarter" under "Fiscal Year 2002"')."""
    if group:
        template = phrases.get("row_in_group", 'the row entitled "{caption}" under "{group}"')
        return template.format(caption=caption, group=quoted_title(group))
    return phrases.get("row", 'the row entitled "{caption}"').format(caption=caption)


def note_cited(phrases: dict[str, str], loc: Locator) -> str:
    """'footnote 1 in "Section 2. …"'; a note marked by a symbol, 'the footnote marked "*"'."""
    kind = loc.note_kind or "footnote"
    mark = loc.note or ""
    where = in_section(phrases, loc.section_name, loc.section_kind)
    key = kind if mark.isalnum() else f"{kind}_marked"
    defaults = {
        "footnote": "footnote {mark} {in_section}",
        "endnote": "endnote {mark} {in_section}",
        "footnote_marked": 'the footnote marked "{mark}" {in_section}',
        "endnote_marked": 'the endnote marked "{mark}" {in_section}',
    }
    return phrases.get(key, defaults[key]).format(mark=mark, in_section=where)


def section_quoted(phrases: dict[str, str], name: str) -> str:
    return phrases["section"].format(name=name)


# where an offer with no headings is cited: nothing, the whole offer is the exhibit ("the sixth
# paragraph of Exhibit (a)(1)"); a mark the wording takes out with the space before it
WHOLE_MARK = "\x00"


def without_whole_mark(text: str) -> str:
    return text.replace(f" {WHOLE_MARK}", "").replace(WHOLE_MARK, "")


def in_section(phrases: dict[str, str], name: str, kind: str) -> str:
    if kind == "front" and name == WHOLE_DOCUMENT:
        return WHOLE_MARK
    if kind == "front":
        return phrases["in_front"]
    if kind == "closing":
        return phrases.get("in_closing", "in the signature block")
    return phrases["in_section"].format(section=section_quoted(phrases, name))


def table_cited(phrases: dict[str, str], ordinal: int, count: int, loc: Locator) -> str:
    if table_through_insertion(loc):
        return through_insertion(phrases, loc, table=True)
    where = in_section(phrases, loc.section_name, loc.section_kind)
    if loc.table_caption:
        template = phrases.get("table_captioned", 'the table captioned "{caption}" {in_section}')
        return template.format(caption=loc.table_caption.rstrip(".:"), in_section=where)
    if count <= 1:
        return phrases.get("table", "the table {in_section}").format(in_section=where)
    return phrases.get("nth_table", "the {ordinal} table {in_section}").format(
        ordinal=position_word(ordinal, count), in_section=where
    )


def paragraph_cited(
    phrases: dict[str, str],
    index: int,
    count: int,
    name: str,
    kind: str,
    loc: Locator | None = None,
) -> str:
    """A paragraph as cited: a line of the cover's title by its place in the title, by its
    question in a Q&A summary, else by its ordinal."""
    where = in_section(phrases, name, kind)
    if loc is not None and loc.title_line:
        if loc.title_count <= 1:
            return phrases.get("title", "the title {in_section}").format(in_section=where)
        return phrases.get("title_line", "the {ordinal} line of the title {in_section}").format(
            ordinal=position_word(loc.title_line, loc.title_count), in_section=where
        )
    if loc is not None and loc.question and "answer" in phrases:
        if loc.answer_paragraph == 0:
            return phrases["question"].format(question=loc.question, in_section=where)
        if loc.answer_count == 1:
            return phrases["answer"].format(question=loc.question, in_section=where)
        return phrases["answer_paragraph"].format(
            ordinal=position_word(loc.answer_paragraph, loc.answer_count),
            question=loc.question,
            in_section=where,
        )
    ordinal = paragraph_ordinal(index, count, titled=loc is not None and loc.title_count > 0)
    if ordinal is None:
        return phrases["only_paragraph"].format(in_section=where)
    return phrases["paragraph"].format(ordinal=ordinal, in_section=where)
