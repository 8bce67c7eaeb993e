"""Sentences that only moved: taken out by one item and put in, word for word, by another
(a paragraph split, so that its last sentence now opens the next; a sentence carried over a
paragraph break). Read item by item, each half looked like a change of its words: "New RSUs
vest over three years." taken out and put in were "takes out three years" and "adds three
years", both classed as changes of the consideration, for a revision that changed nothing.
An item whose every change is such a move is proposed clarifying, naming the other half;
the notice (plain_sentence_moves.py) tells it as moved, read from the two offers."""

from __future__ import annotations

from collections import Counter

from amendtool.core.built_once import built_value
from amendtool.core.item_kinds import ItemKind, letter
from amendtool.core.items import AmendmentItem, Materiality
from amendtool.core.model import Document, ParagraphKind
from amendtool.core.segment import sentences, split_sentences
from amendtool.core.text_cache import kept_by_content
from amendtool.core.typography import collapse_spaces, fold_typography

MOVED_SENTENCE = (
    "Moves sentences, word for word, and changes nothing else ({moves}); clarifying unless "
    "counsel decides otherwise"
)
_FEWEST_WORDS = 4  # "Yes." or "See below." moved is no sentence told apart


def _key(sentence: str) -> str:
    return collapse_spaces(fold_typography(sentence)).casefold()


def _changed(item: AmendmentItem) -> tuple[list[str], list[str]]:
    """The sentences the item takes out and those it puts in (by their folded words)."""
    out, put_in = _changed_sentences((item.old_text or "", item.new_text or ""))
    return list(out), list(put_in)


@kept_by_content
def _changed_sentences(texts: tuple[str, str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Kept by content: the proposal (moved_sentence_reasons) and the notice's paragraph on
    the item (some_sentences_moved) each ask, of the same old and new text."""
    old = [_key(s) for p in texts[0].split("\n\n") for s in sentences(p)]
    new = [_key(s) for p in texts[1].split("\n\n") for s in sentences(p)]
    return tuple(s for s in old if s not in new), tuple(s for s in new if s not in old)


def _count(moved: int) -> str:
    return "a sentence" if moved == 1 else f"{moved} sentences"


def moved_sentence_reasons(items: list[AmendmentItem]) -> dict[int, tuple[Materiality, str]]:
    """By index in `items`: the items whose every sentence taken out is put in by another
    item, and every sentence put in taken out by another, each with the other's letter."""
    lettered = [i for i in items if i.kind is not ItemKind.FILE_EXHIBIT]
    letters = {id(item): letter(n) for n, item in enumerate(lettered)}
    changed = {
        n: _changed(item)
        for n, item in enumerate(items)
        if item.kind is not ItemKind.FILE_EXHIBIT and "\t" not in (item.old_text + item.new_text)
    }
    taken = {s: n for n, (out, _in) in changed.items() for s in out}
    put = {s: n for n, (_out, put_in) in changed.items() for s in put_in}
    found: dict[int, tuple[Materiality, str]] = {}
    for n, (out, put_in) in changed.items():
        if not out and not put_in:
            continue
        others = [put.get(s) for s in out] + [taken.get(s) for s in put_in]
        moved = all(o is not None and o != n for o in others)
        if not moved or any(len(s.split()) < _FEWEST_WORDS for s in out + put_in):
            continue
        to = [letters.get(id(items[o]), "?") for o in others[: len(out)] if o is not None]
        at = [letters.get(id(items[o]), "?") for o in others[len(out) :] if o is not None]
        moves = [f"{_count(to.count(x))} to item {x}" for x in dict.fromkeys(to)]
        moves += [f"{_count(at.count(x))} from item {x}" for x in dict.fromkeys(at)]
        reason = MOVED_SENTENCE.format(moves=", ".join(moves))
        found[n] = (Materiality.CLARIFYING, reason)
    return found


def _counts(document: Document) -> Counter[str]:
    """How often each sentence (by its folded words) stands in the document's text, tables
    aside."""

    def build() -> Counter[str]:
        return Counter(
            key
            for p in document.paragraphs()
            if p.kind is not ParagraphKind.TABLE_ROW
            for key in _sentence_keys(p.text)
        )

    return built_value(document, "moved_sentences:counts", build)


@kept_by_content
def _sentence_keys(paragraph: str) -> tuple[str, ...]:
    """The folded words of each sentence of the paragraph. Kept by content: the original and
    the revised offer share most of their paragraphs, each read once for both."""
    return tuple(_key(paragraph[start:end]) for start, end in split_sentences(paragraph))


def _printed(text: str, keys: list[str]) -> list[str]:
    """The sentences of `text` (as printed) whose folded words are among `keys`."""
    wanted = set(keys)
    return [s.strip() for p in text.split("\n\n") for s in sentences(p) if _key(s) in wanted]


def _moved(key: str, before: Counter[str], after: Counter[str]) -> bool:
    return len(key.split()) >= _FEWEST_WORDS and before[key] == 1 and after[key] == 1


def sentences_moved(
    item: AmendmentItem, original: Document | None, revised: Document | None
) -> tuple[list[str], list[str]] | None:
    """The sentences (as printed) the item takes out and those it puts in, when every one
    stands word for word once in each offer (so another change puts it in, or takes it out,
    elsewhere) and the item changes nothing else; None for any other item."""
    found = some_sentences_moved(item, original, revised)
    if found is None or found[2]:
        return None
    return found[0], found[1]


def some_sentences_moved(
    item: AmendmentItem, original: Document | None, revised: Document | None
) -> tuple[list[str], list[str], bool] | None:
    """The sentences (as printed) the item takes out, and those it puts in, that stand word
    for word once in each offer, and whether it takes out or puts in any other; None when
    it moves none. The notice's paragraph on the item and its check both ask: while the
    outputs are written, read once."""
    if original is None or revised is None or item.kind is ItemKind.FILE_EXHIBIT:
        return None
    return built_value(
        item,
        f"moved_sentences:{id(original)}:{id(revised)}",
        lambda: _some_moved(item, original, revised),
        holds=(original, revised),
    )


def _some_moved(
    item: AmendmentItem, original: Document, revised: Document
) -> tuple[list[str], list[str], bool] | None:
    if "\t" in item.old_text + item.new_text:
        return None  # table rows: moved_rows.py
    out, put_in = _changed(item)
    if not (out or put_in) or all(len(s.split()) < _FEWEST_WORDS for s in out + put_in):
        return None
    before, after = _counts(original), _counts(revised)
    out_moved = [s for s in out if _moved(s, before, after)]
    put_moved = [s for s in put_in if _moved(s, before, after)]
    if not (out_moved or put_moved):
        return None
    rest = len(out_moved) < len(out) or len(put_moved) < len(put_in)
    return _printed(item.old_text, out_moved), _printed(item.new_text, put_moved), rest
