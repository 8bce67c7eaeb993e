"""Applies amendment items to the original: the amended Offer to Exchange, and the invariant.

The invariant that makes the tool trustworthy: applying the items drafted from an original
and a revised document to the original gives back the revised text. Texts are compared
after `fold_typography` (white space collapsed, straight and curly quotes alike), the
documented comparison rule.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from amendtool.core.apply_within import apply_in_cell, apply_sentence_item, check_text
from amendtool.core.apply_within import cell_piece as cell_piece
from amendtool.core.errors import LocatorError as LocatorError
from amendtool.core.items import TABLE_KINDS, AmendmentItem, ItemKind
from amendtool.core.model import (
    Document,
    SectionKind,
    is_contents_title,
)
from amendtool.core.notes import put_printed_mark
from amendtool.core.typography import fold_heading, fold_typography


@dataclass
class TextSection:
    """A section as plain text, so items can be applied to it paragraph by paragraph."""

    id: str
    kind: str
    number: str | None
    title: str
    heading: str
    paragraphs: list[str] = field(default_factory=list)
    origins: list[str | None] = field(default_factory=list)  # original paragraph ids
    numbered_as: str = "Section"  # as Section.numbered_as


@dataclass
class TextDocument:
    """The offer as plain text, each paragraph replaced as the items apply (the amended
    offer the conformed copy and the checks read)."""

    sections: list[TextSection]
    # where each id first stands (a section is looked up for each of thousands of items)
    _where: dict[str, int] = field(default_factory=dict, init=False, repr=False, compare=False)

    @classmethod
    def from_document(cls, document: Document) -> TextDocument:
        return cls(
            [
                TextSection(
                    id=s.id,
                    kind=s.kind.value,
                    number=s.number,
                    title=s.title,
                    heading=s.heading,
                    paragraphs=[p.text for p in s.paragraphs],
                    origins=[p.id for p in s.paragraphs],
                    numbered_as=s.numbered_as,
                )
                for s in document.sections
            ]
        )

    def copy(self) -> TextDocument:
        return TextDocument(
            [
                TextSection(
                    s.id,
                    s.kind,
                    s.number,
                    s.title,
                    s.heading,
                    list(s.paragraphs),
                    list(s.origins),
                    s.numbered_as,
                )
                for s in self.sections
            ]
        )

    def section(self, section_id: str) -> TextSection:
        index = self._where.get(section_id, -1)
        if not (0 <= index < len(self.sections) and self.sections[index].id == section_id):
            self.sections_changed()
            if (index := self._where.get(section_id, -1)) < 0:
                raise LocatorError(f"section {section_id!r} is not in the document")
        return self.sections[index]

    def sections_changed(self) -> None:
        """Sections were added or taken out: look them up anew."""
        self._where = {}
        for index, section in enumerate(self.sections):
            self._where.setdefault(section.id, index)

    def index_of(self, section_id: str) -> int:
        return next(i for i, s in enumerate(self.sections) if s.id == section_id)

    def same_text(self, other: TextDocument) -> bool:
        """The invariant: the same paragraphs, and headings the same but for capitals or a
        final stop (which are noted, never amended)."""

        def key(document: TextDocument) -> list[tuple[str, list[str]]]:
            return [(fold_heading(h), p) for h, p in document.comparable()]

        def relined_key(keyed: list[tuple[str, list[str]]]) -> list[tuple[str, list[str]]]:
            return [(h, relined(p)) for h, p in keyed]

        # the same words broken into paragraphs only inside a sentence are layout, kept;
        # each document folded once for both comparisons (a 300-page offer is 10,000 paragraphs)
        mine, theirs = key(self), key(other)
        return mine == theirs or relined_key(mine) == relined_key(theirs)

    def compared(self) -> list[TextSection]:
        """The sections the invariant compares (not an empty cover, not the contents)."""
        return [
            s
            for s in self.sections
            if (s.paragraphs or s.kind != SectionKind.FRONT.value)
            and not is_contents_title(s.title)
        ]

    def comparable(self) -> list[tuple[str, list[str]]]:
        """What the invariant compares: each section's heading and its paragraphs; the
        signature block's lines as the last lines of the section before it, so that where
        the reader set its bounds is no difference of text."""
        out: list[tuple[str, list[str]]] = []
        for s in self.compared():
            paragraphs = [fold_typography(p) for p in s.paragraphs]
            if s.kind == SectionKind.CLOSING.value and out:
                out[-1][1].extend(paragraphs)  # the signature block ends the text before it
                continue
            out.append(
                (
                    fold_typography(s.heading) if s.kind != SectionKind.FRONT.value else "",
                    paragraphs,
                )
            )
        return out


SENTENCE_END = (".", "!", "?", ":", ";", '."', ".\u201d")


def relined(paragraphs: list[str]) -> list[str]:
    """The paragraphs with each one that ends inside a sentence (a title's line, "OFFER TO
    EXCHANGE … COMMON STOCK", over "FOR NEW OPTIONS") joined to the next, words only."""
    out: list[str] = []
    open_ = False
    for text in paragraphs:
        words = " ".join(text.split())
        if open_ and out:
            out[-1] += f" {words}"
        else:
            out.append(words)
        open_ = not text.rstrip().endswith(SENTENCE_END)
    return out


def apply_items(original: TextDocument, items: list[AmendmentItem]) -> TextDocument:
    document = original.copy()
    for item in items:
        apply_item(document, item)
    return document


def apply_item(document: TextDocument, item: AmendmentItem) -> None:
    kind, loc = item.kind, item.locator
    if kind is ItemKind.FILE_EXHIBIT:
        return
    if kind is ItemKind.ADD_SECTION:
        new = item.new_section
        if new is None:
            raise LocatorError("an added section carries no text")
        position = document.index_of(loc.after_section_id) + 1 if loc.after_section_id else 0
        document.sections.insert(
            position,
            TextSection(
                new.id,
                new.kind,
                new.number,
                new.title,
                new.heading,
                list(new.paragraphs),
                [None] * len(new.paragraphs),
            ),
        )
        document.sections_changed()
        return
    section = document.section(loc.section_id)
    if kind is ItemKind.DELETE_SECTION:
        document.sections.remove(section)
        document.sections_changed()
        return
    if kind is ItemKind.REPLACE_SECTION:
        check_text(" ".join(section.paragraphs), item.old_text, item)
        section.paragraphs = list(item.new_paragraphs)
        section.origins = [None] * len(section.paragraphs)
        if item.new_section is not None:
            _retitle(section, item)
        return
    if kind in (ItemKind.MAKE_HEADING, ItemKind.MAKE_PARAGRAPH):
        from amendtool.core.heading_moves import move_heading

        move_heading(document, section, item)
        return
    if kind is ItemKind.RETITLE_SECTION:
        check_text(section.heading, item.old_text, item)
        _retitle(section, item)
        return
    if kind is ItemKind.RENUMBER_SECTIONS:
        sections = [document.section(new.id) for new in item.renumbered]
        check_text("\n".join(s.heading for s in sections), item.old_text, item)
        for target, new in zip(sections, item.renumbered, strict=True):
            target.number, target.title, target.heading = new.number, new.title, new.heading
        return
    if kind is ItemKind.RENUMBER_PARAGRAPHS:
        _check_count(section, loc.paragraph_count, item)
        olds = item.old_text.split("\n")
        for position, before, after in zip(item.positions, olds, item.new_paragraphs, strict=True):
            if not 1 <= position <= len(section.paragraphs):
                raise LocatorError(f"{loc.section_name}: paragraph {position} not found")
            check_text(section.paragraphs[position - 1], before, item)
            section.paragraphs[position - 1] = after
        return
    if kind is ItemKind.INSERT_ROW:
        at = (loc.paragraph or 1) - (1 if loc.row_before else 0)
        _check_count(section, loc.paragraph_count, item)
        if not 0 <= at <= len(section.paragraphs):
            raise LocatorError(f"{loc.section_name}: row {loc.paragraph} not found")
        section.paragraphs[at:at] = list(item.new_paragraphs)
        section.origins[at:at] = [None] * len(item.new_paragraphs)
        return
    if kind in TABLE_KINDS:
        old_rows = item.old_text.split("\n") if item.old_text else []
        start = (loc.paragraph or 0) if kind is ItemKind.INSERT_TABLE else (loc.paragraph or 1) - 1
        _check_count(section, loc.paragraph_count, item)
        check_text(
            "\n".join(section.paragraphs[start : start + len(old_rows)]), item.old_text, item
        )
        end = start + len(old_rows)
        section.paragraphs[start:end] = list(item.new_paragraphs)
        section.origins[start:end] = [None] * len(item.new_paragraphs)
        return
    if kind is ItemKind.INSERT_PARAGRAPH:
        at = loc.paragraph or 0
        _check_count(section, loc.paragraph_count, item)
        printed = loc.note_printed  # the note's mark, printed in the text of its paragraph
        if printed and not put_printed_mark(section.paragraphs, at, loc.note_after or "", printed):
            raise LocatorError(f'{loc.section_name}: "{loc.note_after}" not found')
        section.paragraphs[at:at] = list(item.new_paragraphs)
        section.origins[at:at] = [None] * len(item.new_paragraphs)
        return
    index = _paragraph_index(section, item)
    if loc.cell is not None:  # a paragraph in a table cell
        section.paragraphs[index] = apply_in_cell(section.paragraphs[index], item)
        return
    if kind is ItemKind.DELETE_PARAGRAPH:
        olds = item.old_text.split("\n\n")  # a question is deleted with its answer
        check_text("\n\n".join(section.paragraphs[index : index + len(olds)]), item.old_text, item)
        del section.paragraphs[index : index + len(olds)]
        del section.origins[index : index + len(olds)]
    elif kind is ItemKind.REPLACE_PARAGRAPH:
        # one paragraph, or several merged into one; by one, or several it was split into
        olds = item.old_text.split("\n\n")
        news = item.new_paragraphs if len(item.new_paragraphs) > 1 else [item.new_text]
        check_text("\n\n".join(section.paragraphs[index : index + len(olds)]), item.old_text, item)
        section.paragraphs[index : index + len(olds)] = news
        section.origins[index : index + len(olds)] = [section.origins[index]] + [None] * (
            len(news) - 1
        )
    elif kind is ItemKind.MOVE_PARAGRAPH:  # one paragraph, or a run moved together
        end = index + item.old_text.count("\n\n") + 1
        check_text("\n\n".join(section.paragraphs[index:end]), item.old_text, item)
        texts, origins = section.paragraphs[index:end], section.origins[index:end]
        del section.paragraphs[index:end], section.origins[index:end]
        target = document.section(loc.to_section_id or loc.section_id)
        at = loc.to_paragraph or 0
        if at > len(target.paragraphs):
            raise LocatorError(f"item {item.kind.value}: destination paragraph {at} not found")
        target.paragraphs[at:at] = texts
        target.origins[at:at] = origins
    else:
        section.paragraphs[index] = apply_sentence_item(section.paragraphs[index], item)


def _retitle(section: TextSection, item: AmendmentItem) -> None:
    new = item.new_section
    if new is not None:
        section.number, section.title, section.heading = new.number, new.title, new.heading


def _paragraph_index(section: TextSection, item: AmendmentItem) -> int:
    loc = item.locator
    _check_count(section, loc.paragraph_count, item)
    index = (loc.paragraph or 0) - 1
    if not 0 <= index < len(section.paragraphs):
        raise LocatorError(f"{loc.section_name}: paragraph {loc.paragraph} not found")
    return index


def _check_count(section: TextSection, expected: int, item: AmendmentItem) -> None:
    if expected and len(section.paragraphs) != expected:
        raise LocatorError(
            f"{item.locator.section_name}: has {len(section.paragraphs)} paragraphs, "
            f"the item expects {expected}"
        )
