"""The reading grade of each paragraph of the plain notice, against the grade limit of the
plain-English settings (resources/plain/legal_words.toml): the grade of the notice as a
whole can stay within the limit while one dense paragraph, perhaps the one an employee
needs, does not. Each finding names its paragraph, as counsel would look for it."""

from __future__ import annotations

from amendtool.core.findings import WARNING, Finding
from amendtool.core.items import letter
from amendtool.core.layout import Block, Role
from amendtool.core.plain_english import plain_rules, readability
from amendtool.core.plain_notice import PlainParagraph
from amendtool.core.plain_summary import placeholders

_FIRST_WORDS = 5  # a paragraph without an item is named by its first words
_ADVICE = "use shorter sentences and everyday words"


def paragraph_grades(
    blocks: list[Block], paragraphs: list[PlainParagraph], counsel: dict[str, str]
) -> list[Finding]:
    """A warning for each plain paragraph that reads above the grade limit: a change's
    paragraph (with the places it was made) by its item, any other by its first words and
    the filing details it holds. Text quoted from the filing is never judged."""
    limit = plain_rules().grade
    findings = []
    for paragraph in paragraphs:
        text = _bare(f"{paragraph.text} {paragraph.places}")
        grade = readability([text]).grade
        if grade > limit:
            index = paragraph.items[0]
            message = (
                f"item {letter(index)}: the notice's plain paragraph reads at grade "
                f"{grade:.1f} (at most {limit:g}): {_ADVICE}"
            )
            findings.append(Finding(WARNING, "plain_english", message, index))
    for block in blocks:
        if block.role is not Role.TEXT or block.items:
            continue
        grade = readability([_bare(block.text)]).grade
        if grade > limit:
            held = [name for name, text in counsel.items() if text and text in block.text]
            holds = f" ({', '.join(held)})" if held else ""
            message = (
                f"the plain notice's paragraph beginning “{_first_words(block.text)}”{holds} "
                f"reads at grade {grade:.1f} (at most {limit:g}): {_ADVICE}"
            )
            findings.append(Finding(WARNING, "plain_english", message))
    return findings


def _bare(text: str) -> str:
    """The paragraph without its placeholders for counsel: they are instructions, not the
    words employees will read."""
    for mark in placeholders(text):
        text = text.replace(mark, "")
    return text


def _first_words(text: str) -> str:
    words = text.split()
    return " ".join(words[:_FIRST_WORDS]) + (" …" if len(words) > _FIRST_WORDS else "")
