"""What kind of change an item makes, in the plain notice's words, when no fact tells it:
"We rewrote the paragraph. It now begins …", "We added a new question and answer: …".

The sentences are the wording file's ([plain_notice.kinds]); this module picks the one that
fits the item (a run of paragraphs, a question and answer, rows of a table) and fills in
what the item's text is about (its first words, the questions it puts in or takes out)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from amendtool.core.cited_boxes import box_kind, whole_box
from amendtool.core.cut_quotes import closing_marks
from amendtool.core.items import AmendmentItem, ItemKind, reworded_mark
from amendtool.core.locate import is_question, quoted_question
from amendtool.core.model import row_caption
from amendtool.core.ordinals import cardinal_words
from amendtool.core.plain_fact_sentences import tidy
from amendtool.core.plain_places import paragraph_named, place_after
from amendtool.core.plain_questions import questions_sentence
from amendtool.core.templates import fill_map
from amendtool.core.typography import inner_quotes, unclosed_quotation, whole_quotation


def first_words(text: str, count: int = 8) -> str:
    """The opening words of a text, cut at a word and marked as cut; a quotation's own
    opening mark is left off, so that what is quoted opens no quotation it does not close.
    A cut inside a quotation ('the term "expiration') goes back to before it, or, where the
    text opens with it, leaves its opening mark off; a single-quoted one is closed after the
    cut ("'Eligible…'")."""
    if whole_quotation(text):
        text = text.strip()[1:-1]
    # the first `count` words and the rest unsplit (a paragraph of a whole section is not
    # split into every word for its first eight): more than `count` pieces, more words
    words = text.split(None, count)
    if len(words) <= count:
        return " ".join(words)
    cut = " ".join(words[:count])
    while (opened := unclosed_quotation(cut)) is not None:
        before = cut[:opened].rstrip()
        cut = before if before.split() else cut[:opened] + cut[opened + 1 :]
    cut = cut.rstrip(",;:.")
    return cut + "…" + closing_marks(cut)  # a single quotation left open is closed after the cut


def change_sentence(item: AmendmentItem, words: dict[str, Any]) -> str:
    """What kind of change the item makes and what its text is about, in the notice's
    words ("We rewrote the paragraph. It now begins …")."""
    return kind_sentence(item, words["kinds"])


def kind_sentence(item: AmendmentItem, kinds: dict[str, str]) -> str:
    kind = item.kind.value
    new_paragraphs = list(item.new_paragraphs) or ([item.new_text] if item.new_text else [])
    values = _Asked(
        {
            "paragraph": lambda: paragraph_named(item, kinds),
            "place": lambda: place_after(item),
            "first_words": lambda: first_words(
                new_paragraphs[0] if new_paragraphs else item.new_text
            ),
            "old_first_words": lambda: first_words(item.old_text),
            "asked": lambda: _asked(new_paragraphs),
        },
        old_words=item.old_words,
        new_words=item.new_words,
        count=str(len(new_paragraphs)),
        question=item.locator.question or "",
        heading=item.new_section.heading if item.new_section else "",
    )
    if reworded_mark(item) and f"{kind}_reworded" in kinds:
        kind = f"{kind}_reworded"  # the mark and the new words, said together
    if item.kind is ItemKind.REPLACE_PARAGRAPH and "\n\n" in item.old_text:
        kind = "replace_paragraphs"  # paragraphs run together or rewritten as a run
    if item.kind is ItemKind.DELETE_PARAGRAPH and "\n\n" in item.old_text and not whole_box(item):
        kind = "delete_question" if item.locator.question else "delete_paragraphs"
        values["count"] = str(item.old_text.count("\n\n") + 1)
    if (questions := questions_sentence(item, kinds)) is not None:
        return inner_quotes(tidy(questions))  # every question put in or taken out, named
    if item.kind is ItemKind.INSERT_PARAGRAPH:
        if new_paragraphs and is_question(new_paragraphs[0]) and len(new_paragraphs) > 1:
            kind = "insert_question"
        elif len(new_paragraphs) > 1:
            kind = "insert_paragraphs"
        if item.locator.added_note and "insert_note" in kinds:
            kind = "insert_note"  # a note added to the paragraph that prints its mark
            values["unit"] = item.locator.added_note
        kind = box_kind(item, kinds, values) or kind
    if item.kind is ItemKind.REPLACE_WORDS:
        if not item.old_words:
            kind = "insert_words"
        elif not item.new_words:
            kind = "delete_words"
    if item.kind is ItemKind.MOVE_PARAGRAPH and "\n\n" in item.old_text:
        kind = "move_paragraphs" if "move_paragraphs" in kinds else kind  # moved together
        values["count"] = cardinal_words(item.old_text.count("\n\n") + 1)
        values["first_words"] = first_words(item.old_text.split("\n\n")[0])
    if item.kind is ItemKind.DELETE_SENTENCE and item.locator.sentence_span > 1:
        kind = "delete_sentences" if "delete_sentences" in kinds else kind  # a run taken out
        values["count"] = cardinal_words(item.locator.sentence_span)
    rows = item.kind in (ItemKind.INSERT_ROW, ItemKind.REPLACE_ROW) and len(new_paragraphs) > 1
    if rows and f"{kind}s" in kinds:
        kind = f"{kind}s"  # "We added 50 rows": said with their count
    if (named := _rows_named(item)) and f"{kind}_named" in kinds:
        kind, values["rows"] = f"{kind}_named", named  # the row said by its name
    # the offer's words quoted keep its own quotation marks single inside ours
    return inner_quotes(tidy(fill_map(kinds.get(kind, kinds["replace_paragraph"]), values)))


class _Asked(dict[str, str]):
    """A kind's values, each of `makers` worked out when the sentence's template asks for
    it: a sentence names the item's first words or its old ones, seldom both, and a kind
    told otherwise (every question put in) asks for none."""

    def __init__(self, makers: dict[str, Callable[[], str]], **values: str) -> None:
        super().__init__(values)
        self._makers = makers

    def __missing__(self, key: str) -> str:
        make = self._makers.get(key)
        if make is None:
            raise KeyError(key)
        self[key] = value = make()
        return value


def _rows_named(item: AmendmentItem) -> str:
    """The rows a row item puts in, takes out or changes, by their first cells, as the
    table names them ("“Grant 000A”"); "" when one has none or there are more than
    three (then counted, not named)."""
    if item.kind not in (ItemKind.INSERT_ROW, ItemKind.DELETE_ROW, ItemKind.REPLACE_ROW):
        return ""
    text = item.old_text if item.kind is ItemKind.DELETE_ROW else item.new_text
    names = [row_caption(row) for row in text.split("\n") if row.strip()]
    if not names or len(names) > 3 or None in names:
        return ""
    quoted = [f'"{name}"' for name in names if name]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " and " + quoted[-1]


def _asked(paragraphs: list[str]) -> str:
    """The question a question and answer put in asks, whole and as counsel quote it
    ("Q7. What happens if I leave the company before the new options are granted?")."""
    return quoted_question(paragraphs[0]) if paragraphs and is_question(paragraphs[0]) else ""
