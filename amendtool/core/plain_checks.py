"""Checks of the plain employee notice: every change has its paragraph, no placeholder for
counsel is left (export refuses while one is), and the words written for employees read
plainly. Text quoted from the filing is never judged here: it must stay as filed.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from amendtool.core.amendment import Amendment
from amendtool.core.checks import ERROR, WARNING, Finding
from amendtool.core.expiration_checks import DISAGREES
from amendtool.core.filing_document import notice_blocks
from amendtool.core.items import letter
from amendtool.core.layout import Block, Role
from amendtool.core.plain_english import (
    PlainProblem,
    legal_words,
    plain_rules,
    readability,
    review,
)
from amendtool.core.plain_notice import PlainParagraph, plain_paragraphs
from amendtool.core.plain_paragraph_grades import paragraph_grades
from amendtool.core.plain_summary import placeholders
from amendtool.core.timekeeping import deadline_phrase

PLACEHOLDER = "placeholder"  # the finding's code: export refuses while one is left
PLAIN_ROLES = (Role.HEADLINE, Role.HEADING, Role.SUBHEADING, Role.TEXT)
# the grade of each paragraph: plain_paragraph_grades
_PARAGRAPH_KINDS = ("long_sentence", "passive", "legal_word")


def export_refusal(findings: list[Finding]) -> str | None:
    """Why export must not go on, whatever counsel has weighed: a placeholder for counsel is
    never meant to reach employees (names the items whose paragraphs are still to write),
    and no output may state an expiration the offer does not."""
    reasons = []
    if any(f.code == DISAGREES and f.severity == ERROR for f in findings):
        reasons.append(
            "the filing details and the offer state different expirations; make them the "
            "same (offer.expiration, or the offer's text)"
        )
    unfinished = list(dict.fromkeys(f.label for f in findings if f.code == PLACEHOLDER))
    if unfinished:
        reasons.append(
            "the employee notice still has a placeholder for counsel in "
            f"{', '.join(unfinished)}; write those paragraphs first"
        )
    return f"export refused: {'; and '.join(reasons)}" if reasons else None


def plain_parts(blocks: list[Block]) -> list[str]:
    """The texts of a plain notice written for employees (not the items quoted as filed)."""
    return [b.text for b in blocks if b.role in PLAIN_ROLES]


def check_plain_notice(amendment: Amendment) -> list[Finding]:
    blocks = notice_blocks(amendment)
    paragraphs = plain_paragraphs(amendment)
    return [
        *_coverage(amendment, blocks),
        *_placeholders(amendment, paragraphs),
        *_stale(amendment),
        *_counsels_facts(amendment),
        *_plainness(amendment, blocks, paragraphs),
    ]


def _stale(amendment: Amendment) -> list[Finding]:
    """Counsel's paragraph written for an earlier version of a change: kept, not used."""
    return [
        Finding(
            WARNING,
            "plain_stale",
            f"item {letter(index)}: counsel's plain paragraph was written before this change "
            "last changed, so the notice uses the tool's; read it again and keep it (the Plain "
            f'paragraph tab, or amendtool plain PROJECT {letter(index)} --text "…")',
            index,
        )
        for index, item in enumerate(amendment.change_items)
        if item.stale_plain
    ]


def _counsels_facts(amendment: Amendment) -> list[Finding]:
    """Counsel's plain paragraph that states the old value as the new, or a value the change
    does not contain (the Plain tab shows the same under its editor)."""
    from amendtool.core.changes import item_texts
    from amendtool.core.plain_contradictions import contradictions

    deadline = offers_deadline(amendment)
    findings = []
    for index, item in enumerate(amendment.change_items):
        if item.plain_summary is None:
            continue
        for problem in contradictions(*item_texts(item), item.plain_summary, deadline):
            message = f"item {letter(index)}: counsel's plain paragraph {problem}"
            findings.append(Finding(WARNING, "plain_facts", message, index))
    return findings


def offers_deadline(amendment: Amendment) -> str:
    """The offer's deadline as the notice states it: a plain paragraph may name it."""
    from amendtool.core.timekeeping import deadline_phrase

    return deadline_phrase(amendment.filing.expiration_local, weekday=True)


def counsel_fields(amendment: Amendment) -> dict[str, str]:
    """The notice's sentences that come from the filing details, by what counsel calls them."""
    f = amendment.filing
    return {
        "the notice's explanation (filing details)": f.notice_explanation,
        "the notice's delivery paragraph (filing details)": f.notice_delivery,
        "the notice's contact (filing details)": f.notice_contact,
    }


def _coverage(amendment: Amendment, blocks: list[Block]) -> list[Finding]:
    """Every change has a plain paragraph, and only one."""
    seen: dict[int, int] = {}
    for block in blocks:
        if block.role is Role.SUBHEADING:
            for index in block.items:
                seen[index] = seen.get(index, 0) + 1
    findings = []
    for index in range(len(amendment.change_items)):
        count = seen.get(index, 0)
        if count != 1:
            problem = "has no plain paragraph" if not count else f"has {count} plain paragraphs"
            findings.append(
                Finding(
                    ERROR, "plain_paragraph", f"item {letter(index)} {problem} in the notice", index
                )
            )
    return findings


def _placeholders(amendment: Amendment, paragraphs: list[PlainParagraph]) -> list[Finding]:
    findings = []
    for paragraph in paragraphs:
        for mark in placeholders(paragraph.text):
            index = paragraph.items[0]
            findings.append(
                Finding(
                    ERROR,
                    PLACEHOLDER,
                    f"item {letter(index)}: the notice's plain paragraph still has a "
                    f"placeholder for counsel, {mark}; write it before export",
                    index,
                )
            )
    for name, text in counsel_fields(amendment).items():
        for mark in placeholders(text):
            findings.append(Finding(ERROR, PLACEHOLDER, f"{name} still has a placeholder, {mark}"))
    return findings


def _plainness(
    amendment: Amendment, blocks: list[Block], paragraphs: list[PlainParagraph]
) -> list[Finding]:
    rules = plain_rules()
    score = readability(plain_parts(blocks))
    findings = []
    if score.grade > rules.grade:
        findings.append(
            _warning(
                f"the plain notice reads at grade {score.grade:.1f} (at most {rules.grade:g}): "
                "use shorter sentences and everyday words",
                None,
            )
        )
    if score.average_sentence > rules.average_sentence:
        findings.append(
            _warning(
                f"the plain notice's sentences average {score.average_sentence:.0f} words "
                f"(at most {rules.average_sentence:g}): split the long ones",
                None,
            )
        )
    counsel = counsel_fields(amendment)
    own = []
    for block in blocks:
        if block.role in PLAIN_ROLES and not block.items:
            text = block.text
            for written in counsel.values():
                text = text.replace(written, "") if written else text
            own.append(text)
    for problem in _paragraph_problems(" ".join(own)):
        findings.append(_warning(f"the plain notice's wording file: {problem.message}", None))
    for paragraph in paragraphs:
        text = " ".join(placeholders_removed(paragraph.text, paragraph.places))
        for problem in _paragraph_problems(text):
            index = paragraph.items[0]
            label = f"item {letter(index)}: the notice's plain paragraph"
            findings.append(_warning(f"{label}: {problem.message}", index))
    for name, text in counsel.items():
        for problem in _paragraph_problems(text):
            findings.append(_warning(f"{name}: {problem.message}", None))
    return findings + paragraph_grades(blocks, paragraphs, counsel)


def placeholders_removed(*texts: str) -> list[str]:
    out = []
    for text in texts:
        for mark in placeholders(text):
            text = text.replace(mark, "")
        out.append(text)
    return out


def _paragraph_problems(text: str) -> list[PlainProblem]:
    return [p for p in review([text]) if p.kind in _PARAGRAPH_KINDS] if text.strip() else []


def _warning(message: str, item: int | None) -> Finding:
    return Finding(WARNING, "plain_english", message, item)


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
    deadline = deadline_phrase(amendment.filing.expiration_local, weekday=True)
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
