"""What an amount measures, named by the measure noun its sentence prints before it: "the
purchase price for each $1,000 principal amount of Notes validly tendered will be $1,025.00"
names "purchase price for each $1,000 principal amount of Notes", never "notes validly
tendered" (the thing bought is not what an amount measures). An amount whose sentence names
no measure is left to counsel: the notice never guesses a name that is not English.
"""

from __future__ import annotations

import re

from amendtool.core.plain_units import MEASURES, PRINCIPAL, SECURITY, with_unit

# what one amount is paid for: "per Preferred Share", "for each $1,000 principal amount of
# Notes", "per $1,000 principal amount of Notes"
PER_UNIT = rf"(?:per|for each|for every)\s+(?:{PRINCIPAL}|(?:[\w-]+\s+){{0,2}}?(?:{SECURITY}))\b"
_MEASURE = re.compile(
    rf"(?P<np>(?:[A-Za-z][\w-]*\s+){{0,3}}?(?P<head>{'|'.join(sorted(MEASURES))})"
    rf"(?:\s+{PER_UNIT})?)(?![\w-])",
    re.I,
)
_FUNCTION = frozenset(
    """a an the of for to in on at by with and or our your its their this that each every
    any all such will be is are was were may must shall would""".split()
)
# between the measure and its amount, only a link: "… of Notes validly tendered will be"
_LINK = re.compile(
    r"^(?:\s+(?:[\w-]+\s+){0,3}?)?\s*(?:will be|shall be|is|are|was|of|equal to|equals|"
    r"will equal|at|to be)(?:\s+(?:approximately|about))?\s*$",
    re.I,
)


def measure_named(sentence: str, start: int) -> str | None:
    """The measure the clause before the amount at `start` names as its subject or object
    ("the purchase price for each $1,000 principal amount of Notes", "early tender
    premium"), as printed (a defined term keeps its capitals); None when none is linked to
    the amount by a verb of being or "of"."""
    clause = re.split(r"[;:(]|,\s(?!\d)", sentence[:start])[-1]
    found = None
    for match in _MEASURE.finditer(clause):
        if _LINK.match(clause[match.end() :]):
            found = match
    if found is None:
        return None
    words = found.group("np").split()
    head_at = next(i for i, w in enumerate(words) if w.lower() == found["head"].lower())
    mods = words[:head_at]
    cut = max((i + 1 for i, w in enumerate(mods) if w.lower() in _FUNCTION), default=0)
    measure = [*mods[cut:], words[head_at]]
    if not re.search(r"[a-z]", " ".join(measure)):  # a heading in capitals ("PURCHASE PRICE")
        measure = [w.lower() for w in measure]
    words = measure + words[head_at + 1 :]
    first = measure[0]
    plain = first[:1].isupper() and first[1:] == first[1:].lower() and "-" not in first
    if len(measure) > 1 and plain and measure[1].islower():
        words[0] = words[0].lower()  # "Purchase price will be": a sentence's first capital
    return " ".join(words)


def names_a_measure(label: str) -> bool:
    """Whether an amount's name says what it measures: a measure noun before any clause or
    unit ("amount we will pay you", "purchase price per Share"), not the thing bought
    ("notes validly tendered")."""
    words = re.split(r"\s(?:per|for|of|which|that|we|you|to|by|each)\s", f" {label} ")[0].split()
    return any(w.lower().strip(",") in MEASURES for w in words)


def money_name(label: str, specific: bool, sentence: str, start: int, end: int) -> tuple[str, bool]:
    """An amount's name for "The … is now": the measure its clause prints ("purchase price
    for each $1,000 principal amount of Notes"), else the name read before it, with what it
    is paid for; a name that says no measure is left to counsel ("amount", unnamed)."""
    measured = measure_named(sentence, start)
    bound = next((b for b in ("minimum ", "maximum ") if label.startswith(b)), "")
    core = label.removeprefix(bound)
    if measured is not None and not names_a_measure(label):
        label, specific = measured, True
    elif measured and core.lower().startswith(measured.lower()) and core != measured:
        label = bound + measured  # "price per Share validly tendered": the clause is not its name
    label, specific = with_unit(label, specific, sentence, start, end)
    if not names_a_measure(label):
        return "amount", False
    return label, specific
