"""An extension amendment: counsel gives the new expiration; the offer's every statement of the
old one is restated, Item 4 says the offer was extended, and the employee notice tells
employees the new deadline, that they may still withdraw, and whether anything else changed:
a sentence saying the other terms are unchanged is said only when no item changes a term."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import Any

from amendtool.core.business_days import stated_day
from amendtool.core.items import AmendmentItem, Materiality
from amendtool.core.layout import Block, Role
from amendtool.core.materiality_rules import house_rules
from amendtool.core.model import Document
from amendtool.core.offer_zone import offer_zone
from amendtool.core.segment import split_sentences
from amendtool.core.stated_deadlines import (
    clock_time,
    deadline_phrase,
    deadlines,
    long_date,
    zone_name,
)
from amendtool.core.templates import fill
from amendtool.core.typography import fold_typography

_MONTHS = (
    "January February March April May June July August September October November December"
).split()
_WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()


def extended_document(base: Document, old: dt.datetime, new: dt.datetime, zone: str) -> Document:
    """The offer as amended, its every statement of the old expiration stating the new one:
    a date with a time of day that is the old expiration, anywhere, and the old date in a
    sentence that speaks of the expiration ("… expires on September 27, 2001")."""
    sections = []
    for section in base.sections:
        paragraphs = [
            dataclasses.replace(p, text=restate_expiration(p.text, old, new, zone)) if p.text else p
            for p in section.paragraphs
        ]
        sections.append(dataclasses.replace(section, paragraphs=paragraphs))
    return dataclasses.replace(base, sections=sections)


def restate_expiration(text: str, old: dt.datetime, new: dt.datetime, zone: str) -> str:
    rules = house_rules()
    out = []
    last = 0
    for start, end in split_sentences(text):
        sentence = text[start:end]
        changed = sentence
        for stated in deadlines(sentence, zone):
            if stated.moment == old:
                changed = changed.replace(stated.text, _restated(stated.text, old, new))
        if changed == sentence and rules.expiration.search(sentence):
            changed = _date_pattern(stated_day(old)).sub(
                lambda m: _new_date(m, stated_day(new)), sentence
            )
        out.append(text[last:start] + changed)
        last = end
    out.append(text[last:])
    return "".join(out)


def _restated(phrase: str, old: dt.datetime, new: dt.datetime) -> str:
    """The phrase with the new date, time and (where named) daylight or standard time."""
    phrase = _date_pattern(stated_day(old)).sub(lambda m: _new_date(m, stated_day(new)), phrase)
    if clock_time(old) != clock_time(new):
        phrase = _case_sub(clock_time(old), clock_time(new), phrase)
    if zone_name(old) != zone_name(new):
        phrase = _case_sub(zone_name(old), zone_name(new), phrase)
    return _day_ends(phrase, stated_day(new), midnight=clock_time(new) == "12:00 midnight")


def _day_ends(phrase: str, day: dt.date, midnight: bool) -> str:
    """A midnight deadline is "at the end of" its day ("on April 30" leaves the reader asking
    which midnight); any other time is "on" it."""
    weekday = "|".join(_WEEKDAYS)
    written = rf"{_MONTHS[day.month - 1]}\s+{day.day},|0?{day.month}/0?{day.day}/"
    date = rf"(?=(?:(?:{weekday}),\s+)?(?:{written}))"
    said, now = (r"\bon(\s+)", "at the end of") if midnight else (r"\bat the end of(\s+)", "on")

    def keep_case(match: re.Match[str]) -> str:
        return (now.upper() if match.group(0).isupper() else now) + match.group(1)

    return re.sub(said + date, keep_case, phrase, count=1, flags=re.IGNORECASE)


def _date_pattern(day: dt.date) -> re.Pattern[str]:
    """The day written out ("Friday, November 20, 2026") or in figures ("11/20/2026",
    "11/20/26")."""
    weekday = "|".join(_WEEKDAYS)
    figures = rf"0?{day.month}/0?{day.day}/(?:{day.year}|{day.year % 100:02d})"
    return re.compile(
        rf"(?:(?P<weekday>{weekday}),\s+)?{_MONTHS[day.month - 1]}\s+{day.day},\s+{day.year}"
        rf"|(?<![\d/])(?P<figures>{figures})(?![\d/])",
        re.IGNORECASE,
    )


def _new_date(match: re.Match[str], day: dt.date) -> str:
    """The new day in the form the old one was written."""
    if match.group("figures"):
        month, date, year = match.group("figures").split("/")
        padded = len(month) == 2, len(date) == 2
        return "/".join(
            (
                f"{day.month:02d}" if padded[0] else str(day.month),
                f"{day.day:02d}" if padded[1] else str(day.day),
                str(day.year) if len(year) == 4 else f"{day.year % 100:02d}",
            )
        )
    text = long_date(day)
    if match.group("weekday"):
        text = f"{_WEEKDAYS[day.weekday()]}, {text}"
    return text.upper() if match.group(0).isupper() else text


def _case_sub(old: str, new: str, text: str) -> str:
    def keep_case(match: re.Match[str]) -> str:
        return new.upper() if match.group(0).isupper() else new

    return re.sub(re.escape(old), keep_case, text, flags=re.IGNORECASE)


def extension_values(
    old: dt.datetime, new: dt.datetime, date: dt.date, weekday: bool = False, zone_said: str = ""
) -> dict[str, str]:
    """The deadlines said in the offer's own name of its zone ("Pacific Time"), if any."""
    return {
        "old_deadline": deadline_phrase(old, weekday=weekday, zone_said=zone_said),
        "new_deadline": deadline_phrase(new, weekday=weekday, zone_said=zone_said),
        "deadline": deadline_phrase(new, weekday=weekday, zone_said=zone_said),
        "date": long_date(date),
    }


def changes_terms(items: list[AmendmentItem]) -> bool:
    """Whether an item changes a term of the offer (classed material or consideration, by
    counsel or as proposed): then no sentence may say the other terms remain unchanged."""
    terms = (Materiality.MATERIAL, Materiality.CONSIDERATION)
    return any(i.materiality in terms for i in items)


def other_terms_key(amendment: object, words: dict[str, str]) -> str:
    """Which sentence on the other terms the items allow: "unchanged" only when every item
    restates the expiration; "also amended" when one changes a term; when one changes other
    text, the other terms unchanged except as amended (a house wording without that sentence
    says "also amended"), never that they remain unchanged as if nothing else had."""
    from amendtool.core.amendment import Amendment

    assert isinstance(amendment, Amendment)
    if changes_terms(amendment.change_items):
        return "extension_terms"
    if amendment.extended_from is None or only_the_deadline(amendment):
        return "extension_unchanged"
    return "extension_amended" if "extension_amended" in words else "extension_terms"


def and_the_terms(amendment: object, words: dict[str, str], text: str) -> str:
    """`text` with the sentence on the other terms: unchanged, or also amended."""
    from amendtool.core.amendment import Amendment
    from amendtool.core.filing_document import offer_terms

    assert isinstance(amendment, Amendment)
    key = other_terms_key(amendment, words)
    said = fill(words[key], **offer_terms(amendment)) if key in words else ""
    return f"{text} {said}" if said else text


def extension_statement(amendment: object) -> str:
    """Item 4's paragraph: the offer extended, from when to when, withdrawal rights to the
    new expiration; the other terms unchanged, or also amended by this amendment."""
    from amendtool.core.amendment import Amendment
    from amendtool.core.consideration_statement import consideration_sentences
    from amendtool.core.filing_document import offer_terms
    from amendtool.core.offer_dates import withdrawal_values

    assert isinstance(amendment, Amendment) and amendment.extended_from is not None
    f = amendment.filing
    old = amendment.extended_from.replace(tzinfo=f.zone)
    values = extension_values(
        old, f.expiration_local, f.amendment_date, zone_said=offer_zone(amendment)
    )
    w = amendment.wording.schedule_to
    # withdrawal said as the notice says it: to the new expiration, or until the offer's own
    # earlier withdrawal deadline where no rule requires it to run on
    how, dates = withdrawal_values(amendment)
    key = f"extension_statement_{how}" if how and f"extension_statement_{how}" in w else ""
    terms = offer_terms(amendment)
    text = fill(w[key or "extension_statement"], **values, **dates, **terms)
    if changed := consideration_sentences(
        amendment, terms, also=True
    ):  # a new price, said here too
        text = f"{text} {changed}"
    return and_the_terms(amendment, w, text)


def extension_answers(amendment: object, terms: dict[str, str]) -> list[Block]:
    """The plain notice's answers for an extension: the new deadline, withdrawal rights,
    and whether anything else changed."""
    from amendtool.core.amendment import Amendment

    assert isinstance(amendment, Amendment) and amendment.extended_from is not None
    f = amendment.filing
    from amendtool.core.plain_notice import voice_of

    w = voice_of(amendment).words["extension"]  # the offer's voice: holders tender
    old = amendment.extended_from.replace(tzinfo=f.zone)
    zone = offer_zone(amendment)
    values = {**extension_values(old, f.expiration_local, f.amendment_date, True, zone), **terms}
    only = only_the_deadline(amendment)
    own = "_terms" if changes_terms(amendment.change_items) and "headline_terms" in w else ""
    answers = [
        Block(Role.SUBHEADING, w["action_question"].format(**values)),
        Block(Role.TEXT, w["action_answer"].format(**values)),
    ]
    if not only:
        from amendtool.core.plain_answers import terms_changed_by

        if terms_changed_by(amendment):  # the same amendment changed the terms too: the
            # answers an amendment of the terms gives (the earlier election, newly eligible)
            from amendtool.core.plain_answers import election_blocks
            from amendtool.core.plain_notice import notice_words

            voice = notice_words(amendment)  # the extension's own answers where it has them
            said = voice | {k: v for k, v in w.items() if "_answer_" in k and k in voice}
            answers = election_blocks(amendment, said, values)
    return [
        Block(Role.HEADLINE, w[f"headline{own}"].format(**values)),
        Block(Role.TEXT, w[f"intro{own}"].format(**values)),
        Block(Role.SUBHEADING, w["deadline_question"].format(**values)),
        Block(Role.TEXT, w["deadline_answer"].format(**values)),
        Block(Role.SUBHEADING, w["withdrawal_question"].format(**values)),
        Block(Role.TEXT, _withdrawal_answer(amendment, w, values)),
        *answers,
        Block(Role.SUBHEADING, w["unchanged_question"].format(**values)),
        Block(Role.TEXT, w["unchanged_answer" if only else "changed_answer"].format(**values)),
    ]


def _withdrawal_answer(amendment: object, w: dict[str, Any], values: dict[str, str]) -> str:
    """Withdrawal runs to the new deadline, unless the offer ends it earlier (a notes
    tender, at its early tender date): then until that date, or it has ended."""
    from amendtool.core.amendment import Amendment
    from amendtool.core.offer_dates import withdrawal_values

    assert isinstance(amendment, Amendment)
    how, dates = withdrawal_values(amendment)
    key = f"withdrawal_answer_{how}" if how and f"withdrawal_answer_{how}" in w else ""
    return str(w[key or "withdrawal_answer"]).format(**values, **dates)


def only_the_deadline(amendment: object) -> bool:
    """Whether every change of an extension restates the expiration, and nothing else."""
    from amendtool.core.amendment import Amendment

    assert isinstance(amendment, Amendment) and amendment.extended_from is not None
    f = amendment.filing
    old = amendment.extended_from.replace(tzinfo=f.zone)
    return all(
        fold_typography(restate_expiration(i.old_text, old, f.expiration_local, f.time_zone))
        == fold_typography(i.new_text)
        for i in amendment.change_items
    )


def precedent_extension(amendment: object) -> Block:
    """The precedent notice's paragraph on the extension, after its opening."""
    from amendtool.core.amendment import Amendment
    from amendtool.core.filing_document import offer_terms

    assert isinstance(amendment, Amendment) and amendment.extended_from is not None
    f = amendment.filing
    old = amendment.extended_from.replace(tzinfo=f.zone)
    values = extension_values(
        old, f.expiration_local, f.amendment_date, zone_said=offer_zone(amendment)
    )
    w = amendment.wording.notice_document
    text = fill(w["extension"], **values, **offer_terms(amendment))
    return Block(Role.BODY, and_the_terms(amendment, w, text))
