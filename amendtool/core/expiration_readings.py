"""The offer's statements of its expiration as the checks read them, read once per draft.

The extension, shortening and stale-expiration checks (and Item 4's clause for an earlier
expiration) each asked every item for the expirations it moves, and the stated-expiration
and stale-expiration checks each read every paragraph of the amended offer for the
expirations it states: the same readings of the same texts, up to four times over. While no
one edits the amendment (`built_once`: a draft's checks and outputs) each is read once and
shared; outside it, each is read when asked, as before.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from amendtool.core.built_once import built_value
from amendtool.core.expirations import Moved, expiration_change, stated_expirations, time_of_day
from amendtool.core.materiality_rules import Rules, house_rules

if TYPE_CHECKING:
    from amendtool.core.amendment import Amendment
    from amendtool.core.model import Paragraph, Section
    from amendtool.core.stated_deadlines import StatedDeadline


# a date stated alone is taken at the end of its day unless the filing details give a time
# (expiration_change's own default; a test keeps the two the same)
END_OF_DAY = dt.time(23, 59)


def item_expiration_changes(
    amendment: Amendment, at: dt.time = END_OF_DAY, rules: Rules | None = None
) -> list[Moved | None]:
    """`expiration_change` of each change item, in the offer's zone, a date stated alone
    taken at `at`."""
    rules = rules or house_rules()
    zone = amendment.filing.time_zone
    items = amendment.change_items

    def read() -> list[Moved | None]:
        return [expiration_change(item, zone, rules, at) for item in items]

    name = f"item expiration changes {zone} {at} {id(rules)}"
    return built_value(amendment, name, read, holds=rules)


ParagraphExpirations = list[tuple["Section", "Paragraph", list["StatedDeadline"]]]


def paragraph_expirations(amendment: Amendment, rules: Rules) -> ParagraphExpirations:
    """Each paragraph of the amended offer that speaks of the expiration, in order, with the
    expirations it states (taken at the filing details' time of day; none for a paragraph
    that speaks of it without stating one)."""
    zone, at = amendment.filing.time_zone, time_of_day(amendment.filing)

    def read() -> ParagraphExpirations:
        return [
            (section, paragraph, stated_expirations(paragraph.text, zone, rules, at))
            for section in amendment.revised.sections
            for paragraph in section.paragraphs
            if rules.expiration.search(paragraph.text) is not None
        ]

    name = f"paragraph expirations {zone} {at} {id(rules)}"
    return built_value(amendment, name, read, holds=rules)
