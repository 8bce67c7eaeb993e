"""The results against what the offer as amended says of them.

The offer fixes how many new awards a tendered share brings ("For every two shares … you will
receive one New Option") and when they are granted ("on the first business day after the
expiration date"). Results that report other figures, or a grant on the day the offer was
still open, contradict the offer the holders accepted: the final amendment would file them.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

from amendtool.core.amendment import Amendment
from amendtool.core.business_days import next_business_day, stated_day
from amendtool.core.extension_dates import place_of
from amendtool.core.filing import FilingError
from amendtool.core.findings import ERROR, WARNING, Finding
from amendtool.core.plain_fact_reading import facts_in
from amendtool.core.results import Results, grant_refusal, parse_results
from amendtool.core.segment import split_sentences
from amendtool.core.stated_deadlines import day_phrase, deadline_phrase

# a ratio the offer explains ("for every two shares …, one New Option"), never a bare "1 for 2"
_EXPLAINED = re.compile(r"\b(?:every|each)\b", re.I)
_GRANTED = re.compile(r"\b(?:grant(?:ed)?|issue[ds]?)\b", re.I)
_AFTER = re.compile(
    r"\b(?:after|following)\s+(?:the\s+)?(?:expiration|expiry|offer\s+expires|close\s+of)", re.I
)
_FIRST_DAY_AFTER = re.compile(r"\bfirst\s+business\s+day\s+(?:after|following)\b", re.I)
_ROUNDING = Decimal("0.001")  # whole awards rounded down holder by holder lose a few


def check_results_against_offer(amendment: Amendment) -> list[Finding]:
    try:
        results = parse_results(amendment.results_data)
    except FilingError:
        return []  # the results themselves are refused where they are entered
    return _ratio_findings(amendment, results) + _grant_findings(amendment, results)


def offer_ratio(amendment: Amendment) -> tuple[Decimal, str] | None:
    """What one share tendered brings, and the offer's words for it, where the offer as
    amended explains one ratio only (an offer of tiers, or none explained: None)."""
    found: dict[Decimal, str] = {}
    for paragraph in amendment.original.paragraphs():
        for fact in facts_in(paragraph.text):
            if fact.kind == "ratio" and _EXPLAINED.search(fact.text):
                try:
                    found.setdefault(Decimal(fact.value), " ".join(fact.text.split()))
                except ArithmeticError:
                    return None
    return next(iter(found.items())) if len(found) == 1 else None


def _ratio_findings(amendment: Amendment, results: Results) -> list[Finding]:
    ratio = offer_ratio(amendment)
    if ratio is None or not results.issued or results.statement:
        return []
    per_share, words = ratio
    expected = int(results.accepted * per_share)
    if abs(results.issued - expected) <= max(1, int(expected * _ROUNDING)):
        return []
    return [
        Finding(
            WARNING,
            "results_ratio",
            f"results.issued is {results.issued:,}, but the offer as amended gives "
            f'"{words}": the {results.accepted:,} accepted bring {expected:,}; give the '
            "number granted or issued (or, where holders' awards were rounded, confirm it)",
        )
    ]


def _grant_findings(amendment: Amendment, results: Results) -> list[Finding]:
    expiration = amendment.filing.expiration_local
    if grant_refusal(results, expiration):
        return []  # said already: a grant before the offer expired
    day = stated_day(expiration)
    for section in amendment.original.sections:
        texts = [p.text for p in section.paragraphs]
        for index, paragraph in enumerate(section.paragraphs):
            for start, end in split_sentences(paragraph.text):
                sentence = paragraph.text[start:end]
                if not (_GRANTED.search(sentence) and _AFTER.search(sentence)):
                    continue
                first = _FIRST_DAY_AFTER.search(sentence) is not None
                due = next_business_day(day + dt.timedelta(days=1)) if first else None
                if results.grant_date > day and due in (None, results.grant_date):
                    continue
                return [
                    _grant_finding(
                        place_of(section, index, texts), sentence, results, due, expiration
                    )
                ]
    return []


def _grant_finding(
    where: str, sentence: str, results: Results, due: dt.date | None, expiration: dt.datetime
) -> Finding:
    said = " ".join(sentence.split())
    day = f"on {day_phrase(due)}" if due else "after the day the offer expired"
    return Finding(
        ERROR,
        "results_grant",
        f'{where} says "{said}": the grant is due {day}, but results.grant_date is '
        f"{day_phrase(results.grant_date)} (the offer expired at {deadline_phrase(expiration)}); "
        "give the date of the grant, or amend the offer's statement first",
    )
