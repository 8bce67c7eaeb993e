"""Deadlines the amended offer sets for holders to act, read against its own expiration.

A notice of withdrawal that may reach the Depositary until 11:59 p.m. on the expiration
date of an offer expiring at 5:00 p.m. lets holders withdraw (or tender, or elect) after the
offer has expired: the offer contradicts itself, and counsel must see it. A withdrawal
deadline earlier than the expiration contradicts an offer saying withdrawal rights run until
it expires (Rule 13e-4(f)(2)(i)); where that rule binds, the withdrawal checks already call
the earlier end an error, so only the offers it does not bind are warned here. Deadlines on
another day are left alone: the back-end withdrawal date (Rule 13e-4(f)(2)(ii)) and what
follows the expiration (payment, results) are after it on purpose. Wording and words:
resources/checks/holder_deadlines.toml.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo

from amendtool.core.amendment import Amendment
from amendtool.core.business_days import stated_day
from amendtool.core.changes import item_texts
from amendtool.core.expiration_checks import _told_as_past, expiration_disagrees, place_of
from amendtool.core.expirations import stated_expirations
from amendtool.core.fact_patterns import _TIME, parse_time
from amendtool.core.findings import WARNING, Finding
from amendtool.core.items import letter
from amendtool.core.materiality_rules import Rules, house_rules
from amendtool.core.offer_kinds import withdrawal_binds
from amendtool.core.offer_zone import message_deadline
from amendtool.core.rule_words import Words
from amendtool.core.segment import sentences
from amendtool.core.stated_deadlines import deadlines
from amendtool.core.templates import fill_map
from amendtool.core.withdrawal_checks import _CLAUSE_BREAK, _ON_EXPIRATION_DAY
from amendtool.resources import resource_path

CODE = "deadline_past_expiration"
WITHDRAWAL = "withdrawal deadline"
# "11:59 p.m." against "12:00 midnight": the same end of the day as offers state it
_SAME = dt.timedelta(minutes=1)


@cache
def _wording() -> dict[str, Any]:
    with resource_path("checks", "holder_deadlines.toml").open("rb") as handle:
        return tomllib.load(handle)


@cache
def _words(key: str) -> Words:
    return Words(list(_wording()[key]))


def _plain(text: str) -> str:
    return " ".join(text.split())


def holder_deadlines(
    sentence: str, rules: Rules, expiration: dt.datetime, zone: str
) -> list[tuple[str, dt.datetime, str]]:
    """(deadline's name, moment, as printed) for each time the sentence gives holders to act
    on the expiration's own day: "before 11:59 p.m. … on the expiration date", or with the
    expiration's date. A time after which holders may act ("after 5:00 p.m.") is no deadline,
    nor a time the sentence states as the offer's expiration (that check's own)."""
    acts = _wording()["acts"]
    if rules.back_end.search(sentence):
        return []
    own = {d.moment for d in stated_expirations(sentence, zone, rules)}
    day = stated_day(expiration)
    out = []
    for clause in _CLAUSE_BREAK.split(sentence):
        name = rules.deadline_named(clause)[0]
        if name not in acts:
            name = rules.deadline_named(sentence)[0]
        if name not in acts:
            continue
        for found in _ON_EXPIRATION_DAY.finditer(clause):
            time = _TIME.search(found.group("time"))
            if time is None or _after(clause, found.start()):
                continue
            hour, minute = parse_time(time)
            moment = dt.datetime.combine(day, dt.time()) + dt.timedelta(hours=hour, minutes=minute)
            out.append((name, moment.replace(tzinfo=ZoneInfo(zone)), found.group(0)))
        for stated in deadlines(clause, zone):
            if stated.moment in own or _after(clause, clause.find(stated.text)):
                continue
            if _told_as_past(clause, stated.text):
                continue
            if stated_day(stated.moment.astimezone(expiration.tzinfo)) == day:
                out.append((name, stated.moment, stated.text))
    return out


def _after(text: str, start: int) -> bool:
    return text[:start].rstrip().lower().endswith("after")


def check_holder_deadlines(amendment: Amendment, rules: Rules | None = None) -> list[Finding]:
    """A warning for each sentence of the amended offer whose deadline for holders is later
    than the expiration on its day, or (a withdrawal deadline) earlier than an expiration the
    offer says withdrawal runs until; named by the item that brings it in, or its place."""
    if expiration_disagrees(amendment):
        return []  # the one error names both expirations first
    rules = rules or house_rules()
    filing = amendment.filing
    expiration, zone = filing.expiration_local, filing.time_zone
    brought = _brought_in(amendment)
    runs: list[str] | None = None
    findings: list[Finding] = []
    told: set[str] = set()
    for section in amendment.revised.sections:
        if section.is_contents:
            continue
        for paragraph in section.paragraphs:
            if _TIME.search(paragraph.text) is None:
                continue
            for sentence in sentences(paragraph.text):
                key = _plain(sentence)
                if key in told:
                    continue
                for name, moment, printed in holder_deadlines(sentence, rules, expiration, zone):
                    values = {"deadline": name, "stated": printed, "act": _wording()["acts"][name]}
                    if moment - expiration > _SAME:
                        message = _wording()["messages"]["later"]
                    elif expiration - moment > _SAME and name == WITHDRAWAL:
                        if withdrawal_binds(filing):
                            continue  # the withdrawal checks' error
                        if runs is None:
                            runs = runs_to_expiration(amendment, rules)
                        said = next((s for s in runs if s != key), None)
                        if said is None:
                            continue
                        message = _wording()["messages"]["earlier"]
                        values["runs"] = said.rstrip(".")
                    else:
                        continue
                    item = brought.get(key)
                    who = f"item {letter(item)}" if item is not None else None
                    values["who"] = who or place_of(section, paragraph)
                    values["expiration"] = message_deadline(amendment, expiration)
                    findings.append(Finding(WARNING, CODE, fill_map(message, values), item))
                    told.add(key)
                    break
    return findings


def _brought_in(amendment: Amendment) -> dict[str, int]:
    """Each sentence an item brings into the offer (new in its text), by the item."""
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
    right, until = _words("right"), _words("until_expiration")
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
