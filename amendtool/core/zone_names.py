"""The time zones filing.toml may name for the offer: a place whose clock the offer keeps,
by its IANA name (America/New_York), or UTC.

An abbreviation is refused, naming the place: "EST" is a zone of its own in the IANA
database, Eastern Standard Time all year, so in summer it is an hour off the Eastern Time
the offer states, and every deadline would be read an hour wrong. A fixed offset
(Etc/GMT+5) or a region's rule without a place (CET, EST5EDT) is refused the same way: the
place's name lets daylight saving time be read from each date.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from amendtool.core.pattern_store import compiled

# the place whose clock an abbreviation (or a POSIX-style rule such as EST5EDT) stands for
_PLACES = {
    "e": "America/New_York",
    "c": "America/Chicago",
    "m": "America/Denver",
    "p": "America/Los_Angeles",
    "ak": "America/Anchorage",
    "h": "Pacific/Honolulu",
}
_ABBREVIATION = compiled(r"(?P<region>ak|[ecmph])(?:s|d)?t(?:\d+(?:(?:ak|[ecmph])?dt)?)?")
_NOT_PLACES = ("Etc/", "SystemV/")
_EXAMPLE = "America/New_York"
# the clock a zone is called by in words ("Pacific" is also a folder of the database, of
# the Pacific islands' zones, but an offer that says it means Pacific Time)
_SPOKEN = {
    "eastern": "America/New_York",
    "central": "America/Chicago",
    "mountain": "America/Denver",
    "pacific": "America/Los_Angeles",
    "alaska": "America/Anchorage",
    "hawaii": "Pacific/Honolulu",
}


def zone_problem(zone: str) -> str | None:
    """Why `zone` is refused, as offer.time_zone's message; None for a place's zone."""
    said = f"offer.time_zone: '{zone}'"
    abbreviation = _ABBREVIATION.fullmatch(zone.strip().lower())
    if abbreviation:
        place = _PLACES[abbreviation.group("region")]
        return (
            f"{said} is an abbreviation, not a place; give the place whose clock the offer "
            f"keeps, {place}, and standard or daylight time is read from each date"
        )
    example = _SPOKEN.get(zone.strip().lower(), _EXAMPLE)
    try:
        ZoneInfo(zone)
    except IsADirectoryError:
        # "America", "Pacific": a folder of zones, which the database reads as a path
        return (
            f"{said} is a group of time zones, not one; give the place whose clock the "
            f"offer keeps, such as {example}"
        )
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return f"{said} is not a time zone name such as {example}"
    if zone == "UTC" or ("/" in zone and not zone.startswith(_NOT_PLACES)):
        return None
    return (
        f"{said} is not a place's time zone; give the place whose clock the offer keeps, "
        f"such as {_EXAMPLE}, and standard or daylight time is read from each date"
    )
