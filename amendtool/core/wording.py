"""Renders each item's filing and notice instructions from the lawyer-editable templates."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from amendtool.core.cited_places import (
    filed_sentence,
    in_section,
    note_cited,
    paragraph_cited,
    row_cited,
    row_paragraph_cited,
    section_quoted,
    sentence_cited,
    table_cited,
)
from amendtool.core.errors import InputError
from amendtool.core.items import AmendmentItem, ItemKind, Locator
from amendtool.core.locate import is_question, occurrences, paragraph_label
from amendtool.core.model import SectionKind
from amendtool.core.ordinals import cardinal_words, ordinal_word
from amendtool.core.templates import templated
from amendtool.core.typography import single_stops
from amendtool.core.wording_series import (
    THROUGH,
    as_amended,
    cited_through_insertion,
    through_insertion,
)
from amendtool.resources import resource_path

DEFAULT_STYLE = "standard"
# an amount, quoted without "the word": "$20.00", "12.5%", "$2.5 million", "10 percent"
_FIGURE = re.compile(
    r"[$€£¥]\s?\d[\d,]*(?:\.\d+)?(?:\s(?:million|billion|thousand))?"
    r"|\d[\d,]*(?:\.\d+)?(?:\s?%|\s(?:percent|per cent|basis points))"
)


@dataclass(frozen=True)
class Wording:
    phrases: dict[str, str]
    filing: dict[str, str]
    notice: dict[str, str]
    exhibits: dict[str, str]
    schedule_to: dict[str, Any] = field(default_factory=dict)
    notice_document: dict[str, Any] = field(default_factory=dict)
    name: str = DEFAULT_STYLE
    plain_notice: dict[str, Any] = field(default_factory=dict)  # the plain employee notice
    printed: dict[str, Any] = field(default_factory=dict)  # Print and Export PDF

    @classmethod
    def load(cls, path: Path) -> Wording:
        try:
            data: dict[str, Any] = templated(tomllib.loads(path.read_text(encoding="utf-8")))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise InputError(path, f"wording templates cannot be read ({exc})") from exc
        filing = dict(data.get("filing", {}))
        notice = {**filing, **data.get("notice", {})}
        wording = cls(
            dict(data.get("phrases", {})),
            filing,
            notice,
            dict(data.get("exhibits", {})),
            dict(data.get("schedule_to", {})),
            dict(data.get("notice_document", {})),
            path.stem,
            dict(data.get("plain_notice", {})),
            dict(data.get("printed", {})),
        )
        missing = sorted(
            (
                {k.value for k in ItemKind}
                - {
                    "insert_paragraph",
                    "move_paragraph",
                    "insert_sentence",
                    "add_section",
                    "insert_table",
                    "insert_row",
                    "replace_row",
                }
            )
            - set(filing)
        )
        if missing:
            raise InputError(path, f"wording templates lack [filing] {', '.join(missing)}")
        return wording


@cache
def house_wording(style: str = DEFAULT_STYLE) -> Wording:
    return Wording.load(resource_path("wording", f"{style}.toml"))


def filing_text(item: AmendmentItem, exhibit: str, wording: Wording | None = None) -> str:
    """The instruction in the filing, without the quoted new text; counsel's override wins."""
    if item.filing_override and item.override_basis == item.substance():
        return item.filing_override
    return render(item, exhibit, wording or house_wording(), notice=False)


def notice_text(item: AmendmentItem, wording: Wording | None = None) -> str:
    if item.notice_override and item.override_basis == item.substance():
        return item.notice_override
    return render(item, "", wording or house_wording(), notice=True)


def _page_phrase(phrases: dict[str, str], page: str | None, last: str | None) -> str:
    """ " on page 2"; a table printed over two pages " on pages 2 and 3", over more
    " on pages 2 through 4"."""
    if not page:
        return ""
    if not last or last == page or "page_pair" not in phrases:
        return phrases["page"].format(page=page)
    pair = page.isdigit() and last.isdigit() and int(last) == int(page) + 1
    return phrases["page_pair" if pair else "page_range"].format(page=page, last_page=last)


def render(item: AmendmentItem, exhibit: str, wording: Wording, notice: bool) -> str:
    templates = wording.notice if notice else wording.filing
    key, values = prepare(item, exhibit, wording, notice)
    # in a series: "…, as amended by Amendment No. 1," after the citation of the target
    amended = as_amended(wording.phrases, item, through=THROUGH in values)
    values["exhibit"] += amended
    try:
        text = _capitalise(templates[key].format(**values))
    except (KeyError, IndexError) as exc:
        raise InputError(
            f"{wording.name}.toml",
            f"template [{'notice' if notice else 'filing'}] "
            f"{key} uses an unknown placeholder {exc}",
        ) from exc
    if amended.endswith(","):
        for stop in ".:":
            text = text.replace(amended + stop, amended[:-1] + stop)
    return single_stops(text)


def prepare(
    item: AmendmentItem, exhibit: str, wording: Wording, notice: bool
) -> tuple[str, dict[str, str]]:
    """The template an item takes and the values it is filled with."""
    templates = wording.notice if notice else wording.filing
    phrases = wording.phrases
    loc = item.locator
    # counsel cite the cover by its name alone: "on the cover page", never "on the cover
    # page on page 1" (nor "on page i"), whatever folio the cover prints
    page = None if loc.section_kind == SectionKind.FRONT else item.page
    values: dict[str, str] = {
        "page": _page_phrase(phrases, page, item.last_page),
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
        footnote or endnote by its mark."""
        if loc.note is not None:
            return note_cited(phrases, loc)
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
        if loc.after_table:
            return table(loc.after_table, loc.table_count)
        return own_paragraph()

    def table(ordinal: int, count: int) -> str:
        if cited_through_insertion(loc):
            values[THROUGH] = "yes"
        return table_cited(phrases, ordinal, count, loc)

    count = max(len(item.new_paragraphs), 1)
    if kind in (ItemKind.MAKE_HEADING, ItemKind.MAKE_PARAGRAPH):
        values["words"] = item.old_text
    if kind in (
        ItemKind.REPLACE_PARAGRAPH,
        ItemKind.DELETE_PARAGRAPH,
        ItemKind.MOVE_PARAGRAPH,
        ItemKind.MAKE_HEADING,
    ):
        values["target"] = own_paragraph()
    if kind in (ItemKind.DELETE_PARAGRAPH, ItemKind.REPLACE_PARAGRAPH) and (
        "\n\n" in item.old_text
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
        if loc.paragraph_count == 0:
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
                key = _added_note(loc, values, phrases)
    if kind in (ItemKind.REPLACE_TABLE, ItemKind.DELETE_TABLE):
        values["target"] = table(loc.table or 1, loc.table_count)
    if kind in (ItemKind.INSERT_ROW, ItemKind.DELETE_ROW, ItemKind.REPLACE_ROW):
        values["row"] = row_cited(phrases, loc.row_caption or "", loc.row_group)
        values["table"] = table(loc.table or 1, loc.table_count)
        if kind is ItemKind.REPLACE_ROW:
            key = _replaced_rows(item, values, phrases)
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
        name = loc.to_section_name or loc.section_name
        to_kind = loc.to_section_kind or loc.section_kind
        if loc.to_paragraph:
            values["destination"] = paragraph_cited(
                phrases,
                loc.to_printed or loc.to_paragraph,
                loc.to_paragraph_count if loc.to_printed_count is None else loc.to_printed_count,
                name,
                to_kind,
            )
        else:
            key = "move_paragraph_to_start"
            values["destination_section"] = in_section(phrases, name, to_kind)
    if kind in (ItemKind.REPLACE_SENTENCE, ItemKind.DELETE_SENTENCE, ItemKind.REPLACE_WORDS):
        paragraph = own_paragraph()
        number, count = filed_sentence(loc)
        values["target"] = sentence_cited(phrases, loc, number or 1, paragraph)
        values["unit"] = phrases.get("one_sentence", "sentence")
        if count == 1:  # a paragraph of one sentence is cited as the paragraph
            values["target"] = paragraph
            whole_answer = bool(loc.question) and loc.answer_count == 1
            values["unit"] = phrases.get(
                "whole_answer" if whole_answer else "one_paragraph",
                "answer" if whole_answer else "paragraph",
            )
            if loc.note is not None:
                values["unit"] = loc.note_kind or "footnote"
            elif loc.title_line:
                values["unit"] = phrases.get("one_title_line", "line")
    if kind is ItemKind.REPLACE_WORDS:
        key = _word_change(item, values, templates)
        for noun in ("old", "new", "anchor"):
            words = values.get(f"{noun}_words", "")
            single = len(words.split()) == 1
            values[f"{noun}_noun"] = phrases.get(
                "one_word" if single else "many_words", "word" if single else "words"
            )
            cited = "figure_cited" if _FIGURE.fullmatch(words) else "words_cited"
            values[f"{noun}_cited"] = phrases.get(
                cited, '"{words}"' if cited == "figure_cited" else 'the {noun} "{words}"'
            ).format(noun=values[f"{noun}_noun"], words=words)
    if kind is ItemKind.INSERT_SENTENCE:
        sentences = max(len(_split(item.new_text)), 1)
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
        values["old_labels"] = _labels(olds, phrases)
        values["new_labels"] = _labels(news, phrases)
        values["in_section"] = in_section(phrases, loc.section_name, loc.section_kind)
        if len(olds) == 1:
            key = "renumber_paragraph"
    if kind is ItemKind.RENUMBER_SECTIONS and item.renumbered:
        values["first_number"] = item.renumbered[0].number or ""
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
    if kind is ItemKind.FILE_EXHIBIT:
        values["label"] = (item.exhibit or {}).get("label", "")
    if THROUGH in values:
        values["page"] = ""  # the page is that of the place the earlier amendment cites
    return key, values


def _replaced_rows(item: AmendmentItem, values: dict[str, str], phrases: dict[str, str]) -> str:
    """Rows changed in place: the row cited by its caption; a run of rows by the first and
    how many follow it."""
    count = len(item.old_text.split("\n"))
    if count == 1:
        return "replace_row"
    if count == 2:
        values["following"] = phrases.get("row_after", "the row after it")
    else:
        values["following"] = phrases.get("rows_after", "the {count} rows after it").format(
            count=cardinal_words(count - 1)
        )
    return "replace_rows"


def _added_note(loc: Locator, values: dict[str, str], phrases: dict[str, str]) -> str:
    """A note the revision adds, cited as added to the paragraph that prints its mark."""
    values["unit"] = loc.added_note or "footnote"
    if not loc.note_after:
        return "insert_note_end"
    single = len(loc.note_after.split()) == 1
    noun = phrases.get("one_word" if single else "many_words", "word" if single else "words")
    cited = phrases.get("words_cited", 'the {noun} "{words}"')
    values["anchor_cited"] = cited.format(noun=noun, words=loc.note_after)
    return "insert_note"


def _word_change(item: AmendmentItem, values: dict[str, str], templates: dict[str, str]) -> str:
    """Words only added or only taken out are cited as such ('inserting the words "or by
    facsimile" immediately after the word "mail"'), as counsel writes them, when the words
    cited occur once in the sentence; anything else is a replacement of words."""
    old, new = item.old_words, item.new_words

    def once(words: str) -> bool:
        return occurrences(words, item.old_text) == 1

    def joined(rest: str, after: bool) -> bool:
        """`rest` is words set apart by a space (", " after): not "mailing" nor "27A(b)"."""
        edge = rest[:1] if after else rest[-1:]
        return bool(rest.strip()) and (edge.isspace() or (after and rest[:2] in (", ", "; ")))

    forms: list[tuple[str, dict[str, str]]] = []
    if new.startswith(old) and joined(new[len(old) :], after=True):
        forms.append(
            ("insert_words_after", {"new_words": new[len(old) :].strip(), "anchor_words": old})
        )
    elif new.endswith(old) and joined(new[: -len(old)], after=False):
        forms.append(
            ("insert_words_before", {"new_words": new[: -len(old)].strip(), "anchor_words": old})
        )
    elif old.startswith(new) and joined(old[len(new) :], after=True):
        forms.append(("delete_words", {"old_words": old[len(new) :].strip()}))
        forms.append(
            ("delete_words_after", {"old_words": old[len(new) :].strip(), "anchor_words": new})
        )
    elif old.endswith(new) and joined(old[: -len(new)], after=False):
        forms.append(("delete_words", {"old_words": old[: -len(new)].strip()}))
        forms.append(
            ("delete_words_before", {"old_words": old[: -len(new)].strip(), "anchor_words": new})
        )
    for key, words in forms:
        # words taken out that occur more than once are found by the words beside them
        cited = words.get("anchor_words", words.get("old_words", ""))
        if key in templates and cited and once(cited):
            values.update(words)
            return key
    return "replace_words"


def _labels(labels: list[str], phrases: dict[str, str]) -> str:
    """'"Q2."', '"Q2." and "Q3."' or '"Q2." through "Q5."'."""
    quoted = [f'"{label}"' for label in labels]
    if len(quoted) == 1:
        return quoted[0]
    joiner = (
        phrases.get("two_labels", " and ")
        if len(quoted) == 2
        else phrases.get("label_range", " through ")
    )
    return f"{quoted[0]}{joiner}{quoted[-1]}"


def _split(text: str) -> list[str]:
    from amendtool.core.segment import sentences

    return sentences(text)


def _capitalise(text: str) -> str:
    for index, char in enumerate(text):
        if char.isalpha():
            return text[:index] + char.upper() + text[index + 1 :]
    return text
