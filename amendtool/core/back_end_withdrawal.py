"""Rule 13e-4(f)(2)(ii): holders may withdraw what they tendered and the issuer has not yet
accepted once 40 business days have passed from commencement. The offer states that date
(its "back-end" date), fixed from commencement: an extension does not move it. An item that
states it later than the rule allows, or takes the right out of the offer, cuts withdrawal
off before the rule's date; the check says so, with the latest date the rule allows."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from amendtool.core.business_days import earliest_expiration
from amendtool.core.changes import item_texts
from amendtool.core.fact_patterns import _DATE, parse_date
from amendtool.core.findings import ERROR, WARNING, Finding
from amendtool.core.items import letter
from amendtool.core.materiality_rules import Rules, house_rules
from amendtool.core.offer_kinds import offer_kind
from amendtool.core.pattern_store import compiled
from amendtool.core.segment import sentences
from amendtool.core.stated_deadlines import long_date

if TYPE_CHECKING:
    from amendtool.core.amendment import Amendment

RULE = "Rule 13e-4(f)(2)(ii)"
_WITHDRAW = compiled(r"\bwithdr[ae]w", re.IGNORECASE)
# "on or after November 6": the right begins on that day, so the day before is the date
_FROM_THE_DAY = compiled(
    r"\b(?:on\s+or\s+after|beginning(?:\s+on)?|starting(?:\s+on)?|from)\s+$", re.IGNORECASE
)


def latest_back_end(commenced: dt.date, rules: Rules | None = None) -> dt.date:
    """The last day of the period after which holders may withdraw what is not accepted: its
    40th business day counted as Rule 14d-1(g)(3) counts every period of a tender offer (and
    the expiration's timing here), the day of commencement the first (or, commenced on a
    weekend or a holiday, the next business day). Commenced Monday, August 27, 2001, the
    period ends with Tuesday, October 23, 2001 (Labor Day and Columbus Day not counted):
    holders may withdraw from 12:00 midnight at its end."""
    days = (rules or house_rules()).periods.get("back_end_withdrawal", 40)
    return earliest_expiration(commenced, days).day


def check_back_end(amendment: Amendment, rules: Rules | None = None) -> list[Finding]:
    """An error for each item that states the back-end date later than the rule allows; a
    warning for an item that takes the right out, the amended offer stating it nowhere."""
    rules = rules or house_rules()
    filing = amendment.filing
    if not offer_kind(filing).under_rule_13e4 or not rules.back_end.phrases:
        return []
    latest = latest_back_end(filing.statement_filed, rules)
    tendered = filing.tendered or "securities"
    allowed = (
        f"{RULE} lets holders withdraw {tendered} not yet accepted once "
        f"{rules.periods.get('back_end_withdrawal', 40)} business days have passed from "
        f"commencement ({long_date(filing.statement_filed)}): after {long_date(latest)} at "
        "the latest, however long the offer is extended"
    )
    findings = []
    for index, item in enumerate(amendment.change_items):
        old, new = item_texts(item)
        before = {" ".join(s.split()) for s in sentences(old)}
        added = [s for s in sentences(new) if " ".join(s.split()) not in before]
        late = next((d for s in added if _back_end(s, rules) for d in _late(s, latest)), None)
        if late is not None:
            message = f"item {letter(index)} lets holders withdraw only after {late}; {allowed}"
            findings.append(Finding(ERROR, "back_end_withdrawal", message, index))
        elif any(_back_end(s, rules) for s in sentences(old)) and not _stated(amendment, rules):
            message = (
                f"item {letter(index)} takes out the right to withdraw {tendered} not yet "
                f"accepted; {allowed}: keep it in the offer"
            )
            findings.append(Finding(WARNING, "back_end_withdrawal", message, index))
    return findings


def _back_end(sentence: str, rules: Rules) -> bool:
    return bool(_WITHDRAW.search(sentence) and rules.back_end.search(sentence))


def _late(sentence: str, latest: dt.date) -> list[str]:
    """The dates, as printed, from which the sentence lets holders withdraw, when later than
    `latest` allows."""
    out = []
    for found in _DATE.finditer(sentence):
        parsed = parse_date(found)
        if len(parsed) == len("10-24"):  # no year printed: the year the period ends
            parsed = f"{latest.year}-{parsed}"
        try:
            day = dt.date.fromisoformat(parsed)
        except ValueError:
            continue
        if _FROM_THE_DAY.search(sentence[: found.start()]):
            day -= dt.timedelta(days=1)  # the right begins that day: the period ended before
        if day > latest:
            out.append(found.group(0))
    return out


def _stated(amendment: Amendment, rules: Rules) -> bool:
    """Whether the amended offer states the back-end right anywhere."""
    return any(
        _back_end(sentence, rules)
        for section in amendment.revised.sections
        for paragraph in section.paragraphs
        for sentence in sentences(paragraph.text)
    )
