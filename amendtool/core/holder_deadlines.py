"""Deadlines the amended offer sets for holders to act, read against its own expiration.

A notice of withdrawal that may reach the Depositary until 11:59 p.m. on the expiration
date of an offer expiring at 5:00 p.m. lets holders withdraw (or tender, or elect) after the
offer has expired: the offer contradicts itself, and counsel must see it; so does one due on
a later day ("until 5:00 p.m. on December 18, 2026" in an offer expiring on December 15), or
at the end of the expiration's day by words ("until the end of the Expiration Date"). A
withdrawal deadline earlier than the expiration contradicts an offer saying withdrawal
rights run until it expires (Rule 13e-4(f)(2)(i)); where that rule binds, the withdrawal
checks already call the earlier end an error, so only the offers it does not bind are
warned here. What comes after the expiration on purpose is left alone: the back-end
withdrawal date (Rule 13e-4(f)(2)(ii)), from which holders may act, and what the company
does once the offer has expired (payment, grants, results). Wording and words:
resources/checks/holder_deadlines.toml (holder_deadline_words.py reads them).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from amendtool.core.amendment import Amendment
from amendtool.core.business_days import stated_day
from amendtool.core.changes import item_texts
from amendtool.core.expiration_checks import _told_as_past, expiration_disagrees, place_of
from amendtool.core.expirations import stated_expirations
from amendtool.core.findings import WARNING, Finding
from amendtool.core.holder_deadline_words import (
    dates_until,
    holders_own,
    on_expiration_day,
    starts_from,
    wording,
    words,
    worth_reading,
)
from amendtool.core.items import letter
from amendtool.core.materiality_rules import Rules, house_rules
from amendtool.core.offer_kinds import withdrawal_binds
from amendtool.core.offer_zone import message_deadline
from amendtool.core.segment import sentences
from amendtool.core.stated_deadlines import deadlines
from amendtool.core.templates import fill_map
from amendtool.core.withdrawal_checks import _CLAUSE_BREAK

CODE = "deadline_past_expiration"
WITHDRAWAL = "withdrawal deadline"
# "11:59 p.m." against "12:00 midnight": the same end of the day as offers state it
_SAME = dt.timedelta(minutes=1)


@dataclass(frozen=True)
class HolderDeadline:
    """A time the offer gives holders to act by, as the sentence prints it."""

    name: str  # "withdrawal deadline", "election deadline"
    moment: dt.datetime  # aware
    printed: str
    dated: bool = False  # a date printed without a time: its first minute


def _plain(text: str) -> str:
    return " ".join(text.split())


def holder_deadlines(
    sentence: str, rules: Rules, expiration: dt.datetime, zone: str
) -> list[HolderDeadline]:
    """Each time the sentence gives holders to act on the expiration's own day ("before
    11:59 p.m. … on the expiration date", "until the end of the day on which the offer
    expires", or with the expiration's date), or on a later day in a clause that names the
    act itself and nothing done after the expiration on purpose. A time from which holders
    may act ("after 5:00 p.m.") is no deadline, nor a time the sentence states as the
    offer's expiration (that check's own), nor one it tells as past."""
    acts = wording()["acts"]
    if not worth_reading(sentence) or rules.back_end.search(sentence):
        return []
    own = {d.moment for d in stated_expirations(sentence, zone, rules)}
    day = stated_day(expiration)
    local = ZoneInfo(zone)
    out = []
    for clause in _CLAUSE_BREAK.split(sentence):
        named = rules.deadline_named(clause)[0]
        name = named if named in acts else rules.deadline_named(sentence)[0]
        if name not in acts:
            continue
        later_days = named == name and holders_own(clause)
        for moment, printed in on_expiration_day(clause, day):
            out.append(HolderDeadline(name, moment.replace(tzinfo=local), printed))
        stated = deadlines(clause, zone)
        for deadline in stated:
            if deadline.moment in own or starts_from(clause, clause.find(deadline.text)):
                continue
            if _told_as_past(clause, deadline.text):
                continue
            on = stated_day(deadline.moment.astimezone(expiration.tzinfo))
            if on == day or (on > day and later_days):
                out.append(HolderDeadline(name, deadline.moment, deadline.text))
        if not later_days:
            continue
        for date, printed in dates_until(clause, [d.text for d in stated]):
            if date > day and not _told_as_past(clause, printed):
                moment = dt.datetime.combine(date, dt.time(), local)
                out.append(HolderDeadline(name, moment, printed, dated=True))
    return out


def check_holder_deadlines(amendment: Amendment, rules: Rules | None = None) -> list[Finding]:
    """A warning for each sentence of the amended offer whose deadline for holders is later
    than the expiration on its day, or (a withdrawal deadline) earlier than an expiration the
    offer says withdrawal runs until; named by the item that brings it in, or its place."""
    if expiration_disagrees(amendment):
        return []  # the one error names both expirations first
    rules = rules or house_rules()
    filing = amendment.filing
    expiration, zone = filing.expiration_local, filing.time_zone
    brought: dict[str, int] | None = None  # read when a deadline is found: most offers have none
    runs: list[str] | None = None
    findings: list[Finding] = []
    told: set[str] = set()
    for section in amendment.revised.sections:
        if section.is_contents:
            continue
        for paragraph in section.paragraphs:
            if not worth_reading(paragraph.text):
                continue
            for sentence in sentences(paragraph.text):
                key = _plain(sentence)
                if key in told:
                    continue
                for found in holder_deadlines(sentence, rules, expiration, zone):
                    name, moment = found.name, found.moment
                    values = {
                        "deadline": name,
                        "stated": found.printed,
                        "act": wording()["acts"][name],
                    }
                    if moment - expiration > _SAME:
                        message = wording()["messages"]["later_date" if found.dated else "later"]
                    elif expiration - moment > _SAME and name == WITHDRAWAL:
                        if withdrawal_binds(filing):
                            continue  # the withdrawal checks' error
                        if runs is None:
                            runs = runs_to_expiration(amendment, rules)
                        said = next((s for s in runs if s != key), None)
                        if said is None:
                            continue
                        message = wording()["messages"]["earlier"]
                        values["runs"] = said.rstrip(".")
                    else:
                        continue
                    if brought is None:
                        brought = _brought_in(amendment)
                    item = brought.get(key)
                    who = f"item {letter(item)}" if item is not None else None
                    values["who"] = who or place_of(section, paragraph)
                    values["expiration"] = message_deadline(amendment, expiration)
                    findings.append(Finding(WARNING, CODE, fill_map(message, values), item))
                    told.add(key)
                    break
    return findings


def _brought_in(amendment: Amendment) -> dict[str, int]:
    """Each sentence an item brings into the offer (new in its text), by the item: every
    item's old and new text split into sentences, so read only for a deadline found."""
    out: dict[str, int] = {}
    for index, item in enumerate(amendment.change_items):
        old, new = item_texts(item)
        before = {_plain(s) for s in sentences(old)}
        for sentence in sentences(new):
            if _plain(sentence) not in before:
                out.setdefault(_plain(sentence), index)
    return out


def runs_to_expiration(amendment: Amendment, rules: Rules) -> list[str]:
    """The sentences of the amended offer saying withdrawal rights run until it expires: by
    their words, or stating the expiration itself as the end of withdrawal rights too."""
    right, until = words("right"), words("until_expiration")
    filing = amendment.filing
    out = []
    for section in amendment.revised.sections:
        for paragraph in section.paragraphs:
            for sentence in sentences(paragraph.text):
                if right.search(sentence) is None or rules.back_end.search(sentence):
                    continue
                ends = {d.moment for d in deadlines(sentence, filing.time_zone)}
                if until.search(sentence) or filing.expiration_local in ends:
                    out.append(_plain(sentence))
    return out
