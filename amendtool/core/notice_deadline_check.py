"""An extension's notice states the deadline the series holds: what it was is the expiration
in force before this amendment, and what it is now the new one. A deadline read from
changed text (a legend naming the offer and withdrawal rights together, a time moved in one
sentence and a date in another) can be pieced together wrongly; the notice then goes out as
a filed exhibit stating a deadline the offer never had, so the check names it."""

from __future__ import annotations

from amendtool.core.amendment import Amendment
from amendtool.core.changes import item_texts
from amendtool.core.expiration_checks import expiration_disagrees
from amendtool.core.expirations import printed_day
from amendtool.core.findings import ERROR, Finding
from amendtool.core.item_kinds import letter
from amendtool.core.plain_facts import fact_changes
from amendtool.core.same_dates import states_moment
from amendtool.core.stated_deadlines import clock_time, long_date


def check_notice_deadlines(amendment: Amendment) -> list[Finding]:
    """Each expiration an extension's items move, as the notice will say it ("The deadline
    is now … It was …"), against the series' old and new expiration."""
    if amendment.kind != "extension" or amendment.extended_from is None:
        return []
    if expiration_disagrees(amendment):
        return []  # the filing details and the offer disagree: one error names both
    new_moment = amendment.filing.expiration_local
    old_moment = amendment.extended_from
    old = f"{clock_time(old_moment)} on {long_date(printed_day(old_moment))}"
    new = f"{clock_time(new_moment)} on {long_date(printed_day(new_moment))}"
    findings = []
    for index, item in enumerate(amendment.change_items):
        if item.plain_summary:  # counsel's own paragraph says it
            continue
        changes, _ = fact_changes(*item_texts(item))
        for change in changes:
            if change.kind != "deadline" or change.label != "deadline":
                continue
            if states_moment(change.old, old_moment) and states_moment(change.new, new_moment):
                continue  # the same deadlines, however printed ("Friday, May 22, 2026")
            findings.append(
                Finding(
                    ERROR,
                    "notice_deadline",
                    f"item {letter(index)}: the notice would say the deadline was "
                    f"{change.old} and is now {change.new}; the series' expiration was {old} "
                    f"and is now {new}: correct the item's text or write the notice's "
                    "paragraph on it yourself (plain)",
                )
            )
    return findings
