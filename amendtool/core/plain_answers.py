"""The plain notice's opening answers, and the checks that read them against counsel's view of the
changes.

The plain notice's opening: the answers first (do you need to do anything, is your earlier
election still valid, is the deadline the same), said by what the changes do.

The plain notice's opening answers read against counsel's view of the changes.

The answers follow each item's class: a lowered threshold or a new ratio asks employees to
review their election ("because we changed the terms of the offer"). Counsel's class wins:
a change counsel classes clarifying is not told to employees as new terms; one that makes
more awards eligible still tells the newly eligible to act. Where the explanation says the
changes only clarify but an item still changes the terms, the check names the item."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from amendtool.core.amendment import Amendment
from amendtool.core.built_once import built_once, built_value
from amendtool.core.expirations import printed_day
from amendtool.core.filing_fields import named
from amendtool.core.findings import WARNING, Finding
from amendtool.core.items import Materiality, letter
from amendtool.core.layout import Block, Role
from amendtool.core.offer_names import audience
from amendtool.core.offer_zone import offer_deadline
from amendtool.core.plain_eligibility import eligibility_ways
from amendtool.core.plain_facts import FactChange, fact_changes
from amendtool.core.plain_meanings import narrows, widens
from amendtool.core.plain_notice import notice_words
from amendtool.core.same_dates import states_day
from amendtool.core.segment import sentences
from amendtool.core.templates import fill


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
    sought: holders weigh their election again (the firm's words). The item's class
    decides, counsel's where counsel chose one; a wider eligibility classed clarifying still
    tells the newly eligible to act, without saying the terms changed."""
    changed = bool(terms_changed_by(amendment))
    answers = "_terms" if changed and "action_answer_terms" in w else ""
    with built_once():  # narrower, then wider: the offer read once for both
        if answers and "action_answer_narrower" in w and eligibility_moved(amendment, narrows):
            answers = "_narrower"  # an earlier election no longer counts for all it covered
        elif answers and "action_answer_wider" in w and widens_eligibility(amendment):
            answers = "_wider"  # only then are some readers newly eligible
        elif not answers and "action_answer_newly_eligible" in w and widens_eligibility(amendment):
            answers = "_newly_eligible"  # counsel classes it clarifying: no new terms are said
    # every change read for a cap only where the wording can tell holders of proration
    cap = capped_by(amendment) if answers and "election_answer_prorated" in w else None
    if cap is not None:
        answers = "_prorated"  # a tender still counts, but may no longer be bought in full
        terms = {**terms, "cap": cap}
    return [
        Block(Role.SUBHEADING, w["action_question"]),
        Block(
            Role.TEXT, w.get(f"action_answer{answers}", w["action_answer_terms"]).format(**terms)
        ),
        Block(Role.SUBHEADING, w["election_question"]),
        Block(Role.TEXT, w[f"election_answer{answers}"].format(**terms)),
    ]


def capped_by(amendment: Amendment) -> str | None:
    """The cap a change puts on the securities sought ("up to $150,000,000"), if any."""
    from amendtool.core.changes import item_texts
    from amendtool.core.materiality_caps import cap_change

    for item in amendment.change_items:
        cap = cap_change(*item_texts(item))
        if cap is not None and cap.capped:
            return cap.new
    return None


def widens_eligibility(amendment: Amendment) -> bool:
    """Whether a change makes more awards or more people eligible (a lower minimum price, a
    later grant-date cut-off, a country added to who may take part): a worse ratio or a
    higher price never tells anyone they are newly eligible."""
    return eligibility_moved(amendment, widens)


def eligibility_moved(amendment: Amendment, way: Callable[[FactChange], bool]) -> bool:
    """Whether a change of the notice moves eligibility `way` (widens, narrows), by its
    figures or by its words."""
    sign = 1 if way is widens else -1
    ways, facts = _eligibility_read(amendment)
    return sign in ways or any(way(c) for said in facts for c in said)


def _eligibility_read(amendment: Amendment) -> tuple[frozenset[int], list[list[FactChange]]]:
    """The ways (+1, -1) the changes' words and whole sentences move eligibility, and the
    facts each plain paragraph tells (counsel's: those its items alter). The opening asks
    whether eligibility narrows and then whether it widens: the offer is read once for both
    (its whole text joined, every item's words compared)."""

    def read() -> tuple[frozenset[int], list[list[FactChange]]]:
        from amendtool.core.plain_notice import plain_paragraphs

        items, original, revised = amendment.change_items, amendment.original, amendment.revised
        ways = eligibility_ways(items, original, revised)  # "… in Canada are not eligible." put in
        facts = []
        for paragraph in plain_paragraphs(amendment):
            said = list(paragraph.summary.facts)
            if paragraph.summary.counsel:  # counsel's words: the facts the items alter
                altered = [items[i] for i in paragraph.items]
                said = [c for i in altered for c in fact_changes(i.old_text, i.new_text)[0]]
            facts.append(said)
        return ways, facts

    return built_value(amendment, "plain_answers:eligibility", read)


def deadline_answer(amendment: Amendment) -> str:
    """Whether the deadline is the same, said as the offer's own text shows it."""
    w = amendment.wording.plain_notice
    moment = amendment.filing.expiration_local
    phrase = offer_deadline(amendment, moment, weekday=True)
    day = printed_day(moment)
    for item in amendment.change_items:
        if not (item.old_text and item.new_text):
            continue
        for change in fact_changes(item.old_text, item.new_text)[0]:
            if change.label != "deadline":
                continue
            if states_day(change.new, day) and not states_day(change.old, day):
                return fill(w["deadline_changed"], deadline=phrase, old_deadline=change.old)
            # the offer moves its deadline, but not to the one in the filing details: say
            # only what the filing details say (the timing check compares the two)
            return fill(w["deadline_unknown"], deadline=phrase)
    original = " ".join(p.text for p in amendment.original.paragraphs())
    if states_day(original, day):  # "ON FRIDAY, JULY 10, 2026"
        return fill(w["deadline_same"], deadline=phrase)
    return fill(w["deadline_unknown"], deadline=phrase)


def check_notice_answers(amendment: Amendment, claim: str | None) -> list[Finding]:
    """`claim`: the words with which the amendment's explanation says its changes only
    clarify (None when it does not). The answers follow each item's class, counsel's where
    counsel chose one: what is left to say is where the notice and the explanation part."""
    if amendment.filing.notice_style != "plain" or "action_answer_terms" not in notice_words(
        amendment
    ):
        return []
    if amendment.kind == "extension" and amendment.extended_from is not None:
        return []  # an extension's answers state the new deadline, not the terms
    readers = audience(
        amendment.wording, amendment.filing.document_title, amendment.filing.notice_to
    )
    findings = []
    for index in terms_changed_by(amendment):
        if claim is not None:
            findings.append(_against_claim(amendment, index, claim, readers))
    return findings


def _against_claim(amendment: Amendment, index: int, claim: str, readers: str) -> Finding:
    """The notice says the terms changed (the item's class is consideration), but the
    explanation says the changes only clarify; what counsel has already decided is not
    asked for again."""
    item = amendment.change_items[index]
    explanation = named("notice", "explanation")
    if item.counsel_materiality:
        why, fix = "counsel classes it consideration", f"reword {explanation} so that it agrees"
    else:
        why = (
            "the rules find a change in the consideration or the securities sought "
            f"({item.materiality_reason})"
        )
        fix = f"classify the item, or reword {explanation}, so that they agree"
    return Finding(
        WARNING,
        "notice_answers",
        f"item {letter(index)}: the notice tells {readers} “{_terms_sentence(amendment)}” "
        f"because {why}, but the amendment's explanation says the changes only clarify "
        f"(“{claim}”): {fix}",
        index,
    )


def terms_changed_by(amendment: Amendment) -> list[int]:
    """The items whose change of the consideration or the securities sought makes the
    opening answers say the terms changed: their class, counsel's where counsel chose one
    (a change counsel classes clarifying is not told to employees as new terms)."""
    items = enumerate(amendment.change_items)
    return [n for n, i in items if i.materiality is Materiality.CONSIDERATION]


def _terms_sentence(amendment: Amendment) -> str:
    """The answer's sentence that says the terms changed (its first, else the whole)."""
    answer = str(notice_words(amendment)["action_answer_terms"])
    found = [s for s in sentences(answer) if "terms" in s.lower()]
    return (found or [answer])[0].removeprefix("Yes. ").strip()
