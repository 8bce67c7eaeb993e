"""Withdrawal rights run until the offer expires (Rule 13e-4(f)(2)(i); Rule 14d-7(a)(1)): an
item that has them end earlier - at an earlier time on the expiration date, or on a date
and time before the expiration - is an error, whatever class the item is given. The rule
binds a tender for equity (convertible debt included); for straight debt under Regulation
14E alone the same finding is a note saying why, and counsel's recorded reason
(offer.withdrawal_reason) turns the error into a note that follows counsel."""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo

from amendtool.core.amendment import Amendment
from amendtool.core.built_once import built_value
from amendtool.core.changes import item_texts
from amendtool.core.fact_patterns import _DATE, _TIME, parse_date, parse_time
from amendtool.core.filing_fields import named
from amendtool.core.findings import ERROR, NOTE, Finding
from amendtool.core.items import letter
from amendtool.core.materiality_rules import Rules, house_rules
from amendtool.core.offer_kinds import offer_kind
from amendtool.core.offer_zone import message_deadline
from amendtool.core.pattern_store import compiled
from amendtool.core.segment import sentences
from amendtool.core.stated_deadlines import deadlines

RULE = "Rule 13e-4(f)(2)(i)"
# "before 5:00 p.m., Eastern Time, on the expiration date": a time of day on the day it expires
_ON_EXPIRATION_DAY = compiled(
    rf"(?P<time>{_TIME.pattern})[^.;]{{0,40}}?\bon\s+the\s+(?:scheduled\s+)?expiration\s+date",
    re.IGNORECASE,
)


# a sentence that takes withdrawal rights away before the expiration ("You may not withdraw
# your tendered options at any time before the expiration date"; "your election is
# irrevocable"); one that ends them after the expiration says "after" and is no such sentence
_DENIED = compiled(
    r"\b(?:may|can|will|shall)\s+not\s+(?:be\s+)?withdr[ae]wn?\b"
    r"|\bcannot\s+(?:be\s+)?withdr[ae]wn?\b|\bno\s+(?:right\s+to\s+withdraw|withdrawal\s+rights)\b|\birrevocab\w*",
    re.IGNORECASE,
)


def check_withdrawal_rights(amendment: Amendment, rules: Rules | None = None) -> list[Finding]:
    """An error for each item whose new text has withdrawal rights end before the offer's
    expiration (the filing details' offer.expiration)."""
    ends_of = sentence_ends(amendment, rules or house_rules())
    findings = []
    for index, item in enumerate(amendment.change_items):
        old, new = item_texts(item)
        before = {" ".join(s.split()) for s in sentences(old)}
        for sentence in sentences(new):
            if " ".join(sentence.split()) in before:
                continue
            ends = ends_of.read(sentence)
            if ends:
                findings.append(_finding(amendment, index, ends))
                break
    return findings


def withdrawal_end(sentence: str, rules: Rules, expiration: dt.datetime, zone: str) -> str | None:
    """The end the sentence gives withdrawal rights ("at 5:00 p.m., … on July 8, 2026",
    "until July 8, 2026") when it comes before `expiration`; None when it gives none."""
    return next(
        (
            found
            for clause in _withdrawal_clauses(sentence, rules)
            if (found := _clause_ends(clause, rules, expiration, zone))
        ),
        None,
    )


class SentenceEnds:
    """`withdrawal_end` of each sentence for one offer's expiration, read once: the items
    and the amended offer print the same sentences many times (the item check and the check
    of paragraphs left behind each read them)."""

    def __init__(self, rules: Rules, expiration: dt.datetime, zone: str) -> None:
        self.rules, self.expiration, self.zone = rules, expiration, zone
        self.ends: dict[str, str | None] = {}

    def read(self, sentence: str) -> str | None:
        if sentence not in self.ends:
            self.ends[sentence] = withdrawal_end(sentence, self.rules, self.expiration, self.zone)
        return self.ends[sentence]


def sentence_ends(amendment: Amendment, rules: Rules) -> SentenceEnds:
    """The draft's `SentenceEnds` (one while no one edits the amendment; `built_once`)."""
    filing = amendment.filing
    expiration, zone = filing.expiration_local, filing.time_zone
    name = f"withdrawal ends {zone} {expiration} {id(rules)}"
    return built_value(amendment, name, lambda: SentenceEnds(rules, expiration, zone), holds=rules)


def _finding(amendment: Amendment, index: int, ends: str) -> Finding:
    """The error, or the note saying why it is none: the offer is for straight debt, or
    counsel recorded a reason."""
    filing = amendment.filing
    said = (
        f"item {letter(index)} has withdrawal rights end {ends}, before the offer expires at "
        f"{message_deadline(amendment, filing.expiration_local)}"
    )
    kind = offer_kind(filing)
    if not kind.under_rule_13e4:
        return Finding(
            NOTE,
            "withdrawal_period",
            f"{said}: {RULE} does not bind this offer, which is for {kind.said()}, a tender "
            "under Regulation 14E alone, which does not require withdrawal rights until the "
            "expiration; make sure the offer and the notice tell holders when they end",
            index,
        )
    if filing.withdrawal_reason:
        return Finding(
            NOTE,
            "withdrawal_period",
            f"{said}; {RULE} would have them run until it expires, but counsel recorded why "
            f"they may end earlier ({named('offer', 'withdrawal_reason')}): "
            f"“{filing.withdrawal_reason}”; the check follows counsel",
            index,
        )
    return Finding(
        ERROR,
        "withdrawal_period",
        f"{said}: holders may withdraw until the offer expires ({RULE}, which binds a tender "
        f"for {kind.said()}); end them at the expiration, or record why not "
        f"({named('offer', 'withdrawal_reason')})",
        index,
    )


# where one independent clause of a sentence ends and the next begins: a semicolon, or a
# comma and a conjunction before a new subject ("…, and you may withdraw …"); "…, and
# change it, …" shares its subject and is no new clause
_CLAUSE_BREAK = compiled(
    r";\s*|,\s+(?:and|but|or|while|whereas|although)\s+"
    r"(?=(?:you|we|they|holders?|the|your|our|each|any|all|no|it|elections?|tendered)\b)",
    re.IGNORECASE,
)


def _withdrawal_clauses(sentence: str, rules: Rules) -> list[str]:
    """The clauses of the sentence that speak of withdrawal, each read for its own time: in
    "elect before 5:00 p.m., and withdraw before 11:59 p.m." the withdrawal ends at 11:59."""
    clauses = [c for c in _CLAUSE_BREAK.split(sentence) if c.strip()]
    speaking = [c for c in clauses if _DENIED.search(c) or _speaks_of_withdrawal(c, rules)]
    return speaking or [sentence]


def _clause_ends(clause: str, rules: Rules, expiration: dt.datetime, zone: str) -> str | None:
    """The end the clause gives withdrawal rights when it is before the expiration."""
    denied = _DENIED.search(clause)
    if denied and not re.search(r"\bafter\b", clause, re.IGNORECASE):
        return f"once tendered (“{denied.group(0)}”)"
    if denied or _speaks_of_withdrawal(clause, rules):
        return _ends_before(clause, expiration, zone, denied is not None)
    return None


def _speaks_of_withdrawal(sentence: str, rules: Rules) -> bool:
    withdrawal = next((w for n, _, w in rules.deadlines if n == "withdrawal deadline"), None)
    if withdrawal is not None:
        return withdrawal.search(sentence) is not None
    return re.search(r"\bwithdr[ae]w", sentence, re.IGNORECASE) is not None


def _ends_before(
    sentence: str, expiration: dt.datetime, zone: str, denied: bool = False
) -> str | None:
    """The end the sentence gives withdrawal rights, as printed, when it is earlier than the
    expiration; None otherwise. A date after which one may withdraw (Rule 13e-4(f)(2)(ii))
    is no end; a date after which one may not (`denied`: "You may not withdraw … after
    5:00 p.m. on July 8") is."""
    on_the_day = _ON_EXPIRATION_DAY.search(sentence)
    if on_the_day is not None:
        time = _TIME.search(on_the_day.group("time"))
        if time is not None:
            hour, minute = parse_time(time)
            day = (expiration - dt.timedelta(minutes=1)).date()  # 12:00 midnight ends the day
            end = dt.datetime.combine(day, dt.time()) + dt.timedelta(hours=hour, minutes=minute)
            if end.replace(tzinfo=ZoneInfo(zone)) < expiration:
                return f"at {on_the_day.group(0)}"
    for deadline in deadlines(sentence, zone):
        after = sentence[: sentence.find(deadline.text)].rstrip().lower().endswith("after")
        if deadline.moment < expiration and (denied or not after):
            return f"at {deadline.text}"
    if denied:  # "cannot be withdrawn after September 20": that day at the latest
        for date in _DATE.finditer(sentence):
            if _day(date) < expiration.date():
                return f"after {date.group(0)}"
        return None
    for until in _UNTIL_DAY.finditer(sentence):  # "may withdraw … until July 8, 2026"
        stated = _DATE.search(until.group("date"))
        if stated is not None and _day(stated) < expiration.date():
            return until.group(0)
    return None


# a day given alone as the last to withdraw: "until July 8, 2026", "on or before Friday,
# July 8, 2026" (a day with its time of day is a deadline, read above)
_UNTIL_DAY = compiled(
    r"\b(?:until|through|before|prior\s+to|on\s+or\s+before|(?:no|not)\s+later\s+than)\s+"
    rf"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?P<date>{_DATE.pattern})",
    re.IGNORECASE,
)


def _day(date: re.Match[str]) -> dt.date:
    """The day a date names; one printed without its year is taken as no earlier day."""
    try:
        return dt.date.fromisoformat(parse_date(date))
    except ValueError:
        return dt.date.max
