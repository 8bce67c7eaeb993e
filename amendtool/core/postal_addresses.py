"""Postal addresses and telephone numbers, read as one fact each: "48 Wall Street, 9th Floor,
New York, New York 10005" is where to send a notice, not the figures 48, 9 and 10005. Read
figure by figure, a depositary's new street number looked like a changed term of the offer
("changes a number from 48 to 100"); read as an address, it is an address updated."""

from __future__ import annotations

import re

from amendtool.core.pattern_store import compiled

_SUFFIX = (
    r"(?:Street|St\.|Avenue|Ave\.|Boulevard|Blvd\.|Road|Rd\.|Drive|Dr\.|Lane|Ln\.|Way|Place"
    r"|Pl\.|Court|Ct\.|Plaza|Parkway|Pkwy\.|Square|Sq\.|Circle|Terrace|Highway|Hwy\.|Center"
    r"|Centre|Alley|Row|Trail|Turnpike|Pike)"
)
_NAME_WORD = r"[A-Z][\w'’-]*\.?"  # "Ridgeline", "Martin Luther King Jr."
_STREET = (
    rf"\b\d{{1,6}}[A-Z]?(?:-\d{{1,5}})?\s+(?:{_NAME_WORD}\s+){{1,3}}{_SUFFIX}(?![\w])"
    r"|\b\d{1,6}\s+Avenue\s+of\s+the\s+Americas\b|\bP\.\s?O\.\s+Box\s+\d{1,8}\b"
)
# "Suite 300", "9th Floor", "Room 12B", after the street
_UNIT = (
    r"(?:,\s*|\s+)(?:(?:Suite|Ste\.|Floor|Room|Unit|Building|Bldg\.|Mail\s+Stop|#)\s*[\w-]+"
    r"|\d{1,3}(?:st|nd|rd|th)\s+Floor)"
)
_PLACE = r",\s*[A-Z][A-Za-z'’-]*(?:\s+[A-Z][A-Za-z'’-]*){0,3}"  # ", New York", ", Colorado"
_ZIP = r"(?:,?\s+\d{5}(?:-\d{4})?(?![\w-]))"
ADDRESS = compiled(rf"(?:{_STREET})(?:{_UNIT})*(?:{_PLACE}){{0,3}}{_ZIP}?")
TELEPHONE = compiled(r"(?<![\w-])(?:\+?1[-.\s])?(?:\(\d{3}\)\s?|\d{3}[-.])\d{3}[-.]\d{4}(?![\w-])")
_HINT = compiled(r"\d\s+[A-Z]|\d{3}[-.)]")


def may_hold_address(text: str) -> bool:
    """Most sentences hold no figure followed by a capitalised word, nor a dialling code."""
    return _HINT.search(text) is not None


def address_value(printed: str) -> str:
    """An address compared by its words and figures, not its spacing or punctuation."""
    return " ".join(re.findall(r"\w+", printed.casefold()))
