"""Deadlines as the notice and Item 4 state them: in the offer's own name of its zone.

An offer that states "5:00 p.m., Pacific Time" is not told "5:00 p.m., Pacific Daylight
Time" by its amendment: another name for the same clock reads to a holder as a change, and
counsel's precedent repeats the offer's words. Every deadline the notice or Item 4 states
is said here, so none names the zone another way (or leaves it out)."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from amendtool.core.pattern_store import compiled
from amendtool.core.stated_deadlines import (
    _ZONE_NAMES,
    _ZONE_TEXT,
    deadline_phrase,
    deadlines,
    zone_as_stated,
)

if TYPE_CHECKING:
    from amendtool.core.amendment import Amendment
    from amendtool.core.model import Document
    from amendtool.core.series import Series


def offer_zone(amendment: Amendment) -> str:
    """The zone as the offer names it where it states its expiration ("Pacific Time"); ""
    when it names the season there (the printed name is then the season's), names none, or
    states no such expiration (its other times may be another clock's: a 9:00 a.m. Eastern
    Time announcement in an offer expiring in Pacific time). Read once while the
    amendment is built (the notice's voice and each deadline it states ask again)."""
    from amendtool.core.built_once import built_value

    return built_value(amendment, "offer_zone", lambda: _offer_zone(amendment))


def _offer_zone(amendment: Amendment) -> str:
    zone = amendment.filing.time_zone
    expiring = {amendment.filing.expiration_local}
    if amendment.extended_from is not None:
        expiring.add(amendment.extended_from.replace(tzinfo=amendment.filing.zone))
    capitals = ""  # a cover in capitals does not show the case: "New York City time"?
    left = _LOOKED_PAST_CAPITALS
    documents = (amendment.revised, amendment.original)
    for document in documents:
        for paragraph in document.paragraphs():
            if capitals:
                left -= 1
                if left < 0:  # the offer's own sentences state it near its cover, if at all
                    return _as_printed(capitals, documents)
            for stated in deadlines(paragraph.text, zone):
                if stated.moment in expiring and (said := zone_as_stated(stated.text, zone)):
                    if not stated.text.isupper():
                        return said
                    capitals = capitals or said
    return _as_printed(capitals, documents) if capitals else ""


def _as_printed(capitals: str, documents: tuple[Document, ...]) -> str:
    """A zone read only in capitals, in the case the offer prints its name in ordinary
    letters anywhere ("New York City time" past a long table of contents), else as read."""
    name = compiled(r"\b" + r"\s+".join(map(re.escape, capitals.split())) + r"\b", re.I)
    for document in documents:
        for paragraph in document.paragraphs():
            found = name.search(paragraph.text)
            if found and not found.group(0).isupper():
                return " ".join(found.group(0).split())
    return capitals


def message_zone(amendment: Amendment) -> str:
    """The zone as the checks' messages name it: as the offer names it where it states its
    expiration (offer_zone), else, when it does not state the one the filing details give
    (an error the checks name), as it names it in its other deadlines. The notice keeps to
    offer_zone: a deadline the offer never states is said there by its season."""
    from amendtool.core.built_once import built_value

    def read() -> str:
        said, zone = offer_zone(amendment), amendment.filing.time_zone
        if said or _states(amendment.revised, amendment.filing.expiration_local, zone):
            return said  # "" for an offer naming the season: the season's name is its own
        return document_zone(amendment.original, zone)

    return built_value(amendment, "message_zone", read)


def message_deadline(
    amendment: Amendment, moment: dt.datetime, weekday: bool = False, stated: str = ""
) -> str:
    """`moment` as a check's message states it: in the zone as `stated` names it, else as
    message_zone names the offer's."""
    zone = str(moment.tzinfo)
    said = zone_as_stated(stated, zone) if stated else ""
    if not said and zone == amendment.filing.time_zone:
        said = message_zone(amendment)
    return deadline_phrase(moment, weekday=weekday, zone_said=said)


_LOOKED_PAST_CAPITALS = 400  # paragraphs read for the zone in its own case past the cover's


def offer_deadline(
    amendment: Amendment, moment: dt.datetime, weekday: bool = False, stated: str = ""
) -> str:
    """`moment` as the notice or Item 4 states it: in the zone as `stated` (the offer's
    words for this very date, "5:00 p.m., New York City time, on April 9, 2026") names it,
    else as the offer names its zone."""
    zone = str(moment.tzinfo)
    said = zone_as_stated(stated, zone) if stated else ""
    if not said and zone == amendment.filing.time_zone:
        said = offer_zone(amendment)
    return deadline_phrase(moment, weekday=weekday, zone_said=said)


_TIME_ON_DATE = compiled(
    r"^(?P<time>.+?\b(?:a\.m\.|p\.m\.|midnight|noon)) (?:on|at the end of) (?P<date>.+)$", re.I
)
_SHORT = {"ET": "Eastern Time", "E.T": "Eastern Time", "E.T.": "Eastern Time"}


def zoned(value: str, sentence: str, zone_said: str) -> str:
    """A deadline as a plain sentence says it ("5:00 p.m. on June 17, 2026"), with the zone
    its own sentence names ("5:00 p.m., Pacific Time, on …"), else the offer's name of it:
    "The deadline is now 5:00 p.m. on June 17" leaves the reader asking whose 5:00 p.m."""
    match = _TIME_ON_DATE.match(value)
    if match is None:
        return value
    named = zone_said
    for stated in deadlines(sentence, "UTC"):
        if found := zone_named(stated.text):
            # a sentence in capitals does not show the case: the offer's own name does
            capitals = stated.text.isupper() and found.casefold() == zone_said.casefold()
            named = zone_said if capitals else found
            break
    # a midnight is the end of the day named: "on July 16" leaves the reader asking which
    on = "at the end of" if match["time"].lower().endswith("midnight") else "on"
    if not named:
        return f"{match['time']} {on} {match['date']}"
    return f"{match['time']}, {named}, {on} {match['date']}"


def zone_named(text: str) -> str:
    """The zone `text` names, as a sentence prints it: "Pacific Time", "Eastern Daylight
    Time" (an abbreviation written out, a cover's capitals as a sentence has them)."""
    found = _ZONE_TEXT.search(text)
    if found is None:
        return ""
    said = " ".join(found.group(0).split())
    if " " not in said:
        key = said.upper()
        return _SHORT.get(key, _ZONE_NAMES.get(key, ""))
    return said.title() if said.isupper() else said


def document_zone(document: Document, time_zone: str) -> str:
    """The zone as an offer document names it in its deadlines ("Eastern Time"), for the
    messages on a series that have no one amendment's reading of it (offer_zone): "" when
    it names the season or no zone. A name printed in capitals is taken only when no
    sentence in ordinary letters names the zone."""
    capitals = ""
    for paragraph in document.paragraphs():
        if not _TIMES.search(paragraph.text):
            continue  # most paragraphs state no time: read no further
        said = zone_as_stated(paragraph.text, time_zone)
        if said and not paragraph.text.isupper():
            return said
        capitals = capitals or said
    return capitals


_TIMES = compiled(r"\b(?:a\.m\.|p\.m\.|midnight|noon)", re.I)


def series_zone(series: Series, time_zone: str) -> str:
    """The zone as the offer of a series names it (its document as filed), for messages on
    the series and its extensions."""
    return document_zone(series.original, time_zone)


def _states(document: Document, moment: dt.datetime, zone: str) -> bool:
    """Whether the document states `moment` as a deadline anywhere."""
    return any(
        stated.moment == moment
        for paragraph in document.paragraphs()
        if _TIMES.search(paragraph.text)
        for stated in deadlines(paragraph.text, zone)
    )
