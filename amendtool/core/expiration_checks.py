"""The checks of the expiration: the one the filing details give is the one the offer's
text states (an error otherwise: the timing, the filing and the notice would rest on a date
the offer does not state), and an item that moves it is announced in time (Rule 14e-1(d)).
"""

from __future__ import annotations

import datetime as dt
import re

from amendtool.core.amendment import Amendment
from amendtool.core.built_once import built_value
from amendtool.core.business_days import (
    announcement_deadline,
    holiday_name,
    is_business_day,
    next_business_day,
    stated_day,
)
from amendtool.core.cover import paragraph_in
from amendtool.core.expiration_readings import item_expiration_changes, paragraph_expirations
from amendtool.core.expirations import time_of_day
from amendtool.core.filing_fields import named
from amendtool.core.findings import ERROR, NOTE, WARNING, Finding
from amendtool.core.items import AmendmentItem, Materiality, letter
from amendtool.core.locate import answer_position
from amendtool.core.materiality_rules import Rules, house_rules, house_table
from amendtool.core.model import WHOLE_DOCUMENT, Paragraph, Section, SectionKind
from amendtool.core.offer_dates import withdrawal_on_extension
from amendtool.core.offer_zone import message_deadline, message_zone
from amendtool.core.ordinals import position_word
from amendtool.core.pattern_store import compiled
from amendtool.core.stated_deadlines import day_phrase, deadline_phrase, long_date
from amendtool.core.templates import fill_map

DISAGREES = "expiration_stated"  # the finding's code: nothing is exported while it stands
NOT_BUSINESS_DAY = "expiration_day"  # the same: no output prints such an expiration


def classified(item: AmendmentItem) -> str:
    """'consideration, proposed: Lowers …' or 'clarifying, counsel's choice'."""
    if item.counsel_materiality:
        return f"{item.materiality.value}, counsel's choice"
    return f"{item.materiality.value}, proposed: {item.materiality_reason}"


def check_extensions(amendment: Amendment) -> list[Finding]:
    """An item that changes the expiration: the amendment states the new one, and an
    extension is announced in time (Rule 14e-1(d)); withdrawal rights run to the new date.
    The reminder is said once for every item that makes the same extension (the cover, the
    summary and the section restating it), not once per item."""
    filing = amendment.filing
    findings = []
    disagrees: bool | None = None  # the offer's expiration is read only for an item moving it
    changes = item_expiration_changes(amendment, time_of_day(filing))
    for index, change in enumerate(changes):
        if change is None:
            continue
        came = change[1]
        if disagrees is None:
            disagrees = expiration_disagrees(amendment)
        if came and filing.expiration_local not in {d.moment for d in came} and not disagrees:
            findings.append(
                Finding(
                    ERROR,
                    "expiration_item",
                    f"item {letter(index)} states the expiration as {came[0].text}, but the "
                    "filing details give "
                    f"{message_deadline(amendment, filing.expiration_local)}: the amendment and "
                    "the notice must state the new expiration (offer.expiration)",
                    index,
                )
            )
    for (scheduled, new), indexes in extending_items(amendment).items():
        findings.append(announcement(amendment, scheduled, new, indexes))
    return findings


def extending_items(amendment: Amendment) -> dict[tuple[dt.datetime, dt.datetime], list[int]]:
    """The items that move the expiration later, by the move (scheduled, new) they make; the
    other items classed as an extension go with the move to the latest expiration."""
    extensions: dict[tuple[dt.datetime, dt.datetime], list[int]] = {}
    for index, change in enumerate(item_expiration_changes(amendment)):
        if change is None:
            continue
        gone, came = change
        if not (gone and came) or max(d.moment for d in came) <= max(d.moment for d in gone):
            continue
        moved = (max(d.moment for d in gone), max(d.moment for d in came))
        extensions.setdefault(moved, []).append(index)
    if extensions:
        # the answers and deadlines restated with the extension (a withdrawal deadline, a
        # date counted from the expiration) are items of it too, classed so: named with
        # the move to the latest expiration
        grouped = {i for indexes in extensions.values() for i in indexes}
        latest = max(extensions, key=lambda move: move[1])
        extensions[latest] = sorted(
            extensions[latest]
            + [
                i
                for i, item in enumerate(amendment.change_items)
                if item.materiality is Materiality.EXTENSION and i not in grouped
            ]
        )
    return extensions


def announcement(
    amendment: Amendment, scheduled: dt.datetime, new: dt.datetime, indexes: list[int]
) -> Finding:
    """Rule 14e-1(d)'s reminder for the items that move the expiration from `scheduled` to
    `new` (none: the amendment itself): a note, a warning on the day of the deadline, an
    error after it. One wording ([extension_announcement] of rules.toml) however the
    extension was drafted."""
    filing = amendment.filing
    zone = filing.zone
    deadline = announcement_deadline(scheduled)
    when = f"9:00 a.m., Eastern Time, on {deadline:%A}, {long_date(deadline.date())}"
    if indexes:
        who = f"{_items(indexes)} {'extends' if len(indexes) == 1 else 'extend'}"
    else:
        who = "this amendment extends"
    words = house_table("extension_announcement") or {}
    rule = fill_map(
        str(words.get("message", "{who} the offer from {old} to {new}")),
        {
            "who": who,
            "old": message_deadline(amendment, scheduled.astimezone(zone)),
            "new": message_deadline(amendment, new.astimezone(zone)),
            "deadline": when,
            "securities": filing.tendered or "securities",
            "withdrawal": withdrawal_on_extension(amendment),
        },
    )
    items = amendment.change_items
    classed = [i for i in indexes if items[i].materiality is Materiality.EXTENSION]
    if classed:
        how = (
            f"it is classed as an extension ({classified(items[classed[0]])})"
            if len(indexes) == 1
            else f"{_items(classed)} {'is' if len(classed) == 1 else 'are'} classed as an extension"
        )
        rule += (
            f"; {how}: an extension by itself needs no further period of business days, so "
            "the timing check counts none for it"
        )
    if filing.amendment_date > deadline.date():
        severity = ERROR
        rule += f"; this amendment is dated {long_date(filing.amendment_date)}, too late"
    elif filing.amendment_date == deadline.date():
        severity = WARNING
        rule += "; this amendment is dated that day: announce before 9:00 a.m."
    else:
        severity = NOTE
    return Finding(severity, "extension", rule, indexes[0] if indexes else None)


def _items(indexes: list[int]) -> str:
    """'item A', 'items A and B', 'items A, B and E'."""
    letters = [letter(i) for i in indexes]
    if len(letters) == 1:
        return f"item {letters[0]}"
    return f"items {', '.join(letters[:-1])} and {letters[-1]}"


def check_expiration_day(amendment: Amendment) -> list[Finding]:
    """Rule 14d-1(g)(3): an offer expires at the end of a business day. An expiration stated
    for a Saturday, a Sunday or a federal holiday (the day as the offer states it, in its own
    zone) is an error naming the business days either side, for counsel to choose."""
    extended = amendment.extended_from
    after = stated_day(extended.replace(tzinfo=amendment.filing.zone)) if extended else None
    zone = message_zone(amendment)
    problem = not_a_business_day(amendment.filing.expiration_local, after, zone)
    if problem is None:
        return []
    where = f"{named('offer', 'expiration')} and the offer's text"
    message = f"the offer expires at {problem} ({where}); until then nothing is exported"
    return [Finding(ERROR, NOT_BUSINESS_DAY, message)]


def not_a_business_day(
    expiration: dt.datetime, after: dt.date | None = None, zone_said: str = ""
) -> str | None:
    """'5:00 p.m., …, on Saturday, January 23, 2027, which is not a business day (Rule
    14d-1(g)(3)): …; move the expiration to Friday, … or Monday, …' (None: the day the
    expiration is stated for is a business day). Said by the check and by an extension
    refused to such a day; an extension from `after` is offered only days later than it,
    never one it would be refused in its turn. `zone_said`: the zone as the offer names
    it (offer_zone.py)."""
    day = stated_day(expiration)
    if is_business_day(day):
        return None
    holiday = holiday_name(day)
    before = day - dt.timedelta(days=1)
    while not is_business_day(before):
        before -= dt.timedelta(days=1)
    later = day_phrase(next_business_day(day))
    days = later if after is not None and before <= after else f"{day_phrase(before)} or {later}"
    return (
        f"{deadline_phrase(expiration, weekday=True, zone_said=zone_said)}"
        f"{f', {holiday},' if holiday else ','} "
        "which is not a business day (Rule 14d-1(g)(3)): an offer expires at the end of a "
        f"business day; move the expiration to {days}"
    )


def check_stated_expiration(amendment: Amendment, rules: Rules | None = None) -> list[Finding]:
    """The expiration in the filing details is the one the offer (as amended) states. When
    they disagree, the error names both and where each is stated, and nothing is exported
    (export_refusal) until counsel makes them agree."""
    filing = amendment.filing
    stated = offer_expirations(amendment, rules)
    if not stated:
        return []
    where = "; ".join(f"“{text}” ({place})" for text, place in stated.values())
    if filing.expiration_local not in stated:
        return [
            Finding(
                ERROR,
                DISAGREES,
                f"the filing details' {named('offer', 'expiration')} gives the expiration as "
                f"{message_deadline(amendment, filing.expiration_local)}, but the offer states "
                f"{where}: "
                "make them the same (the filing details, or the offer's text); until they agree "
                "the periods are counted to the filing details' date and nothing is exported",
            )
        ]
    if len(stated) > 1:  # holders cannot tell which deadline holds
        return [
            Finding(
                ERROR,
                DISAGREES,
                f"the offer states more than one expiration: {where}; it must state one, "
                f"{message_deadline(amendment, filing.expiration_local)} (the filing details' "
                f"{named('offer', 'expiration')}): correct the offer's text where it states "
                "another; until then nothing is exported",
            )
        ]
    return []


# the old expiration told as past, beside the new one: "which was previously scheduled to
# expire at …", "we extended the offer from … to …"
_PAST = compiled(
    r"(?:\b(?:previously|originally|formerly|initially)\b[^.;]{0,40}|\bfrom\s*)$", re.IGNORECASE
)


def _told_as_past(text: str, printed: str) -> bool:
    at = text.find(printed)
    return at > 0 and _PAST.search(text[:at]) is not None


def expiration_disagrees(amendment: Amendment) -> bool:
    """Whether the offer as amended states an expiration and the filing details give
    another: the one error (check_stated_expiration) names both, and the checks that would
    read the offer's own new expiration against the filing's say nothing more of it."""
    stated = offer_expirations(amendment)
    return bool(stated) and amendment.filing.expiration_local not in stated


def offer_expirations(
    amendment: Amendment, rules: Rules | None = None
) -> dict[dt.datetime, tuple[str, str]]:
    """Each expiration the offer as amended states, as first printed, with where it is
    stated ("the third paragraph on the cover page; the last paragraph in Section 1.
    Eligibility on page 4; and 2 other places"). Read once while no one edits the amendment
    (`built_once`): three timing checks ask, and each reading scans the whole offer."""
    rules = rules or house_rules()
    read = built_value(
        amendment,
        f"offer expirations {id(rules)}",
        lambda: _expirations_read(amendment, rules),
        rules,
    )
    return dict(read)  # the caller's own: the one kept is shared


def _expirations_read(amendment: Amendment, rules: Rules) -> dict[dt.datetime, tuple[str, str]]:
    printed: dict[dt.datetime, str] = {}
    places: dict[dt.datetime, list[str]] = {}
    for section, paragraph, stated in paragraph_expirations(amendment, rules):
        for deadline in stated:
            if _told_as_past(paragraph.text, deadline.text):
                continue
            printed.setdefault(deadline.moment, deadline.text)
            place = place_of(section, paragraph)
            if place not in places.setdefault(deadline.moment, []):
                places[deadline.moment].append(place)
    return {moment: (printed[moment], _listed(places[moment])) for moment in printed}


def _listed(places: list[str], shown: int = 2) -> str:
    """The places named, the first `shown` of many; one more is named too, never counted."""
    more = len(places) - shown
    if more <= 1:
        return "; ".join(places)
    other = "place" if more == 1 else "places"
    return f"{'; '.join(places[:shown])}; and {more} other {other}"


def place_of(section: Section, paragraph: Paragraph) -> str:
    """'the third paragraph on the cover page', 'the last paragraph in Section 1. … on page 4',
    'the answer to the question "Q2. When does the offer expire?" in Summary Term Sheet on
    page 2': as the items cite it (a summary's questions are no paragraphs of it)."""
    cover = section.kind is SectionKind.FRONT and section.name == "Cover Page"
    where = "on the cover page" if cover else f"in {section.name}"
    if section.kind is SectionKind.FRONT and section.name == WHOLE_DOCUMENT:
        where = "of the offer"  # an offer with no headings: its paragraphs by their place
    what = paragraph_in(section, paragraph)
    index = next((n for n, p in enumerate(section.paragraphs) if p is paragraph), -1)
    answer = answer_position([p.text for p in section.paragraphs], index)
    if answer is not None and answer.paragraph:
        ordinal = position_word(answer.paragraph, answer.count)
        nth = f"the {ordinal} paragraph of " if answer.count > 1 else ""
        what = f'{nth}the answer to the question "{answer.question}"'
    page = f" on page {paragraph.page}" if paragraph.page and not cover else ""
    return f"{what} {where}{page}"
