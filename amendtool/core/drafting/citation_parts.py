"""The parts of a citation read from a section's own text: the question a paragraph
answers, which of the section's tables holds a row, and the section's name as counsel
cite it."""

from __future__ import annotations

from collections.abc import Container

from amendtool.core.apply import TextSection
from amendtool.core.items import Locator
from amendtool.core.locate import answer_position
from amendtool.core.model import quoted_title


def note_answer(locator: Locator, paragraphs: list[str], index: int) -> None:
    position = answer_position(paragraphs, index)
    if position is not None:
        locator.question = position.question
        locator.answer_paragraph = position.paragraph
        locator.answer_count = position.count


def table_ordinal(
    origins: list[str | None], rows: set[str], index: int, notes: Container[str] = ()
) -> tuple[int, int]:
    """Which table of a section holds paragraph `index`, and how many tables it has; a
    note (`notes`) on a row is printed apart and does not end its table."""
    tables, ordinal = 0, 0
    previous: str | None = None  # the last paragraph before, notes aside
    for position, key in enumerate(origins):
        if key in rows and previous not in rows:
            tables += 1
        if key not in notes:
            previous = key
        if position == index:
            ordinal = tables
    return ordinal, tables


def table_caption(
    origins: list[str | None], rows: set[str], captions: dict[str, str], index: int
) -> str | None:
    """The caption line printed just above the table holding paragraph `index`, if any."""
    start = index
    while start > 0 and origins[start - 1] in rows:
        start -= 1
    above = origins[start - 1] if start > 0 else None
    return captions.get(above) if above is not None else None


def section_name(section: TextSection, capitals: frozenset[str] = frozenset()) -> str:
    """As counsel cite it; `capitals`: the words the offer's text writes in capitals."""
    if section.kind == "front":
        return section.title or "Cover Page"
    title = quoted_title(section.title, capitals)
    if section.kind != "numbered":
        return title
    return f"{section.numbered_as} {section.number}. {title}"


def title_line(
    locator: Locator, origins: list[str | None], titles: set[str], key: str | None
) -> None:
    """A line of the cover's title is cited by its place in the title."""
    lines = [k for k in origins if k in titles]
    if key in lines:
        locator.title_line, locator.title_count = lines.index(key) + 1, len(lines)
    elif lines:  # a paragraph of a cover that prints a title above it
        locator.title_count = len(lines)
