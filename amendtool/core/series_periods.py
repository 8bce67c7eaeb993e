"""How long each amendment of a series keeps the offer open: an earlier amendment's material
change, or change in consideration, needs 5 or 10 business days from that amendment's own
date, whatever the date of a later one; the expiration in the filing details must leave every
amendment its period (Rule 13e-4(e)(3), Rule 14e-1(b))."""

from __future__ import annotations

import datetime as dt

from amendtool.core.amendment import Amendment
from amendtool.core.business_days import EASTERN, business_days_open, earliest_expiration
from amendtool.core.expirations import printed_day
from amendtool.core.findings import ERROR, Finding
from amendtool.core.items import AmendmentItem, letter
from amendtool.core.lineage import Earlier
from amendtool.core.materiality_rules import house_rules
from amendtool.core.offer_zone import message_deadline, message_zone
from amendtool.core.stated_deadlines import deadline_phrase, long_date
from amendtool.core.timing_checks import WHY_LONGER, forcing_item


def _forcing(items: list[AmendmentItem]) -> tuple[int, int] | None:
    """The item (index) whose class needs the longest period, and the business days."""
    changes = [i for i in items if i.kind.value != "file_exhibit"]
    return forcing_item(changes, house_rules())


def earliest_compliant(amendment: Amendment) -> dt.datetime | None:
    """The earliest expiration that leaves every amendment of the series, this one too, the
    period its changes require (midnight Eastern at the end of the last day)."""
    periods = []
    for earlier in amendment.series.earlier if amendment.series else []:
        forcing = _forcing(earlier.items)
        if forcing:
            periods.append(earliest_expiration(earlier.date, forcing[1]).expiration)
    own = _forcing(amendment.change_items)
    if own:
        periods.append(earliest_expiration(amendment.filing.amendment_date, own[1]).expiration)
    return max(periods) if periods else None


def check_earlier_periods(amendment: Amendment) -> list[Finding]:
    """An earlier amendment's material change, or change in consideration, keeps the offer
    open 5 or 10 business days from that amendment's date: the expiration now in the filing
    details must respect it."""
    f = amendment.filing
    expiration = f.expiration_local
    findings = []
    for earlier, index, required, remaining, earliest in _short(amendment):
        changes = [i for i in earlier.items if i.kind.value != "file_exhibit"]
        item = changes[index]
        findings.append(
            Finding(
                ERROR,
                "series_timing",
                f"Amendment No. {earlier.number} ({long_date(earlier.date)}) made "
                f"{WHY_LONGER.get(item.materiality, item.materiality.value)} (its item "
                f"{letter(index)}: {item.materiality_reason or item.materiality.value}): the "
                f"offer must stay open {required} business days from that date; it expires at "
                f"{message_deadline(amendment, expiration)}, leaving {remaining}. Earliest "
                f"compliant expiration: {named_moment(earliest, f.zone, message_zone(amendment))}",
            )
        )
    return findings


def short_earlier(amendment: Amendment) -> list[tuple[int, dt.datetime]]:
    """The earlier amendments whose period the expiration leaves short: (number, the
    earliest compliant expiration)."""
    return [(e.number, earliest) for e, _, _, _, earliest in _short(amendment)]


def _short(amendment: Amendment) -> list[tuple[Earlier, int, int, int, dt.datetime]]:
    """Each earlier amendment whose forcing item (its index) needs `required` business days
    from its date, with the days the expiration leaves and the earliest compliant one."""
    if amendment.series is None:
        return []
    out = []
    for earlier in amendment.series.earlier:
        forcing = _forcing(earlier.items)
        if forcing is None:
            continue
        index, required = forcing
        remaining = business_days_open(earlier.date, amendment.filing.expiration_local)
        if remaining < required:
            # counted from that amendment's own date, whatever the date of this one
            earliest = earliest_expiration(earlier.date, required).expiration
            out.append((earlier, index, required, remaining, earliest))
    return out


def named_moment(moment: dt.datetime, zone: dt.tzinfo, zone_said: str = "") -> str:
    """`moment` as the offer states it (its zone named as the offer names it, `zone_said`:
    offer_zone.py); a midnight in Eastern time also as the end of its day, as the single
    amendment's timing check says it."""
    local = moment.astimezone(zone)
    said = deadline_phrase(local, zone_said=zone_said)
    if getattr(zone, "key", "") == "America/New_York":
        if local.hour == 0 and local.minute == 0:
            end = long_date(printed_day(local))
            return f"{said} (the end of {end}, Eastern time)"
        return said
    return f"{said}, which is {deadline_phrase(moment.astimezone(EASTERN))}"
