"""The items against the text they change: applied in order to the original they give
exactly the working draft (each finding its old text where its locator says), and no two
items change the same text. Errors here stop export: the filing would not say what the
draft says."""

from __future__ import annotations

from amendtool.core.amendment import Amendment
from amendtool.core.apply import LocatorError, TextDocument, TextSection, apply_item
from amendtool.core.findings import ERROR, Finding
from amendtool.core.items import STRUCTURE_KINDS, AmendmentItem, ItemKind, letter
from amendtool.core.model import Document, SectionKind, quoted_title
from amendtool.core.typography import fold_heading


def check_consistency(
    original: Document, draft: Document, items: list[AmendmentItem]
) -> list[Finding]:
    """The items are the draft: each finds its old text in the original where its locator
    says (as the items before it left the text), and all of them applied give exactly the
    draft. Needs no filing details, so a draft the items do not describe never looks clean."""
    document = TextDocument.from_document(original)
    findings = []
    for index, item in enumerate(items):
        try:
            apply_item(document, item)
        except (LocatorError, IndexError, ValueError) as exc:
            findings.append(
                Finding(
                    ERROR,
                    "locator",
                    f"item {letter(index)}: the locator does not resolve in the original ({exc})",
                    index,
                )
            )
    if findings:
        return findings
    target = TextDocument.from_document(draft)
    if not document.same_text(target):
        findings.append(
            Finding(
                ERROR,
                "consistency",
                f"the items do not give the working draft ({_first_difference(document, target)}"
                "); wait for the items to follow the draft, or re-open it",
            )
        )
    return findings


def _first_difference(amended: TextDocument, draft: TextDocument) -> str:
    """Where the amended original and the draft part, as counsel would look for it."""
    pairs = zip(amended.comparable(), draft.comparable(), strict=False)
    names = zip(amended.compared(), draft.compared(), strict=False)
    for ((heading, paragraphs), (other_heading, others)), sections in zip(
        pairs, names, strict=True
    ):
        mine, theirs = (_cited(s) for s in sections)
        name = mine if heading else theirs
        if fold_heading(heading) != fold_heading(other_heading):
            return f"{mine} against {theirs}"
        for paragraph, (mine, theirs) in enumerate(zip(paragraphs, others, strict=False), 1):
            if mine != theirs:
                return f"{name}, paragraph {paragraph}"
        if len(paragraphs) != len(others):
            return f"{name}: {len(paragraphs)} paragraphs against {len(others)}"
    return "a section is missing or extra"


def _cited(section: TextSection) -> str:
    """A section as counsel cites it: "Section 4. Miscellaneous", not "4. MISCELLANEOUS."."""
    if section.kind == SectionKind.FRONT.value:
        return "the cover page"
    if section.kind == SectionKind.CLOSING.value:
        return "the signature block"
    title = quoted_title(section.title or section.heading)
    if section.kind == SectionKind.NUMBERED.value and section.number:
        return f"{section.numbered_as} {section.number}. {title}"
    return f"“{title}”"


def _targets(item: AmendmentItem) -> list[tuple[str, int | None, str | None]]:
    """(section, paragraph or None for the whole section, the part of the paragraph the
    item changes: None for all of it, else one sentence or the place a sentence goes in)."""
    loc = item.locator
    if item.kind in (
        ItemKind.ADD_SECTION,
        ItemKind.INSERT_PARAGRAPH,
        ItemKind.FILE_EXHIBIT,
        ItemKind.RETITLE_SECTION,
        ItemKind.RENUMBER_SECTIONS,
        ItemKind.INSERT_TABLE,
        ItemKind.INSERT_ROW,
    ):
        return []
    if item.kind in (
        ItemKind.DELETE_PARAGRAPH,
        ItemKind.REPLACE_PARAGRAPH,
        ItemKind.MOVE_PARAGRAPH,
    ):
        first = loc.paragraph or 1
        return [(loc.section_id, first + k, None) for k in range(len(item.old_text.split("\n\n")))]
    if item.kind is ItemKind.RENUMBER_PARAGRAPHS:
        return [(loc.section_id, position, None) for position in item.positions]
    if item.kind in (ItemKind.REPLACE_TABLE, ItemKind.DELETE_TABLE, ItemKind.REPLACE_ROW):
        first = loc.paragraph or 1
        rows = len(item.old_text.split("\n"))
        return [(loc.section_id, first + k, None) for k in range(rows)]
    if item.kind in (ItemKind.DELETE_SECTION, ItemKind.REPLACE_SECTION):
        return [(loc.section_id, None, None)]
    if item.kind.value.endswith(("sentence", "words")) and loc.sentence is not None:
        # one sentence of the paragraph, as the original numbers it: the other sentences
        # stay free for other items ("The second sentence …", "The fifth sentence …")
        filed = loc.filed_sentence if loc.filed_sentence is not None else loc.sentence
        if item.kind is ItemKind.INSERT_SENTENCE:
            return [(loc.section_id, loc.paragraph, f"at {filed}")]
        span = loc.sentence_span if item.kind is ItemKind.DELETE_SENTENCE else 1
        return [(loc.section_id, loc.paragraph, f"sentence {filed + k}") for k in range(span)]
    return [(loc.section_id, loc.paragraph, None)]


def check_overlaps(amendment: Amendment) -> list[Finding]:
    """No two items change the same text (counted in the original, before any item): one
    paragraph, or one sentence of it; items on two sentences of a paragraph each change
    their own."""
    document = TextDocument.from_document(amendment.original)
    touched: dict[str, int] = {}
    parts: dict[str, int] = {}  # a paragraph one of whose sentences an item changes
    findings = []
    for index, item in enumerate(amendment.change_items):
        keys = []
        if item.kind in (ItemKind.RETITLE_SECTION, ItemKind.RENUMBER_SECTIONS):
            # only the headings change: the text under them is free for other items
            ids = [s.id for s in item.renumbered] or [item.locator.section_id]
            keys = [f"{section_id}:heading" for section_id in ids]
        mark = ":mark" if item.kind in STRUCTURE_KINDS else ""  # where a section begins, not words
        if item.kind is ItemKind.MAKE_PARAGRAPH:  # its heading alone: the paragraphs stay free
            keys = [f"{item.locator.section_id}:heading"]
        partial = []
        for section_id, paragraph, part in [] if keys else _targets(item):
            try:
                section = document.section(section_id)
            except LocatorError:
                continue
            if paragraph is None:
                keys += [f"{section_id}:heading"] + [o or "" for o in section.origins]
            elif 0 < paragraph <= len(section.origins):
                origin = section.origins[paragraph - 1] or f"{section_id}:{paragraph}"
                if item.locator.cell is not None:  # one paragraph of one cell of a row
                    origin += f":{item.locator.cell}:{item.locator.cell_paragraph}"
                if part is None:
                    keys.append(origin + mark)
                else:
                    keys.append(f"{origin}{mark}#{part}")
                    partial.append(origin + mark)
        for key in keys:
            earlier = touched.get(key, parts.get(key))  # the paragraph, or a sentence of it
            if key and earlier is None and "#" in key:
                earlier = touched.get(key.split("#")[0])  # the whole paragraph
            if key and earlier is not None:
                findings.append(
                    Finding(
                        ERROR,
                        "overlap",
                        f"items {letter(earlier)} and "
                        f"{letter(index)} change the same text; merge them",
                        index,
                    )
                )
                break
        for key in keys:
            touched.setdefault(key, index)
        for origin in partial:
            parts.setdefault(origin, index)
        try:
            apply_item(document, item)
        except (LocatorError, IndexError, ValueError):
            break
    return findings
