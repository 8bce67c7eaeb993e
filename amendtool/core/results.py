"""The final amendment reporting the results (Rule 13e-4(c)(4)): the results as counsel
enters them under [results] in filing.toml, Item 4's paragraph on them, and the notice
telling employees what happened and what happens next."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from amendtool.core.filing import FilingDetails, FilingError
from amendtool.core.findings import WARNING, Finding
from amendtool.core.layout import Block, Role
from amendtool.core.results_words import (
    count_questions,
    grant_needs_employment,
    payment_words,
    price_text,
)
from amendtool.core.stated_deadlines import deadline_phrase, long_date
from amendtool.core.templates import fill
from amendtool.core.wording import Wording

_COUNTS = {
    "tendered": "how many shares the options tendered and not withdrawn cover",
    "accepted": "how many shares the options accepted for exchange cover",
    "issued": "how many shares the new options (or other consideration) cover",
}


@dataclass(frozen=True)
class Results:
    tendered: int  # shares underlying what was tendered and not withdrawn
    accepted: int  # … what the company accepted
    issued: int  # … what it will grant or issue in exchange
    grant_date: dt.date
    holders: int | None = None  # holders who tendered (optional)
    statement: str = ""  # counsel's own words for Item 4, instead of the tool's
    price: str = ""  # the price paid per unit ("$1,025.00"), when counsel states it


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
    )


def results_values(amendment: object) -> dict[str, str]:
    from amendtool.core.amendment import Amendment
    from amendtool.core.filing_document import offer_terms

    assert isinstance(amendment, Amendment)
    f = amendment.filing
    results = parse_results(amendment.results_data)
    shares = f"shares of {f.underlying}" if f.underlying else "shares"
    terms = offer_terms(amendment)
    holders = ""
    if results.holders:
        holders = fill(
            amendment.wording.schedule_to["results_holders"],
            holders=f"{results.holders:,}",
            **terms,
        )
    tendered_form, given_form = offer_forms(amendment.wording, f)
    paid_for = payment_words(amendment.wording, f, tendered_form, results.price)
    paid_for += _accrued(amendment)
    counts = {
        "tendered": (f.tendered, tendered_form, results.tendered),
        "accepted": (f.tendered, tendered_form, results.accepted),
        "issued": (f.consideration, given_form, results.issued),
    }
    counted = amendment.wording.schedule_to.get("results_counted", {})
    return {
        **terms,
        **{
            f"{key}_counted": fill(
                counted.get(form, "{count} {what}"), what=what, count=f"{n:,}", shares=shares
            )
            for key, (what, form, n) in counts.items()
        },
        "deadline": deadline_phrase(f.expiration_local),
        "deadline_weekday": deadline_phrase(f.expiration_local, weekday=True),
        "tendered_count": f"{results.tendered:,}",
        "accepted_count": f"{results.accepted:,}",
        "issued_count": f"{results.issued:,}",
        "shares": shares,
        "grant_date": long_date(results.grant_date),
        "holders_sentence": holders,
        "paid_for": fill(paid_for, **terms),
        "document_title": f.document_title,
    }


def _accrued(amendment: Any) -> str:
    """', plus accrued and unpaid dividends,' when the offer pays them with its price (as
    the offer prints it); '' when it does not say so."""
    said = amendment.wording.schedule_to.get("results_accrued", "")
    if not said:
        return ""
    pattern = re.compile(str(said), re.I)
    for paragraph in amendment.original.paragraphs():
        if found := pattern.search(paragraph.text):
            return f", {' '.join(found.group(0).split())},"
    return ""


def results_statement(amendment: object) -> str:
    """Item 4's paragraph on the results: counsel's words, or the tool's from the numbers."""
    from amendtool.core.amendment import Amendment

    assert isinstance(amendment, Amendment)
    results = parse_results(amendment.results_data)
    if results.statement:
        return results.statement
    values = results_values(amendment)
    w = amendment.wording.schedule_to
    tense = _tense(amendment)
    cash = "_cash" if offer_forms(amendment.wording, amendment.filing)[1] == "cash" else ""
    template = w.get(
        f"results_statement{cash}{tense}",
        w.get(f"results_statement{tense}", w["results_statement"]),
    )
    opening = str(w.get("results_figure_opening", ""))
    return figure_openings(fill(template, **values).strip(), opening)


_OPENS_WITH_A_FIGURE = re.compile(r"(?:^|(?<=[.!?] ))(?=[$\d])")


def figure_openings(text: str, opening: str) -> str:
    """The text with each sentence that would begin with a figure opened by `opening` ("A
    total of 2,800,000 Preferred Shares were …"): a sentence never begins with a numeral."""
    if not opening:
        return text
    return _OPENS_WITH_A_FIGURE.sub(opening, text)


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


def _tense(amendment: object) -> str:
    return "_past" if granted(amendment) else ""


def grant_refusal(results: Results, expiration: dt.datetime) -> str | None:
    """A grant date before the offer expires: the new securities are granted for what was
    accepted once it has expired (None: the date follows the expiration)."""
    from amendtool.core.business_days import stated_day

    if results.grant_date >= stated_day(expiration):
        return None
    return (
        f"results.grant_date is {long_date(results.grant_date)}, before the offer expires at "
        f"{deadline_phrase(expiration)}: give the date of the grant or issue, which follows "
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
    questions = count_questions(results, amendment.filing, amendment.wording)
    return [Finding(WARNING, "results_counts", message) for message in questions]


def results_notice_blocks(amendment: object, document: str = "notice") -> list[Block]:
    """The notice of the results, for employees: the offer has ended, what was accepted,
    when the new options are granted, and that they need do nothing."""
    from amendtool.core.amendment import Amendment

    assert isinstance(amendment, Amendment)
    f = amendment.filing
    from amendtool.core.plain_notice import voice_of

    w = voice_of(amendment).words["results"]  # the offer's voice: holders are paid
    values = results_values(amendment)
    values["deadline"] = values["deadline_weekday"]
    fields = amendment.wording.notice_document["fields"]
    out = [
        Block(Role.CENTER_BOLD, w["title"].format(document_title_upper=f.document_title.upper())),
        Block(Role.MEMO, f.notice_to, label=fields[0]),
        Block(Role.MEMO, f.notice_from, label=fields[1]),
        Block(Role.MEMO, long_date(f.amendment_date), label=fields[2]),
        Block(Role.MEMO, amendment.memo_subject(), label=fields[3]),
        Block(Role.HEADLINE, w["headline"].format(**values)),
        Block(Role.TEXT, w["intro"].format(**values)),
    ]
    tense = _tense(amendment)
    paragraphs = [p.text for p in amendment.original.paragraphs()]
    employed = grant_needs_employment(list(w.get("employment_condition", [])), paragraphs)
    results = parse_results(amendment.results_data)
    fewer = results.accepted < results.tendered  # what happens to the rest is said
    for key in ("results", "grant", "action"):
        question = w.get(f"{key}_question{tense}", w[f"{key}_question"])
        answer = w.get(f"{key}_answer{tense}", w[f"{key}_answer"])
        if fewer:
            answer = w.get(f"{key}_answer_fewer", answer)
        if employed:  # the offer's own condition, in the notice's words for it
            answer = w.get(f"{key}_answer{tense}_employed") or answer
        out.append(Block(Role.SUBHEADING, question.format(**values)))
        out.append(Block(Role.TEXT, answer.format(**values)))
    out += [
        Block(Role.HEADING, w.get("questions_heading", "Questions")),
        Block(Role.TEXT, w["contact"].format(contact=f.notice_contact.rstrip("."), **values)),
        Block(Role.TEXT, f.notice_delivery),
    ]
    return [Block(b.role, b.text, b.label, b.cells, document, b.items) for b in out]
