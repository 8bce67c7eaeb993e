"""The plain notice's opening: the answers first (do you need to do anything, is your earlier
election still valid, is the deadline the same), said by what the changes do.
"""

from __future__ import annotations

from typing import Any

from amendtool.core.amendment import Amendment
from amendtool.core.layout import Block, Role
from amendtool.core.plain_fact_sentences import widens
from amendtool.core.plain_facts import fact_changes
from amendtool.core.templates import fill
from amendtool.core.timekeeping import deadline_phrase


def opening_blocks(amendment: Amendment, w: dict[str, Any], terms: dict[str, str]) -> list[Block]:
    """The three questions and their answers: what to do, the earlier election, the deadline."""
    return [
        *election_blocks(amendment, w, terms),
        Block(Role.SUBHEADING, w["deadline_question"]),
        Block(Role.TEXT, deadline_answer(amendment)),
    ]


def election_blocks(amendment: Amendment, w: dict[str, Any], terms: dict[str, str]) -> list[Block]:
    """Whether to do anything and whether an earlier election stands (an extension that
    changes the terms asks them too). A change of the consideration or the securities
    sought: holders weigh their election again (the firm's words). What the change does
    decides, not counsel's class for the timing check (a wider eligibility classed
    clarifying still asks newly eligible holders to act); the checks name the
    contradiction (notice_answer_checks)."""
    from amendtool.core.notice_answer_checks import terms_changed_by

    changed = bool(terms_changed_by(amendment))
    answers = "_terms" if changed and "action_answer_terms" in w else ""
    if answers and "action_answer_wider" in w and widens_eligibility(amendment):
        answers = "_wider"  # only then are some readers newly eligible
    return [
        Block(Role.SUBHEADING, w["action_question"]),
        Block(Role.TEXT, w[f"action_answer{answers}"].format(**terms)),
        Block(Role.SUBHEADING, w["election_question"]),
        Block(Role.TEXT, w[f"election_answer{answers}"].format(**terms)),
    ]


def widens_eligibility(amendment: Amendment) -> bool:
    """Whether a change makes more awards eligible (a lower minimum price, a later grant-date
    cut-off): a worse ratio or a higher price never tells anyone they are newly eligible."""
    from amendtool.core.plain_notice import plain_paragraphs

    for paragraph in plain_paragraphs(amendment):
        facts = list(paragraph.summary.facts)
        if paragraph.summary.counsel:  # counsel's words: the facts the items alter
            items = [amendment.change_items[i] for i in paragraph.items]
            facts = [c for i in items for c in fact_changes(i.old_text, i.new_text)[0]]
        if any(widens(c) for c in facts):
            return True
    return False


def deadline_answer(amendment: Amendment) -> str:
    """Whether the deadline is the same, said as the offer's own text shows it."""
    w = amendment.wording.plain_notice
    moment = amendment.filing.expiration_local
    phrase = deadline_phrase(moment, weekday=True)
    printed_day = deadline_phrase(moment).rsplit(" on ", 1)[-1]
    for item in amendment.change_items:
        if not (item.old_text and item.new_text):
            continue
        for change in fact_changes(item.old_text, item.new_text)[0]:
            if change.label != "deadline":
                continue
            if printed_day in change.new and printed_day not in change.old:
                return fill(w["deadline_changed"], deadline=phrase, old_deadline=change.old)
            # the offer moves its deadline, but not to the one in the filing details: say
            # only what the filing details say (the timing check compares the two)
            return fill(w["deadline_unknown"], deadline=phrase)
    original = " ".join(p.text for p in amendment.original.paragraphs())
    if printed_day in " ".join(original.split()):
        return fill(w["deadline_same"], deadline=phrase)
    return fill(w["deadline_unknown"], deadline=phrase)
