"""Whose a figure is, when the noun that names it says so only with its owner ("a term of 24
months", "interest at 5%"): "The term of the New Options is now 36 months", never "The term
is now 36 months". The nouns and the verbs that tie them to their owner are the firm's
(resources/plain/owners.toml)."""

from __future__ import annotations

import re
from functools import cache

from amendtool.core.figure_places import sentence_start
from amendtool.core.resource_toml import read_toml
from amendtool.resources import resource_path

# words that open an owner and are said in small letters ("each New Option")
_DETERMINERS = frozenset("each every all our your its their any".split())
_LINKING = r"(?:will\s+be|shall\s+be|is|are|equals?|will\s+equal)"
_LONGEST_OWNER = 8  # words: a longer one is a clause, not an owner


@cache
def _rules() -> tuple[tuple[re.Pattern[str], str], ...]:
    path = resource_path("plain", "owners.toml")
    data = read_toml(path)
    out = []
    for rule in data.get("owned", []):
        label = str(rule["label"])
        verbs = "|".join(r"\s+".join(map(re.escape, v.split())) for v in rule.get("verbs", []))
        if verbs:
            out.append((re.compile(rf"^(?P<owner>.+?)\s+(?:{verbs})\s*$", re.I), label))
        if noun := rule.get("noun"):
            name = r"\s+".join(map(re.escape, str(noun).split()))
            pattern = rf"^(?:the\s+)?{name}\s+(?:of|on)\s+(?P<owner>.+?)\s+{_LINKING}\s*$"
            out.append((re.compile(pattern, re.I), label))
    return tuple(out)


@cache
def _bounds_after() -> re.Pattern[str]:
    data = read_toml(resource_path("plain", "owners.toml"))
    said = [r"\s+".join(map(re.escape, b.split())) for b in data.get("bounds_after", [])]
    return re.compile(rf"^\s*(?:{'|'.join(said) or '(?!)'})\b", re.I)


def owned_name(clause: str, after: str = "") -> str | None:
    """The figure's name with its owner, from the words of its clause before it; None when
    no rule of the firm's list ties a noun to an owner there, or the words `after` it make
    it a bound ("$25.00 or more": a threshold, owners.toml bounds_after)."""
    if after and _bounds_after().match(after):
        return None
    clause = " ".join(clause.split())
    for pattern, label in _rules():
        match = pattern.match(clause)
        if match:
            owner = _owner(match.group("owner"))
            if owner:
                return label.format(owner=owner)
    return None


def owned_before(text: str, at: int, end: int) -> str | None:
    """Whose the figure at `at` is, by the words of its clause before it ("new options (the
    "Repriced Options") with an exercise price of $6.25"): read before its sentence, whose
    words may name another figure ("of more than $9.00"); None when they do not say."""
    if at < 0:
        return None
    before = re.split(r"[,;:(]", text[sentence_start(text, at) : at])[-1]
    owned = owned_name(before, text[end : end + 40])
    return f"the {owned}" if owned else None


def _owner(words: str) -> str | None:
    """'the New Options' from "The New Options"; "each New Option"; "dividends on the
    Preferred Shares" from "Dividends on the Preferred Shares"."""
    tokens = re.sub(r"[\"“”()]", "", words).split()  # the owner's defined term, bare
    if not tokens or len(tokens) > _LONGEST_OWNER:
        return None
    if tokens[0].lower() == "the":
        tokens = tokens[1:]
    if not tokens:
        return None
    first = tokens[0]
    if first.lower() in _DETERMINERS:
        return " ".join([first.lower(), *tokens[1:]])
    follows = tokens[1] if len(tokens) > 1 else ""
    if first[1:] == first[1:].lower() and (not follows or follows[:1].islower()):
        first = first.lower()  # a common word that opens the sentence
    return " ".join(["the", first, *tokens[1:]])
