"""The final amendment reporting the results (Rule 13e-4(c)(4)): the results as counsel
enters them under [results] in filing.toml, read and checked, and the forms of what the offer
sought and gives. How they are told (Item 4, the notice) is in core/results_reporting.py."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from amendtool.core.filing import FilingDetails, FilingError
from amendtool.core.findings import WARNING, Finding
from amendtool.core.results_words import count_questions, price_questions, price_text
from amendtool.core.stated_deadlines import deadline_phrase, long_date
from amendtool.core.wording import Wording

_COUNTS = {
    "tendered": "how many shares the options tendered and not withdrawn cover",
    "accepted": "how many shares the options accepted for exchange cover",
    "issued": "how many shares the new options (or other consideration) cover",
}


@dataclass(frozen=True)
class Results:
    """The results of the offer, as counsel enter them for the final amendment."""

    tendered: int  # shares underlying what was tendered and not withdrawn
    accepted: int  # … what the company accepted
    issued: int  # … what it will grant or issue in exchange
    grant_date: dt.date
    holders: int | None = None  # holders who tendered (optional)
    statement: str = ""  # counsel's own words for Item 4, instead of the tool's
    price: str = ""  # the price paid per unit ("$1,025.00"), when counsel states it
    # the date the offer names that the results are counted to ("Early Tender Date"); none:
    # the results of the offer as it expired
    as_of: str = ""


def parse_results(data: Any, path: str | Path = "filing.toml") -> Results:
    """[results] of filing.toml, every problem named at once."""
    if not isinstance(data, dict):
        raise FilingError(
            path,
            [
                "[results] is missing: give tendered, accepted, issued and grant_date for the "
                "final amendment"
            ],
        )
    problems: list[str] = []
    counts: dict[str, int] = {}
    for key, what in _COUNTS.items():
        value = data.get(key)
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            problems.append(f"results.{key} must be a whole number: {what}")
            value = 0
        counts[key] = value
    if counts["accepted"] > counts["tendered"]:
        problems.append("results.accepted is more than results.tendered")
    grant = data.get("grant_date")
    if isinstance(grant, str):
        try:
            grant = dt.date.fromisoformat(grant.strip())
        except ValueError:
            grant = None
    if isinstance(grant, dt.datetime):
        grant = grant.date()
    if not isinstance(grant, dt.date):
        problems.append("results.grant_date must be a date such as 2001-10-01")
        grant = dt.date(1970, 1, 1)
    holders = data.get("holders")
    if holders is not None and (isinstance(holders, bool) or not isinstance(holders, int)):
        problems.append("results.holders must be a whole number")
        holders = None
    statement = data.get("statement", "")
    if not isinstance(statement, str):
        problems.append("results.statement must be text in quotes")
        statement = ""
    price = price_text(data.get("price"), problems)
    as_of = data.get("as_of", "")
    if not isinstance(as_of, str):
        problems.append(
            "results.as_of must name in quotes the date the offer defines that the results "
            'are counted to, such as "Early Tender Date"'
        )
        as_of = ""
    if problems:
        raise FilingError(path, problems)
    return Results(
        counts["tendered"],
        counts["accepted"],
        counts["issued"],
        grant,
        holders,
        " ".join(statement.split()),
        price,
        " ".join(as_of.split()),
    )


def as_entered(results: Any, filing: FilingDetails, wording: Wording | None = None) -> Any:
    """[results] as counsel entered them, completed: an offer that pays counts nothing it
    gives (it pays for what it accepted), so `issued` left out is what it accepted."""
    from amendtool.core.wording import house_wording

    if not isinstance(results, dict) or "issued" in results:
        return results
    if offer_forms(wording or house_wording(), filing)[1] != "cash":
        return results
    return {**results, "issued": results.get("accepted")}


def security_form(wording: Wording, name: str) -> str:
    """How the results count a security the offer names, by how its name ends: "options"
    (by the shares it would buy), "awards" (by the shares it covers) or "securities" (by
    itself: shares, preferred shares, notes), from the wording's results_forms."""
    words = " ".join(name.casefold().split())
    for form, endings in wording.schedule_to.get("results_forms", {}).items():
        if any(words == end or words.endswith(" " + end) for end in endings):
            return str(form)
    return "securities"


def offer_forms(wording: Wording, filing: FilingDetails) -> tuple[str, str]:
    """The forms of what the offer sought and of what it gives: an offer that pays gives
    "cash", whatever its consideration is called ("Purchase Price")."""
    from amendtool.core.notice_document import consideration_verb

    paid = consideration_verb(wording, filing.consideration) == "paid"
    given = "cash" if paid else security_form(wording, filing.consideration)
    return security_form(wording, filing.tendered), given


def granted(amendment: object) -> bool:
    """Whether the grant date has come by the amendment's date (the grant is told as done)."""
    from amendtool.core.amendment import Amendment

    assert isinstance(amendment, Amendment)
    return parse_results(amendment.results_data).grant_date <= amendment.filing.amendment_date


def grant_refusal(results: Results, expiration: dt.datetime, zone_said: str = "") -> str | None:
    """A grant date before the offer expires: the new securities are granted for what was
    accepted once it has expired (None: the date follows the expiration). `zone_said`: the
    zone as the offer names it (offer_zone.py)."""
    from amendtool.core.business_days import stated_day

    day = stated_day(expiration)
    # an offer that expires at the end of its day (11:59 p.m., midnight) has no part of that
    # day left for the grant; one that expires at 5:00 p.m. may grant that evening
    ends_its_day = (expiration.hour, expiration.minute) in ((0, 0), (23, 59))
    if results.grant_date > day or (results.grant_date == day and not ends_its_day):
        return None
    when = "on the day" if results.grant_date == day else "before"
    return (
        f"results.grant_date is {long_date(results.grant_date)}, {when} the offer expires at "
        f"{deadline_phrase(expiration, zone_said=zone_said)}: give the date of the grant or "
        "issue, which follows "
        "the expiration"
    )


def check_results_counts(amendment: object) -> list[Finding]:
    """A count of 0 is named (a form left at zero reports an offer nobody took up); fewer
    accepted than tendered needs the filing to say why (results_words.count_questions)."""
    from amendtool.core.amendment import Amendment

    assert isinstance(amendment, Amendment)
    try:
        results = parse_results(amendment.results_data)
    except FilingError:
        return []  # the results themselves are refused where they are entered
    from amendtool.core.results_terms import early_terms, prorated

    # a prorated offer says why it accepted fewer (Item 4 gives the proration factor)
    questions = count_questions(
        results, amendment.filing, amendment.wording, prorated=prorated(amendment)
    )
    questions += price_questions(results, amendment.filing, early_terms(amendment))
    return [Finding(WARNING, "results_counts", message) for message in questions]
