"""The notice on sentences moved between changes: said as moved, never taken out or added.

A sentence moved word for word from one paragraph (or section) to another is two items, one
taking it out and one putting it in (moved_sentences.py). Told from their kinds' words, the
halves read "We took out a sentence …" and "We added to the last paragraph. The new words
begin …", or "We rewrote the first paragraph" where two sentences left it: employees read
that the offer's words changed, though they stand, unchanged, elsewhere. Each half now says
the sentence moved, from here or to here, and that its words did not change; the words are
[plain_notice.kinds] `delete_sentence_moved`, `insert_sentence_moved` and their plurals.
A sentence moved whose words also changed is no such sentence: it is told as before."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from amendtool.core.items import AmendmentItem, ItemKind
from amendtool.core.moved_sentences import sentences_moved
from amendtool.core.ordinals import cardinal_words
from amendtool.core.plain_fact_sentences import tidy
from amendtool.core.plain_kind_sentences import first_words
from amendtool.core.plain_places import paragraph_named, place_after
from amendtool.core.templates import fill
from amendtool.core.typography import inner_quotes

if TYPE_CHECKING:
    from amendtool.core.plain_fact_sentences import Voice
    from amendtool.core.plain_summary import PlainSummary  # which imports this module

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
    item: AmendmentItem, w: dict[str, Any], voice: Voice | None
) -> PlainSummary | None:
    """The paragraph on a change whose every sentence taken out (or put in) stands word for
    word once in each offer, and that changes nothing else; None for any other item."""
    from amendtool.core.plain_summary import PlainSummary, summary_text

    kinds = w["kinds"]
    if voice is None or any(k not in kinds for k in _NEEDED):
        return None
    if item.locator.question and item.kind in (
        ItemKind.DELETE_PARAGRAPH,
        ItemKind.INSERT_PARAGRAPH,
    ):
        return None  # a question and answer put in or taken out: told by its question
    moved = sentences_moved(item, voice.document, voice.revised)
    if moved is None:
        return None
    out, put = moved
    if not (out or put):
        return None
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
    return PlainSummary(summary_text(said), False, (), True)
