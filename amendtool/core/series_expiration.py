"""The one expiration of a series: the one in force when an amendment is drafted (the latest
extension's, or the first filing details'), what each amendment states, and the refusals of
filing details or a revised offer stating another, or of an extension that leaves the offer
open shorter than an earlier amendment requires. The command line and the app alike."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from amendtool.core.offer_zone import message_zone, series_zone
from amendtool.core.stated_deadlines import deadline_phrase, zone_as_stated

if TYPE_CHECKING:
    from amendtool.core.filing import FilingDetails
    from amendtool.core.series import Series, SeriesAmendment


def in_force_expiration(series: Series, index: int) -> dt.datetime | None:
    """The expiration when amendment `index` is drafted (naive local time): the latest
    extension before it, or the expiration the series' first filing details give. The one
    source of "the offer expires at" for every amendment after the first."""
    return latest_expiration(
        [
            (a.kind.value, _naive(a.filing.expiration) if a.filing else None)
            for a in series.amendments[:index]
        ]
    )


def latest_expiration(stated: list[tuple[str, dt.datetime | None]]) -> dt.datetime | None:
    """Of the earlier amendments' (kind, expiration) in order: the last extension's, or
    the first one's."""
    known = [(kind, moment) for kind, moment in stated if moment is not None]
    for kind, moment in reversed(known):
        if kind == "extension":
            return moment
    return known[0][1] if known else None


def expiration_of(series: Series, index: int) -> dt.datetime | None:
    """What amendment `index` states as the expiration: an extension its new one, any
    other the one in force (None: its own filing details are the source)."""
    entry = series.amendments[index]
    if entry.kind.value == "extension":
        return None
    return in_force_expiration(series, index)


def check_expiration(
    series: Series, filing: FilingDetails, kind: str, to: dt.datetime | None = None
) -> str | None:
    """The filing details state the expiration the series has reached (an extension: that
    one or its new one), or what is wrong."""
    from amendtool.core.series_rules import redraft_index

    number = filing.amendment_number
    index = redraft_index(series, number)
    in_force = in_force_expiration(series, index)
    given = _naive(filing.expiration)
    if in_force is None or given == in_force or (kind == "extension" and given == to):
        return None
    said = series_zone(series, filing.time_zone)  # the zone as the offer names it
    source = next(
        (
            f"Amendment No. {a.number} extended it"
            for a in reversed(series.amendments[:index])
            if a.kind.value == "extension"
        ),
        "as the series' first filing details give",
    )
    return (
        f"gives offer.expiration = {given:%Y-%m-%d %H:%M}, but the offer expires at "
        f"{deadline_phrase(in_force.replace(tzinfo=filing.zone), zone_said=said)} ({source}); set "
        "offer.expiration = "
        f"{in_force:%Y-%m-%dT%H:%M:%S}"
        + (" (the new one is given by --to)" if kind == "extension" else "")
        + (
            f", or extend the offer in this amendment: amend … --to "
            f'"{given:%Y-%m-%d %H:%M}", or a revised offer that states it'
            if kind == "text" and given > in_force
            else ""
        )
    )


def _naive(moment: dt.datetime) -> dt.datetime:
    return moment.replace(tzinfo=None)


def check_expiration_kept(series: Series, entry: SeriesAmendment) -> str | None:
    """An amendment of a series states one expiration: the series' own, unless it extends
    the offer, and then its new one. A revised offer stating another (an older draft, before
    an extension) would undo an extension or make one without Rule 14e-1(d)'s announcement."""
    from amendtool.core.expirations import expiration_change

    index = series.amendments.index(entry)
    in_force = in_force_expiration(series, index)
    if entry.filing is None or in_force is None or entry.kind.value == "results":
        return None
    if entry.extended_from is not None:  # it extends the offer: its new expiration throughout
        in_force = entry.filing.expiration.replace(tzinfo=None)
    moment = in_force.replace(tzinfo=entry.filing.zone)
    for item in entry.items:
        change = expiration_change(item, entry.filing.time_zone)
        stated = [d for d in (change[1] if change else []) if d.moment != moment]
        if stated:  # the zone named as the offer's own words for the date name it
            said = zone_as_stated(stated[0].text, entry.filing.time_zone)
            when = deadline_phrase(moment, zone_said=said)
            if entry.extended_from is not None:
                return (
                    f"states the expiration as {stated[0].text}, but this amendment extends "
                    f"the offer to {when}: state that one throughout, or "
                    "give it with --to"
                )
            return (
                f"states the expiration as {stated[0].text}, but the offer expires at "
                f"{when}: an amendment that does not extend the offer "
                "keeps the expiration; to extend it, state a later one (or give it with "
                "--to, or use 'amendtool extend')"
            )
    return None


def short_period(series: Series, anyway: str = "with --allow-short-period") -> str | None:
    """Why the series' last amendment, an extension, is refused: its new expiration does
    not keep the offer open the period a change requires (5 or 10 business days from the
    date of the amendment making it: an earlier one, or this one when it changes terms as
    it extends), and which day it must reach (None: it does). One rule and one message for
    `extend`, `amend --to`, a revised offer stating a later expiration and the app's Extend
    dialog; `anyway` says how to draft it all the same (the command's option, the app's box)."""
    from amendtool.core.series_periods import (
        check_earlier_periods,
        earliest_compliant,
        named_moment,
    )
    from amendtool.core.timing_checks import check_timing

    amendment = series.amendment(-1)
    if amendment is None:
        return None
    own = [f for f in check_timing(amendment) if f.code == "timing"]
    short = check_earlier_periods(amendment) + own
    if not short:
        return None
    # the day every earlier period is cured by, and the amendment that asks for it
    ends = [f.message.partition(". Earliest compliant expiration: ") for f in short]
    head, _, earliest = ends[-1]
    compliant = earliest_compliant(amendment)
    if compliant is not None:
        named = named_moment(compliant, amendment.filing.zone, message_zone(amendment))
        head, _, earliest = next((e for e in ends if e[2] == named), ends[-1])
    return (
        f"does not keep the offer open long enough: {head}; extend it to at least "
        f"{earliest}, or draft it anyway {anyway} (it is not marked filed "
        "while the period is short)"
    )


def locks_short(series: Series, drafts: set[int], app: bool = False) -> str | None:
    """Why an extension drafted anyway with a short period is refused all the same: drafted
    as a new amendment, it marks filed, and locks, an earlier draft (`drafts`: the numbers
    that were drafts before it) whose own period it leaves short; a filed amendment is what
    was filed, and a short draft is marked filed by nothing else, so counsel extends far
    enough or in that draft (the words: [locks_short] of resources/wording/refusals.toml,
    the command's or the app's)."""
    from amendtool.core.resource_toml import read_toml
    from amendtool.core.series_periods import named_moment, short_earlier
    from amendtool.resources import resource_path

    amendment = series.amendment(-1)
    if amendment is None:
        return None
    for number, earliest in short_earlier(amendment):
        if number in drafts and number != series.current.number:
            words = read_toml(resource_path("wording", "refusals.toml"))
            said = str(words["locks_short"]["app" if app else "command"])
            return said.format(
                number=number,
                earliest=named_moment(earliest, amendment.filing.zone, message_zone(amendment)),
            )
    return None
