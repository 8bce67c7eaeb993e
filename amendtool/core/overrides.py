"""Counsel's work carried across re-drafts: wording, classification and plain paragraph are
kept for every change that is still the same change; a plain paragraph for a change that
has since changed at the same place is kept too, marked stale (the checks name it)."""

from __future__ import annotations

from amendtool.core.items import AmendmentItem, ItemKind, Materiality, letter


def carry_overrides(previous: list[AmendmentItem], current: list[AmendmentItem]) -> int:
    """Give re-drafted items the wording and the classification (with counsel's reason) counsel
    chose for the same substance; count the items that kept something of counsel's."""
    by_basis = {i.override_basis: i for i in previous if i.override_basis}
    chosen = {i.materiality_basis: i for i in previous if i.counsel_materiality}
    plain = {i.plain_basis: i for i in previous if i.plain_summary}
    lapsing = {_place(i): i for i in previous if i.counsel_materiality or i.lapsed_materiality}
    if not (by_basis or chosen or plain or lapsing or any(i.plain_override for i in previous)):
        return 0  # counsel has decided nothing: the usual re-draft while typing costs nothing
    substances = [item.substance() for item in current]  # each computed once
    # a paragraph counsel wrote goes back to one change only: the same change if it is still
    # there, else (stale) one change at its place; a renumbering beside the deletion it was
    # written for never takes it while the deletion is there
    carried = {id(plain[s]) for s in substances if s in plain}
    written: dict[tuple[object, ...], AmendmentItem] = {}
    for i in previous:
        if i.plain_override and id(i) not in carried:
            written.setdefault(_place(i), i)
    kept = 0
    for item, substance in zip(current, substances, strict=True):
        old = by_basis.get(substance)
        if old is not None:
            item.filing_override = old.filing_override
            item.notice_override = old.notice_override
            item.override_basis = old.override_basis
        decided = chosen.get(substance)
        if decided is not None:
            item.choose_materiality(decided.materiality, decided.counsel_reason)
        elif (before := lapsing.get(_place(item))) is not None:
            # counsel chose a class for another change here: lapsed, and said so until
            # counsel chooses again (a lapse already recorded stays while nobody chooses)
            chose = before.counsel_materiality and before.materiality_basis != substance
            item.lapsed_materiality = before.materiality if chose else before.lapsed_materiality
        summary = plain.get(substance)
        if summary is not None:
            item.set_plain_summary(summary.plain_override)
        elif (earlier := written.pop(_place(item), None)) is not None:
            # the change at this place has changed since counsel wrote: kept, but stale
            item.plain_override, item.plain_basis = earlier.plain_override, earlier.plain_basis
        kept += old is not None or decided is not None or summary is not None
    return kept


def lapsed_choices(previous: list[AmendmentItem], current: list[AmendmentItem]) -> list[str]:
    """One line for each re-drafted item whose change has changed at the place where counsel
    had chosen its class: the choice no longer applies (it was made for another change), and
    counsel is told so rather than finding the proposal back without a word."""
    chosen = {i.materiality_basis for i in previous if i.counsel_materiality}
    at = {_place(i): i for i in previous if i.counsel_materiality}
    lines = []
    lettered = [i for i in current if i.kind is not ItemKind.FILE_EXHIBIT]
    for number, item in enumerate(lettered):
        earlier = at.get(_place(item))
        if earlier is None or item.substance() in chosen:
            continue
        lines.append(f"item {letter(number)}: {lapsed_message(earlier.materiality, item)}")
    return lines


def lapsed_message(chosen: Materiality, item: AmendmentItem) -> str:
    """What the checks and a re-draft say of counsel's class that no longer applies."""
    return (
        f"counsel's classification ({chosen.value}) no longer applies, because the change "
        f"itself has changed since it was chosen; the proposal stands "
        f"({item.materiality.value}) until counsel chooses again"
    )


def _place(item: AmendmentItem) -> tuple[object, ...]:
    """Where an item applies, whatever it changes there."""
    loc = item.locator
    paragraph, sentence = item.filed_place()  # as filed: typing elsewhere does not move it
    return (item.filed_section(), loc.question, paragraph, sentence, loc.note, loc.cell)
