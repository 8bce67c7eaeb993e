"""After an extension, the dates of the offer that hang on the old expiration.

The extension restates every statement of the expiration itself; a date the offer works
out from it is another matter for counsel: the old date said without a time of day
("withdraw … until April 23, 2026"), the day after it on which tendered options are
accepted and cancelled, a grant date counted from the expiration. The check names each
paragraph of the offer as extended that still states one, to be amended or confirmed."""

from __future__ import annotations

import datetime as dt
import re

from amendtool.core.amendment import Amendment
from amendtool.core.cover import paragraph_in, place_named
from amendtool.core.expiration_checks import expiration_disagrees, offer_expirations
from amendtool.core.expirations import printed_day
from amendtool.core.facts import extract
from amendtool.core.findings import ERROR, WARNING, Finding
from amendtool.core.following_dates import follows
from amendtool.core.locate import answer_position
from amendtool.core.materiality_rules import house_rules
from amendtool.core.model import Section
from amendtool.core.ordinals import position_word
from amendtool.core.pattern_store import compiled
from amendtool.core.same_dates import days_stated
from amendtool.core.segment import split_sentences
from amendtool.core.stated_deadlines import long_date
from amendtool.core.withdrawal_left import left_behind


def check_dependent_dates(amendment: Amendment) -> list[Finding]:
    """Each paragraph of the offer as extended that still states the old expiration's day,
    a day after it up to the new expiration, or, where it speaks of the expiration, a later
    day than the old one: a date the extension may have moved."""
    if amendment.kind != "extension" or amendment.extended_from is None:
        return []
    old = printed_day(amendment.extended_from)
    new = printed_day(amendment.filing.expiration_local)
    span = f"from {long_date(old)} to {long_date(new)}"
    # the offer's own new expiration, where the filing details give another, is the one
    # error of the two disagreeing (check_stated_expiration), not a date worked out
    stated = set()
    if expiration_disagrees(amendment):
        stated = {printed_day(m) for m in offer_expirations(amendment)} - {old}
    # a withdrawal deadline left before the new expiration cannot stand: one error says it
    # (withdrawal_left), never a warning to amend or confirm it
    cannot_stand = {id(p) for _, p, _ in left_behind(amendment)}
    findings = []
    for section in amendment.revised.sections:
        if section.is_contents:
            continue
        texts = [p.text for p in section.paragraphs]
        for index, paragraph in enumerate(section.paragraphs):
            if id(paragraph) in cannot_stand:
                continue
            stale = [
                d for d in stale_dates(paragraph.text, old, new) if _day_of(d, old) not in stated
            ]
            if not stale:
                continue
            where = place_of(section, index, texts)
            if wrong := [d for d in stale if d in dates_before(paragraph.text, new)]:
                findings.append(
                    Finding(
                        ERROR,
                        "extension_dates",
                        f"{where} states {_and(wrong)} as a day after the expiration, but "
                        f"the offer now expires on {long_date(new)}: state the day after the new "
                        "expiration, in a revised offer drafted with the extension (amend "
                        "--to)",
                    )
                )
                stale = [d for d in stale if d not in wrong]
                if not stale:
                    continue
            acts = [d for d in act_dates(paragraph.text, old, new) if d in stale]
            acted = (
                f"; on {_and(acts)} the offer accepts, grants or pays for tenders, but "
                f"holders may now tender until {long_date(new)}, so that day must follow "
                "the new expiration"
                if acts
                else ""
            )
            findings.append(
                Finding(
                    WARNING,
                    "extension_dates",
                    f"{where} still states {_and(stale)}, which the extension {span} may "
                    f"have moved (a date worked out from the old expiration){acted}: amend it "
                    "in the revised draft or confirm that it stands",
                )
            )
    return findings


def place_of(section: Section, index: int, texts: list[str]) -> str:
    """'the answer to the question "When will I receive …?" in "Summary Term Sheet" on page
    3', 'the second paragraph in "Section 5. …" on page 16', as counsel finds it."""
    paragraph = section.paragraphs[index]
    where = place_named(section, paragraph.page)
    answer = answer_position(texts, index)
    if answer is not None and answer.paragraph:
        ordinal = position_word(answer.paragraph, answer.count)
        nth = f"the {ordinal} paragraph of " if answer.count > 1 else ""
        return f'{nth}the answer to the question "{answer.question}" {where}'
    return f"{paragraph_in(section, paragraph)} {where}"


def dates_before(text: str, new: dt.date) -> list[str]:
    """The dates of `text`, as printed, that a sentence says fall after the expiration
    ("June 15, 2026, the first business day after the expiration date") but that are not
    after the expiration `new`: false as the offer now stands."""
    out: list[str] = []
    for start, end in split_sentences(text):
        sentence = text[start:end]
        if _AFTER.search(sentence) is None:
            continue
        for fact in extract(sentence):
            day = _day(fact.value, new.year) if fact.kind == "date" else None
            if day is not None and day <= new and fact.text not in out:
                out.append(fact.text)
    return out


def stale_dates(text: str, old: dt.date, new: dt.date) -> list[str]:
    """The dates of `text`, as printed, that hang on an expiration moved from `old` to
    `new`: `old` itself (with or without its year), a day after it and before `new`, and
    in a sentence on the expiration any day after `old` but `new`; never the back-end
    withdrawal date."""
    rules = house_rules()
    expiration_words = rules.expiration
    out: list[str] = []
    for start, end in split_sentences(text):
        sentence = text[start:end]
        if rules.back_end.search(sentence):
            continue  # the back-end withdrawal date runs from commencement, not the expiration
        if rules.names_another_date(sentence):
            continue  # an early tender or settlement date is moved on its own, if at all
        on_expiration = bool(expiration_words.search(sentence))
        acts = _acted_on(sentence, old, new)
        for fact in extract(sentence):
            if fact.kind != "date":
                continue
            day = _day(fact.value, old.year)
            if day is None or follows(sentence, day, new, rules):
                continue  # "October 16, the business day following the expiration date"
            # "on April 6, the first business day after the expiration date": false once
            # the offer expires on April 6, though it is the new expiration's day
            false_after = day <= new and _AFTER.search(sentence) is not None
            if day == new and not false_after and fact.text not in acts:
                continue
            moved = day == old or old < day < new or (on_expiration and day > old)
            moved = moved or false_after or fact.text in acts
            if moved and fact.text not in out:
                out.append(fact.text)
    return out


def act_dates(text: str, old: dt.date, new: dt.date) -> list[str]:
    """The dates of `text`, as printed, on which the offer says it accepts, cancels, grants
    or pays for tenders, from the old expiration's day `old` up to the new expiration's day
    `new`: holders may still tender that day, however far the extension went past it."""
    out: list[str] = []
    for start, end in split_sentences(text):
        for printed in _acted_on(text[start:end], old, new):
            if printed not in out:
                out.append(printed)
    return out


# a sentence that sets a deadline to act by ("we will accept Election Forms until …")
_BY = compiled(r"\b(?:until|before|prior to|later than|received)\b", re.IGNORECASE)


def _acted_on(sentence: str, old: dt.date, new: dt.date) -> list[str]:
    rules = house_rules()
    if not rules.after_acts.search(sentence) or _BY.search(sentence):
        return []
    if rules.back_end.search(sentence) or rules.names_another_date(sentence):
        return []
    if rules.expiration.search(sentence) and _AFTER.search(sentence) is None:
        return []  # the expiration itself, restated by the extension
    days = [(f.text, _day(f.value, old.year)) for f in extract(sentence) if f.kind == "date"]
    return [
        text
        for text, day in days
        if day is not None and old <= day <= new and not follows(sentence, day, new, rules)
    ]


_AFTER = compiled(
    r"\b(?:after|following)\s+(?:the\s+)?(?:expiration|expiry|offer\s+expires|close\s+of)",
    re.I,
)


def _day(value: str, year: int) -> dt.date | None:
    """'2026-04-24', or '04-24' (no year: the expiration's)."""
    try:
        if len(value) == 5:
            return dt.date.fromisoformat(f"{year}-{value}")
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def _day_of(printed: str, old: dt.date) -> dt.date | None:
    """The day a date as printed names ("Friday, June 5, 2026"; no year: the old one's)."""
    days = days_stated(printed, old.year)
    return days[0] if days else None


def _and(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
