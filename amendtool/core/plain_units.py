"""What an amount is paid for, for the plain notice: "$26.25 per Preferred Share", "$4.75 in
cash for each Eligible RSU". An amount without its unit misleads ("The amount we are
offering to pay is now $4.75"), and the thing bought is not what an amount measures ("The
preferred shares is now $26.25"): the notice names the measure (price, cash payment) and
keeps the unit ("The cash payment for each Eligible RSU").
"""

from __future__ import annotations

import re
from functools import cache

from amendtool.core.pattern_store import compiled
from amendtool.core.plain_labels import as_label
from amendtool.core.resource_toml import read_toml
from amendtool.resources import resource_path

SECURITY = (
    r"shares?|options?|RSUs?|units?|awards?|notes?|warrants?|securit(?:y|ies)|"
    r"debentures?|bonds?|interests?|depositary shares?"
)
# a debt security is priced by its principal amount: "for each $1,000 principal amount of
# Notes", of its series named whole ("of 2009 Notes", "of 5.25% Senior Notes due 2031")
PRINCIPAL = (
    r"\$[\d,]+\s+(?:aggregate\s+)?principal\s+amount\s+of\s+(?:the\s+)?"
    rf"(?:[\w.%/-]+\s+){{0,4}}?(?:{SECURITY})(?:\s+due\s+(?:19|20)\d\d)?"
)
# a principal amount printed without its security ("per $1,000 principal amount."): of the
# securities its sentence buys (below)
_BARE_PRINCIPAL = r"\$[\d,]+\s+(?:in\s+)?(?:aggregate\s+)?principal\s+amount"
# the unit printed right after an amount: "$26.25 per Preferred Share", "$4.75 in cash for
# each Eligible RSU", "$2.10 net per Unit"
# an amount paid by the period ("$1.50 per year"): its period is its unit
_PERIODS = r"year|annum|quarter|month"
_AFTER = compiled(
    rf"^(?:,?\s+(?:in cash|net|in cash,? net))?\s+(?P<how>per|for each|for every)\s+"
    rf"(?P<unit>{PRINCIPAL}|{_BARE_PRINCIPAL}|(?:[\w-]+\s+){{0,2}}?(?:{SECURITY})|{_PERIODS})\b",
    re.I,
)
# the securities a sentence names, a series named whole ("5.25% Senior Notes due 2031")
_NAMED_SECURITY = compiled(
    rf"(?:\d+(?:\.\d+)?%\s+)?(?:[A-Z][\w-]*\s+){{0,3}}(?P<security>(?i:{SECURITY}))"
    r"(?:\s+due\s+(?:19|20)\d\d)?\b"
)
# or opening the sentence: "For each Eligible RSU that you tender …, we will pay you $4.75"
_OPENING = compiled(
    rf"^\s*(?P<how>For each|For every)\s+"
    rf"(?P<unit>{PRINCIPAL}|(?:[\w-]+\s+){{0,2}}?(?:{SECURITY}))\b",
    re.I,
)
# the words after a unit that are still its name: "Eligible Unit| Option", "share| option"
_GOES_ON = compiled(rf"(?:\s+(?:[A-Z][\w-]*|(?:{SECURITY})\b))+")
# what an amount can measure: a name ending in one of these says it
MEASURES = frozenset(
    """price prices amount amounts payment payments consideration value cost costs fee fees
    rate premium dividend dividends distribution distributions proceeds threshold cap
    compensation bonus sum spread indebtedness debt revenue revenues income loss losses
    earnings""".split()
)
_CUT = compiled(r"\s(?:per|for|of|which|that|we|you|to|by|before|after|on|in|under)\s")
_PAYS = compiled(r"\b(?:pay|pays|paid|payment|receive)\b", re.I)


def head(label: str) -> str:
    """The word a name stands on: "price" in "purchase price per share", "number" in
    "number of shares", "dates" in "vesting dates"."""
    words = _CUT.split(f" {label} ", maxsplit=1)[0].split()
    while len(words) > 1 and _AFTER_THE_NOUN.fullmatch(words[-1]) and words[-1] not in _NOUNS:
        words.pop()  # "shares beneficially owned": the name stands on "shares"
    return words[-1].lower() if words else ""


# words set after the noun a name stands on: participles ("owned", "held"), adverbs
_AFTER_THE_NOUN = compiled(
    r"\w{2,}(?:ed|ly)|held|sought|outstanding|given|paid|granted|eligible|thereof", re.I
)
_NOUNS = {"supply", "family", "assembly", "need", "seed", "proceed"}


def plural(label: str) -> bool:
    """Whether a name takes "are": "vesting dates", "RSUs"; not "number of shares",
    "bonus", "proceeds" is plural."""
    word = head(label)
    return word.endswith("s") and not word.endswith(("ss", "us", "is")) and word != "series"


def unit_of(sentence: str, start: int, end: int) -> tuple[str, str] | None:
    """("per", "Preferred Share") for the amount at [start, end) of the sentence; None when
    the sentence prints no unit for it."""
    after = _AFTER.match(sentence[end:])
    if after:
        how = after.group("how").lower()
        unit = _whole_term(after.group("unit"), sentence[end + after.end() :])
        if " of " not in unit and unit.lower().endswith("principal amount"):
            unit = _of_securities_bought(unit, sentence[:start])
        return ("per" if how == "per" else "for each"), _unit_words(unit)
    before = sentence[:start]
    opening = _OPENING.match(before)
    between = before[opening.end() :] if opening else ""
    # the opening governs the amount: set off by a comma, or the clause that pays it
    # ("For each $1,000 principal amount of 2009 Notes you will receive … $1,030.00")
    if opening and ("," in between or _PAYS.search(between)) and ". " not in between:
        return "for each", _unit_words(_whole_term(opening.group("unit"), before[opening.end() :]))
    return None


def _of_securities_bought(unit: str, before: str) -> str:
    """ "$1,000 principal amount of Notes": a principal amount printed without its security
    is of the last securities named before the amount ("to purchase … the outstanding Notes
    for $1,005.00 per $1,000 principal amount"), when the sentence names any."""
    found = _NAMED_SECURITY.finditer(before)
    named = [m.group(0) for m in found if m.group(0)[:1].isupper() or m["security"][:1].isupper()]
    return f"{unit} of {named[-1]}" if named else unit


def _whole_term(unit: str, rest: str) -> str:
    """The unit as the offer defines it, never shortened: "Eligible Unit" goes on to
    "Eligible Unit Option" when the offer's term goes on (capitalised words, or another
    word for a security: "share option")."""
    if " principal amount of " in unit:
        return unit
    more = _GOES_ON.match(rest)
    return unit + more.group(0).rstrip() if more else unit


def _unit_words(unit: str) -> str:
    """The unit singular, as the sentence prints it ("Preferred Share"; "share" in capitals
    is "share")."""
    unit = " ".join(unit.split())
    if " principal amount of " in unit:
        return unit  # "$1,000 principal amount of Notes": the amount is singular already
    if unit.lower().endswith("ies"):
        unit = unit[:-3] + ("y" if unit[-1].islower() else "Y")
    elif unit.lower().endswith("s") and not unit.lower().endswith("ss"):
        unit = unit[:-1]
    return as_label(unit) if unit.isupper() else unit


def with_unit(label: str, specific: bool, sentence: str, start: int, end: int) -> tuple[str, bool]:
    """An amount's name with what it is paid for: the measure ("price", "cash payment") when
    the name is not one (a bare "amount", the thing bought, "amount we will pay you"), and
    the unit, unless the name or the amount already says it."""
    unit = unit_of(sentence, start, end)
    printed = sentence[start:end].lower()
    in_cash = re.match(r"^,?\s+in cash\b", sentence[end:], re.I) is not None
    # "amount we will pay you" is a clause, not a name; "amount of fees" is a name
    said_by_name = head(label) in MEASURES and not re.match(r"amount (?!of\b)", label)
    bare = re.fullmatch(r"amount((?:\s+(?:per|for each|for every)\s.*)?)", label)
    if unit is not None and bare and not specific and priced(sentence, start):
        # "… the Notes for $1,005.00 per …": a bare "amount" paid for each unit is its price
        label, specific, said_by_name = f"price{bare.group(1)}", True, True
    if not said_by_name:
        if re.search(r"\bat\s*$", sentence[:start], re.I):  # "… Preferred Shares at $26.25"
            label, specific = "price", True
        elif unit is None and not in_cash:
            return label, specific  # "the amount each tendering holder will receive"
        elif in_cash or _PAYS.search(label):
            label, specific = ("cash payment" if in_cash else "payment"), True
        else:  # "the amount for which the Company will purchase the Notes": its price
            label, specific = ("price" if priced(sentence, start) else "amount"), True
    if unit is None or " per " in f" {label} " or "for each" in label or "per " in printed:
        return label, specific
    return f"{label} {unit[0]} {unit[1]}", specific


def priced(sentence: str, start: int) -> bool:
    """Whether the amount at `start` is what a purchase or exchange sentence pays "for" what
    it buys ("offering to purchase … the Notes for $1,005.00"): resources/plain/figures.toml
    [price_sentences] lists the verbs."""
    before = sentence[:start]
    if not re.search(r"\bfor\s*$", before, re.I):
        return False
    verbs = _price_verbs()
    return bool(verbs) and re.search(rf"\b(?:{verbs})\b", before, re.I) is not None


@cache
def _price_verbs() -> str:
    path = resource_path("plain", "figures.toml")
    verbs = read_toml(path).get("price_sentences", {})
    return "|".join(re.escape(v) for v in verbs.get("verbs", []))


def best_name(labels: list[str]) -> str:
    """The name for a change made in several places: the fullest measure any place uses
    ("purchase price" from the cover) with the fullest unit ("per Preferred Share")."""
    measures: list[str] = []
    units: list[str] = []
    for label in labels:
        match = re.search(r"\s(per|for each|for every)\s", label)
        measures.append(label[: match.start()] if match else label)
        if match:
            units.append(label[match.start() + 1 :])
    measure = max(measures, key=lambda m: (head(m) in MEASURES, len(m)))
    if not units:
        return measure
    unit = max(units, key=lambda u: (u != u.lower(), len(u)))
    return f"{measure} {unit}"
