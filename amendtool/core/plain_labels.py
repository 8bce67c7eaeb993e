"""What a changed fact measures, for the plain notice: "minimum exercise price per share",
"grant date", a table's column heading; read from the words before the fact, from the
verb of its sentence (the firm's list in resources/plain/meanings.toml), or from its table
(headings and captions said as words: plain_heading_words.py, re-exported here).
"""

from __future__ import annotations

import re

from amendtool.core.pattern_store import compiled
from amendtool.core.plain_heading_words import (
    as_label,
    cell_names,
    opens_with_a_defined_term,
    row_name,
)
from amendtool.core.plain_name_rules import named, options_named
from amendtool.core.plain_owners import owned_name
from amendtool.core.plain_tied_times import tied_time

__all__ = [
    "FUNCTION_WORDS",
    "as_label",
    "bound_of",
    "cell_names",
    "fact_label",
    "named",
    "only_its_kind",
    "opens_with_a_defined_term",
    "options_named",
    "row_name",
    "tied_time",
]

_MINIMUM = compiled(
    r"\b(?:at least|not less than|no less than|a minimum of|equal to or greater than)\s+$", re.I
)
_MAXIMUM = compiled(r"\b(?:no more than|not more than|up to|at most|a maximum of)\s+$", re.I)
_STRICT = compiled(r"\b(?:less than|more than|greater than|fewer than|below|above)\s+$", re.I)
_OR_MORE = compiled(r"^\s*(?:or (?:more|higher|greater|above))\b", re.I)
_OR_LESS = compiled(r"^\s*(?:or (?:less|lower|fewer|below))\b", re.I)
_LINK = compiled(
    r"(?P<np>(?:[A-Za-z][\w'’-]*\s+){1,8}?)(?:of|is|are|was|will be|equal to|equals|at)"
    r"(?:\s+(?:approximately|about|roughly))?\s+$",
    re.I,  # a cover's title in capitals: "AT A PURCHASE PRICE OF $23.25"
)
FUNCTION_WORDS = frozenset(
    """a an the that which who whose have has had having with its our your their any each all
    and or for in on is are was were will be must may can to than of by from as at this these
    those such if whether not no new old we you they it per there here""".split()
)
_AUXILIARIES = frozenset("will would shall should must may might can could to do does did".split())
# after a form of "be" comes what a thing is or does ("offices are located at"), not its name
_COPULAS = frozenset("is are was were be been".split())
_NOT_NOUNS = frozenset("expire expires expired receive paid granted made set equal".split())
# a pronoun closes a name: the words after it ("keep it open") are no noun phrase
_PRONOUNS = frozenset("it we you they there here which who whom whose".split())
_RELATIVE = compiled(
    r"^(?:the|a|an|our|its|your|their|each|any)?\s*(?P<head>(?:[A-Za-z][\w'’-]*\s+){1,4}?)"
    r"(?P<clause>(?:(?:for|by|before|after|until|over|within|during|in|on|at|to)\s+)?"
    r"(?:which|whom)\s+(?:[\w'’-]+\s+){1,8}?)(?:is|are|was|were|will be)\s+$",
    re.I,
)
_LONGEST_NAME = 12  # words: a longer relative clause is a sentence, not a name
_GENERIC = {
    "money": "amount",
    "percent": "percentage",
    "ratio": "exchange ratio",
    "date": "date",
    "time": "time",
    "document": "document",
    "number": "number",
}


def only_its_kind(label: str) -> bool:
    """Whether a label says no more than the kind of figure ("time", "maximum percentage",
    "period"); "number of shares" says what it counts."""
    for bound in ("minimum ", "maximum "):
        label = label.removeprefix(bound)
    if re.fullmatch(r"number of [\w-]+", label):
        return True  # "number of shares": of which shares? (bought, covered, issued …)
    return label in _GENERIC.values() or label in ("period", "figure")


def bound_of(sentence: str, start: int, end: int) -> str:
    """'minimum ' for a figure "at least" or "or more", 'maximum ' for one "up to" or "or
    less"; '' for one stated exactly."""
    before, after = sentence[:start], sentence[end:]
    if _MINIMUM.search(before) or _OR_MORE.match(after):
        return "minimum "
    if _MAXIMUM.search(before) or _OR_LESS.match(after):
        return "maximum "
    return ""


_DAY_ENDS = compiled(r"\bat the end of\s+$", re.I)
# a figure right before the words read as a name: they are its unit ("$1 million", "1,000
# Shares"), the tail of another amount, not what the fact measures; a year is no such figure,
# nor one after "per" or "each": it is the measure's own
_SAID_TO_BE = compiled(r"(?:is|are|was|will be|equal to|equals)\b", re.I)
# unit ("for each $1,000 principal amount of Notes" names the amount a price is paid for)
_FIGURE_BEFORE = compiled(
    r"(?<!\bper\s)(?<!\beach\s)(?<!\bevery\s)(?<![\w$,.])(?!(?:19|20)\d\d\s*$)"
    r"\$?\d[\d,.]*\s+$",
    re.I,
)


def fact_label(
    sentence: str, start: int, end: int, kind: str, preceding: str = ""
) -> tuple[str, bool]:
    """What the fact at [start, end) of the sentence measures, and whether the text said so;
    `preceding` is the text just before the fact, across sentence ends ("… 11:59 P.M. ON")."""
    before, after = sentence[:start], sentence[end:]
    if kind == "date":  # a midnight "at the end of" its day: the day, not an "end"
        before = _DAY_ENDS.sub("on ", before)
    clause = re.split(r"[,;:(]", before)[-1]
    if kind in ("date", "time") and re.search(r"expir|deadline", preceding or before, re.I):
        return "deadline", True
    if owned := owned_name(clause, after):  # "a term of 24 months": whose term
        return owned, True
    bound = ""
    if _MINIMUM.search(before) or _OR_MORE.match(after):
        bound = "minimum "
    elif _MAXIMUM.search(before) or _OR_LESS.match(after):
        bound = "maximum "
    strict = _STRICT.search(before)
    core = re.sub(
        r"\b(?:at least|not less than|no less than|a minimum of|no more than|not more than|"
        r"up to|at most|a maximum of|less than|more than|greater than|fewer than)\s+$",
        "",
        clause,
        flags=re.I,
    )
    link = _LINK.search(core)
    ahead = before[: len(before) - len(clause) + link.start()] if link else ""  # whole figures
    if (
        link and _FIGURE_BEFORE.search(ahead) and _SAID_TO_BE.match(core[link.end("np") :])
    ):  # "The rate for amounts over $1 million is": no name, counsel gives one ("1,000
        link = None  # Shares at $5.00" are the shares priced: named as before)
    relative = _relative_name(core)
    if relative:  # "the minimum period for which we will keep it open"
        return (relative if relative.startswith(("minimum", "maximum")) else bound + relative), True
    words = link.group("np").split() if link and relative is None else []
    head: list[str] = []
    while words and words[0].lower() not in FUNCTION_WORDS:
        if len(words) <= 5:
            break
        words = words[1:]
    for index in range(len(words) - 1, -1, -1):
        if words[index].lower() in FUNCTION_WORDS - {"per"}:
            # after "will", "must", "to" … comes a verb ("will close at"), not what is measured
            # after a pronoun ("keep it open") comes a verb's particle, not a noun either
            closes = words[index].lower() in _AUXILIARIES | _COPULAS | _PRONOUNS
            head = _head_of(words, index)
            words = [] if closes else head or words[index + 1 :]
            break
    longest = _LONGEST_OWNED if head else 5
    if words and 1 <= len(words) <= longest and words[-1].lower() not in _NOT_NOUNS:
        capitals = not re.search(r"[a-z]", sentence)
        noun = " ".join(words).lower() if capitals else as_label(" ".join(words))
        if strict and not bound:
            return f"limit on the {noun}", True
        # "over a period of 24 months": a name that says only its kind names nothing
        return bound + noun, not only_its_kind(noun)
    if kind == "count":
        counted = sentence[start:end].split()[-1]
        if re.search(r"day|week|month|year|hour", counted, re.I):
            return "period", False
        plural = counted if counted.lower().endswith("s") else counted + "s"
        plural = plural if plural[1:] != plural[1:].lower() else plural.lower()  # RSUs, shares
        if not re.search(r"[a-z]", sentence):
            plural = plural.lower()  # a heading in capitals ("UP TO 1,500,000 SHARES")
        return f"number of {plural}", False
    return bound + _GENERIC.get(kind, "figure"), False


def _head_of(words: list[str], index: int) -> list[str]:
    """'vesting period of the New Options', from "The vesting period of the New Options is":
    what is measured is the noun before "of the", said with whose it is; [] when the words
    are no such name (no noun before "of", or more than articles and the owner's name after
    it)."""
    at = next((i for i in range(index, 0, -1) if words[i - 1].lower() == "of" and i >= 2), None)
    if at is None or words[at].lower() not in ("the", "a", "an", "our", "your", "its"):
        return []
    if words[at - 2].lower() in FUNCTION_WORDS:
        return []
    if any(w.lower() in FUNCTION_WORDS - {"new", "old"} for w in words[at + 1 :]):
        return []
    start = at - 2
    while start > 0 and words[start - 1].lower() not in FUNCTION_WORDS:
        start -= 1
    said = words[start:]
    return said if len(said) <= _LONGEST_OWNED else []


_LONGEST_OWNED = 7  # words: "vesting period of the New Options"


def _relative_name(core: str) -> str | None:
    """'minimum period for which we will keep it open', from "The minimum period for which we
    will keep it open is": a name whose noun a relative clause completes, said whole; '' when
    the clause is too long to be a name (counsel names it); None when there is none."""
    opening = re.split(r"[,;:(]", core)[-1].strip() + " "
    found = _RELATIVE.match(opening)
    if not found:
        return None
    head = found.group("head").split()
    if any(w.lower() in FUNCTION_WORDS - {"of"} for w in head) or head[-1].lower() == "of":
        return None
    said = " ".join([*head, *found.group("clause").split()])
    if len(said.split()) > _LONGEST_NAME:
        return ""
    return as_label(said)
