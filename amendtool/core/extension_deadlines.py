"""Deadlines that move with the expiration: the date to withdraw or to elect that was the old
expiration, moved to the new one in an amendment that extends the offer, is part of the
extension (withdrawal rights run to the new expiration), not a material change of its own.
What each deadline is called comes from the firm's rules ([[expiration.deadlines]])."""

from __future__ import annotations

import datetime as dt

from amendtool.core.business_days import stated_day
from amendtool.core.changes import Change, compare, item_texts, unit_of
from amendtool.core.expirations import changed_expirations, extends, only_restates_expiration
from amendtool.core.facts import Fact
from amendtool.core.following_dates import moved_to_follow
from amendtool.core.items import AmendmentItem
from amendtool.core.materiality_renames import Pairs, defined_pairs, renamed_text, with_renames
from amendtool.core.materiality_rules import Rules
from amendtool.core.stated_deadlines import on_the_day
from amendtool.core.typography import fold_typography

_ZONE = "America/New_York"  # moments are compared, not shown: any one zone will do


def moved_with_the_extension(
    items: list[AmendmentItem], expiration: list[bool], decided: list[bool], rules: Rules
) -> dict[int, str]:
    """The reason for each item (by index) that only moves a deadline from the old expiration
    to the new one, where another item extends the offer. `expiration`: the item moves the
    expiration itself; `decided`: its proposal stands (a change in the consideration)."""
    moves = set()
    for item, moving in zip(items, expiration, strict=True):
        moved = changed_expirations(*item_texts(item), _ZONE, rules) if moving else None
        if moved is not None and extends(moved):
            gone, came = moved
            moves.add((max(d.moment for d in gone), max(d.moment for d in came)))
    if not moves:
        return {}
    reasons = {}
    renames = _renamed_terms(items)
    for index, item in enumerate(items):
        if expiration[index] or decided[index]:
            continue
        change = _restating(item, renames, rules)
        if change is None:
            continue
        for old, new in moves:
            if _moved(change.removed, old) and _moved(change.added, new):
                name, note = rules.deadline_named(change.text)
                reasons[index] = with_renames(
                    f"Moves the {name} with the expiration, from {_said(change.removed)} to "
                    f"{_said(change.added)}: part of the extension{'; ' + note if note else ''}",
                    _used(item, renames),
                )
                break
            days = (stated_day(old), stated_day(new))
            texts = item_texts(item)
            words = moved_to_follow(*texts, change.removed, change.added, days, rules)
            if words is not None:
                reasons[index] = (
                    f"Moves a date worked out from the expiration, from {_said(change.removed)} "
                    f"to {_said(change.added)}, {words} as extended: part of the extension"
                )
                break
    return reasons


def _renamed_terms(items: list[AmendmentItem]) -> Pairs:
    """The defined terms the amendment's items rename ("Election Form" → "Election and
    Withdrawal Form"): an item that moves a deadline with the expiration and calls the form
    by its new name changes nothing else (the rename is told once, by its own item)."""
    pairs = (defined_pairs(compare(*item_texts(item), unit_of(item))) for item in items)
    return tuple(dict.fromkeys(pair for found in pairs for pair in found))


def _restating(item: AmendmentItem, renames: Pairs, rules: Rules) -> Change | None:
    """The item's change when it only restates the expiration, read first as printed, then
    with the defined terms the amendment renames put in its old text; None otherwise."""
    old, new = item_texts(item)
    change = compare(old, new, unit_of(item))
    if change.removed and change.added and only_restates_expiration(change, rules):
        return change
    used = _used(item, renames)
    if not used:
        return None
    renamed = compare(renamed_text(old, used), fold_typography(new), unit_of(item))
    if renamed.removed and renamed.added and only_restates_expiration(renamed, rules):
        return renamed
    return None


def _used(item: AmendmentItem, renames: Pairs) -> Pairs:
    """The renames whose old name the item's old text uses and whose new name its new does."""
    old, new = item_texts(item)
    return tuple(p for p in renames if p[1] in new and p[0] in old and p[0] not in new)


def _moved(facts: list[Fact], moment: dt.datetime) -> bool:
    """Every date and time among `facts` is the day and the time of `moment`."""
    day = stated_day(moment)
    clock = {moment.strftime("%H:%M")} | ({"24:00", "00:00"} if moment.hour == 0 else set())
    return all(
        f.value in (day.isoformat(), day.isoformat()[5:]) if f.kind == "date" else f.value in clock
        for f in facts
    )


def _said(facts: list[Fact]) -> str:
    """'April 23, 2026', '11:59 p.m. on April 23, 2026': a deadline as its sentence prints it."""
    times = [f.text for f in facts if f.kind == "time"][:1]
    days = [f.text for f in facts if f.kind == "date"][:1]
    if times and days:
        return on_the_day(times[0], days[0])
    return " on ".join(times + days)
