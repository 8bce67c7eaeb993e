"""How an offer reads its bare "X for Y" ratios, from its own explanation of them.

Offers print "1 for 2" old-for-new and new-for-old alike, so a ratio printed so (a table row)
says nothing of which side is received. The offer may explain it elsewhere: "a ratio of 1 for
2, which means you will receive one New Option for every two shares". When every such
explanation in the offer reads its bare ratios the same way round, the offer's other bare
ratios are read that way too (the reason then says "more" or "fewer", the notice what one now
receives); when none explains one, or they disagree, nothing is read (never guessed).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from amendtool.core.model import Document
from amendtool.core.pattern_store import compiled
from amendtool.core.plain_numbers import NUM, RATIO, decimal_of, ratio_terms, spelled

if TYPE_CHECKING:
    from amendtool.core.items import AmendmentItem
    from amendtool.core.plain_fact_change import FactChange

RECEIVED_FIRST, GIVEN_FIRST = "received first", "given first"
_BARE = compiled(rf"(?<![\w.$])(?P<c>{NUM})[- ]for[- ](?P<d>{NUM})(?![\w$])", re.I)
_WHOLE_BARE = compiled(rf"\s*(?P<c>{NUM})[- ]for[- ](?P<d>{NUM})\s*", re.I)


@dataclass(frozen=True)
class RatioReading:
    """Which side of a bare "X for Y" the offer prints first, and the sentence explaining
    it (its words say what each side counts: "one New Option for every two shares")."""

    first: str  # RECEIVED_FIRST or GIVEN_FIRST
    explanation: str


def may_hold_bare_ratio(text: str) -> bool:
    """Whether `text` prints a bare "X for Y" ratio (cheap: asked before the offer is read)."""
    return _BARE.search(text) is not None


def offer_reading(paragraphs: Iterable[str]) -> RatioReading | None:
    """The way the offer's explanations read its bare ratios, paragraph by paragraph; None
    when no paragraph explains one, or two explain them different ways round."""
    found: dict[str, str] = {}
    for text in paragraphs:
        if not _BARE.search(text):
            continue
        for bare in _BARE.finditer(text):
            c, d = decimal_of(bare["c"]), decimal_of(bare["d"])
            if not c or not d or c == d:
                continue
            for match in RATIO.finditer(text):
                if _WHOLE_BARE.fullmatch(match.group(0)):
                    continue  # the bare ratio itself, or another: no explanation
                received, given = ratio_terms(match.group(0))
                if not given:
                    continue
                said = text[match.start() :]  # with what its sides count after it
                if received / given == c / d:
                    found.setdefault(RECEIVED_FIRST, said)
                elif received / given == d / c:
                    found.setdefault(GIVEN_FIRST, said)
    if len(found) != 1:
        return None
    [(first, explanation)] = found.items()
    return RatioReading(first, explanation)


def offers_ratio_reading(*documents: Document) -> RatioReading | None:
    """The reading of the offer's bare ratios, from its paragraphs (before and after the
    revision: the two must agree)."""
    readings = {offer_reading(p.text for s in d.sections for p in s.paragraphs) for d in documents}
    return readings.pop() if len(readings) == 1 else None


def ratio_reading_for(items: Iterable[AmendmentItem], *documents: Document) -> RatioReading | None:
    """The offer's reading of its bare ratios, read only when an item changes one."""
    if not any(may_hold_bare_ratio(f"{i.old_text}\n{i.new_text}") for i in items):
        return None
    return offers_ratio_reading(*documents)


def per_one(printed: str, reading: RatioReading) -> Decimal | None:
    """What one security given up brings under a bare ratio read the offer's way."""
    bare = _WHOLE_BARE.fullmatch(printed)
    if bare is None:
        return None
    c, d = decimal_of(bare["c"]), decimal_of(bare["d"])
    if not c or not d:
        return None
    return c / d if reading.first == RECEIVED_FIRST else d / c


def said_received_first(printed: str, reading: RatioReading) -> str:
    """'one for two', what one receives for what one gives up, of a bare ratio read the
    offer's way; the ratio as printed when it is not bare."""
    bare = _WHOLE_BARE.fullmatch(printed)
    if bare is None:
        return printed
    c, d = bare["c"], bare["d"]
    received, given = (c, d) if reading.first == RECEIVED_FIRST else (d, c)
    return f"{spelled(received)} for {spelled(given)}"


def read_the_offers_way(
    changes: list[FactChange], reading: RatioReading | None
) -> list[FactChange]:
    """The plain notice's changes with each ratio left unread (`FactChange.unread`) read the
    offer's way: its direction, both sides said as received for given up, and the offer's
    explanation kept to say what each side counts."""
    if reading is None:
        return changes
    out = []
    for change in changes:
        if change.kind == "ratio" and change.unread:
            old, new = per_one(change.old, reading), per_one(change.new, reading)
            if old is not None and new is not None and old != new:
                change = dataclasses.replace(
                    change,
                    old=said_received_first(change.old, reading),
                    new=said_received_first(change.new, reading),
                    direction=1 if new > old else -1,
                    unread=False,
                    explained=reading.explanation,
                )
        out.append(change)
    return out
