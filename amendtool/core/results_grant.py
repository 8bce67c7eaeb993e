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
from amendtool.core.materiality_rules import Rules, house_rules
from amendtool.core.model import Paragraph, Section
from amendtool.core.offer_zone import message_deadline
from amendtool.core.pattern_store import compiled
from amendtool.core.segment import split_sentences
from amendtool.core.stated_deadlines import long_date

_MONTH = "January|February|March|April|May|June|July|August|September|October|November|December"
_DAY = rf"((?:{_MONTH})\s+\d{{1,2}},\s+\d{{4}})"
# the day the new awards are granted: "will be granted on June 15, 2026", "grant the New
# Options on …", "the (scheduled) grant date of the New Options will be …", "…, the grant date"
_GRANT_ON = compiled(
    rf"\bgrant(?:ed)?\s+(?:(?:the|all|any|your)\s+)?(?:new\s+\w+\s+)?on\s+{_DAY}"
    rf"|\bgrant\s+date\b[^.;]{{0,60}}?\b(?:be|is)\s+{_DAY}",
    re.I,
)
# a grant date on a condition ("If we cancel … on April 24, 2026, the New Options will be
# granted on October 26, 2026"): the day moves with the condition, and is not contradicted
_IF = compiled(r"\s*(?:if|assuming|in the event)\b", re.I)


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
    findings = _with_another_act(amendment, granted)
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


# the grant on the day of another act the offer dates: "We will grant the New Options on the
# date we cancel the Eligible Options accepted for exchange", "on the same day on which we
# accept the tendered options"
_GRANT_WITH = compiled(
    r"\bgrant\w*\b[^.;]{0,80}?\bon\s+the\s+(?:same\s+)?(?:date|day)\s+(?:on\s+which\s+|that\s+)?"
    r"(?:we|the\s+company|\w+)\s+(?:will\s+)?(?P<act>cancel|accept)",
    re.I,
)
# a sentence that sets a deadline to act by, not the day of the act ("accept … until …")
_BY = compiled(r"\b(?:until|before|prior to|later than|received)\b", re.I)
# the grant described by its place after the expiration: "We will grant the New RSUs on the
# first business day after the expiration date", "granted on the second business day
# following the expiration" (not "the first business day that is at least six months …
# after"); the words counted are those of following_dates.py
_GRANT_ON_WORD = compiled(r"\bgrant\w*\b[^.;]{0,80}?\bon\s+$", re.I)
_NTH = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]


def _with_another_act(amendment: Amendment, granted: dt.date) -> list[Finding]:
    """A warning when the offer grants on the day it cancels (or accepts) what was tendered,
    states that day, and the results report the grant on another."""
    rules = house_rules()
    offer = [(s, s.paragraphs) for s in amendment.original.sections if not s.is_contents]
    acts = {
        found.group("act").lower()
        for section, paragraphs in offer
        for p in paragraphs
        for found in _GRANT_WITH.finditer(p.text)
    }
    for act in sorted(acts):
        stated = [found for s, ps in offer for found in _act_days(s, ps, act, rules)]
        if not stated or any(day == granted for _, _, day in stated):
            continue
        where, said, _ = stated[0]
        doing = {"cancel": "cancels", "accept": "accepts"}[act]
        return [
            Finding(
                WARNING,
                "results_grant_date",
                f"results.grant_date is {long_date(granted)}, but the offer grants the new "
                f"awards on the day it {doing} what was tendered, which {where} states as "
                f"{said}: give that date, or amend the offer's date before the results",
            )
        ]
    return []


def _act_days(
    section: Section, paragraphs: list[Paragraph], act: str, rules: Rules
) -> list[tuple[str, str, dt.date]]:
    """(where, the date as printed, the day) for each date a sentence of the section states
    for the act ("cancel", "accept"): not a deadline to act by, a grant, a condition or the
    withdrawal rights' own date."""
    texts = [p.text for p in paragraphs]
    out = []
    for index, paragraph in enumerate(paragraphs):
        for start, end in split_sentences(paragraph.text):
            sentence = paragraph.text[start:end]
            if not re.search(rf"\b{act}", sentence, re.I) or _IF.match(sentence):
                continue
            if re.search(r"\bgrant", sentence, re.I) or _BY.search(sentence):
                continue
            if rules.back_end.search(sentence):
                continue  # the withdrawal rights' own date, from commencement
            for found in re.finditer(_DAY, sentence):
                day = _read(found.group(1))
                if day is not None:
                    out.append((place_of(section, index, texts), found.group(1), day))
    return out


def _read(said: str) -> dt.date | None:
    try:
        return dt.datetime.strptime(" ".join(said.split()), "%B %d, %Y").date()
    except ValueError:
        return None


def _described(text: str) -> tuple[int, bool] | None:
    """(how many days, whether business days) after the expiration on which a sentence of
    `text` says the new awards are granted; None when none says so."""
    from amendtool.core.following_dates import relation, relation_at

    rules = house_rules()
    for start, end in split_sentences(text):
        sentence = text[start:end]
        found = relation_at(sentence, rules)
        if found is not None and _GRANT_ON_WORD.search(sentence[:found]):
            said = relation(sentence, rules)
            if said is not None:
                return said[0], said[1]
    return None


def check_results_grant_business_day(amendment: Amendment) -> list[Finding]:
    """A grant date on a Saturday, a Sunday or a federal holiday, as the other dates are
    checked: new awards priced at the market's close are granted on a business day."""
    from amendtool.core.business_days import holiday_name, is_business_day, next_business_day
    from amendtool.core.filing import FilingError
    from amendtool.core.results import parse_results

    try:
        day = parse_results(amendment.results_data).grant_date
    except FilingError:
        return []  # the results themselves are refused where they are entered
    if is_business_day(day):
        return []
    why = f" ({holiday_name(day)})" if holiday_name(day) else ""
    after = next_business_day(day)
    return [
        Finding(
            WARNING,
            "results_grant_business_day",
            f"results.grant_date is {day:%A}, {long_date(day)}{why}, not a business day: "
            "give the day the grant was made (the next business day is "
            f"{after:%A}, {long_date(after)})",
        )
    ]


def check_results_grant_day(amendment: Amendment) -> list[Finding]:
    """A grant reported on the day the offer in force expires (at 9:00 p.m., say: the
    grant would come before what it is granted for is accepted), or on another day than the
    first business day after the expiration where the offer says it grants then."""
    from amendtool.core.business_days import stated_day
    from amendtool.core.filing import FilingError
    from amendtool.core.following_dates import worked_out
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
                f"{message_deadline(amendment, expiration)}: the new awards are granted for "
                "what is accepted once the offer has expired; give the day of the grant after it",
            )
        ]
    described = next(filter(None, map(_described, _texts(amendment))), None)
    if described is None:
        return []
    count, business = described
    expected = worked_out(expires, count, business)
    if granted == expected:
        return []
    days = "business day" if business else "day"
    nth = _NTH[count - 1] if count <= len(_NTH) else f"{count}th"
    return [
        Finding(
            WARNING,
            "results_grant_day",
            f"results.grant_date is {long_date(granted)}, but the offer grants on the {nth} "
            f"{days} after the expiration, {long_date(expected)} (it expires at "
            f"{message_deadline(amendment, expiration)}): give that date, or say in "
            "results.statement why the grant was made on another",
        )
    ]


def _texts(amendment: Amendment) -> list[str]:
    return [p.text for p in amendment.revised.paragraphs()]
