"""Choosing the unit of a changed paragraph: a few words, one sentence, or the paragraph."""

from __future__ import annotations

import difflib
from collections.abc import Callable

from amendtool.core.apply import TextSection
from amendtool.core.diffing import similarity
from amendtool.core.drafting.citing import Citing
from amendtool.core.drafting.quoting import changed_words
from amendtool.core.items import AmendmentItem, ItemKind, Locator
from amendtool.core.locate import run_in_caption, sentence_opening
from amendtool.core.segment import split_sentences
from amendtool.core.typography import fold_typography


class SentenceItems(Citing):
    def _sentence_item(
        self,
        section: TextSection,
        index: int,
        old_text: str,
        new_text: str,
        key: str,
        cite: Callable[[], Locator] | None = None,
        offset: int = 0,
    ) -> AmendmentItem | None:
        """The sentence or words item for one changed paragraph (`cite` makes its locator,
        `offset` is where its text starts in the printed paragraph, for its page); None when
        the paragraph is to be replaced."""
        old_spans = split_sentences(old_text)
        new_spans = split_sentences(new_text)
        if not old_spans:
            return None
        # a one-sentence paragraph is cited as the paragraph: a sentence added to it or a
        # few words changed in it are items of their own; anything more replaces it
        only_sentence = len(old_spans) == 1
        old_sents = [old_text[s:e] for s, e in old_spans]
        new_sents = [new_text[s:e] for s, e in new_spans]
        matcher = difflib.SequenceMatcher(
            None,
            [fold_typography(s) for s in old_sents],
            [fold_typography(s) for s in new_sents],
            autojunk=False,
        )
        changes = [op for op in matcher.get_opcodes() if op[0] != "equal"]
        if len(changes) != 1:
            return None
        tag, i1, i2, j1, j2 = changes[0]
        rewrite = self.options.paragraph_rewrite
        if tag != "insert" and (
            similarity(fold_typography(old_text), fold_typography(new_text), rewrite) < rewrite
        ):
            return None  # less than half the words kept: the paragraph is replaced
        base = cite() if cite else self._paragraph_locator(section, index)
        base.sentence_count = len(old_spans)
        added = " ".join(new_sents[j1:j2])
        if run_in_caption(old_text):
            # the caption is no sentence to a reader: a change at it restates the paragraph,
            # and a sentence after it is cited by its first words
            cited = i1 - 1 if tag == "insert" else i1
            if cited < 1:
                return None
            if tag != "insert" or i1 < len(old_spans):
                base.sentence_opening = sentence_opening(old_sents, cited)
        if tag == "insert":
            base.sentence = i1
            return AmendmentItem(
                ItemKind.INSERT_SENTENCE,
                base,
                page=self._page(key, offset + old_spans[max(i1 - 1, 0)][0]),
                new_text=added,
                new_paragraphs=[added],
            )
        if i2 - i1 != 1:
            return None
        base.sentence = i1 + 1
        page = self._page(key, offset + old_spans[i1][0])
        removed = old_sents[i1]
        if tag == "delete":
            if only_sentence:
                return None
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
