"""The plain paragraph on one change, for employees: what changed in everyday words.

From the facts the change alters ("The minimum exercise price per share is now $17.50. It
was $20.00.") when they tell the whole change; otherwise a sentence saying what kind of
change it is and what the text is about (its first words), followed by a marked
placeholder for counsel to say what it means. Counsel's own paragraph always wins.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from amendtool.core.items import AmendmentItem, ItemKind
from amendtool.core.locate import is_question
from amendtool.core.materiality_rules import house_rules
from amendtool.core.model import Document
from amendtool.core.plain_corrections import FACT_KINDS as _FACT_KINDS
from amendtool.core.plain_corrections import correction_sentence, wording_correction
from amendtool.core.plain_facts import FactChange, fact_changes
from amendtool.core.plain_figures import says_no_measure
from amendtool.core.plain_labels import only_its_kind
from amendtool.core.plain_places import paragraph_named, place_after
from amendtool.core.plain_tables import read_in_table
from amendtool.core.plain_units import plural
from amendtool.core.templates import fill, fill_map
from amendtool.core.typography import single_stops
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
        ItemKind.MAKE_HEADING,
        ItemKind.MAKE_PARAGRAPH,
    }
)


@dataclass(frozen=True)
class Voice:
    """How the notice speaks for this offer: its sentences ([plain_notice] of the wording,
    with the offer's own voice applied: a tender for cash speaks of tendering and holders),
    the offer's words (filing.toml [offer]: consideration, tendered …), and the original,
    where a table's rows, pages and scale are read."""

    words: dict[str, Any]
    terms: dict[str, str] = field(default_factory=dict)
    document: Document | None = None


def plain_words(wording: Wording, document_title: str) -> dict[str, Any]:
    """[plain_notice] with the voice whose `when` words the offer's title holds applied."""
    words = {k: v for k, v in wording.plain_notice.items() if k != "voices"}
    for voice in wording.plain_notice.get("voices", {}).values():
        if any(w.casefold() in document_title.casefold() for w in voice.get("when", [])):
            words |= {k: v for k, v in voice.items() if k != "when"}
            break
    return words


@dataclass(frozen=True)
class PlainSummary:
    text: str
    counsel: bool  # counsel wrote it
    facts: tuple[FactChange, ...] = ()  # what the tool read in the change
    complete: bool = False  # the tool's words tell the whole change (no placeholder)
    pages: tuple[str, ...] = ()  # where the changed rows of a table print, when known
    wording_only: bool = False  # a correction of wording or typography alone (said together)

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


def meaning(change: FactChange, terms: dict[str, str] | None = None) -> str:
    """What the change means for employees, from the firm's list; "" when it says nothing.
    The list may use the offer's words ({consideration}, {tendered})."""
    if not change.direction:
        return ""
    for rule in _meanings():
        if all(word in change.label for word in rule.get("label", [])):
            said = str(rule.get("higher" if change.direction > 0 else "lower", ""))
            return fill_map(said, _Terms(terms or {}))
    return ""


class _Terms(dict[str, str]):
    """The offer's words, with the defaults of an option exchange for any not given."""

    def __missing__(self, key: str) -> str:
        return {"consideration": "New Options", "tendered": "Eligible Options"}.get(key, key)


_SMALL_NUMBERS = "zero one two three four five six seven eight nine ten eleven twelve".split()


def _number_word(number: str) -> str:
    return _SMALL_NUMBERS[int(number)] if number.isdigit() and int(number) < 13 else number


def _singular(words: str) -> str:
    return words[:-1] if words.endswith("s") and not words.endswith("ss") else words


def _ratio_sentence(change: FactChange, w: dict[str, Any], terms: dict[str, str]) -> str:
    """'You will now receive one New Option for every four Eligible Options. It was one for
    every three.': a ratio said as what one receives, in the offer's own words."""
    (a, b), (old_a, old_b) = (
        [_number_word(n) for n in value.split(" for ", 1)] for value in (change.new, change.old)
    )
    t = _Terms(terms)
    offered = _singular(t["consideration"]) if a == "one" else t["consideration"]
    tendered = _singular(t["tendered"]) if b == "one" else t["tendered"]
    every = "each" if b == "one" else f"every {b}"
    old_every = "each" if old_b == "one" else f"every {old_b}"
    return fill(
        w["fact_ratio"], new=f"{a} {offered} for {every} {tendered}", old=f"{old_a} for {old_every}"
    )


def first_words(text: str, count: int = 8) -> str:
    """The opening words of a text, cut at a word and marked as cut."""
    words = " ".join(text.split()).replace("\t", " ").split()
    if len(words) <= count:
        return " ".join(words)
    return " ".join(words[:count]).rstrip(",;:.") + "…"


_MEASURED = ("percent", "money", "number")  # figures a vague word ("rate", "value") misnames


def fact_sentences(
    changes: list[FactChange] | tuple[FactChange, ...],
    wording: Wording,
    label: str = "",
    voice: Voice | None = None,
) -> list[str]:
    """'The … is now … It was …' for each fact, with what it means where the firm says."""
    w = voice.words if voice else wording.plain_notice
    terms = voice.terms if voice else {}
    out: list[str] = []
    for change in changes:
        tabled = False
        name = label or change.label
        unnamed = not (change.specific or label or change.row) and only_its_kind(change.label)
        # "a rate of 24%" names no measure either: "The rate is now 20%" would not say whose
        vague = change.kind in _MEASURED and says_no_measure(change.label)
        unnamed = unnamed or (vague and not (label or change.row))
        # what the firm's rules say the figure measures ("the market-decline threshold")
        if unnamed and (measured := house_rules().measure_of(change.kind, change.sentence)):
            name, unnamed = measured.removeprefix("the "), False
        if change.history:  # disclosure of the past or the market: updated, not "now"
            out.append(w["fact_history"].format(new=change.new, old=change.old))
        elif change.kind == "ratio" and " for " in change.new and " for " in change.old:
            out.append(_ratio_sentence(change, w, terms))
        elif tabled := bool(change.row and change.column):
            # a table's figure, by the table's own labels: a heading is never shortened or
            # lowercased into a name it does not print ("eligible Options for each …")
            said = w["fact_in_table"]
            out.append(
                said.format(column=change.column, row=change.row, new=change.new, old=change.old)
            )
        elif tabled := _unmeasured(change) and not change.column:
            # no heading over it says what it is ("The amount is now …" would not): its row
            said = w["fact_in_row"]
            out.append(said.format(row=change.row, new=change.new, old=change.old))
        elif unnamed:
            # the tool only knows the kind of fact ("time") and its sentence does not say
            # what it is: counsel names it (a placeholder, which export will not let pass)
            out.append(w["fact_unnamed"].format(label=name, new=change.new, old=change.old))
        else:
            # a table's column heading names one figure ("Distributions per unit … is")
            many = plural(name) and not change.row
            said = w.get("fact_plural", w["fact"]) if many else w["fact"]
            out.append(said.format(label=name, new=change.new, old=change.old))
        if not change.history and (meant := meaning(change, terms)):
            out.append(meant)
        if change.row and not tabled:
            out.append(_tidy(w["fact_context_row"].format(row=change.row)))
    return out


def _unmeasured(change: FactChange) -> bool:
    """A table's figure whose heading does not say what it measures (or that has none)."""
    if change.kind == "ratio" or not change.row:
        return False
    return says_no_measure(change.column) if change.column else only_its_kind(change.label)


def summarise(item: AmendmentItem, wording: Wording, voice: Voice | None = None) -> PlainSummary:
    """The paragraph on `item`: counsel's if written, otherwise the tool's."""
    if item.plain_summary:
        return PlainSummary(item.plain_summary, counsel=True)
    w = voice.words if voice else wording.plain_notice
    changes: list[FactChange] = []
    rest_changed = True
    pages: tuple[str, ...] = ()
    if item.kind in _FACT_KINDS and item.old_text and item.new_text:
        changes, rest_changed = fact_changes(_old_text(item), _new_text(item))
        if item.kind in _TABLE_RESTATED and voice and voice.document:
            changes, pages = read_in_table(item, changes, voice.document)
        changes = _once(changes)
    sentences = fact_sentences(changes, wording, voice=voice)
    if any(_unmeasured(c) for c in changes):
        # a heading such as "Rate", or none, does not say what its figure measures: counsel does
        sentences.append(w["placeholder"])
        return PlainSummary(summary_text(sentences), False, tuple(changes), False, pages)
    if changes and not rest_changed:
        return PlainSummary(summary_text(sentences), False, tuple(changes), True, pages)
    correction = correction_sentence(item, w) if not changes else None
    if correction is not None:
        return PlainSummary(single_stops(correction), False, (), True, pages)
    if not changes and wording_correction(item):
        return PlainSummary(str(w["corrected_wording"]), False, (), True, pages, True)
    if changes:
        sentences.append(w["also_reworded"])
    else:
        sentences.append(_kind_sentence(item, w["kinds"]))
    complete = item.kind in _MECHANICAL
    if not complete:
        sentences.append(w["placeholder"])
    return PlainSummary(summary_text(sentences), False, tuple(changes), complete, pages)


# a table or rows of it restated: its new text is its rows
_TABLE_RESTATED = frozenset({ItemKind.REPLACE_TABLE, ItemKind.REPLACE_ROW})


def _new_text(item: AmendmentItem) -> str:
    if item.kind in _TABLE_RESTATED:
        return _under_headings(item, "\n".join(item.new_paragraphs))
    return item.new_text


def _old_text(item: AmendmentItem) -> str:
    return _under_headings(item, item.old_text) if item.kind in _TABLE_RESTATED else item.old_text


def _under_headings(item: AmendmentItem, rows: str) -> str:
    """Rows restated alone, read under their table's column headings, which say what
    their figures are ("Portion of New RSUs vesting")."""
    headings = item.locator.row_headings if item.kind is ItemKind.REPLACE_ROW else None
    return f"{headings}\n{rows}" if headings else rows


def _kind_sentence(item: AmendmentItem, kinds: dict[str, str]) -> str:
    kind = item.kind.value
    new_paragraphs = list(item.new_paragraphs) or ([item.new_text] if item.new_text else [])
    values = {
        "paragraph": paragraph_named(item),
        "place": place_after(item),
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
        if item.locator.added_note and "insert_note" in kinds:
            kind = "insert_note"  # a note added to the paragraph that prints its mark
            values["unit"] = item.locator.added_note
    if item.kind is ItemKind.REPLACE_WORDS:
        if not item.old_words:
            kind = "insert_words"
        elif not item.new_words:
            kind = "delete_words"
    if item.kind is ItemKind.INSERT_SENTENCE:
        values["paragraph"] = paragraph_named(item)
    return _tidy(fill(kinds.get(kind, kinds["replace_paragraph"]), **values))


def summary_text(sentences: list[str]) -> str:
    """The sentences as one paragraph, each ending once ("5:00 p.m.", not "5:00 p.m..") and
    each said once."""
    return single_stops(" ".join(dict.fromkeys(sentences)))


def _once(changes: list[FactChange]) -> list[FactChange]:
    """The same value changed the same way twice in one text ("up to 1,500,000 shares … more
    than 1,500,000 shares") is one change: said once, by its most telling name. (Rows of a
    table stay apart: each row names its own.)"""
    kept: dict[tuple[str, str, str, str], FactChange] = {}
    for change in changes:
        key = (change.kind, change.old, change.new, change.row)
        if key not in kept or (change.specific and not kept[key].specific):
            kept[key] = change
    return list(kept.values())


def _tidy(sentence: str) -> str:
    """A quotation that ends its own sentence ends ours: 'begins "… expiry."', not '"."'."""
    return re.sub(r'([.?!])(["”])\.', r"\1\2", sentence)
