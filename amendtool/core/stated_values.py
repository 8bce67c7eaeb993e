"""The paragraphs of the offer by the values their sentences state, read once for all the
terms a revision changes. The check for an old term still stated elsewhere read every
sentence of the offer for each changed term: a revision with sections rewritten, full of
figures, changes dozens of terms, and the offer was read as many times (an eighth of the
whole draft). Each term now reads only the paragraphs that state its old value at all."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from amendtool.core.facts import extract
from amendtool.core.model import Document, Paragraph, Section
from amendtool.core.ratios import is_split_ratio
from amendtool.core.segment import sentences

Place = tuple[Section, Paragraph]


@dataclass
class StatedValues:
    """(kind, value) of each fact a sentence of a paragraph states (a split's ratio, "2-for-1",
    is no stated ratio) to the paragraphs stating it, in the document's order."""

    document: Document
    _by_value: dict[tuple[str, str], list[Place]] | None = field(default=None, repr=False)
    paragraphs_read: int = 0

    def stating(self, kind: str, value: str) -> list[Place]:
        """The paragraphs a sentence of which states `value` of `kind`, in order."""
        if self._by_value is None:
            self._by_value = self._read()
        return self._by_value.get((kind, value), [])

    def _read(self) -> dict[tuple[str, str], list[Place]]:
        by_value: dict[tuple[str, str], list[Place]] = defaultdict(list)
        for section in self.document.sections:
            for paragraph in section.paragraphs:
                self.paragraphs_read += 1
                values: dict[tuple[str, str], None] = {}
                for sentence in sentences(paragraph.text):
                    for fact in extract(sentence):
                        if not is_split_ratio(sentence, fact.text):
                            values[(fact.kind, fact.value)] = None
                for value in values:
                    by_value[value].append((section, paragraph))
        return by_value
