"""The values each kind of item fills its template with: the place cited, the words quoted.

Kept apart from the templates' loading and rendering so that how an item is cited can be
read, and changed, in one place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from amendtool.core.cited_boxes import apart_cited, apart_unit, box_insertion, whole_box
from amendtool.core.cited_places import (
    filed_sentence,
    in_section,
    paragraph_cited,
    row_cited,
    row_paragraph_cited,
    section_quoted,
    sentence_cited,
    sentences_cited,
    table_cited,
)
from amendtool.core.items import AmendmentItem, ItemKind, reworded_mark
from amendtool.core.locate import is_question, paragraph_label, quoted_question
from amendtool.core.move_destinations import move_destination, moved_together
from amendtool.core.numbered_as import numbered_as
from amendtool.core.ordinals import ordinal_word
from amendtool.core.pattern_store import compiled
from amendtool.core.typography import accent_changes
from amendtool.core.wording_forms import (
    added_note,
    labels,
    page_phrase,
    replaced_rows,
    split_sentences,
    word_change,
)
from amendtool.core.wording_series import (
    ROW_THROUGH,
    THROUGH,
    cited_through_insertion,
    row_through_insertion,
    table_through_insertion,
    through_insertion,
)

if TYPE_CHECKING:
    from amendtool.core.wording import Wording

# an amount, quoted without "the word": "$20.00", "12.5%", "$2.5 million", "10 percent"
# a figure as printed: "$1.5 million", "25%", "33 1/3%", "12½%", "$12 1/2", "50 basis points"
_NUMBER = r"\d[\d,]*(?:\.\d+)?(?:\s\d{1,2}/\d{1,2}|[½¼¾⅓⅔⅛⅜⅝⅞])?"
_FIGURE = compiled(
    rf"[$€£¥]\s?{_NUMBER}(?:\s(?:million|billion|thousand))?"
    rf"|{_NUMBER}(?:\s?%|\s(?:percent|per cent|basis points))"
)


def prepare(
    item: AmendmentItem, exhibit: str, wording: Wording, notice: bool
) -> tuple[str, dict[str, str]]:
    """The template an item takes and the values it is filled with."""
    templates = wording.notice if notice else wording.filing
    phrases = wording.phrases
    loc = item.locator
    # counsel cite the cover by its name alone: "on the cover page", never "on the cover
    # page on page 1" (nor "on page i"), whatever folio the cover prints
    page, last_page = item.cited_pages
    values: dict[str, str] = {
        "page": page_phrase(phrases, page, last_page),
        "section_page": phrases["section_page"].format(page=page) if page else "",
        "section_end": phrases.get("section_end", "").format(page=page) if page else "",
        "exhibit": phrases["exhibit"].format(exhibit=exhibit) if exhibit and not notice else "",
        "section": section_quoted(phrases, loc.section_name),
        "old_words": item.old_words,
        "new_words": item.new_words,
    }
    kind = item.kind
    key = kind.value

    def own_paragraph() -> str:
        """The paragraph the item is about, as cited (counting text paragraphs only); a
        footnote or endnote by its mark; a text box's paragraph as the box."""
        if (apart := apart_cited(phrases, loc, whole_box(item))) is not None:
            return apart
        if loc.row_caption is not None:
            return row_paragraph_cited(phrases, loc)
        if cited_through_insertion(loc):
            values[THROUGH] = "yes"
            return through_insertion(phrases, loc)
        return paragraph_cited(
            phrases,
            loc.printed or loc.paragraph or 1,
            loc.paragraph_count if loc.printed_count is None else loc.printed_count,
            loc.section_name,
            loc.section_kind,
            loc,
        )

    def anchor() -> str:
        """What new text follows: a paragraph, or a table."""
        if loc.after_table and loc.added_note and loc.row_caption:
            # a note added to a row: the row that prints its mark
            row = row_cited(phrases, loc.row_caption, loc.row_group)
            cited = phrases.get("row_in_table", "{row} in {table}")
            return cited.format(row=row, table=table(loc.after_table, loc.table_count))
        if loc.after_table:
            return table(loc.after_table, loc.table_count)
        return own_paragraph()

    def table(ordinal: int, count: int) -> str:
        if table_through_insertion(loc):
            values[THROUGH] = "yes"
        return table_cited(phrases, ordinal, count, loc)

    count = max(len(item.new_paragraphs), 1)
    if kind in (ItemKind.MAKE_HEADING, ItemKind.MAKE_PARAGRAPH):
        values["words"] = item.old_text
        if reworded_mark(item):  # the mark and the new words, in one item
            key = f"{kind.value}_reworded"
            values["reads"] = item.new_text
        quoted = loc.question is not None and loc.question == quoted_question(item.old_text)
        which = phrases.get("which_reads", ', which reads "{words}",')
        values["which_reads"] = "" if quoted else which.format(words=item.old_text)
    if kind in (
        ItemKind.REPLACE_PARAGRAPH,
        ItemKind.DELETE_PARAGRAPH,
        ItemKind.MOVE_PARAGRAPH,
        ItemKind.MAKE_HEADING,
    ):
        values["target"] = own_paragraph()
    if kind in (ItemKind.DELETE_PARAGRAPH, ItemKind.REPLACE_PARAGRAPH) and (
        "\n\n" in item.old_text and not whole_box(item)
    ):
        values["in_section"] = in_section(phrases, loc.section_name, loc.section_kind)
        values.pop(THROUGH, None)  # a run is cited by its ordinals or its question
        if kind is ItemKind.REPLACE_PARAGRAPH:
            key = "replace_paragraphs"  # paragraphs merged into one
            first = loc.printed or loc.paragraph or 1
            last = first + item.old_text.count("\n\n")
            values["first"], values["last"] = ordinal_word(first), ordinal_word(last)
            values["joiner"] = " and " if last == first + 1 else " through "
        elif loc.question:
            key = "delete_question"  # a question deleted with its whole answer
            values["question"] = loc.question
        else:
            key = "delete_paragraphs"  # paragraphs one after the other
            first = loc.printed or loc.paragraph or 1
            last = first + item.old_text.count("\n\n")
            values["first"], values["last"] = ordinal_word(first), ordinal_word(last)
            values["joiner"] = " and " if last == first + 1 else " through "
    if kind is ItemKind.INSERT_PARAGRAPH:
        values["paragraphs"] = phrases["one_paragraph" if count == 1 else "many_paragraphs"]
        values["have"] = "has" if count == 1 else "have"
        questions = sum(is_question(p) for p in item.new_paragraphs)
        if questions and is_question(item.new_paragraphs[0]) and count > questions:
            # a new entry in a question-and-answer summary
            one = questions == 1
            values["paragraphs"] = phrases.get(
                "one_question" if one else "many_questions",
                "question and answer" if one else "questions and answers",
            )
            values["have"] = "have"
        if loc.printed and not loc.paragraph:
            # at the start of a section a heading mark made: after the paragraph that became
            # its heading, as the offer as filed prints it
            key = "insert_paragraph_after"
            values["anchor"] = anchor()
        elif loc.paragraph_count == 0:
            key = "insert_paragraph_into"
        elif not loc.paragraph:
            key = "insert_paragraph_before"
            values["anchor"] = (
                own_paragraph()
                if cited_through_insertion(loc)
                else paragraph_cited(
                    phrases, 1, loc.paragraph_count, loc.section_name, loc.section_kind
                )
            )
        else:
            key = "insert_paragraph_after"
            values["anchor"] = anchor()
            if loc.added_note and "insert_note" in templates:
                key = added_note(loc, values, phrases)
        key = box_insertion(phrases, templates, loc, values, anchor) or key
    if kind in (ItemKind.REPLACE_TABLE, ItemKind.DELETE_TABLE):
        values["target"] = table(loc.table or 1, loc.table_count)
    if kind in (ItemKind.INSERT_ROW, ItemKind.DELETE_ROW, ItemKind.REPLACE_ROW):
        values["row"] = row_cited(phrases, loc.row_caption or "", loc.row_group)
        if loc.inserted_row and cited_through_insertion(loc):
            values["row"] = row_through_insertion(phrases, values["row"], loc)
            values[ROW_THROUGH] = "yes"  # the row names the amendment; the table its page
        values["table"] = table(loc.table or 1, loc.table_count)
        if kind is ItemKind.REPLACE_ROW:
            key = replaced_rows(item, values, phrases)
            if key not in templates:  # a house wording written before rows were restated
                key, values["target"] = "replace_table", f"{values['row']} in {values['table']}"
        if kind is ItemKind.INSERT_ROW:
            key = "insert_row_before" if loc.row_before else "insert_row_after"
            values["rows"] = phrases.get("one_row" if count == 1 else "many_rows", "row")
            values["have"] = "has" if count == 1 else "have"
    if kind is ItemKind.INSERT_TABLE:
        key = "insert_table_after" if loc.paragraph else "insert_table_into"
        if loc.paragraph:
            values["anchor"] = anchor()
    if kind is ItemKind.MOVE_PARAGRAPH:
        key = move_destination(phrases, loc, values) or key
        if "\n\n" in item.old_text:  # a run moved together: one item, cited as the run
            run = moved_together(phrases, loc, item.old_text.count("\n\n") + 1, values, key)
            key = run if run in templates else key
    if kind in (ItemKind.REPLACE_SENTENCE, ItemKind.DELETE_SENTENCE, ItemKind.REPLACE_WORDS):
        paragraph = own_paragraph()
        number, count = filed_sentence(loc)
        values["target"] = sentence_cited(phrases, loc, number or 1, paragraph)
        values["unit"] = phrases.get("one_sentence", "sentence")
        if count == 1:  # a paragraph of one sentence is cited as the paragraph
            values["target"] = paragraph
            whole = "question" if loc.question and loc.answer_paragraph == 0 else "answer"
            asked = bool(loc.question) and (loc.answer_count == 1 or whole == "question")
            unit = (f"whole_{whole}", whole) if asked else ("one_paragraph", "paragraph")
            values["unit"] = phrases.get(*unit)  # a question reworded is no answer
            if (apart := apart_unit(phrases, loc)) is not None:
                values["unit"] = apart  # "footnote", "text box"
            elif loc.title_line:
                values["unit"] = phrases.get("one_title_line", "line")
        if kind is ItemKind.DELETE_SENTENCE and loc.sentence_span > 1 and count > 1:
            values["target"] = sentences_cited(phrases, loc, paragraph)  # a run taken out
            key = "delete_sentences" if "delete_sentences" in templates else key
    if kind is ItemKind.REPLACE_WORDS:
        key = word_change(item, values, templates)
        # a figure replaced ("25%" → "33 1/3%", or → "one-third"): both sides cited alike
        replaced = [values.get(f"{n}_words", "") for n in ("old", "new")]
        figures = all(replaced) and any(_FIGURE.fullmatch(w) for w in replaced)
        for noun in ("old", "new", "anchor"):
            words = values.get(f"{noun}_words", "")
            single = len(words.split()) == 1
            values[f"{noun}_noun"] = phrases.get(
                "one_word" if single else "many_words", "word" if single else "words"
            )
            alike = figures and noun != "anchor"
            cited = "figure_cited" if alike or _FIGURE.fullmatch(words) else "words_cited"
            values[f"{noun}_cited"] = phrases.get(
                cited, '"{words}"' if cited == "figure_cited" else 'the {noun} "{words}"'
            ).format(noun=values[f"{noun}_noun"], words=words)
        values["new_cited"] = accents_cited(phrases, item.old_words, item.new_words, values)
    if kind is ItemKind.INSERT_SENTENCE:
        sentences = max(len(split_sentences(item.new_text)), 1)
        values["sentences"] = phrases["one_sentence" if sentences == 1 else "many_sentences"]
        values["have"] = "has" if sentences == 1 else "have"
        paragraph = own_paragraph()
        number, count = filed_sentence(loc)
        if number == count:
            key, values["anchor"] = "insert_sentence_end", paragraph
        elif not number:
            key, values["anchor"] = "insert_sentence_start", paragraph
        else:
            key = "insert_sentence_after"
            values["anchor"] = sentence_cited(phrases, loc, number, paragraph)
    if kind is ItemKind.RENUMBER_PARAGRAPHS:
        olds = [paragraph_label(t) or "" for t in item.old_text.split("\n")]
        news = [paragraph_label(t) or "" for t in item.new_paragraphs]
        values["old_labels"] = labels(olds, phrases)
        values["new_labels"] = labels(news, phrases)
        values["in_section"] = in_section(phrases, loc.section_name, loc.section_kind)
        if len(olds) == 1:
            key = "renumber_paragraph"
    if kind is ItemKind.RENUMBER_SECTIONS and item.renumbered:
        values["first_number"] = item.renumbered[0].number or ""
        values["numbered_as"] = numbered_as(loc.section_name)
        values["last_number"] = item.renumbered[-1].number or ""
        values["last_section"] = section_quoted(phrases, loc.to_section_name or loc.section_name)
        if len(item.renumbered) == 1:
            key = "renumber_section"
    if kind is ItemKind.ADD_SECTION:
        if loc.after_section_name:
            key = "add_section_after"
            values["section"] = section_quoted(phrases, loc.after_section_name)
        else:
            key = "add_section_start"
    if (
        kind is ItemKind.DELETE_SECTION
        and loc.after_section_name
        and "delete_section_after" in templates
    ):
        # its namesake inserted elsewhere (a section moved): the one that stood here goes
        key = "delete_section_after"
        values["after_section"] = section_quoted(phrases, loc.after_section_name)
    if kind is ItemKind.FILE_EXHIBIT:
        values["label"] = (item.exhibit or {}).get("label", "")
    if THROUGH in values:
        values["page"] = ""  # the page is that of the place the earlier amendment cites
    return key, values


def accents_cited(phrases: dict[str, str], old: str, new: str, values: dict[str, str]) -> str:
    """The new words as cited, with the accents put on or taken off said in words when
    the words differ in nothing else: EDGAR ASCII spells "Boisé" as "Boise"."""
    cited = values["new_cited"]
    changes = accent_changes(old, new)
    if not changes:
        return cited
    parts = []
    for change in changes:
        key = "accent_put_on" if change.added else "accent_taken_off"
        default = 'with {accent} on the {which}"{letter}"'
        name = phrases.get(f"accent_{change.accent.replace(' ', '_')}")
        parts.append(
            phrases.get(key, default.replace("with", "without", not change.added)).format(
                accent=name or f"a {change.accent}",
                which=f"{ordinal_word(change.among)} " if change.among else "",
                letter=change.letter,
            )
        )
    accents = phrases.get("accent_joiner", " and ").join(parts)
    return phrases.get("accent_cited", "{cited} ({accents})").format(cited=cited, accents=accents)
