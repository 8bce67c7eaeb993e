"""The plain paragraph on one change, for employees: what changed in everyday words.

From the facts the change alters ("The minimum exercise price per share is now $17.50. It
was $20.00.") when they tell the whole change; otherwise a sentence saying what kind of
change it is and what the text is about (its first words), followed by a marked
placeholder for counsel to say what it means. Counsel's own paragraph always wins.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from typing import Any

from amendtool.core.items import AmendmentItem, ItemKind
from amendtool.core.locate import is_question
from amendtool.core.ordinals import position_word
from amendtool.core.plain_facts import FactChange, fact_changes
from amendtool.core.wording import Wording
from amendtool.resources import resource_path

# An unfinished part of a plain paragraph: the placeholder, or any other text in brackets.
_BRACKETED = re.compile(r"\[[^\]]*\]")
# Kinds whose whole meaning the tool can state: nothing but numbers, letters or places moved.
_MECHANICAL = frozenset(
    {
        ItemKind.RETITLE_SECTION,
        ItemKind.RENUMBER_SECTIONS,
        ItemKind.RENUMBER_PARAGRAPHS,
        ItemKind.MOVE_PARAGRAPH,
    }
)
_FACT_KINDS = frozenset(
    {
        ItemKind.REPLACE_WORDS,
        ItemKind.REPLACE_SENTENCE,
        ItemKind.REPLACE_PARAGRAPH,
        ItemKind.REPLACE_TABLE,
        ItemKind.REPLACE_SECTION,
    }
)


@dataclass(frozen=True)
class PlainSummary:
    text: str
    counsel: bool  # counsel wrote it
    facts: tuple[FactChange, ...] = ()  # what the tool read in the change
    complete: bool = False  # the tool's words tell the whole change (no placeholder)

    @property
    def placeholders(self) -> list[str]:
        return placeholders(self.text)


def placeholders(text: str) -> list[str]:
    """The bracketed parts still to be written ("[Explain …]")."""
    return _BRACKETED.findall(text)


@cache
def _meanings() -> tuple[dict[str, Any], ...]:
    path = resource_path("plain", "meanings.toml")
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return tuple(data.get("meaning", []))


def meaning(change: FactChange) -> str:
    """What the change means for employees, from the firm's list; "" when it says nothing."""
    if not change.direction:
        return ""
    for rule in _meanings():
        if all(word in change.label for word in rule.get("label", [])):
            return str(rule.get("higher" if change.direction > 0 else "lower", ""))
    return ""


def first_words(text: str, count: int = 8) -> str:
    """The opening words of a text, cut at a word and marked as cut."""
    words = " ".join(text.split()).replace("\t", " ").split()
    if len(words) <= count:
        return " ".join(words)
    return " ".join(words[:count]).rstrip(",;:.") + "…"


def fact_sentences(
    changes: list[FactChange] | tuple[FactChange, ...], wording: Wording, label: str = ""
) -> list[str]:
    """'The … is now … It was …' for each fact, with what it means where the firm says."""
    w = wording.plain_notice
    out: list[str] = []
    for change in changes:
        name = label or change.label
        out.append(w["fact"].format(label=name, new=change.new, old=change.old))
        if meant := meaning(change):
            out.append(meant)
        if change.row:
            out.append(_tidy(w["fact_context_row"].format(row=change.row)))
        elif not change.specific and not label:
            out.append(_tidy(w["fact_context"].format(first_words=first_words(change.sentence, 5))))
    return out


def summarise(item: AmendmentItem, wording: Wording) -> PlainSummary:
    """The paragraph on `item`: counsel's if written, otherwise the tool's."""
    if item.plain_summary:
        return PlainSummary(item.plain_summary, counsel=True)
    w = wording.plain_notice
    changes: list[FactChange] = []
    rest_changed = True
    if item.kind in _FACT_KINDS and item.old_text and item.new_text:
        changes, rest_changed = fact_changes(item.old_text, _new_text(item))
    sentences = fact_sentences(changes, wording)
    if changes and not rest_changed:
        return PlainSummary(" ".join(sentences), False, tuple(changes), complete=True)
    if changes:
        sentences.append(w["also_reworded"])
    else:
        sentences.append(_kind_sentence(item, w["kinds"]))
    complete = item.kind in _MECHANICAL
    if not complete:
        sentences.append(w["placeholder"])
    return PlainSummary(" ".join(sentences), False, tuple(changes), complete=complete)


def _new_text(item: AmendmentItem) -> str:
    if item.kind is ItemKind.REPLACE_TABLE:
        return "\n".join(item.new_paragraphs)
    return item.new_text


def _paragraph(item: AmendmentItem) -> str:
    """'the last paragraph', 'the answer to "When …?"': the text an item is about."""
    loc = item.locator
    if loc.question:
        if loc.answer_paragraph == 0:
            return f'the question "{loc.question}"'
        if loc.answer_count > 1:
            place = position_word(loc.answer_paragraph, loc.answer_count)
            return f'the {place} paragraph of the answer to "{loc.question}"'
        return f'the answer to "{loc.question}"'
    count = loc.paragraph_count if loc.printed_count is None else loc.printed_count
    index = loc.printed or loc.paragraph or 1
    if count <= 1:
        return "the paragraph"
    return f"the {position_word(index, count)} paragraph"


def _place(item: AmendmentItem) -> str:
    loc = item.locator
    if loc.after_table:
        return "after the table"
    if not loc.paragraph or loc.paragraph_count == 0:
        return "at the start of this section"
    count = loc.paragraph_count if loc.printed_count is None else loc.printed_count
    return f"after the {position_word(loc.printed or loc.paragraph, count)} paragraph"


def _kind_sentence(item: AmendmentItem, kinds: dict[str, str]) -> str:
    kind = item.kind.value
    new_paragraphs = list(item.new_paragraphs) or ([item.new_text] if item.new_text else [])
    values = {
        "paragraph": _paragraph(item),
        "place": _place(item),
        "first_words": first_words(new_paragraphs[0] if new_paragraphs else item.new_text),
        "old_first_words": first_words(item.old_text),
        "old_words": item.old_words,
        "new_words": item.new_words,
        "count": str(len(new_paragraphs)),
        "question": item.locator.question or "",
        "heading": item.new_section.heading if item.new_section else "",
    }
    if item.kind is ItemKind.DELETE_PARAGRAPH and "\n\n" in item.old_text:
        kind = "delete_question" if item.locator.question else "delete_paragraphs"
        values["count"] = str(item.old_text.count("\n\n") + 1)
    if item.kind is ItemKind.INSERT_PARAGRAPH:
        if new_paragraphs and is_question(new_paragraphs[0]) and len(new_paragraphs) > 1:
            kind = "insert_question"
        elif len(new_paragraphs) > 1:
            kind = "insert_paragraphs"
    if item.kind is ItemKind.REPLACE_WORDS:
        if not item.old_words:
            kind = "insert_words"
        elif not item.new_words:
            kind = "delete_words"
    if item.kind is ItemKind.INSERT_SENTENCE:
        values["paragraph"] = _paragraph(item)
    return _tidy(str(kinds.get(kind, kinds["replace_paragraph"])).format(**values))


def _tidy(sentence: str) -> str:
    """A quotation that ends its own sentence ends ours: 'begins "… expiry."', not '"."'."""
    return re.sub(r'([.?!])(["”])\.', r"\1\2", sentence)
