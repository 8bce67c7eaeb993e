"""Checks of the plain employee notice: every change has its paragraph, no placeholder for
counsel is left (export refuses while one is), and the words written for employees read
plainly. Text quoted from the filing is never judged here: it must stay as filed. What
export refuses for, and says to do, is in export_refusal.py (re-exported here).
"""

from __future__ import annotations

from amendtool.core.amendment import Amendment
from amendtool.core.checks import ERROR, WARNING, Finding
from amendtool.core.cut_quotes import cut_closed
from amendtool.core.export_refusal import (
    PLACEHOLDER,
    READ_AGAIN,
    export_advice,
    export_refusal,
)
from amendtool.core.filing_document import notice_blocks
from amendtool.core.items import letter
from amendtool.core.layout import Block, Role
from amendtool.core.notice_placeholders import placeholder_findings
from amendtool.core.offer_zone import offer_deadline
from amendtool.core.plain_change_told import check_change_told
from amendtool.core.plain_deadline_names import check_deadline_names
from amendtool.core.plain_english import passive_phrases, passive_said, plain_rules, readability
from amendtool.core.plain_figure_claims import check_figure_claims
from amendtool.core.plain_groups import fact_key
from amendtool.core.plain_notice import PlainParagraph, plain_paragraphs
from amendtool.core.plain_paragraph_bounds import check_counsels_paragraphs
from amendtool.core.plain_readability import (
    PLAIN_ROLES,
    counsel_fields,
    paragraph_grades,
    plain_parts,
)
from amendtool.core.plain_review import CHANGE_KINDS, PlainProblem, paragraph_problems
from amendtool.core.plain_rights import check_pay_unchanged, check_rights_unchanged
from amendtool.core.plain_row_move_check import check_moved_rows_said
from amendtool.core.plain_row_pairs import check_row_pairs
from amendtool.core.plain_sentence_move_check import check_moved_sentences_said
from amendtool.core.plain_shared import check_shared_written
from amendtool.core.plain_summary import placeholders
from amendtool.core.plain_swaps import swap_notes
from amendtool.core.plain_table_facts import counsel_problems
from amendtool.core.weekday_checks import check_weekdays

__all__ = [
    "PLACEHOLDER",
    "READ_AGAIN",
    "check_plain_notice",
    "export_advice",
    "export_refusal",
    "offers_deadline",
    "placeholders_removed",
]


def check_plain_notice(amendment: Amendment) -> list[Finding]:
    blocks = notice_blocks(amendment)
    paragraphs = plain_paragraphs(amendment)
    return [
        *_coverage(amendment, blocks, paragraphs),
        *placeholder_findings(amendment, blocks, paragraphs),
        *_stale(amendment, paragraphs),
        *_counsels_facts(amendment),
        *check_shared_written(amendment),  # counsel's words on a shared paragraph, unprinted
        *check_row_pairs(amendment),  # the notice's: a figure pair no row of the table changes
        *check_deadline_names(amendment),  # the expiration called the withdrawal deadline
        *check_counsels_paragraphs(amendment.change_items),
        *check_rights_unchanged(amendment),  # only a clarifying change leaves rights alone
        *check_pay_unchanged(amendment),  # nor does a change of the price leave it alone
        *check_moved_rows_said(amendment),  # a row moved is never added nor taken out
        *check_moved_sentences_said(amendment),  # nor is a sentence moved
        *check_change_told(amendment),  # nor is an insertion told as taken out
        *check_weekdays(amendment),  # a weekday its date does not fall on
        *check_figure_claims(amendment),  # another owner, or a condition as each one's least
        *_plainness(amendment, blocks, paragraphs),
    ]


def _stale(amendment: Amendment, paragraphs: list[PlainParagraph]) -> list[Finding]:
    """Counsel's paragraph written for an earlier version of a change: kept, not used. Where
    the tool's paragraph used meanwhile still has a placeholder, this is what stops export:
    said as it is (counsel's words, to read again and keep), never as a placeholder to write
    (_placeholders leaves that paragraph to this check)."""
    # every item a paragraph with a placeholder speaks for, and the one whose words it is:
    # a stale paragraph of one change of several said together was read as written
    unwritten = {
        i
        for p in paragraphs
        if placeholders(p.text)
        for i in (*p.items, *(() if p.writer is None else (p.writer,)))
    }
    findings = []
    for index, item in enumerate(amendment.change_items):
        if not item.stale_plain:
            continue
        words = _opening(item.plain_override)
        how = (
            "Keep This Paragraph on the Plain paragraph tab, or amendtool plain PROJECT "
            f'{letter(index)} --text "…"'
        )
        if index in unwritten:
            message = (
                f"item {letter(index)}: counsel's plain paragraph ({words}) is to be read "
                "again: it was written before this change last changed; read it again and keep "
                f"it ({how}) before export"
            )
            findings.append(Finding(ERROR, READ_AGAIN, message, index))
            continue
        message = (
            f"item {letter(index)}: counsel's plain paragraph ({words}) was written before this "
            "change last changed, so the notice uses the tool's; read it again and keep it "
            f"({how})"
        )
        findings.append(Finding(WARNING, READ_AGAIN, message, index))
    return findings


def _opening(text: str | None, most: int = 12) -> str:
    """Counsel's words as the message quotes them: the first few, so that counsel knows the
    paragraph kept is theirs (never a paragraph dropped without a word)."""
    shown = cut_closed((text or "").split(), most, " …")
    return f"\u201c{shown}\u201d"


def _counsels_facts(amendment: Amendment) -> list[Finding]:
    """Counsel's plain paragraph that states the old value as the new, or a value the change
    does not contain (the Plain tab shows the same under its editor)."""
    from amendtool.core.plain_replaced_values import replaced_by_others, replaced_values

    items = amendment.change_items
    written = [(n, i, i.plain_summary) for n, i in enumerate(items) if i.plain_summary is not None]
    if not written:
        return []  # the figures every change replaces are read only for counsel's words
    deadline = offers_deadline(amendment)
    offer = [p.text for p in amendment.revised.paragraphs()]
    replaced = replaced_values(items)
    findings = []
    for index, item, paragraph in written:
        old_values = replaced_by_others(item, index, replaced, offer)
        known = replaced_by_others(item, index, replaced, offer, past_too=True)
        for problem in counsel_problems(item, paragraph, deadline, offer):
            if any(f"states {printed}, which neither" in problem.text for printed in known):
                continue  # another change's old value: said below where told as holding
            message = f"item {letter(index)}: counsel's plain paragraph {problem.text}"
            severity = ERROR if problem.wrong else WARNING
            findings.append(Finding(severity, "plain_facts", message, index))
        for printed, (other, new) in old_values.items():
            message = (
                f"item {letter(index)}: counsel's plain paragraph states {printed}, the value "
                f"item {letter(other)} replaces with {new}, as if it still held"
            )
            findings.append(Finding(ERROR, "plain_facts", message, index))
    return findings


def offers_deadline(amendment: Amendment) -> str:
    """The offer's deadline as the notice states it: a plain paragraph may name it."""

    return offer_deadline(amendment, amendment.filing.expiration_local, weekday=True)


def _coverage(
    amendment: Amendment, blocks: list[Block], paragraphs: list[PlainParagraph]
) -> list[Finding]:
    """Every change has a plain paragraph, and no change is said twice: an item is in more
    than one paragraph only where each says another of the changes it makes (one change
    made in several places is said once, naming them)."""
    seen: dict[int, int] = {}
    for block in blocks:
        if block.role is Role.SUBHEADING:
            for index in block.items:
                seen[index] = seen.get(index, 0) + 1
    findings = []
    for index in range(len(amendment.change_items)):
        count = seen.get(index, 0)
        if count > 1 and _says_each_change_once(amendment, index, paragraphs):
            continue
        if count != 1:
            problem = "has no plain paragraph" if not count else f"has {count} plain paragraphs"
            step = "tell it" if not count else "tell it once"
            how = (
                "write its paragraph on the Plain paragraph tab, or amendtool plain PROJECT "
                f'{letter(index)} --text "…"'
            )
            message = f"item {letter(index)} {problem} in the notice: {how}, to {step}"
            findings.append(Finding(ERROR, "plain_paragraph", message, index))
    return findings


def _says_each_change_once(
    amendment: Amendment, index: int, paragraphs: list[PlainParagraph]
) -> bool:
    item = amendment.change_items[index]
    said: list[tuple[str, str, str]] = []
    for paragraph in paragraphs:
        if index in paragraph.items:
            if not paragraph.summary.facts:
                return False  # a whole paragraph on the item, and another besides
            said += [fact_key(item, c) for c in paragraph.summary.facts]
    return len(said) == len(set(said))


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
    for problem in paragraph_problems(" ".join(own)):
        findings.append(_warning(f"the plain notice's wording file: {problem.message}", None))
    for paragraph in paragraphs:
        text = " ".join(placeholders_removed(paragraph.text, paragraph.places))
        said = paragraph_problems(text, CHANGE_KINDS)
        said += [  # quoted as written, brackets and all
            PlainProblem("passive", passive_said(sentence, phrases))
            for sentence, phrases in passive_phrases(f"{paragraph.text} {paragraph.places}")
        ]
        for problem in said:
            index = paragraph.items[0]
            label = f"item {letter(index)}: the notice's plain paragraph"
            findings.append(_warning(f"{label}: {problem.message}", index))
    for name, text in counsel.items():
        for problem in paragraph_problems(text):
            findings.append(_warning(f"{name}: {problem.message}", None))
    return findings + swap_notes(amendment) + paragraph_grades(blocks, paragraphs, counsel)


def placeholders_removed(*texts: str) -> list[str]:
    out = []
    for text in texts:
        for mark in placeholders(text):
            text = text.replace(mark, "")
        out.append(text)
    return out


def _warning(message: str, item: int | None) -> Finding:
    return Finding(WARNING, "plain_english", message, item)
