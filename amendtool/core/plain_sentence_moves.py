"""The notice on sentences moved between changes: said as moved, never taken out or added.

A sentence moved word for word from one paragraph (or section) to another is two items, one
taking it out and one putting it in (moved_sentences.py). Told from their kinds' words, the
halves read "We took out a sentence …" and "We added to the last paragraph. The new words
begin …", or "We rewrote the first paragraph" where two sentences left it: employees read
that the offer's words changed, though they stand, unchanged, elsewhere. Each half now says
the sentence moved, from here or to here, and that its words did not change; the words are
[plain_notice.kinds] `delete_sentence_moved`, `insert_sentence_moved` and their plurals.
A sentence moved whose words also changed is no such sentence: it is told as before; a
sentence moved that is put in (or taken out) with new ones is told as moved, the new ones
as before."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from amendtool.core.items import AmendmentItem, ItemKind
from amendtool.core.moved_sentences import some_sentences_moved
from amendtool.core.ordinals import cardinal_words
from amendtool.core.plain_fact_sentences import tidy
from amendtool.core.plain_kind_sentences import first_words
from amendtool.core.plain_places import paragraph_named, place_after
from amendtool.core.segment import sentences
from amendtool.core.templates import fill
from amendtool.core.typography import inner_quotes

if TYPE_CHECKING:
    from amendtool.core.plain_fact_sentences import Voice
    from amendtool.core.plain_summary import PlainSummary  # which imports this module

# says an item as if it made only the changes that are no move
Summarise = Callable[[AmendmentItem], "PlainSummary"]
# the items that put in or take out sentences alone: those that did not move are told apart
_SENTENCES = (ItemKind.INSERT_SENTENCE, ItemKind.DELETE_SENTENCE)
_NEEDED = (
    "delete_sentence_moved",
    "delete_sentences_moved",
    "insert_sentence_moved",
    "insert_sentences_moved",
    "delete_paragraph_moved",
    "delete_paragraphs_moved",
    "insert_paragraph_sentence_moved",
    "insert_paragraph_sentences_moved",
)


def _said(kinds: dict[str, Any], key: str, moved: list[str], **values: str) -> str:
    """The sentence `key` (its plural for several sentences) on the sentences `moved`."""
    if len(moved) > 1:
        key = key.replace("_sentence_", "_sentences_")
    words = first_words(moved[0])
    text = fill(
        str(kinds[key]),
        count=cardinal_words(len(moved)),
        first_words=words,
        old_first_words=words,
        **values,
    )
    return inner_quotes(tidy(text))


def moved_sentences_summary(
    item: AmendmentItem, w: dict[str, Any], voice: Voice | None, summarise: Summarise
) -> PlainSummary | None:
    """The paragraph on a change whose every sentence taken out (or put in) stands word for
    word once in each offer, and that changes nothing else; for a sentence put in or taken
    out with others that did not move, the move and then what `summarise` says of the
    others; None for any other item."""
    from amendtool.core.plain_summary import PlainSummary, summary_text

    kinds = w["kinds"]
    if voice is None or any(k not in kinds for k in _NEEDED):
        return None
    if item.locator.question and item.kind in (
        ItemKind.DELETE_PARAGRAPH,
        ItemKind.INSERT_PARAGRAPH,
    ):
        return None  # a question and answer put in or taken out: told by its question
    moved = some_sentences_moved(item, voice.document, voice.revised)
    if moved is None:
        return None
    out, put, rest = moved
    if rest and item.kind not in _SENTENCES:
        return None  # the rest rewritten or restated: told as before
    paragraph = paragraph_named(item, kinds)
    said: list[str] = []
    if out and item.kind is ItemKind.DELETE_PARAGRAPH:  # the paragraph's words all moved
        key = "delete_paragraphs_moved" if "\n\n" in item.old_text else "delete_paragraph_moved"
        count = cardinal_words(item.old_text.count("\n\n") + 1)
        text = fill(str(kinds[key]), paragraph=paragraph, count=count,
                    old_first_words=first_words(item.old_text))  # fmt: skip
        said.append(inner_quotes(tidy(text)))
    elif out:
        said.append(_said(kinds, "delete_sentence_moved", out, paragraph=paragraph))
    if put and item.kind is ItemKind.INSERT_PARAGRAPH:  # a paragraph of words moved here
        if len(item.new_paragraphs) > 1 or "\n\n" in item.new_text:
            return None  # several paragraphs put in: told as before
        place = place_after(item)
        said.append(_said(kinds, "insert_paragraph_sentence_moved", put, place=place))
    elif put:
        said.append(_said(kinds, "insert_sentence_moved", put, paragraph=paragraph))
    if not rest:
        return PlainSummary(summary_text(said), False, (), True)
    told = summarise(_without(item, out, put))  # the sentences that came or went
    return dataclasses.replace(told, text=summary_text([*said, told.text]))


def _without(item: AmendmentItem, out: list[str], put: list[str]) -> AmendmentItem:
    """The item as if it took out, or put in, only the sentences that did not move."""

    def left(text: str, moved: list[str]) -> str:
        kept = [s.strip() for s in sentences(text) if s.strip() not in moved]
        return " ".join(kept)

    new_text = left(item.new_text, put)
    return dataclasses.replace(
        item,
        old_text=left(item.old_text, out),
        new_text=new_text,
        new_paragraphs=[new_text] if item.new_paragraphs else [],
    )
