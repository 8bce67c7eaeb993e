"""What a draft's text blocks cannot hold: each paragraph's kind and each heading's number.

The editor holds the draft as plain blocks. The files counsel loads say more: a Summary Term
Sheet's questions, a cover page's subheadings, footnotes and their marks, and headings whose
numbers Word prints without their being in the text. So the app drafts the same items as the
command line for the same revised file, each block takes that structure from a block with the
same text in a file counsel loaded (or the original), and a block counsel has typed in keeps
the structure of the block it was (found by lining the new draft up with the last one).
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from amendtool.core.model import (
    NOTE_KINDS,
    Document,
    Paragraph,
    ParagraphKind,
    Section,
    SectionKind,
)


@dataclass
class Known:
    """The structure of blocks by their text, and of the blocks of the last draft by place."""

    headings: dict[str, list[Section]]  # a text that occurs more than once: each in turn
    paragraphs: dict[str, list[Paragraph]]
    previous: list[Section | Paragraph]  # the last draft's blocks, in order
    previous_text: list[tuple[bool, str]]


def block_key(text: str) -> str:
    """The text with its white space as single spaces (as the draft's paragraphs hold it);
    most text already is, and is checked for that cheaply."""
    simple = text.isascii() and text.isprintable() and "  " not in text
    if simple and text[:1] != " " and text[-1:] != " ":
        return text
    return " ".join(text.split())


def known_structure(documents: Iterable[Document], previous: Document | None) -> Known:
    """`documents` first to last: the first that holds a text gives its structure."""
    headings: dict[str, list[Section]] = {}
    paragraphs: dict[str, list[Paragraph]] = {}
    for document in documents:
        seen: set[str] = set()  # a document's own repeats are kept in order; others' after
        for section in document.sections:
            if section.heading:
                _add(headings, block_key(section.heading), section, seen)
            for paragraph in section.paragraphs:
                _add(paragraphs, block_key(paragraph.text), paragraph, seen)
    blocks: list[Section | Paragraph] = []
    for section in previous.sections if previous else []:
        if section.heading:
            blocks.append(section)
        blocks += section.paragraphs
    texts = [
        (True, block_key(b.heading)) if isinstance(b, Section) else (False, block_key(b.text))
        for b in blocks
    ]
    return Known(headings, paragraphs, blocks, texts)


def _add(table: dict, key: str, value: object, seen: set[str]) -> None:  # type: ignore[type-arg]
    if key not in table:
        table[key] = []
        seen.add(key)
    if key in seen:
        table[key].append(value)


def templates(known: Known, blocks: Sequence[tuple[bool, str]]) -> list[Section | Paragraph | None]:
    """For each (heading, text) block: the loaded heading or paragraph it is, if one has its
    text; else the block of the last draft in its place, when counsel's edit kept the count of
    blocks between unchanged ones (a typed edit, not an insertion)."""
    before = known.previous_text
    start = 0
    while start < min(len(before), len(blocks)) and before[start] == blocks[start]:
        start += 1
    end = 0
    while (
        end < min(len(before), len(blocks)) - start
        and before[len(before) - 1 - end] == blocks[len(blocks) - 1 - end]
    ):
        end += 1
    same_count = len(before) - start - end == len(blocks) - start - end
    split = (
        {}
        if same_count
        else _split_from(before[start : len(before) - end], blocks[start : len(blocks) - end])
    )
    out: list[Section | Paragraph | None] = []
    counted: dict[tuple[bool, str], int] = {}
    for index, (heading, text) in enumerate(blocks):
        same: list = known.headings.get(text, []) if heading else known.paragraphs.get(text, [])  # type: ignore[type-arg]
        nth = counted[heading, text] = counted.get((heading, text), -1) + 1
        found: Section | Paragraph | None = same[min(nth, len(same) - 1)] if same else None
        if found is None:
            if index < start:
                found = known.previous[index]
            elif index >= len(blocks) - end:
                found = known.previous[len(before) - (len(blocks) - index)]
            elif same_count:
                found = known.previous[index]
            elif index - start in split:
                found = known.previous[start + split[index - start]]
            elif start > 0 and start == len(before) - end:
                found = _continued(known.previous[start - 1])
            if found is not None and isinstance(found, Section) != heading:
                found = None
        out.append(found)
    return out


def _continued(block: Section | Paragraph) -> Paragraph | None:
    """What a paragraph put in after `block` is, as Enter at the end of a paragraph in Word:
    a list item or an indented paragraph goes on in its style; after a heading, a question
    or a note comes body text."""
    if isinstance(block, Paragraph) and block.kind is ParagraphKind.BODY:
        return block
    return None


def _split_from(
    before: Sequence[tuple[bool, str]], after: Sequence[tuple[bool, str]]
) -> dict[int, int]:
    """Blocks split (Enter inside a paragraph), joined or pasted into: each block of `after`
    comes from the block of `before` its first words stood in, and takes its kind and style
    as Word's paragraphs do. Nothing when no block of `before` was edited (blocks put in
    between unchanged ones are new paragraphs)."""
    if not before or not after:
        return {}
    if sum(len(text) for _, text in (*before, *after)) > CHARACTERS_LINED_UP:
        return _split_by_blocks(before, after)
    old = "\n".join(text for _, text in before)
    new = "\n".join(text for _, text in after)
    owner = [n for n, (_, text) in enumerate(before) for _ in range(len(text) + 1)]
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    places = [(b, a, size) for a, b, size in matcher.get_matching_blocks() if size]
    out: dict[int, int] = {}
    position = 0
    for index, (_, text) in enumerate(after):
        at = position + len(text) - len(text.lstrip())
        mapped = 0
        for b, a, size in places:  # the last stretch both share that starts at or before it
            if b > at:
                break
            mapped = a + min(at - b, size)
        out[index] = owner[min(mapped, len(owner) - 1)]
        position += len(text) + 1
    return out


CHARACTERS_LINED_UP = 20000  # above this, blocks are lined up first (see _split_by_blocks)


def _split_by_blocks(
    before: Sequence[tuple[bool, str]], after: Sequence[tuple[bool, str]]
) -> dict[int, int]:
    """`_split_from` for a change over much of the draft (a revised file undone, Replace
    All): lining up every character of both takes time that grows with the square of their
    length (tens of seconds for an offer, the draft stalled meanwhile), so whole blocks are
    lined up first and only the runs of blocks that differ are lined up by characters."""
    out: dict[int, int] = {}
    matcher = difflib.SequenceMatcher(None, list(before), list(after), autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            out.update((j1 + k, i1 + k) for k in range(j2 - j1))
        elif tag == "replace":
            old, new = before[i1:i2], after[j1:j2]
            if sum(len(text) for _, text in (*old, *new)) > CHARACTERS_LINED_UP:
                inner = {k: min(k, len(old) - 1) for k in range(len(new))}
            else:
                inner = _split_from(old, new)
            out.update((j1 + k, i1 + v) for k, v in inner.items())
    return out


def numbered_like(template: Section | None, text: str) -> tuple[SectionKind, str | None] | None:
    """A heading keeps a number the text does not print (Word's numbering) while counsel
    edits its words."""
    if template is None or template.kind is SectionKind.FRONT:
        return None
    if template.number and template.number not in text.split(".")[0]:
        return template.kind, template.number
    return None


def paragraph_like(template: Paragraph | None, text: str, row: bool) -> dict[str, object]:
    """The fields a new paragraph takes from the loaded one it is."""
    if template is None or row != (template.kind.value == "table_row"):
        return {}
    fields: dict[str, object] = {
        "kind": template.kind,
        "style": template.style,
        "indent": template.indent,
        "marker": template.marker,
    }
    if template.kind in NOTE_KINDS:
        fields["note"] = template.note
    if template.box is not None:  # a text box's paragraph stays the box's, as loaded
        fields["box"] = template.box
    if row:
        fields["table"] = template.table
    if template.text == text:
        fields["pages"] = template.pages
    return fields
