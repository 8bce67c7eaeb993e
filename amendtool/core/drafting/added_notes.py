"""A footnote or endnote the revision adds: counsel adds it to the paragraph that prints its
mark, "after the words …" the mark follows, rather than inserting a paragraph of text.

The readers put each note right after the paragraph whose mark refers to it, and keep where a
bare mark stands (`Paragraph.note_refs`: non-space characters before it); a mark printed in
the text ("stock.(2)", EDGAR text) is found in the text itself.
"""

from __future__ import annotations

from dataclasses import dataclass

from amendtool.core.model import NOTE_KINDS, Paragraph
from amendtool.core.notes import marks_at, printed_mark

_MIN_WORDS = 3  # counsel quote a few words, enough to find the place at a glance


@dataclass(frozen=True)
class AddedNote:
    """A footnote or endnote mark the revision adds, found by the words it follows, so the
    redline can add the note where the revision prints it."""

    kind: str  # "footnote" | "endnote"
    words: str | None  # the words the new mark follows, unique in its paragraph
    mark: str | None  # the mark as the revision prints it
    carrier: str | None = None  # the text of the paragraph that prints the mark

    def on(self, text: str) -> bool:
        """Whether `text` (a paragraph as revised) is the one that prints the mark."""
        return self.carrier == text


def carrier(paragraphs: list[Paragraph], index: int) -> Paragraph | None:
    """The paragraph whose mark refers to the note at `index`: the first before it that is
    no note."""
    for position in range(index - 1, -1, -1):
        if paragraphs[position].kind not in NOTE_KINDS:
            return paragraphs[position]
    return None


def mark_offset(paragraph: Paragraph, mark: str) -> int | None:
    """Where in the paragraph's text the note's mark stands (the end of the words it
    follows), None when it cannot be told."""
    for ref in (paragraph.note_refs or "").split():
        count, _, marked = ref.partition(":")
        if marked == mark and count.isdigit():
            return _offset_after(paragraph.text, int(count))
    text = paragraph.text  # a citation's "(1)" ("(a)(1)") is no mark: never cut into
    found = [at for at in marks_at(text, printed_mark(mark)) if at and not text[at - 1].isspace()]
    return found[0] if len(found) == 1 else None


def words_before(text: str, offset: int) -> str | None:
    """The last words before `offset`, widened until they occur once in `text`."""
    head = text[:offset].split()
    if not head:
        return None
    for size in range(min(_MIN_WORDS, len(head)), len(head) + 1):
        words = " ".join(head[-size:])
        if " ".join(text.split()).count(words) == 1:
            return words
    return None


def _offset_after(text: str, count: int) -> int:
    """The offset just after the `count`-th non-space character of `text`."""
    seen = 0
    for index, char in enumerate(text):
        if not char.isspace():
            seen += 1
            if seen == count:
                return index + 1
    return len(text)


def added_note(paragraphs: list[Paragraph], index: int) -> AddedNote | None:
    """The note at `index` of a revised section, placed as counsel cite an added note."""
    note = paragraphs[index]
    if note.kind not in NOTE_KINDS:
        return None
    owner = carrier(paragraphs, index)
    words = None
    if owner is not None and note.note:
        offset = mark_offset(owner, note.note)
        if offset is not None:
            words = words_before(owner.text, offset)
    return AddedNote(note.kind.value, words, note.note, owner.text if owner else None)
