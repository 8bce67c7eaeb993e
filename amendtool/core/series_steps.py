"""The steps of a series that are more than a revised draft, shared by the command line and
the app: an extension to a new expiration, and the final amendment reporting the results."""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
from typing import Any

from amendtool.core.errors import AmendtoolError
from amendtool.core.extension import extended_document
from amendtool.core.filing import FilingDetails, FilingError
from amendtool.core.model import Document
from amendtool.core.offer_zone import document_zone, series_zone
from amendtool.core.pattern_store import compiled
from amendtool.core.results import as_entered, grant_refusal, parse_results
from amendtool.core.series import AmendmentKind, Series, SeriesAmendment

_LAST_NUMBER = compiled(r"(\d+)\D*$")
_LAST_PART = compiled(r"\(\s*(\d+|[A-Z]+|[a-z]+)\s*\)\s*$")
_ROMAN = compiled(r"[ivx]+")
_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10}


def redrafting(series: Series, filing: FilingDetails) -> bool:
    """Whether `filing` names the series' last amendment, still a draft, to draft it again."""
    return (
        bool(series.amendments)
        and not series.current.locked
        and filing.amendment_number == series.current.number
    )


def current_expiration(series: Series, filing: FilingDetails) -> dt.datetime:
    """The expiration an extension drafted with `filing` extends: the one the series has
    reached before it (naive local time)."""
    from amendtool.core.series_rules import in_force_expiration

    index = len(series.amendments) - redrafting(series, filing)
    in_force = in_force_expiration(series, index)
    return in_force if in_force is not None else filing.expiration.replace(tzinfo=None)


def suggested_extension(series: Series, filing: FilingDetails) -> dt.datetime:
    """The new expiration the Extend dialog offers first (naive local time): the earliest
    that keeps the offer open as long as every change of the series requires, when that is
    later than the expiration in force; else two weeks after it."""
    from amendtool.core.series_periods import earliest_compliant

    old = current_expiration(series, filing)
    amendment = series.amendment(-1) if series.amendments else None
    earliest = earliest_compliant(amendment) if amendment is not None else None
    if earliest is not None:
        local = earliest.astimezone(filing.zone).replace(tzinfo=None)
        if local > old:
            return local
    return old + dt.timedelta(days=14)


def extension_context(
    series: Series | None,
    filing: FilingDetails,
    suggested: dt.datetime,
    original: Document | None = None,
) -> str:
    """What the Extend dialog says above its date: the expiration in force, and why the date
    offered is offered (the earliest compliant, or two weeks on); each in the zone as the
    offer (the series', else `original`) names it."""
    from amendtool.core.stated_deadlines import deadline_phrase

    known = series is not None and bool(series.amendments)
    said = series_zone(series, filing.time_zone) if series is not None else ""
    if series is None and original is not None:
        said = document_zone(original, filing.time_zone)
    old = current_expiration(series, filing) if series and known else filing.expiration
    old = old.replace(tzinfo=None)
    why = (
        "two weeks after it"
        if suggested == old + dt.timedelta(days=14)
        else "the earliest expiration that keeps the offer open as long as the changes of "
        "the series require"
    )
    return (
        f"The offer now expires at {deadline_phrase(old.replace(tzinfo=filing.zone), False, said)}"
        f". Proposed: {deadline_phrase(suggested.replace(tzinfo=filing.zone), False, said)}, "
        f"{why}."
    )


def not_later(new: dt.datetime, old: dt.datetime, zone: dt.tzinfo, zone_said: str = "") -> str:
    """The refusal of an extension to `new`, both moments said as the offer states them
    ("12:00 midnight, Eastern Time, at the end of April 8, 2026"; `zone_said`: the zone as
    the offer names it, offer_zone.py)."""
    from amendtool.core.business_days import holiday_name, is_business_day, stated_day
    from amendtool.core.stated_deadlines import deadline_phrase

    day = stated_day(new.replace(tzinfo=zone))
    # a day that is also no business day is said so, lest counsel move to another such day
    closed = "" if is_business_day(day) else (holiday_name(day) or "a weekend day")
    closed = f", {closed}, is not a business day and" if closed else ""
    return (
        f"{deadline_phrase(new.replace(tzinfo=zone), bool(closed), zone_said)}{closed} is not "
        "later than the expiration it extends "
        f"({deadline_phrase(old.replace(tzinfo=zone), zone_said=zone_said)}); "
        f"give the new expiration{', on a business day' if closed else ''}"
    )


def draft_extension(
    series: Series,
    filing: FilingDetails,
    data: dict[str, Any],
    new: dt.datetime,
    revised: Document | None = None,
) -> SeriesAmendment:
    """The amendment extending the offer to `new` (local time): every statement of the old
    expiration restated, Item 4 supplemented. `revised` is counsel's revision when the same
    amendment also changes the terms (a higher price and the extension it requires); by
    default the offer as amended so far. Raises when `new` is not later than the
    expiration it extends, or falls on a day that is not a business day."""
    old = current_expiration(series, filing)
    new = new.replace(tzinfo=None)
    said = series_zone(series, filing.time_zone)
    if new <= old:
        raise AmendtoolError(not_later(new, old, filing.zone, said))
    from amendtool.core.business_days import stated_day
    from amendtool.core.expiration_checks import not_a_business_day

    if problem := not_a_business_day(
        new.replace(tzinfo=filing.zone), stated_day(old.replace(tzinfo=filing.zone)), said
    ):
        raise AmendtoolError(f"the offer cannot be extended to {problem}")
    filing = dataclasses.replace(filing, expiration=new)
    data = {**data, "offer": {**data.get("offer", {}), "expiration": new.isoformat()}}
    if revised is None:
        revised = drafted_offer(series, filing, new)
    revised = extended_document(
        revised, old.replace(tzinfo=filing.zone), filing.expiration_local, filing.time_zone
    )
    entry = series.draft(revised, filing, data, AmendmentKind.EXTENSION)
    entry.extended_from = old
    return entry


def drafted_offer(series: Series, filing: FilingDetails, new: dt.datetime) -> Document:
    """The offer an extension restates: the draft's own revision when `filing` drafts the
    last amendment again, so its changes (and counsel's wording of them) are never thrown
    away; an extension draft's own new expiration restated too. Else the offer as amended."""
    if not redrafting(series, filing):
        return series.base(len(series.amendments))
    draft = series.current
    if draft.kind is not AmendmentKind.EXTENSION or draft.filing is None:
        return draft.revised
    was = draft.filing.expiration.replace(tzinfo=None).replace(tzinfo=filing.zone)
    new = new.replace(tzinfo=filing.zone)
    return extended_document(draft.revised, was, new, filing.time_zone)


def kept_changes(series: Series, filing: FilingDetails) -> int:
    """How many changes of the draft an extension drafted with `filing` keeps (0 when it
    is the next amendment): said to counsel, since the draft becomes an extension."""
    if not redrafting(series, filing):
        return 0
    draft = series.current
    if draft.kind is AmendmentKind.EXTENSION:
        return 0
    return len(draft.items)


def stated_extension(
    series: Series, filing: FilingDetails, revised: Document
) -> dt.datetime | None:
    """The later expiration a revised offer states in place of the one the series has
    reached (naive local time): the amendment that changes the terms extends the offer too.
    None when it states no new expiration, or more than one, or an earlier one (refused
    when drafted, with what it states)."""
    from amendtool.core.expirations import stated_expirations

    index = len(series.amendments) - redrafting(series, filing)
    old = current_expiration(series, filing)

    def stated(document: Document) -> set[dt.datetime]:
        return {
            d.moment.replace(tzinfo=None)
            for section in document.sections
            for p in section.paragraphs
            for d in stated_expirations(p.text, filing.time_zone)
        }

    came = stated(revised) - stated(series.base(index))
    if len(came) != 1:
        return None
    [new] = came
    return new if new > old else None


def draft_results(
    series: Series, filing: FilingDetails, data: dict[str, Any], source: str = "filing.toml"
) -> SeriesAmendment:
    """The final amendment: the results added to Item 4, the final-amendment box checked.
    `data` holds [results]; every problem with it is raised, naming `source`, before anything
    is drafted."""
    data = {**data, "results": as_entered(data.get("results"), filing)}
    results = parse_results(data.get("results"), source)
    if problem := grant_refusal(
        results, filing.expiration_local, series_zone(series, filing.time_zone)
    ):
        raise FilingError(source, [problem])
    filing = dataclasses.replace(filing, final=True)
    data = {**data, "amendment": {**data.get("amendment", {}), "final": True}}
    index = len(series.amendments) - redrafting(series, filing)
    entry = series.draft(series.base(index), filing, data, AmendmentKind.RESULTS)
    entry.results = data["results"]
    return entry


def next_filing_data(
    data: dict[str, Any], today: dt.date, filed: set[str] | None = None
) -> dict[str, Any]:
    """The next amendment's filing details, from the last one's: the next number, `today`,
    the next label for the notice exhibit (past every label in `filed`). Why the last one
    amended the offer, and its results, are not carried: counsel writes this amendment's
    own."""
    out = copy.deepcopy(data)
    amendment = out.setdefault("amendment", {})
    amendment["number"] = int(amendment.get("number", 0)) + 1
    amendment["date"] = today.isoformat()
    amendment["final"] = False
    if isinstance(label := amendment.get("notice_exhibit"), str):
        label = next_label(label)
        while filed and label in filed and next_label(label) != label:
            label = next_label(label)
        amendment["notice_exhibit"] = label
    if isinstance(out.get("notice"), dict):
        out["notice"].pop("explanation", None)
    out.pop("results", None)
    return out


def suggested_filing_data(series: Series, data: dict[str, Any], today: dt.date) -> dict[str, Any]:
    """The next amendment's filing details, from the last one's (`data`), its notice numbered
    as the next exhibit in the series that no exhibit already filed has."""
    from amendtool.core.series_rules import filed_exhibits

    return next_filing_data(data, today, set(filed_exhibits(series, len(series.amendments))))


def next_label(label: str) -> str:
    """(a)(11) → (a)(12), (a)(1)(F) → (a)(1)(G), (a)(5)(iv) → (a)(5)(v): the exhibit after
    `label` in its own Item 1016 category, so only its last part advances, in its own kind."""
    part = _LAST_PART.search(label)
    if part is None:
        match = _LAST_NUMBER.search(label)
        if match is None:
            return label
        return f"{label[: match.start(1)]}{int(match.group(1)) + 1}{label[match.end(1) :]}"
    return f"{label[: part.start(1)]}{_next_part(part.group(1))}{label[part.end(1) :]}"


def _next_part(part: str) -> str:
    """The part after `part`: a number, a lower-case roman numeral, or letters (Z → AA)."""
    if part.isdigit():
        return str(int(part) + 1)
    if _ROMAN.fullmatch(part):
        return _roman(_from_roman(part) + 1)
    if len(set(part)) == 1 and part[0] not in "Zz":
        return chr(ord(part[0]) + 1) * len(part)
    return ("a" if part.islower() else "A") * (len(part) + 1)


def _from_roman(text: str) -> int:
    values = [_ROMAN_VALUES[c] for c in text]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def _roman(number: int) -> str:
    out = ""
    for value, numeral in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while number >= value:
            out, number = out + numeral, number - value
    return out
