"""The grant date the results report against the grant date the offer as amended states.

The offer says when the new options are granted ("We will grant the New Options on June 15,
2026, the first business day after the expiration date"); an extension moves the
expiration, and the grant with it. Results reporting a grant on another day contradict the
offer the holders were given: the offer's statement is amended first, or the results
corrected."""

from __future__ import annotations

import datetime as dt
import re

from amendtool.core.amendment import Amendment
from amendtool.core.extension_dates import place_of
from amendtool.core.findings import ERROR, WARNING, Finding
from amendtool.core.segment import split_sentences
from amendtool.core.stated_deadlines import deadline_phrase, long_date

_MONTH = "January|February|March|April|May|June|July|August|September|October|November|December"
_DAY = rf"((?:{_MONTH})\s+\d{{1,2}},\s+\d{{4}})"
# the day the new awards are granted: "will be granted on June 15, 2026", "grant the New
# Options on …", "the (scheduled) grant date of the New Options will be …", "…, the grant date"
_GRANT_ON = re.compile(
    rf"\bgrant(?:ed)?\s+(?:(?:the|all|any|your)\s+)?(?:new\s+\w+\s+)?on\s+{_DAY}"
    rf"|\bgrant\s+date\b[^.;]{{0,60}}?\b(?:be|is)\s+{_DAY}",
    re.I,
)
# a grant date on a condition ("If we cancel … on April 24, 2026, the New Options will be
# granted on October 26, 2026"): the day moves with the condition, and is not contradicted
_IF = re.compile(r"\s*(?:if|assuming|in the event)\b", re.I)


def stated_grant_days(text: str) -> list[tuple[str, dt.date]]:
    """The dates, as printed and read, on which `text` says the new awards are granted
    (not one said on a condition)."""
    out: list[tuple[str, dt.date]] = []
    for start, end in split_sentences(text):
        if not _IF.match(text[start:end]):
            out += _grant_days(text[start:end])
    return out


def _grant_days(text: str) -> list[tuple[str, dt.date]]:
    out: list[tuple[str, dt.date]] = []
    for found in _GRANT_ON.finditer(text):
        said = next(d for d in found.groups() if d)
        try:
            day = dt.datetime.strptime(" ".join(said.split()), "%B %d, %Y").date()
        except ValueError:
            continue
        out.append((said, day))
    return out


def check_results_grant(amendment: Amendment) -> list[Finding]:
    """An error for each paragraph of the offer as amended that states a grant date other
    than the one the results report."""
    from amendtool.core.filing import FilingError
    from amendtool.core.results import parse_results

    try:
        granted = parse_results(amendment.results_data).grant_date
    except FilingError:
        return []  # the results themselves are refused where they are entered
    findings = []
    for section in amendment.original.sections:
        if section.is_contents:
            continue
        texts = [p.text for p in section.paragraphs]
        for index, paragraph in enumerate(section.paragraphs):
            other = [t for t, day in stated_grant_days(paragraph.text) if day != granted]
            if other:
                findings.append(
                    Finding(
                        ERROR,
                        "results_grant_date",
                        f"{place_of(section, index, texts)} states the grant on "
                        f"{' and '.join(other)}, but results.grant_date is "
                        f"{long_date(granted)}: amend the offer's grant date in an amendment "
                        "before the results, or give the grant date it states",
                    )
                )
    return findings


# the grant described by its place after the expiration: "We will grant the New RSUs on the
# first business day after the expiration date", "granted on the next business day following
# the expiration" (not "the first business day that is at least six months … after")
_DESCRIBED = re.compile(
    r"\bgrant\w*\b[^.;]{0,80}?\bon\s+the\s+(?:first|next)\s+business\s+day\s+"
    r"(?:after|following)\s+(?:the\s+)?(?:scheduled\s+)?(?:expiration|expiry|offer\s+expires)",
    re.I,
)


def check_results_grant_day(amendment: Amendment) -> list[Finding]:
    """A grant reported on the day the offer in force expires (at 9:00 p.m., say: the
    grant would come before what it is granted for is accepted), or on another day than the
    first business day after the expiration where the offer says it grants then."""
    from amendtool.core.business_days import next_business_day, stated_day
    from amendtool.core.filing import FilingError
    from amendtool.core.results import grant_refusal, parse_results

    try:
        results = parse_results(amendment.results_data)
    except FilingError:
        return []  # the results themselves are refused where they are entered
    expiration = amendment.filing.expiration_local
    granted, expires = results.grant_date, stated_day(expiration)
    if grant_refusal(results, expiration):
        return []  # an error of check_results_timing
    if granted == expires:
        return [
            Finding(
                WARNING,
                "results_grant_day",
                f"results.grant_date is {long_date(granted)}, the day the offer expires at "
                f"{deadline_phrase(expiration)}: the new awards are granted for what is "
                "accepted once the offer has expired; give the day of the grant after it",
            )
        ]
    described = any(_DESCRIBED.search(p.text) for p in amendment.revised.paragraphs())
    expected = next_business_day(expires + dt.timedelta(days=1))
    if not described or granted == expected:
        return []
    return [
        Finding(
            WARNING,
            "results_grant_day",
            f"results.grant_date is {long_date(granted)}, but the offer grants on the first "
            f"business day after the expiration, {long_date(expected)} (it expires at "
            f"{deadline_phrase(expiration)}): give that date, or say in results.statement "
            "why the grant was made on another",
        )
    ]
