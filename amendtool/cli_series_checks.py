"""What the series commands (amend, extend, results) check before anything is drafted:
filing details that fit the series, an --out folder of this amendment's own, a new
expiration later than the one it extends. Each refusal is one line naming the input."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from typing import Any

from amendtool.core.errors import InputError


def _filing(
    args: argparse.Namespace,
    series: Any,
    kind: str,
    to: dt.datetime | None = None,
    revised: Any = None,
) -> tuple[Any, dict[str, Any], dt.datetime | None]:
    """The filing details and their data as entered, refused unless they fit the series:
    this offer (said first: another offer's number or date is beside the point), the next
    number (or the draft's, to draft it again), a date not before the last one's,
    this offer, the expiration the series has reached (or the new one of an extension), a
    notice exhibit not yet filed, the series still open. Also the new expiration: `to`, or
    the later one a `revised` offer states."""
    from amendtool.core import series_rules
    from amendtool.core.errors import AmendtoolError
    from amendtool.core.filing import load_filing_and_data
    from amendtool.io.project_file import jsonable

    path = args.filing
    said: list[str] = []
    filing, read = load_filing_and_data(path, said)  # read once, through the input gate
    for notice in said:  # how it was read, when it is not UTF-8
        print(f"amendtool: {notice}", file=sys.stderr)
    data = jsonable(read)
    if problem := series_rules.check_same_offer(series, filing):
        raise InputError(path, problem)  # another offer's details: said before any order
    if kind == "text" and revised is not None and to is None:
        # a revised offer stating a later expiration extends the offer in this amendment
        from amendtool.core.series_steps import stated_extension

        if (to := stated_extension(series, filing, revised)) is not None:
            kind = "extension"
    try:
        series_rules.check_open(series, filing.amendment_number, kind)
    except AmendtoolError as exc:
        raise InputError(args.project, str(exc)) from exc
    number = series.next_number()
    again = not series.current.locked and filing.amendment_number == series.current.number
    if filing.amendment_number != number and not again:
        drafting = (
            "" if series.current.locked else f" (or {series.current.number}, to draft it again)"
        )
        raise InputError(
            path,
            f"gives amendment.number = {filing.amendment_number}, but the next amendment of "
            f"this project is No. {number}{drafting}; set amendment.number = {number}",
        )
    earlier = series.amendments[:-1] if again else series.amendments
    last = next((a for a in reversed(earlier) if a.filing is not None), None)
    if last is not None and filing.amendment_date < last.filing.amendment_date:
        raise InputError(
            path,
            f"amendment.date {filing.amendment_date} is before Amendment No. {last.number}'s "
            f"({last.filing.amendment_date}); give this amendment's date",
        )
    for problem in (
        series_rules.check_expiration(series, filing, kind, to),
        series_rules.check_exhibit(series, filing),
        series_rules.check_recorded_exhibits(series, filing),
    ):
        if problem:
            raise InputError(path, problem)
    return filing, data, to


def _ready(args: argparse.Namespace, series: Any, number: int, kind: str) -> None:
    """Before anything is drafted: --out is no other amendment's folder (what was filed is
    never written over), and an amendment this one marks filed has a clean check."""
    from amendtool.core.series_lock import lock_refusal
    from amendtool.core.series_rules import out_refusal, redraft_index

    index = redraft_index(series, number)
    if problem := out_refusal(series, args.out, index):
        problem = problem.replace("the next amendment", f"Amendment No. {number}")
        raise InputError(args.out, problem)
    from pathlib import Path

    from amendtool.io.output_set import other_owner

    if problem := other_owner(Path(args.out), series.identity):
        raise InputError(args.out, problem)
    if index == len(series.amendments) and (
        refusal := lock_refusal(series, kind, args.project, getattr(args, "to", None) or "")
    ):
        raise InputError(args.project, refusal)


_LONGEST_EXTENSION = dt.timedelta(days=366)  # an offer is extended by weeks, not years


def _new_expiration(to: str) -> dt.datetime:
    from amendtool.core.expirations import EXAMPLE, parse_expiration

    try:
        return parse_expiration(to)
    except ValueError as exc:
        raise InputError("--to", f"'{to}' is not a date and time such as {EXAMPLE}") from exc


def _later(series: Any, filing: Any, new: dt.datetime, given: str) -> None:
    """The new expiration is later than the one it extends, by less than a year (9999, or
    2062 for 2026, is a slip of the keyboard), on a business day: said before the refusals
    that name a command with it."""
    from amendtool.core.business_days import stated_day
    from amendtool.core.expiration_checks import not_a_business_day
    from amendtool.core.offer_zone import series_zone
    from amendtool.core.series_steps import current_expiration, not_later
    from amendtool.core.stated_deadlines import deadline_phrase

    old = current_expiration(series, filing)
    said = series_zone(series, filing.time_zone)  # the zone as the offer names it
    if new <= old:
        raise InputError("--to", not_later(new, old, filing.zone, said))
    if new - old > _LONGEST_EXTENSION:
        raise InputError(
            "--to",
            f"{given.strip()} is more than a year after the expiration it extends "
            f"({deadline_phrase(old.replace(tzinfo=filing.zone), zone_said=said)}); check the year",
        )
    if problem := not_a_business_day(
        new.replace(tzinfo=filing.zone), stated_day(old.replace(tzinfo=filing.zone)), said
    ):
        # said before any other refusal, whose advice would name this date again
        raise InputError("--to", f"the offer cannot be extended to {problem}")


def _refuse_reversal(args: argparse.Namespace, series: Any) -> None:
    """A revision that undoes an earlier amendment is refused until counsel confirms it:
    it is most often the offer as filed, edited, instead of the offer as amended."""
    from amendtool.core.findings import item_runs
    from amendtool.core.items import letter
    from amendtool.core.series_reversals import reversal_message, reversals

    amendment = series.amendment(-1)
    found = reversals(amendment.change_items, amendment.series.earlier) if amendment else []
    if found:
        items = item_runs([letter(index) for index, _, _ in found])
        number = found[0][1]
        undone = sorted({n for _, each, ns in found if each == number for n in ns})
        raise InputError(
            args.revised,
            f"item{'s' if len(found) > 1 else ''} {items} "
            f"{reversal_message(number, undone, 'reverse' if len(found) > 1 else 'reverses')}"
            " (--reverses-earlier)",
        )
