"""The checks of time and of what the amendment says about itself (SPEC §5).

How long the offer must stay open follows each item's class (proposed, or counsel's); the
findings say which item forces a period, what the offer itself states as its expiration,
what an extension requires, and when the amendment's own explanation contradicts its items.
"""

from __future__ import annotations

import datetime as dt

from amendtool.core.amendment import Amendment
from amendtool.core.business_days import (
    EASTERN,
    business_days_open,
    counted_through,
    earliest_expiration,
    has_expired,
    is_business_day,
    next_business_day,
    stated_day,
    weekday_holidays,
)
from amendtool.core.expiration_checks import (
    check_expiration_day,
    check_extensions,
    check_stated_expiration,
    classified,
)
from amendtool.core.explanation_claims import explanation_claim
from amendtool.core.filing_fields import named
from amendtool.core.findings import ERROR, NOTE, WARNING, Finding
from amendtool.core.holder_deadlines import check_holder_deadlines
from amendtool.core.items import AmendmentItem, Materiality, letter
from amendtool.core.materiality_rules import Rules, house_rules
from amendtool.core.offer_dates import check_dates_passed
from amendtool.core.offer_zone import message_deadline, message_zone
from amendtool.core.plain_answers import check_notice_answers
from amendtool.core.plain_claims import check_explanation_contradicted
from amendtool.core.shortened_expiration import check_shortened
from amendtool.core.stated_deadlines import day_phrase, deadline_phrase, long_date
from amendtool.core.two_percent import check_two_percent
from amendtool.core.withdrawal_checks import check_withdrawal_rights
from amendtool.core.withdrawal_left import check_withdrawal_left

# why an item keeps the offer open longer, as the checks say it
WHY_LONGER = {
    Materiality.CONSIDERATION: "a change in the consideration offered or the securities sought",
    Materiality.MATERIAL: "a material change",
}


def timing_findings(amendment: Amendment) -> list[Finding]:
    # the filing details and the offer disagreeing on the expiration is said first: the
    # periods below are counted to the filing details' date
    stated = check_stated_expiration(amendment) + check_expiration_day(amendment)
    findings = check_timing(amendment)
    if findings and findings[0].code == "expired":
        return stated + findings
    findings += check_two_percent(amendment)  # counsel weighs the proviso; no class changes
    findings += check_minimum_offer(amendment)
    findings += check_extensions(amendment) + check_shortened(amendment)
    findings += check_withdrawal_rights(amendment) + check_withdrawal_left(amendment)
    findings += check_holder_deadlines(amendment)
    findings += check_dates_passed(amendment)
    # what the explanation and counsel's choices say of the items does not rest on the
    # expiration: said whether or not the filing details and the offer agree on it
    answers = check_notice_answers(amendment, explanation_claim(amendment))
    # an item the notice's answers already name with the explanation's claim is warned of
    # once: the one contradiction, not two near-identical warnings
    told = {f.item for f in answers if "explanation says" in f.message}
    said = [f for f in check_explanation(amendment) if f.item not in told]
    said += check_counsel_choices(amendment) + answers
    # the explanation's claim already warned of for the item is one contradiction, not two
    warned = {f.item for f in said if f.code in ("explanation", "notice_answers")}
    said += [f for f in check_explanation_contradicted(amendment) if f.item not in warned]
    if any(f.severity == ERROR for f in stated):
        return stated + findings + said
    return findings + stated + said


def check_timing(amendment: Amendment) -> list[Finding]:
    """The offer stays open 5 (material) or 10 (consideration) business days from the day
    the amendment is published, counted as Rule 14d-1(g)(3) counts."""
    filing, rules = amendment.filing, house_rules()
    expiration, published = filing.expiration_local, filing.amendment_date
    if has_expired(expiration, published):
        return [
            Finding(
                ERROR,
                "expired",
                f"the amendment is dated {long_date(published)}, after the offer expired at "
                f"{message_deadline(amendment, expiration)}",
            )
        ]
    changes = amendment.change_items
    period = forcing_item(changes, rules)
    if period is None:
        return []
    forcing, required = period
    item = changes[forcing]
    remaining = business_days_open(published, expiration)
    if remaining >= required:
        return []
    why = WHY_LONGER.get(item.materiality, item.materiality.value)
    return [
        Finding(
            ERROR,
            "timing",
            f"after {why} the offer must stay open {_period(published, required)}; it "
            f"expires at {message_deadline(amendment, expiration)}, leaving "
            f"{leaving_phrase(published, remaining, expiration)}. "
            f"Item {letter(forcing)} "
            f"forces this ({classified(item)}). Earliest compliant expiration: "
            f"{earliest_phrase(published, required, filing.zone, message_zone(amendment))}",
            forcing,
        )
    ]


def forcing_item(
    changes: list[AmendmentItem], rules: Rules | None = None
) -> tuple[int, int] | None:
    """The change (index) whose class keeps the offer open longest, and the business days;
    None when none does. In an extension too: its own restatements of the expiration keep it
    open the rules' `extension` period (none: Rule 14e-1(d)'s announcement is what it needs),
    but any other change made in it (a price lowered while the offer is extended) keeps it
    open the period of its own class."""
    rules = rules or house_rules()
    if not changes:
        return None
    index = max(range(len(changes)), key=lambda i: (rules.days(changes[i].materiality), -i))
    days = rules.days(changes[index].materiality)
    return (index, days) if days else None


def _period(published: dt.date, days: int) -> str:
    """'10 business days, counting the amendment's own day as Rule 14d-1(g)(3) does: from
    Tuesday, April 14, 2026 through Monday, April 27, 2026 (not counted: Saturdays and
    Sundays)': the days counsel counts, each with its weekday, the holidays the count skips
    named, and the rule's start said, since many count from the next day by habit."""
    first = next_business_day(published)
    last = earliest_expiration(published, days).day
    skipped = ["Saturdays and Sundays"] if (last - first).days >= 5 else []
    skipped += [f"{name}, {day_phrase(day)}" for day, name in weekday_holidays(first, last)]
    not_counted = f" (not counted: {'; '.join(skipped)})" if skipped else ""
    start = "the amendment's own day" if first == published else "the next business day"
    return (
        f"{days} business days, counting {start} as Rule 14d-1(g)(3) does: from "
        f"{day_phrase(first)} through {day_phrase(last)}{not_counted}"
    )


def leaving_phrase(published: dt.date, remaining: int, expiration: dt.datetime) -> str:
    """The count and the last business day it runs through (never a weekend day or a
    holiday), and why the day the offer states as its expiration is not in it when the
    offer closes before that day's 12:00 midnight Eastern (Rule 14d-1(g)(3)): counsel who
    count that day would otherwise read the count as one short. The day is the one the offer
    states, in its own zone: 11:59 p.m. Pacific on a Friday is Saturday in Eastern time, and
    the Friday counts."""
    through = counted_through(published, expiration)
    if through is None:
        return str(remaining)
    counted = f"{remaining}, counted through {day_phrase(through)}"
    stated = stated_day(expiration)
    if stated <= through or not is_business_day(stated):
        return counted  # the stated day is counted, or would not count anyway
    return (
        f"{counted} (the offer closes before 12:00 midnight Eastern time on "
        f"{day_phrase(stated)}, so that day does not count)"
    )


def earliest_phrase(published: dt.date, days: int, zone: dt.tzinfo, zone_said: str = "") -> str:
    """The end of the last business day of the period, in the offer's zone (named as the
    offer names it, `zone_said`: offer_zone.py) and in Eastern time (where business days
    are counted)."""
    proposal = earliest_expiration(published, days)
    local = proposal.expiration.astimezone(zone)
    in_eastern = proposal.expiration.astimezone(EASTERN)
    if getattr(zone, "key", "") == "America/New_York":
        said = deadline_phrase(local, zone_said=zone_said)
        return f"{said} (the end of {long_date(proposal.day)}, Eastern time)"
    return f"{deadline_phrase(local, zone_said=zone_said)}, which is {deadline_phrase(in_eastern)}"


def check_minimum_offer(amendment: Amendment) -> list[Finding]:
    """Rule 14e-1(a), Rule 13e-4(f)(1)(i): open at least 20 business days from commencement."""
    filing, rules = amendment.filing, house_rules()
    required = rules.periods.get("minimum_offer", 0)
    commenced = filing.statement_filed
    remaining = business_days_open(commenced, filing.expiration_local)
    if not required or remaining >= required:
        return []
    return [
        Finding(
            ERROR,
            "minimum_offer",
            f"the offer must stay open at least {required} business days from its "
            f"commencement ({long_date(filing.statement_filed)}); it expires at "
            f"{message_deadline(amendment, filing.expiration_local)}, leaving "
            f"{leaving_phrase(commenced, remaining, filing.expiration_local)}. Earliest "
            f"compliant expiration: "
            f"{earliest_phrase(commenced, required, filing.zone, message_zone(amendment))}",
        )
    ]


def check_explanation(amendment: Amendment) -> list[Finding]:
    """An explanation that says the changes only clarify, over an item that does more."""
    claim = explanation_claim(amendment)
    if claim is None:
        return []
    findings = []
    for index, item in enumerate(amendment.change_items):
        if item.materiality is Materiality.CLARIFYING:
            continue
        how = "marked" if item.counsel_materiality else "proposed"
        findings.append(
            Finding(
                WARNING,
                "explanation",
                f"item {letter(index)} is {how} {item.materiality.value} "
                f"({item.materiality_reason}), but the amendment's explanation says the "
                f"changes only clarify (“{claim}”): revise "
                f"{named('notice', 'explanation')} in the filing details or classify the item",
                index,
            )
        )
    return findings


def check_counsel_choices(amendment: Amendment) -> list[Finding]:
    """Say where the checks follow counsel rather than the proposal, and where counsel's
    choice lapsed because the change itself changed in a re-draft."""
    from amendtool.core.overrides import lapsed_message

    findings = []
    for index, item in enumerate(amendment.change_items):
        if item.lapsed_materiality is not None and not item.counsel_materiality:
            message = f"item {letter(index)}: {lapsed_message(item.lapsed_materiality, item)}"
            findings.append(Finding(WARNING, "counsel_lapsed", message, index))
        proposed = item.materiality_proposed
        if not item.counsel_materiality or proposed in (None, item.materiality):
            continue
        assert proposed is not None
        findings.append(
            Finding(
                NOTE,
                "counsel_choice",
                f"item {letter(index)} is classified {item.materiality.value} by counsel; the "
                f"rules propose {proposed.value} ({item.materiality_reason}); the timing check "
                "follows counsel",
                index,
            )
        )
    return findings
