"""An amendment that moves the offer's expiration earlier (another day, or an earlier time of
the same day) shortens a live offer. Unlike an extension it is no class of its own: it is a
material change holders must hear of in time, and the offer must still stay open the period
Rule 14e-1 requires after the amendment. `check` warns, naming the old and the new
expiration, and Item 4 states the change as it states any other change of the terms. The
words are [expiration_earlier] of rules.toml and `expiration_earlier` of [schedule_to]."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from amendtool.core.expiration_readings import item_expiration_changes
from amendtool.core.expirations import time_of_day
from amendtool.core.findings import WARNING, Finding
from amendtool.core.items import Materiality, letter
from amendtool.core.materiality_rules import house_table
from amendtool.core.templates import fill, fill_map

if TYPE_CHECKING:
    from amendtool.core.amendment import Amendment

Move = tuple[dt.datetime, dt.datetime]  # (scheduled, new), aware, in the offer's zone
_UNTIMED = (Materiality.CLARIFYING, Materiality.EXTENSION)  # the timing counts no period


def shortening_items(amendment: Amendment) -> dict[Move, list[int]]:
    """The items that move a stated expiration earlier, by the move they make: the latest
    expiration they take out and the latest they state instead."""
    filing = amendment.filing
    moves: dict[Move, list[int]] = {}
    for index, change in enumerate(item_expiration_changes(amendment, time_of_day(filing))):
        if change is None or not (change[0] and change[1]):
            continue
        old = max(d.moment for d in change[0])
        new = max(d.moment for d in change[1])
        if new < old:
            moves.setdefault((old, new), []).append(index)
    return moves


def check_shortened(amendment: Amendment) -> list[Finding]:
    """A warning for each earlier expiration the items state, said once for all the items
    that state it (the cover, the summary, the section)."""
    from amendtool.core.offer_zone import message_deadline

    words = house_table("expiration_earlier") or {}
    if "message" not in words:
        return []
    items = amendment.change_items
    zone = amendment.filing.zone
    findings = []
    for (old, new), indexes in shortening_items(amendment).items():
        letters = [letter(i) for i in indexes]
        who = (
            f"item {letters[0]} moves"
            if len(letters) == 1
            else f"items {', '.join(letters[:-1])} and {letters[-1]} move"
        )
        message = fill_map(
            str(words["message"]),
            {
                "who": who,
                "old": message_deadline(amendment, old.astimezone(zone)),
                "new": message_deadline(amendment, new.astimezone(zone)),
            },
        )
        untimed = [i for i in indexes if items[i].materiality in _UNTIMED]
        if untimed and "untimed" in words:
            first = items[untimed[0]]
            message += fill_map(
                str(words["untimed"]),
                {"item": f"item {letter(untimed[0])}", "class": first.materiality.value},
            )
        findings.append(Finding(WARNING, "expiration_earlier", message, indexes[0]))
    return findings


def shortened_clauses(amendment: Amendment) -> list[tuple[int, int, str]]:
    """Item 4's clause for each earlier expiration ("move the expiration of the Offer
    earlier, from … to …"): (the first item stating it, where it prints it, the clause)."""
    from amendtool.core.offer_zone import offer_zone
    from amendtool.core.stated_deadlines import deadline_phrase

    w = amendment.wording.schedule_to
    if "expiration_earlier" not in w:
        return []
    zone = amendment.filing.zone
    said = offer_zone(amendment)
    out = []
    for (old, new), indexes in shortening_items(amendment).items():
        clause = fill(
            str(w["expiration_earlier"]),
            old_deadline=deadline_phrase(old.astimezone(zone), zone_said=said),
            new_deadline=deadline_phrase(new.astimezone(zone), zone_said=said),
        )
        out.append((indexes[0], 0, clause))
    return out
