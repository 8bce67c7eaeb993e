"""Choosing the unit of a changed paragraph: a few words, one sentence, or the paragraph."""

from __future__ import annotations

import difflib
import re

from amendtool.core.apply import TextSection
from amendtool.core.diffing import hunks, similarity
from amendtool.core.drafting.citing import Citing
from amendtool.core.items import AmendmentItem, ItemKind
from amendtool.core.segment import split_sentences
from amendtool.core.typography import fold_typography

# Dates and times are cited whole ('"August 14, 2026"', not '"14"'; '"5:00 p.m."').
WHOLE_UNITS = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\s+\d{1,2}(?:,\s*\d{4})?"
    r"|\b\d{1,2}:\d{2}(?:\s*[ap]\.m\.)?",
    re.IGNORECASE,
)


class SentenceItems(Citing):
    def _sentence_item(
        self, section: TextSection, index: int, old_text: str, new_text: str, key: str
    ) -> AmendmentItem | None:
        if similarity(fold_typography(old_text), fold_typography(new_text)) < (
            self.options.paragraph_rewrite
        ):
            return None
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
        base = self._paragraph_locator(section, index)
        base.sentence_count = len(old_spans)
        added = " ".join(new_sents[j1:j2])
        if tag == "insert":
            base.sentence = i1
            return AmendmentItem(
                ItemKind.INSERT_SENTENCE,
                base,
                page=self._page(key, old_spans[max(i1 - 1, 0)][0]),
                new_text=added,
                new_paragraphs=[added],
            )
        if i2 - i1 != 1:
            return None
        base.sentence = i1 + 1
        page = self._page(key, old_spans[i1][0])
        removed = old_sents[i1]
        if tag == "delete":
            if only_sentence:
                return None
            return AmendmentItem(ItemKind.DELETE_SENTENCE, base, page=page, old_text=removed)
        words = self._changed_words(removed, added) if j2 - j1 == 1 else None
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

    def _changed_words(self, old: str, new: str) -> tuple[str, str] | None:
        """One short change inside a sentence, widened to whole words on both sides."""
        changed = hunks(old, new)
        if not changed:
            return None
        first, last = changed[0], changed[-1]
        if len(old[first.end : last.start].split()) > 3 * (len(changed) - 1):
            return None  # separate changes in one sentence: cite the sentence
        start, end = first.start, last.end
        new_start = first.start
        new_end = end + sum(len(h.new) - len(h.old) for h in changed)
        if len(changed) == 1 and (not first.old.strip() or not first.new.strip()):
            # a pure insertion or deletion: take in the word before (or after) it
            before = old[:start].rstrip()
            if before:
                cut = len(before) - len(before.split()[-1])
                start, new_start = cut, cut
            else:
                after_words = old[end:].split()
                if not after_words:
                    return None
                extra = old.index(after_words[0], end) + len(after_words[0]) - end
                end, new_end = end + extra, new_end + extra
        before = old[:start].rstrip()
        starts_with_mark = not old[start:end].strip()[:1].isalnum() or not (
            new[new_start:new_end].strip()[:1].isalnum()
        )
        if starts_with_mark and before:
            # "final and binding" -> "final, binding …": quote from the word before the comma
            cut = len(before) - len(before.split()[-1])
            start, new_start = cut, cut
        for unit in WHOLE_UNITS.finditer(old):
            if unit.start() < end and unit.end() > start:
                left, right = max(start - unit.start(), 0), max(unit.end() - end, 0)
                start, end = start - left, end + right
                new_start, new_end = new_start - left, new_end + right
        old_words = old[start:end].strip()
        new_words = new[new_start:new_end].strip()
        if not old_words or not new_words:
            return None
        if len(old_words.split()) + len(new_words.split()) > self.options.max_changed_words:
            return None
        return old_words, new_words
