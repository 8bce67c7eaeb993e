"""A proposed classification for every item, with its reason, from the firm's rules.

What an item changes (changes.py: facts by value, words, references) and what the changed
text is about (its question, table-row caption or section heading, recognised by their
words) decide between clarifying, material (5 business days) and a change in the
consideration or securities sought (10). Counsel's choice always wins (items.py).
Here: the item as a whole (its kind, its table rows, the section it is in) and the
proposals read together; what is clarifying is in materiality_clarifying.py, the decision
between material and consideration, and the expiration, in materiality_decisions.py.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from amendtool.core.amount_terms import named_by_captions, one_name_per_figure
from amendtool.core.changes import Change, compare, item_texts, unit_of, what_it_does
from amendtool.core.extension_deadlines import moved_with_the_extension
from amendtool.core.fact_names import updated_figures
from amendtool.core.items import (
    LEGACY,
    TABLE_KINDS,
    AmendmentItem,
    ItemKind,
    Materiality,
    letter,
    reworded_mark,
)
from amendtool.core.materiality_clarifying import (
    C,
    K,
    M,
    Proposal,
    clarifying_only,
    lower_first,
    only_addresses,
    reworded_question,
    where_to_find,
)
from amendtool.core.materiality_confirmations import forms_given
from amendtool.core.materiality_decisions import decide
from amendtool.core.materiality_deletions import section_taken_out
from amendtool.core.materiality_descriptions import (
    business_description,
    headcount,
    made_discretionary,
    market_note,
    misspelling,
)
from amendtool.core.materiality_examples import examples_of_changed_terms, worked_example
from amendtool.core.materiality_expiration import expiration_proposal, with_expiration
from amendtool.core.materiality_lists import moved_connectives
from amendtool.core.materiality_payments import paid_per_security
from amendtool.core.materiality_price_rows import price_history_row
from amendtool.core.materiality_renames import settled_renames
from amendtool.core.materiality_reversals import never_clarifying
from amendtool.core.materiality_rules import Rules, Subject, house_rules
from amendtool.core.materiality_tables import (
    changed_rows,
    heading_row,
    own_title,
    placed_apart_from_terms,
    section_words,
    weightiest_row,
)
from amendtool.core.moved_rows import moved_row_reasons
from amendtool.core.moved_sections import moved_reasons
from amendtool.core.moved_sentences import moved_sentence_reasons
from amendtool.core.named_years import as_names, plan_named
from amendtool.core.numbered_rows import only_renumbered
from amendtool.core.partial_acceptance import partial_acceptance
from amendtool.core.row_facts import item_fact_pairs
from amendtool.core.stated_names import with_stated_name
from amendtool.core.templates import fill
from amendtool.core.typography import fold_typography

if TYPE_CHECKING:
    from amendtool.core.ratio_reading import Reading

__all__ = ["Proposal", "propose", "propose_all"]
_SAME_CHANGE_KINDS = ("money", "percent", "ratio", "count")


def propose(item: AmendmentItem, rules: Rules | None = None) -> Proposal:
    rules = rules or house_rules()
    proposal = section_taken_out(item, _propose(item, rules), rules)
    proposal = never_clarifying(item, proposal, rules)  # a negation put in or taken out
    return with_stated_name(item, proposal)  # "Austin" → "Round Rock": a stated fact


def _propose(
    item: AmendmentItem, rules: Rules, headings: str = "", priced: bool = False
) -> Proposal:
    """`headings`: the column headings of the table a row is read under; `priced`: a
    changed cell of the row is under a column headed by the price the offer pays."""
    structural = _structural(item, rules)
    if structural is not None:
        return structural
    past = price_history_row(item)
    if past is not None:  # the market's past prices: Item 2 information, no term
        return past
    rows = changed_rows(item)
    headings_row = heading_row(item)
    if len(rows) > 1 or (rows and headings_row):
        return weightiest_row(item, rows, rules, _propose, headings_row)
    old, new = item_texts(item)
    change = as_names(compare(old, new, unit_of(item)))  # "2019 Plan": a name, no figure
    mistyped = misspelling(change)
    if mistyped is not None:  # only breaks a word: no term changes
        return mistyped
    caption = item.locator.row_caption or (rows[0][0] if rows else None)
    # a table's column headings say what its figures are; they are read to recognise the
    # offer's terms ("Portion of New RSUs vesting"), and otherwise the section decides
    # (not in a table printed under a section on something else: an officer's own options)
    apart = bool(headings or priced) and placed_apart_from_terms(item, rules)
    terms = (s for s in rules.subjects if s.kind == "terms" and s.words.search(headings))
    offer_terms = next(terms, None) if headings and not apart else None
    if offer_terms is None and priced and not apart:
        offer_terms = next((s for s in rules.subjects if s.kind == "terms"), None)
    if offer_terms is None:
        headings = ""
    contexts: tuple[str | None, ...] = (
        item.locator.question,
        caption,
        headings,
        section_words(item),
    )
    subject = rules.subject_of(*contexts[:2]) or (offer_terms if headings else None)
    titled = subject is None  # named by the section's title alone, if at all
    subject = subject or rules.subject_of(contexts[3])
    own = rules.own_subject([s for s in change.sentences or [change.text] if s.strip()])
    placed = subject  # what the section, question or row is about
    subject = own or subject
    by_title = titled and own is None and subject is not None and subject.kind == "material"
    if (
        by_title
        and subject is not None
        and (change.whole or not change.facts)
        and not subject.words.search(change.text)
    ):
        # known by its section's title alone: the reason says where the change is printed
        title = own_title(item) or subject.name
        reason = rules.placed_reason.format(name=subject.name, title=title)
        subject = dataclasses.replace(subject, reason=reason)
    terms_titled = titled and own is None and subject is not None and subject.kind == "terms"
    if terms_titled and _states_no_term(change, rules):
        subject, contexts = None, contexts[:3]  # the title classes no sentence by itself
    if item.locator.note and subject is not None and subject.kind == "terms":
        subject = None  # a note explains the terms (a definition, a source): read its words
    if subject is None or subject.informational:
        subject = where_to_find(change, rules) or subject
    if (subject is None or subject.kind != "terms") and paid_per_security(change, rules):
        subject = next((s for s in rules.subjects if s.kind == "terms"), subject)
    where = " ".join(filter(None, contexts))
    expiration = expiration_proposal(old, new, rules)
    if expiration is not None:
        return with_expiration(expiration, change, subject, rules, where)
    if own is not None and own.updating and not change.whole and change.facts:
        return Proposal(C, f"{own.reason}: {updated_figures(change)}")
    if (
        own is not None
        and own.updating
        and change.whole
        and (placed is None or placed.kind == "disclosure")
        and _only_about(own, change, rules)
    ):
        return Proposal(C, f"{own.reason}: {what_it_does(change)}")  # the telephone number added
    if only_addresses(change):
        return Proposal(rules.address_class, f"{rules.address_reason}: {updated_figures(change)}")
    partial = partial_acceptance(old, new)
    if partial is not None:  # "may accept some or all": what holders receive is not promised
        return partial
    narrowed = _narrowed_procedure(change, rules)
    clarifying = clarifying_only(change, subject, rules)
    if clarifying is not None:
        return narrowed or Proposal(C, clarifying)
    note = market_note(item, change, rules)
    if note is not None:  # prices of the past explained: no term of the offer
        return note
    counted = headcount(change, rules) or business_description(change, rules)
    if counted is not None:  # describes the company, not the offer
        return counted
    of_terms = subject.kind == "terms" if subject else rules.terms.search(change.text) is not None
    discretion = made_discretionary(change, rules, of_terms)
    if discretion is not None:  # "will grant" → "may grant": what holders receive
        return discretion
    example = worked_example(change, rules)
    if example is not None:  # an illustration of the terms, not one
        return example
    if of_terms and (plan := plan_named(change, rules)):  # "under our 2019 Equity Incentive Plan"
        return Proposal(K, f"{plan}: {what_it_does(change)}")
    decided = decide(change, subject, rules, where)
    if subject is not None and subject.updating and decided.materiality is not C:
        # words beyond the update (a right, a term): the update's own reason, which proposes
        # clarifying, is not the reason for this class
        reason = fill(rules.beyond_update, subject=subject.name, what=what_it_does(change))
        decided = dataclasses.replace(decided, reason=reason)
    position = rules.position_in(change.sentences or [change.old, change.new])
    if position and decided.materiality in (C, M):
        return Proposal(M, f"{position}: {what_it_does(change)}")
    if narrowed is not None and decided.materiality == C:
        return narrowed
    return decided


def _only_about(own: Subject, change: Change, rules: Rules) -> bool:
    """A whole sentence added or taken out speaks of nothing but `own` (the telephone
    number): no term of the offer, no other subject's words (a right to withdraw)."""
    if rules.terms.search(change.text):
        return False
    return not any(s is not own and s.words.search(change.text) for s in rules.subjects)


def _narrowed_procedure(change: Change, rules: Rules) -> Proposal | None:
    """Words taken out of or put in a sentence on how holders act, are notified or are bound
    ("oral or written notice" → "written notice"): at least material, never rewording."""
    if change.whole:
        return None
    sentences = change.sentences or [change.old, change.new]
    word = rules.narrows_a_procedure(sentences, change.added_words, change.removed_words)
    if word is None:
        return None
    return Proposal(M, f"{rules.procedure_reason} (“{word}”): {what_it_does(change)}")


def propose_all(
    items: list[AmendmentItem],
    rules: Rules | None = None,
    parties: tuple[str, ...] = (),
    offers: tuple[str, ...] = (),
    ratios: Reading | None = None,
    offer_texts: tuple[str, ...] | None = None,
) -> None:
    """Propose a class for every item; counsel's choices stay. Items from a project saved
    before proposals existed keep a class that differs from both the old default
    ("material") and the proposal: someone chose it, so it is counsel's. `parties`: the
    names the offer defines for the company (offer_names.py), read as one party; `ratios`:
    how the offer explains its bare "X for Y" ratios (ratio_reading.py); `offer_texts`: the
    offer's paragraphs, for the forms of consideration it gives."""
    rules = (rules or house_rules()).with_names(parties, offers, ratios)
    if offer_texts is not None:
        rules = rules.with_names((), (), given=forms_given(offer_texts, rules))
    proposals = [propose(item, rules) for item in items]

    def restated(item: AmendmentItem) -> tuple[Materiality, str]:
        proposal = propose(item, rules)
        return proposal.materiality, proposal.reason

    moves = moved_sentence_reasons(items) | moved_row_reasons(items)  # a row between items
    moves |= moved_reasons(items, restated)  # a section's first
    for index, (materiality, reason) in moves.items():
        proposals[index] = Proposal(materiality, reason)  # moved, not added and cut
    _same_change_as_consideration(items, proposals)
    moved_connectives(items, proposals)  # "; or" taken off (b) and put on (c)
    examples_of_changed_terms(items, proposals)
    _with_the_extension(items, proposals, rules)
    settled_renames(items, proposals)  # "the Tender Agent", as item A renames the Depositary
    named = named_by_captions(items, [p.reason for p in proposals])  # "Tender Consideration"
    named = one_name_per_figure(named)  # one figure, one name
    proposals = [dataclasses.replace(p, reason=r) for p, r in zip(proposals, named, strict=True)]
    for item, proposal in zip(items, proposals, strict=True):
        if item.materiality_source == LEGACY:
            if item.materiality not in (M, proposal.materiality):
                item.choose_materiality(item.materiality)
            else:
                item.materiality_source = ""
        item.propose_materiality(proposal.materiality, proposal.reason)


def _structural(item: AmendmentItem, rules: Rules) -> Proposal | None:
    if item.kind is ItemKind.FILE_EXHIBIT:
        return Proposal(C, "Files an exhibit; the offer's text is not changed")
    if item.kind in (ItemKind.RENUMBER_SECTIONS, ItemKind.RENUMBER_PARAGRAPHS):
        return Proposal(C, "Renumbering only")
    if item.kind in TABLE_KINDS and only_renumbered(item.old_text, item.new_text):
        return Proposal(C, "Renumbering only: the rows below a row put in or taken out")
    if item.kind is ItemKind.RETITLE_SECTION or reworded_question(item):
        key = "section" if item.kind is ItemKind.RETITLE_SECTION else "question"
        return Proposal(C, rules.heading_reasons.get(key, "A heading only"))
    if reworded_mark(item):
        return None  # its words changed: classed by what they say, as any change of words
    if item.kind is ItemKind.MAKE_HEADING:
        return Proposal(C, "Makes the paragraph a heading; its words do not change")
    if item.kind is ItemKind.MAKE_PARAGRAPH:
        return Proposal(C, "Makes the heading a paragraph of the text; its words do not change")
    if item.kind is ItemKind.MOVE_PARAGRAPH and fold_typography(item.old_text) == fold_typography(
        item.new_text or item.old_text
    ):
        if "\n\n" in item.old_text:  # a run moved together
            return Proposal(C, "Moves paragraphs to another place; their words do not change")
        return Proposal(C, "Moves a paragraph to another place; its words do not change")
    return None


def _states_no_term(change: Change, rules: Rules) -> bool:
    """An edit of a descriptive sentence printed under a title of the offer's terms ("The
    2015 Plan was adopted by our board in 2015" under "Eligibility"): no fact changed, and
    neither sentence has a word of the terms, of eligibility, of the consideration or of a
    right; nor is a form of consideration put in or taken out."""
    if change.whole or change.facts:
        return False
    said = change.sentences or [change.old, change.new]
    lists = (rules.terms, rules.eligibility, rules.consideration, rules.operative, rules.rights)
    if any(words.search(s) for words in lists for s in said):
        return False
    return not any(rules.forms.matches_word(w) for w in change.words)


def _same_change_as_consideration(items: list[AmendmentItem], proposals: list[Proposal]) -> None:
    """An amount changed in the offer's terms is the same change wherever else the offer
    restates it (a risk factor, the tax section): consideration there too."""
    lettered = [i for i in items if i.kind is not ItemKind.FILE_EXHIBIT]
    letters = {id(item): letter(n) for n, item in enumerate(lettered)}
    seen: dict[tuple[str, str, str], str] = {}
    for item, proposal in zip(items, proposals, strict=True):
        if proposal.change and proposal.change[0] in _SAME_CHANGE_KINDS and id(item) in letters:
            seen.setdefault(proposal.change, letters[id(item)])
    for index, (item, proposal) in enumerate(zip(items, proposals, strict=True)):
        if proposal.materiality is K or proposal.expiration or not seen:
            continue
        keys = item_fact_pairs(item)  # a table's figures paired within their rows
        source = next((seen[k] for k in sorted(keys) if k in seen), None)
        if source is not None:
            proposals[index] = Proposal(
                K, f"Restates the change in item {source}: {lower_first(proposal.reason)}"
            )


def _with_the_extension(
    items: list[AmendmentItem], proposals: list[Proposal], rules: Rules
) -> None:
    """Deadlines moved with the expiration are part of the extension (extension_deadlines)."""
    moved = [p.expiration for p in proposals]
    decided = [p.materiality is K for p in proposals]
    for index, reason in moved_with_the_extension(items, moved, decided, rules).items():
        proposals[index] = Proposal(rules.expiration_class, reason)
