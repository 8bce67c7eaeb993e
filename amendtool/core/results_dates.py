"""The moment the results are reported as of: the offer's expiration as amended, or a date
the offer itself names (its Early Tender Date). Counsel's own results statement may give
another ("As of 5:00 p.m. … on April 2, 2026", written before an extension, or a date the
offer never had): Item 4 would then report results the offer as amended contradicts."""

from __future__ import annotations

import datetime as dt
import re

from amendtool.core.amendment import Amendment
from amendtool.core.business_days import stated_day
from amendtool.core.findings import ERROR, Finding
from amendtool.core.model import Document
from amendtool.core.offer_dates import OfferDate
from amendtool.core.offer_zone import message_deadline
from amendtool.core.pattern_store import compiled
from amendtool.core.stated_deadlines import deadline_phrase, deadlines, long_date, zone_as_stated

_MONTH = "January|February|March|April|May|June|July|August|September|October|November|December"
# a day alone that the results are counted to: "as of April 2, 2026", "expired on …"
_AS_OF_DAY = compiled(
    rf"\b(?:as of|expired (?:on|at)|through)\s+(?:the close of business on\s+)?"
    rf"(?P<day>(?:{_MONTH})\s+\d{{1,2}},\s+\d{{4}})",
    re.IGNORECASE,
)


def check_results_dates(amendment: Amendment) -> list[Finding]:
    """An error for each moment the results statement counts them to that is neither the
    expiration as amended nor a date the offer names."""
    from amendtool.core.filing import FilingError
    from amendtool.core.offer_dates import offer_dates
    from amendtool.core.results import parse_results
    from amendtool.core.results_reporting import results_statement

    f = amendment.filing
    try:
        results = parse_results(amendment.results_data)
        text = results_statement(amendment)
    except FilingError:
        return []  # the results themselves are refused where they are entered
    if results.as_of:
        problem = as_of_problem(amendment, results.as_of)
        return [Finding(ERROR, "results_date", problem)] if problem else []
    expiration = f.expiration_local
    named = offer_dates(amendment.original, f.time_zone)
    moments = {expiration, *(d.moment for d in named)}
    days = {stated_day(expiration), *(stated_day(d.moment) for d in named)}
    days |= {results.grant_date, f.amendment_date}  # a grant or payment, the filing's day
    wrong: list[tuple[str, dt.date]] = []
    taken: list[tuple[int, int]] = []
    for stated in deadlines(text, f.time_zone):
        start = text.find(stated.text)
        taken.append((start, start + len(stated.text)))
        if stated.moment not in moments and stated_day(stated.moment) not in days - {
            stated_day(expiration)
        }:
            wrong.append((stated.text, stated_day(stated.moment)))
    for found in _AS_OF_DAY.finditer(text):
        if any(a <= found.start("day") < b for a, b in taken):
            continue
        day = dt.datetime.strptime(" ".join(found.group("day").split()), "%B %d, %Y").date()
        if day not in days:
            wrong.append((found.group("day"), day))
    names = ", ".join(sorted({f"the {d.name} ({d.text})" for d in named if d.name[:1].isupper()}))
    besides = f", or as of a date the offer names: {names}" if names else ""
    return [
        Finding(
            ERROR,
            "results_date",
            f"the results are reported as of {said}, "
            + ("before " if day < stated_day(expiration) else "but ")
            + f"the offer as amended expired at {message_deadline(amendment, expiration)}: "
            "report them as of "
            f"its expiration ({long_date(stated_day(expiration))}){besides}",
        )
        for said, day in wrong
    ]


def as_of_date(amendment: Amendment, name: str) -> OfferDate | None:
    """The date the offer defines by `name` ("Early Tender Date", "the early tender date"),
    that results reported as of it are counted to; None when the offer defines none."""
    from amendtool.core.offer_dates import offer_dates

    wanted = re.sub(r"^the\s+", "", " ".join(name.split()), flags=re.IGNORECASE).casefold()
    dates = offer_dates(amendment.original, amendment.filing.time_zone)
    return next((d for d in dates if d.name.casefold() == wanted), None)


def as_of_problem(amendment: Amendment, name: str) -> str | None:
    """Why results counted as of the date `name` cannot be reported, or None."""
    from amendtool.core.offer_dates import offer_dates

    named = as_of_date(amendment, name)
    if named is None:
        names = [d.name for d in offer_dates(amendment.original, amendment.filing.time_zone)]
        names = [n for n in names if n[:1].isupper()]
        known = f" (it names {', '.join(names)})" if names else " (it names none)"
        return (
            f'results.as_of is "{name}", but the offer defines no date of that name{known}: '
            "name one the offer defines, or leave as_of out for the results as it expired"
        )
    if amendment.filing.amendment_date <= stated_day(named.moment):
        return (
            f"the amendment is dated {long_date(amendment.filing.amendment_date)}, but the "
            f"results are counted as of the {named.name}, "
            f"{message_deadline(amendment, named.moment, stated=named.text)}: "
            "report them after it"
        )
    return None


def as_of_choices(document: Document, zone: str) -> list[tuple[str, str]]:
    """The dates the offer defines by name that its results may be counted to (results.as_of),
    each with its moment as the offer states it: ("Early Tender Date", "5:00 p.m., New York
    City time, on April 9, 2026"). The withdrawal deadline is no date results are counted to."""
    from amendtool.core.offer_dates import offer_dates

    out = []
    for date in offer_dates(document, zone):
        if date.name[:1].isupper():  # a defined term, as results.as_of names it
            said = zone_as_stated(date.text, str(date.moment.tzinfo))
            out.append((date.name, deadline_phrase(date.moment, zone_said=said)))
    return out
