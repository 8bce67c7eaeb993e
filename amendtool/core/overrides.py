"""Counsel's work carried across re-drafts: wording, classification and plain paragraph are
kept for every change that is still the same change; a plain paragraph for a change that
has since changed at the same place is kept too, marked stale (the checks name it)."""

from __future__ import annotations

from amendtool.core.items import AmendmentItem


def carry_overrides(previous: list[AmendmentItem], current: list[AmendmentItem]) -> int:
    """Give re-drafted items the wording and the classification (with counsel's reason) counsel
    chose for the same substance; count the items that kept something of counsel's."""
    by_basis = {i.override_basis: i for i in previous if i.override_basis}
    chosen = {i.materiality_basis: i for i in previous if i.counsel_materiality}
    plain = {i.plain_basis: i for i in previous if i.plain_summary}
    written = {_place(i): i for i in previous if i.plain_override}
    kept = 0
    for item in current:
        substance = item.substance()
        old = by_basis.get(substance)
        if old is not None:
            item.filing_override = old.filing_override
            item.notice_override = old.notice_override
            item.override_basis = old.override_basis
        decided = chosen.get(substance)
        if decided is not None:
            item.choose_materiality(decided.materiality, decided.counsel_reason)
        summary = plain.get(substance)
        if summary is not None:
            item.set_plain_summary(summary.plain_override)
        elif (earlier := written.get(_place(item))) is not None:
            # the change at this place has changed since counsel wrote: kept, but stale
            item.plain_override, item.plain_basis = earlier.plain_override, earlier.plain_basis
        kept += old is not None or decided is not None or summary is not None
    return kept


def _place(item: AmendmentItem) -> tuple[object, ...]:
    """Where an item applies, whatever it changes there."""
    loc = item.locator
    return (loc.section_id, loc.question, loc.paragraph, loc.sentence, loc.note, loc.cell)
