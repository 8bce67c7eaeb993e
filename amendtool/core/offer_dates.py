"""The offer's dates by what they are, read from its own text: the expiration (the filing
details' offer.expiration, which the checks hold to the offer's text), each date the offer
defines by name ("… on March 13, 2026 (the "Early Tender Date")"), and the withdrawal
deadline when the offer ends withdrawal before it expires (a notes tender commonly ends it
at the early tender date). The notice and the checks say each by its name: an early tender
date is no deadline of the offer, and withdrawal does not run to an expiration it ends before."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from amendtool.core.amendment import Amendment
from amendtool.core.changes import item_texts
from amendtool.core.deadline_words import outside_names
from amendtool.core.findings import WARNING, Finding
from amendtool.core.items import letter
from amendtool.core.materiality_rules import Rules, house_rules
from amendtool.core.model import Document
from amendtool.core.offer_kinds import withdrawal_binds
from amendtool.core.offer_zone import message_deadline, offer_deadline
from amendtool.core.pattern_store import compiled
from amendtool.core.segment import sentences
from amendtool.core.stated_deadlines import StatedDeadline, deadlines, long_date

WITHDRAWAL = "withdrawal deadline"
# what the date defines, right after it: '(the "Early Tender Date")', "(the ‘Price
# Determination Date’)"
_DEFINES = compiled(r"^[^.;()]{0,60}?\(\s*(?:the\s+)?[\"“‘']([A-Z][^\"”’']{2,60})[\"”’']\s*\)")
# "after" a date gives a right from then on (Rule 13e-4(f)(2)(ii)): no end of withdrawal
_AFTER = compiled(r"\bafter\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class OfferDate:
    """A date the offer names other than its expiration, as it prints it."""

    name: str  # "Early Tender Date", "withdrawal deadline"
    moment: dt.datetime  # aware, in the zone the offer states it
    text: str  # as the offer prints it


# the last word of a name that names a moment: '(the "Eligible RSUs")' after a date names
# the awards granted before it, never the date
_MOMENT_WORDS = frozenset("date time deadline day expiration expiry".split())


def defined_name(text_after: str) -> str | None:
    """The name a date defines when the words right after it define one ("(the "Early
    Tender Date")" → "Early Tender Date"); None otherwise, and for a name of something else
    ("(the "Eligible RSUs")")."""
    found = _DEFINES.match(text_after)
    if not found:
        return None
    name = " ".join(found.group(1).split())
    return name if name.split()[-1].lower() in _MOMENT_WORDS else None


_UNTIL = compiled(r"\b(?:before|until|prior to|no later than|not later than)\b", re.IGNORECASE)


def deadline_name(sentence: str, start: int) -> str:
    """What the deadline at `start` of the sentence is: 'withdrawal deadline' for a date
    until which holders may withdraw (an offer may end withdrawal before it expires: a
    notes tender, at its early tender date); 'deadline' for the offer's own (its
    expiration, or the day to elect or tender by). The offer's own expiration is said before
    the moment ("the offer and withdrawal rights expire at …"); after it, it names only the
    day the moment falls on ("a notice of withdrawal must reach the Depositary before 11:59
    p.m. … on the expiration date" is withdrawal's own time, not the offer's)."""
    rules = house_rules()
    if rules.offer_expiration is not None and rules.offer_expiration.search(sentence[:start]):
        return "deadline"
    sentence = outside_names(sentence[:start])  # a form's name says no deadline
    until = list(_UNTIL.finditer(sentence))
    clause = sentence[: until[-1].start()] if until else sentence
    withdraws = re.search(r"\bwithdr[ae]w", re.split(r"[;:]", clause)[-1], re.IGNORECASE)
    return WITHDRAWAL if withdraws else "deadline"


def moment_named(
    sentence: str, start: int, end: int, label: str, specific: bool
) -> tuple[str, bool]:
    """What a date or time at [start, end) of the sentence is, when it says: the name it
    defines ('… on March 13, 2026 (the "Early Tender Date")'), or the withdrawal deadline
    rather than the offer's deadline. `label`, `specific`: how it was read otherwise."""
    defined = defined_name(sentence[end:])
    if defined:
        return defined, True
    if label == "deadline":
        return deadline_name(sentence, start), specific
    stated = _STATED.search(sentence[:start]) if not specific else None
    if stated:  # "the Price Determination Date, which is 2:00 p.m. … on June 18, 2004"
        return stated.group("name"), True
    return label, specific


# a date the offer's defined term is said to be, the term before it: "the Price
# Determination Date, which is 2:00 p.m., New York City time, on June 18, 2004"
_STATED = compiled(
    r"\b(?P<name>(?:(?!(?:The|A|An|Our|Its|Each|Any|This)\b)[A-Z][a-z]+\s+){0,3}"
    r"(?:Date|Time|Deadline))"
    r",?\s+(?:which|that)?\s*(?:is|will be|shall be|means)\b(?:[ap]\.m\.|[^.;]){0,80}$"
)


def is_moment(kind: str, label: str, specific: bool) -> bool:
    """A deadline or a date the offer names ("Early Tender Date"), said whole: its time
    with its date."""
    named = kind in ("date", "time") and specific and label[:1].isupper()
    return label in ("deadline", WITHDRAWAL) or named


def _ends_withdrawal(sentence: str, deadline: StatedDeadline, rules: Rules) -> bool:
    if rules.deadline_named(sentence)[0] != WITHDRAWAL:
        return False
    if rules.offer_expiration is not None and rules.offer_expiration.search(sentence):
        return False  # "the offer and withdrawal rights expire at …": the expiration
    return not _AFTER.search(sentence[: sentence.find(deadline.text)])


def offer_dates(document: Document, zone: str, rules: Rules | None = None) -> list[OfferDate]:
    """Each date the offer defines by name, and its withdrawal deadline, once each (the
    latest the offer states, as amended), in the order first stated."""
    rules = rules or house_rules()
    found: dict[str, OfferDate] = {}
    for paragraph in document.paragraphs():
        if not re.search(r"\d{4}", paragraph.text):
            continue
        for sentence in sentences(paragraph.text):
            for deadline in deadlines(sentence, zone):
                name = _named(sentence, deadline, rules)
                if name is None:
                    continue
                known = found.get(name)
                if known is None or deadline.moment > known.moment:
                    found[name] = OfferDate(name, deadline.moment, deadline.text)
    return list(found.values())


def withdrawal_deadline(amendment: Amendment) -> OfferDate | None:
    """The offer's (as amended) withdrawal deadline when it ends withdrawal before it
    expires; None when withdrawal runs to the expiration, as it must where Rule 13e-4
    binds the offer: a date left before it there is an error (withdrawal_left), and the
    notice and the filing both say withdrawal runs to the expiration."""
    filing = amendment.filing
    if withdrawal_binds(filing):
        return None
    for date in offer_dates(amendment.revised, filing.time_zone):
        if date.name == WITHDRAWAL and date.moment < filing.expiration_local:
            return date
    return None


def _named(sentence: str, deadline: StatedDeadline, rules: Rules) -> str | None:
    """The name the sentence gives the date: one it defines, or the withdrawal deadline."""
    after = sentence[sentence.find(deadline.text) + len(deadline.text) :]
    name = defined_name(after)
    if name is None and _ends_withdrawal(sentence, deadline, rules):
        name = WITHDRAWAL
    return name


def check_dates_passed(amendment: Amendment) -> list[Finding]:
    """An item that sets a date of the offer (one it names, or its withdrawal deadline: its
    new text states it, its old did not) that has passed before the amendment's own day
    begins: holders cannot act on it, and counsel should say so or set another date. A past
    event the text tells of ("on March 2, 2026, we announced") is no date of the offer."""
    filing, rules = amendment.filing, house_rules()
    start = dt.datetime.combine(filing.amendment_date, dt.time(0, 0), tzinfo=filing.zone)
    findings = []
    for index, item in enumerate(amendment.change_items):
        old, new = item_texts(item)
        before = {d.moment for d in deadlines(old, filing.time_zone)}
        passed = [
            (name, d)
            for sentence in sentences(new)
            for d in deadlines(sentence, filing.time_zone)
            if d.moment not in before and d.moment < start
            if (name := _named(sentence, d, rules))  # a date of the offer, not a past event
        ]
        if not passed:
            continue
        name, deadline = passed[0]
        what = f"the {name}"
        when = message_deadline(
            amendment, deadline.moment.astimezone(filing.zone), False, deadline.text
        )
        findings.append(
            Finding(
                WARNING,
                "date_passed",
                f"item {letter(index)} sets {what} at "
                f"{when}, before this "
                f"amendment's own date ({long_date(filing.amendment_date)}): holders cannot "
                "act on a date that has passed; set a later one, or say in the amendment "
                "and the notice that it has passed",
                index,
            )
        )
    return findings


def withdrawal_values(amendment: Amendment) -> tuple[str, dict[str, str]]:
    """How the notice says withdrawal when the offer ends it before it expires: '' (it runs
    to the expiration, as the notice's sentences say), 'until' or 'ended' (it passed before
    the amendment's date), with {withdrawal_deadline} to fill them."""
    ends = withdrawal_deadline(amendment)
    if ends is None:
        return "", {}
    filing = amendment.filing
    start = dt.datetime.combine(filing.amendment_date, dt.time(0, 0), tzinfo=filing.zone)
    phrase = offer_deadline(amendment, ends.moment.astimezone(filing.zone), True, ends.text)
    return ("ended" if ends.moment <= start else "until"), {"withdrawal_deadline": phrase}


_WITHDRAW_BY_DEADLINE = compiled(
    r"[^.?!]*\bwithdraw\b[^.?!]*\bbefore the (?:new )?deadline\b[^.?!]*[.?!]", re.IGNORECASE
)


def withdrawal_said(text: str, words: dict[str, object], values: dict[str, str]) -> str:
    """`text` with each sentence that has readers withdraw "before the deadline" said as
    the offer's own withdrawal deadline has it (`values` from withdrawal_values)."""
    how, dates = values.get("how", ""), values
    if not how:
        return text
    said = str(words.get(f"withdrawal_{how}", ""))
    if not said:
        return text
    sentence = said.format_map(_Filled(dates))
    return _WITHDRAW_BY_DEADLINE.sub(" " + sentence, text).replace("  ", " ").strip()


class _Filled(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def withdrawal_on_extension(amendment: Amendment) -> str:
    """What the extension's reminder says of withdrawal: it runs to the new expiration,
    unless the offer ends it earlier at a withdrawal deadline the extension does not move."""
    ends = withdrawal_deadline(amendment)
    if ends is None:
        return "withdrawal rights continue until the new expiration"
    moment = ends.moment.astimezone(amendment.filing.zone)
    phrase = message_deadline(amendment, moment, stated=ends.text)
    return (
        f"the offer ends withdrawal rights at its withdrawal deadline, {phrase}, which the "
        "extension does not move (say so in the notice, or amend that date too)"
    )
