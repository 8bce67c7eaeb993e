"""A day counted in business days changed in one place and left in another: the grant moved
from the "first business day" to the "tenth business day" after the expiration in Section 5,
while the summary still answers "the first business day". Ordinal days are words, not
figures, so the check of changed terms (stale_terms) does not read them; this one names
each sentence of the offer as revised that still counts the same thing from the old day."""

from __future__ import annotations

import re

from amendtool.core.amendment import Amendment
from amendtool.core.changes import item_texts
from amendtool.core.expiration_checks import place_of
from amendtool.core.findings import WARNING, Finding
from amendtool.core.items import letter
from amendtool.core.pattern_store import compiled
from amendtool.core.plain_labels import FUNCTION_WORDS
from amendtool.core.segment import sentences

_ORDINALS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth "
    "thirtieth last next"
).split()
_ORDINAL_DAY = compiled(
    rf"\b(?P<ordinal>{'|'.join(_ORDINALS)}|\d+(?:st|nd|rd|th))\s+"
    r"(?P<unit>(?:business|calendar|trading)\s+days?)\b",
    re.IGNORECASE,
)
STALE_ORDINAL = "stale_term"  # reported with the other terms left at their old value


def _days(text: str) -> list[tuple[str, str, str]]:
    """Each ordinal day in `text`: (ordinal, unit, the sentence's words before it)."""
    out = []
    for sentence in sentences(text):
        for match in _ORDINAL_DAY.finditer(sentence):
            unit = " ".join(match["unit"].lower().split()).removesuffix("s")
            out.append((match["ordinal"].lower(), unit, sentence[: match.start()]))
    return out


def _what(words_before: str) -> set[str]:
    """What a sentence counts the day for: its own words before the ordinal ("grant",
    "options" of "We will grant the New Options on the first business day")."""
    words = re.findall(r"[A-Za-z][A-Za-z-]+", words_before.lower())
    # "granted" and "grant", "options" and "option": one word however inflected
    return {_STEM.sub("", w) for w in words if len(w) > 3 and w not in FUNCTION_WORDS}


_STEM = compiled(r"(?:ing|ed|es|s|e)$")


def check_stale_ordinals(amendment: Amendment) -> list[Finding]:
    """Each item that moves an ordinal day (first → tenth business day), against every
    sentence of the revised offer that counts the same thing from the old day."""
    findings = []
    for index, item in enumerate(amendment.change_items):
        old_text, new_text = item_texts(item)
        if not (old_text and new_text):
            continue
        old_days, new_days = _days(old_text), _days(new_text)
        olds = {(o, u) for o, u, _ in old_days} - {(o, u) for o, u, _ in new_days}
        for ordinal, unit, before in new_days:
            gone = [o for o, u in olds if u == unit]
            if len(gone) != 1 or (ordinal, unit) in {(o, u) for o, u, _ in old_days}:
                continue
            places = _stating(amendment, gone[0], unit, _what(before))
            if places:
                findings.append(
                    Finding(
                        WARNING,
                        STALE_ORDINAL,
                        f"item {letter(index)} changes the {gone[0]} {unit} to the {ordinal} "
                        f"{unit}, but the offer still states the {gone[0]} {unit} for the same "
                        f"thing in {'; '.join(places)}: change it there too, or say why it "
                        "stays",
                        index,
                    )
                )
    return findings


def _stating(amendment: Amendment, ordinal: str, unit: str, what: set[str]) -> list[str]:
    """Where the revised offer counts `what` from the old day: a sentence naming the old
    ordinal day whose words before it share what the changed sentence counts (both of
    its words, where it has two or more)."""
    needed = min(2, len(what))
    places = []
    for section in amendment.revised.sections:
        for paragraph in section.paragraphs:
            if ordinal not in paragraph.text.lower():
                continue
            for said, said_unit, before in _days(paragraph.text):
                if (said, said_unit) != (ordinal, unit) or needed == 0:
                    continue
                if len(_what(before) & what) >= needed:
                    place = place_of(section, paragraph)
                    if place not in places:
                        places.append(place)
    return places
