"""The notice on paragraphs moved between changes: said as moved, never as taken out or added.

A paragraph taken out by one change and put in word for word by another (often inside a
section or paragraph the other change restates) was told as "We took out the second
paragraph": employees read that a statement of the offer was withdrawn, though it still
stands, unchanged, elsewhere. A paragraph the change takes out (or puts in) that stands
word for word once in the original and once in the revised offer only moved; the words are
[plain_notice.kinds] `delete_paragraph_moved`, `insert_paragraph_moved` and their plurals."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

from amendtool.core.built_once import built_value
from amendtool.core.items import AmendmentItem, ItemKind
from amendtool.core.model import Document, ParagraphKind
from amendtool.core.plain_kind_sentences import kind_sentence
from amendtool.core.text_cache import kept_by_content
from amendtool.core.typography import collapse_spaces, fold_typography

if TYPE_CHECKING:
    from amendtool.core.plain_fact_sentences import Voice
    from amendtool.core.plain_summary import PlainSummary  # which imports this module

_FEWEST_WORDS = 4  # "None." or "See below." twice is no paragraph told apart
_KINDS = {
    ItemKind.DELETE_PARAGRAPH: ("delete_paragraph", "delete_paragraphs"),
    ItemKind.INSERT_PARAGRAPH: ("insert_paragraph", "insert_paragraphs"),
}


@kept_by_content
def _folded(text: str) -> str:
    """The paragraph's folded words. Kept by content: the original and the revised offer
    share most of their paragraphs, each folded once for both."""
    return collapse_spaces(fold_typography(text)).casefold()


def _counts(document: Document) -> Counter[str]:
    """How often each paragraph's words (tables aside) stand in the document."""

    def build() -> Counter[str]:
        return Counter(
            _folded(p.text) for p in document.paragraphs() if p.kind is not ParagraphKind.TABLE_ROW
        )

    return built_value(document, "moved_paragraphs:counts", build)


def _paragraphs(item: AmendmentItem) -> list[str]:
    if item.kind is ItemKind.DELETE_PARAGRAPH:
        return [p for p in item.old_text.split("\n\n") if p.strip()]
    return [p for p in (list(item.new_paragraphs) or [item.new_text]) if p.strip()]


def moved_paragraphs_summary(
    item: AmendmentItem, w: dict[str, Any], voice: Voice | None
) -> PlainSummary | None:
    """The paragraph on a change whose every paragraph taken out (or put in) stands once,
    word for word, in each offer; None for any other item."""
    from amendtool.core.plain_summary import PlainSummary  # which imports this module

    names = _KINDS.get(item.kind)
    kinds = w["kinds"]
    if voice is None or voice.document is None or voice.revised is None or names is None:
        return None
    if any(f"{name}_moved" not in kinds for name in names) or item.locator.question:
        return None
    texts = _paragraphs(item)
    if not texts or any(len(t.split()) < _FEWEST_WORDS for t in texts):
        return None
    before, after = _counts(voice.document), _counts(voice.revised)
    if any(before[_folded(t)] != 1 or after[_folded(t)] != 1 for t in texts):
        return None
    moved = {**kinds, **{name: kinds[f"{name}_moved"] for name in names}}
    return PlainSummary(kind_sentence(item, moved), False, (), True)
