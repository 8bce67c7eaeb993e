"""Placeholders for counsel left in the plain notice, wherever it prints them: a change's
heading or paragraph ("[Name this amount for employees]"), the filing details the notice
quotes (its opening explanation, memo lines, contact, delivery), and the notice's own
sentences and headings from the firm's wording file. Each is an error naming it (export
refuses while one is left): none may reach the notice's readers. The items quoted as filed
are never searched; they print the offer's own words."""

from __future__ import annotations

from amendtool.core.amendment import Amendment
from amendtool.core.checks import ERROR, Finding
from amendtool.core.cut_quotes import cut_closed
from amendtool.core.export_refusal import PLACEHOLDER
from amendtool.core.items import letter
from amendtool.core.layout import Block, Role
from amendtool.core.plain_notice import PlainParagraph
from amendtool.core.plain_summary import placeholders
from amendtool.core.plain_swaps import counsel_written

# the blocks the notice writes for its readers (the items quoted as filed are not)
_WRITTEN = (Role.CENTER_BOLD, Role.MEMO, Role.HEADLINE, Role.HEADING, Role.SUBHEADING, Role.TEXT)
_PLACES = {
    Role.CENTER_BOLD: "title",
    Role.HEADLINE: "headline",
    Role.HEADING: "heading",
    Role.SUBHEADING: "heading",
    Role.TEXT: "paragraph",
}
_FIRST_WORDS = 6  # a block is named by its first words


def placeholder_findings(
    amendment: Amendment, blocks: list[Block], paragraphs: list[PlainParagraph]
) -> list[Finding]:
    """An error for each placeholder the notice prints: by its item where it is in a change's
    heading or paragraph, by the filing detail that holds it, else by the notice's part that
    prints it and the wording file it comes from."""
    findings: list[Finding] = []
    said: set[str] = set()
    read_again: set[str] = set()  # counsel's paragraphs to read again: said by that check
    items = amendment.change_items  # made anew on each reading: read once, not per paragraph
    for paragraph in paragraphs:
        index = paragraph.items[0] if paragraph.writer is None else paragraph.writer
        stale = items[index].stale_plain
        if stale:
            read_again.add(Block(Role.TEXT, paragraph.text).text)  # as the notice sets it
        parts = [("heading over the plain paragraph", paragraph.heading)]
        parts += [("plain paragraph", "" if stale else f"{paragraph.text} {paragraph.places}")]
        for where, text in parts:
            for mark in placeholders(text):
                said.add(mark)
                message = (
                    f"item {letter(index)}: the notice's {where} still has a placeholder for "
                    f"counsel, {mark}; write it before export"
                )
                findings.append(Finding(ERROR, PLACEHOLDER, message, index))
    for name, text in counsel_written(amendment).items():
        for mark in placeholders(text):
            said.add(mark)
            findings.append(Finding(ERROR, PLACEHOLDER, f"{name} still has a placeholder, {mark}"))
    for block in blocks:
        if block.role not in _WRITTEN or block.text in read_again:
            continue
        for mark in placeholders(block.text):
            if mark in said:
                continue
            said.add(mark)
            where = _place(amendment, block)
            findings.append(Finding(ERROR, PLACEHOLDER, f"{where} still has a placeholder, {mark}"))
    return findings


def _place(amendment: Amendment, block: Block) -> str:
    """The notice's part that prints a block, as counsel finds it: a memo line by its label
    and the filing detail it comes from, any other by its kind, its first words and the
    wording file whose sentence it is."""
    if block.role is Role.MEMO:
        return f"the notice's “{block.label.rstrip(':')}” line (filing details)"
    shown = cut_closed(block.text.split(), _FIRST_WORDS, " …")
    kind = _PLACES.get(block.role, "text")
    return f"the notice's {kind} “{shown}” (wording file {amendment.wording.name}.toml)"
