"""How the plain notice reads, part by part: which of its blocks are written for employees
(never the items quoted as filed), which sentences come from counsel's filing details, the
reading grade of each paragraph against the limit of the plain-English settings
(resources/plain/legal_words.toml), and the measures the readability benchmark prints.

The grade of the notice as a whole can stay within the limit while one dense paragraph,
perhaps the one an employee needs, does not: each such paragraph is a finding that names
it, as counsel would look for it.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from amendtool.core.amendment import Amendment
from amendtool.core.cut_quotes import cut_closed
from amendtool.core.filing_document import notice_blocks
from amendtool.core.findings import WARNING, Finding
from amendtool.core.items import letter
from amendtool.core.layout import Block, Role
from amendtool.core.offer_zone import offer_deadline
from amendtool.core.plain_english import legal_words, plain_rules, readability
from amendtool.core.plain_notice import PlainParagraph, plain_paragraphs
from amendtool.core.plain_summary import placeholders
from amendtool.core.plain_swaps import counsel_printed

PLAIN_ROLES = (Role.HEADLINE, Role.HEADING, Role.SUBHEADING, Role.TEXT)

_FIRST_WORDS = 5  # a paragraph without an item is named by its first words
_ADVICE = "use shorter sentences and everyday words"


def paragraph_grades(
    blocks: list[Block], paragraphs: list[PlainParagraph], counsel: dict[str, str]
) -> list[Finding]:
    """A warning for each plain paragraph that reads above the grade limit: a change's
    paragraph (with the places it was made) by its item, any other by its first words and
    the filing details it holds. Text quoted from the filing is never judged."""
    rules = plain_rules()
    limit = rules.grade
    findings = []
    for paragraph in paragraphs:
        # the places a change made in several places was made are part of the tool's
        # paragraph; counsel's words are graded as counsel wrote them, and the one place of
        # a change alone is the tool's fixed line
        alone = len(paragraph.items) == 1 or paragraph.summary.counsel
        # (alone: its text as the notice's grade read it, one split for both)
        text = _bare(paragraph.text if alone else f"{paragraph.text} {paragraph.places}")
        if _too_short(text, rules.graded_paragraph):
            continue
        score = readability([text])
        if score.grade > limit and score.words >= rules.graded_paragraph:
            grade = score.grade
            index = paragraph.items[0]
            message = (
                f"item {letter(index)}: the notice's plain paragraph reads at grade "
                f"{grade:.1f} (at most {limit:g}): {_ADVICE}"
            )
            findings.append(Finding(WARNING, "plain_english", message, index))
    for block in blocks:
        if block.role is not Role.TEXT or block.items:
            continue
        if _too_short(_bare(block.text), rules.graded_paragraph):
            continue
        score = readability([_bare(block.text)])
        if score.grade > limit and score.words >= rules.graded_paragraph:
            grade = score.grade
            held = [name for name, text in counsel.items() if text and text in block.text]
            holds = f" ({', '.join(held)})" if held else ""
            message = (
                f"the plain notice's paragraph beginning “{_first_words(block.text)}”{holds} "
                f"reads at grade {grade:.1f} (at most {limit:g}): {_ADVICE}"
            )
            findings.append(Finding(WARNING, "plain_english", message))
    return findings


def _too_short(text: str, graded: int) -> bool:
    """Fewer words, space to space, than a paragraph needs for its own grade: the words the
    grade counts (a quotation one word, an address "us") are never more, so the paragraph is
    not split into sentences and counted to know it."""
    return len(text.split()) < graded


def _bare(text: str) -> str:
    """The paragraph without its placeholders for counsel: they are instructions, not the
    words employees will read."""
    for mark in placeholders(text):
        text = text.replace(mark, "")
    return text


def _first_words(text: str) -> str:
    return cut_closed(text.split(), _FIRST_WORDS, " …")


def plain_parts(blocks: list[Block]) -> list[str]:
    """The texts of a plain notice written for employees (not the items quoted as filed)."""
    return [b.text for b in blocks if b.role in PLAIN_ROLES]


def counsel_fields(amendment: Amendment) -> dict[str, str]:
    """The notice's sentences that come from the filing details, by what counsel calls them,
    as the notice prints them (the plain notice in everyday words where the firm's list
    swaps one: plain_swaps.py)."""
    return counsel_printed(amendment)


@dataclass(frozen=True)
class NoticeReading:
    """How the plain notice reads, for the benchmark and its test."""

    grade: float
    average_sentence: float
    longest_sentence: int
    sentences: int
    own_legal_words: tuple[str, ...]  # in the sentences the tool wrote
    counsel_legal_words: tuple[str, ...]  # in counsel's sentences from the filing details
    names_deadline: bool  # with day, date, time and zone
    placeholders: int


def notice_reading(amendment: Amendment) -> NoticeReading:
    plain = dataclasses.replace(amendment.filing, notice_style="plain")
    amendment = dataclasses.replace(amendment, filing=plain)
    parts = plain_parts(notice_blocks(amendment))
    score = readability(parts)
    counsel = [t for t in counsel_fields(amendment).values() if t]
    own = []
    for text in parts:
        for written in counsel:
            text = text.replace(written, "")
        own.append(text)
    deadline = offer_deadline(amendment, amendment.filing.expiration_local, weekday=True)
    return NoticeReading(
        score.grade,
        score.average_sentence,
        score.longest_sentence,
        score.sentences,
        tuple(w for t in own for w, _ in legal_words(t)),
        tuple(w for t in counsel for w, _ in legal_words(t)),
        any(deadline in text for text in parts),
        sum(len(placeholders(p.text)) for p in plain_paragraphs(amendment)),
    )
