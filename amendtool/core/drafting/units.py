"""Choosing the unit of a changed paragraph: a few words, one sentence, or the paragraph.

Counsel amend the smallest unit that reads naturally: separate edits in different sentences
of one paragraph are one item each (so each can be rejected alone, and a changed price is not
buried in a restated paragraph), cited by the original's sentence numbers; the paragraph is
restated whole only when most of it is rewritten.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from amendtool.core.apply import LocatorError, TextSection, apply_sentence_item
from amendtool.core.diffing import similarity
from amendtool.core.drafting.places import Places
from amendtool.core.drafting.quoting import changed_words
from amendtool.core.drafting.word_bounds import balanced
from amendtool.core.items import AmendmentItem, ItemKind, Locator
from amendtool.core.locate import run_in_caption, sentence_opening
from amendtool.core.segment import closing_reference, split_sentences
from amendtool.core.typography import fold_typography
from amendtool.core.unit_alignment import aligned_opcodes

Piece = tuple[str, int, int, int, int]  # a difflib opcode touching at most one old sentence


class SentenceItems(Places):
    def _sentence_items(
        self,
        section: TextSection,
        index: int,
        old_text: str,
        new_text: str,
        key: str,
        cite: Callable[[], Locator] | None = None,
        offset: int = 0,
    ) -> list[AmendmentItem] | None:
        """The sentence and words items for one changed paragraph, in order, each applying
        to the paragraph as the ones before it left it and giving exactly `new_text` (`cite`
        makes a locator, `offset` is where the text starts in the printed paragraph, for its
        page); None when the paragraph is to be replaced in its entirety."""
        items = self._planned_items(section, index, old_text, new_text, key, cite, offset)
        if not items:
            return None
        trial = old_text
        try:
            for item in items:
                trial = apply_sentence_item(trial, item)
        except LocatorError:
            return None
        if fold_typography(trial) != fold_typography(new_text):
            return None  # the sentence items would not give the revised text exactly
        return items

    def _planned_items(
        self,
        section: TextSection,
        index: int,
        old_text: str,
        new_text: str,
        key: str,
        cite: Callable[[], Locator] | None,
        offset: int,
    ) -> list[AmendmentItem] | None:
        old_spans = split_sentences(old_text)
        new_spans = split_sentences(new_text)
        if not old_spans:
            return None
        old_sents = [old_text[s:e] for s, e in old_spans]
        new_sents = [new_text[s:e] for s, e in new_spans]
        opcodes = _sentence_opcodes(old_sents, new_sents)
        apart = _pointer_apart(old_text, new_text, old_spans, new_spans)
        if apart is not None:
            # sentences added before an answer's closing "(Section 4)": compared without it
            parted = _sentence_opcodes(*apart)
            last = len(old_sents)
            if all(tag in ("insert", "equal") or i2 < last for tag, _, i2, _, _ in parted):
                old_sents, new_sents, opcodes = apart[0], apart[1], parted
        pieces = [op for op in opcodes if op[0] != "equal"]
        if not pieces or any(tag == "replace" and i2 - i1 != 1 for tag, i1, i2, _, _ in pieces):
            return None  # sentences merged, split or rewritten together: one restatement
        if not all(
            balanced(s) for _, i1, i2, j1, j2 in pieces for s in old_sents[i1:i2] + new_sents[j1:j2]
        ):
            return None  # a sentence cut inside a quotation: the paragraph is quoted whole
        caption = bool(run_in_caption(old_text))
        if caption and any(tag == "delete" and i2 - i1 > 1 for tag, i1, i2, _, _ in pieces):
            return None  # sentences after a run-in caption are cited one by one, by words
        rewrite = self.options.paragraph_rewrite
        if _whole_sentences(opcodes):
            pass  # only whole sentences taken out or put in, the rest kept: cited as such
        elif (len(pieces) > 1 or pieces[0][0] != "insert") and (
            similarity(fold_typography(old_text), fold_typography(new_text), rewrite) < rewrite
        ):
            return None  # less than half the words kept: the paragraph is replaced
        elif len(pieces) > 1 and not _mostly_kept(opcodes, old_sents, new_sents, caption):
            return None  # separate edits, but most of the paragraph changed: it is restated
        items = []
        shift = 0  # sentences the earlier items of this paragraph added (+) or took out (-)
        for piece in pieces:
            base = cite() if cite else self._paragraph_locator(section, index)
            item = self._piece_item(base, piece, old_sents, new_sents, key, offset, old_spans)
            if item is not None and caption and not _after_caption(item, piece, old_sents):
                item = None
            if item is None:
                return None
            _number(item.locator, piece, len(old_spans), shift)
            items.append(item)
            _, i1, i2, j1, j2 = piece
            shift += (j2 - j1) - (i2 - i1)
        return items

    def _piece_item(
        self,
        base: Locator,
        piece: Piece,
        old_sents: list[str],
        new_sents: list[str],
        key: str,
        offset: int,
        old_spans: list[tuple[int, int]],
    ) -> AmendmentItem | None:
        """The item for one changed sentence (or sentences added at one place)."""
        tag, i1, i2, j1, j2 = piece
        # a one-sentence paragraph is cited as the paragraph: a sentence added to it or a
        # few words changed in it are items of their own; anything more replaces it
        only_sentence = len(old_sents) == 1
        added = " ".join(new_sents[j1:j2])
        if tag == "insert":
            return AmendmentItem(
                ItemKind.INSERT_SENTENCE,
                base,
                page=self._page(key, offset + old_spans[max(i1 - 1, 0)][0]),
                new_text=added,
                new_paragraphs=[added],
            )
        page = self._page(key, offset + old_spans[i1][0])
        removed = old_sents[i1]
        if tag == "delete":
            if only_sentence:
                return None
            if i2 - i1 > 1:  # a run of sentences, taken out by one item
                base.sentence_span = i2 - i1
                removed = " ".join(old_sents[i1:i2])
            return AmendmentItem(ItemKind.DELETE_SENTENCE, base, page=page, old_text=removed)
        words = (
            changed_words(
                removed,
                added,
                self.options.max_changed_words,
                self.options.max_deleted_words,
            )
            if j2 - j1 == 1
            else None
        )
        if only_sentence and not words:
            return None
        if words:
            return AmendmentItem(
                ItemKind.REPLACE_WORDS,
                base,
                page=page,
                old_text=removed,
                new_text=added,
                new_paragraphs=[added],
                old_words=words[0],
                new_words=words[1],
            )
        return AmendmentItem(
            ItemKind.REPLACE_SENTENCE,
            base,
            page=page,
            old_text=removed,
            new_text=added,
            new_paragraphs=[added],
        )


def _whole_sentences(opcodes: Sequence[Piece]) -> bool:
    """The paragraph keeps some of its sentences word for word and only loses or gains
    whole ones (one carried to the next paragraph, the paragraph split or joined to another):
    no other change, so each run taken out or put in is an item of its own, however much of
    the paragraph it is. Sentences put in where others were taken out rewrite them."""
    tags = {op[0] for op in opcodes}
    if "equal" not in tags or not tags <= {"equal", "insert", "delete"}:
        return False
    taken = [(i1, i2) for tag, i1, i2, _, _ in opcodes if tag == "delete"]
    put = [i1 for tag, i1, _, _, _ in opcodes if tag == "insert"]
    return not any(a <= at <= b for at in put for a, b in taken)  # beside: words rewritten


def _sentence_opcodes(old_sents: list[str], new_sents: list[str]) -> list[Piece]:
    return aligned_opcodes(
        [fold_typography(s) for s in old_sents], [fold_typography(s) for s in new_sents]
    )


def _pointer_apart(
    old_text: str,
    new_text: str,
    old_spans: list[tuple[int, int]],
    new_spans: list[tuple[int, int]],
) -> tuple[list[str], list[str]] | None:
    """Both paragraphs' sentences with the same closing reference ("(Section 4)") taken off
    the last one, or None when they do not both close with it."""
    old_at, new_at = closing_reference(old_text), closing_reference(new_text)
    if old_at < 0 or new_at < 0 or not new_spans:
        return None
    if fold_typography(old_text[old_at:].strip()) != fold_typography(new_text[new_at:].strip()):
        return None
    olds = [old_text[s:e] for s, e in old_spans]
    news = [new_text[s:e] for s, e in new_spans]
    olds[-1] = old_text[old_spans[-1][0] : old_at].rstrip()
    news[-1] = new_text[new_spans[-1][0] : new_at].rstrip()
    return olds, news


def _mostly_kept(
    opcodes: Sequence[Piece], old_sents: list[str], new_sents: list[str], caption: bool
) -> bool:
    """More of the paragraph stays as it was than is changed, added or taken out, counted
    in sentences and in words (a run-in caption is no sentence to a reader: not counted)."""

    def words(sents: list[str]) -> int:
        return sum(len(s.split()) for s in sents)

    kept = [(i1, i2) for tag, i1, i2, _, _ in opcodes if tag == "equal"]
    if caption and kept and kept[0][0] == 0:
        kept[0] = (1, kept[0][1])
    touched = [op for op in opcodes if op[0] != "equal"]
    kept_sentences = sum(i2 - i1 for i1, i2 in kept)
    kept_words = sum(words(old_sents[i1:i2]) for i1, i2 in kept)
    touched_sentences = sum(max(i2 - i1, j2 - j1) for _, i1, i2, j1, j2 in touched)
    touched_words = sum(
        max(words(old_sents[i1:i2]), words(new_sents[j1:j2])) for _, i1, i2, j1, j2 in touched
    )
    return kept_sentences > touched_sentences and kept_words > touched_words


def _after_caption(item: AmendmentItem, piece: Piece, old_sents: list[str]) -> bool:
    """In a paragraph that opens with a run-in caption (no sentence to a reader), the item
    cites its sentence by its first words; False when it changes the caption itself, which
    restates the paragraph."""
    tag, i1 = piece[0], piece[1]
    cited = i1 - 1 if tag == "insert" else i1
    if cited < 1:
        return False
    if tag != "insert" or i1 < len(old_sents):
        item.locator.sentence_opening = sentence_opening(old_sents, cited)
    if item.locator.sentence_opening is None:
        item.locator.sentence_uncounted = 1  # cited by its ordinal, the caption not counted
    return True


def _number(locator: Locator, piece: Piece, count: int, shift: int) -> None:
    """The sentence the item applies to, counted in the paragraph as the earlier items of
    this paragraph left it; and, when they added or took out sentences before it, the
    original's number and count, by which the filing cites it."""
    tag, i1 = piece[0], piece[1]
    number = i1 if tag == "insert" else i1 + 1
    locator.sentence = number + shift
    locator.sentence_count = count + shift
    if shift:
        locator.filed_sentence, locator.filed_sentence_count = number, count
