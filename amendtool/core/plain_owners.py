"""Whose a figure is, when the noun that names it says so only with its owner ("a term of 24
months", "interest at 5%"): "The term of the New Options is now 36 months", never "The term
is now 36 months". The nouns and the verbs that tie them to their owner are the firm's
(resources/plain/owners.toml).

The owner is the noun its own words name: in "options … (the "Old Options") for options with
an exercise price of $5.50 per share (the "Repriced Options")" the price is the Repriced
Options', the term the figure's words define, never the Old Options' whose term only stands
before them. Where its words name no owner of their own, no owner is said (`unowned_name`:
counsel names it), never the nearest name."""

from __future__ import annotations

import re
from functools import cache

from amendtool.core.figure_places import sentence_start
from amendtool.core.pattern_store import compiled
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
    no rule of the firm's list ties a noun to an owner there, when its words name no owner
    of their own (unowned_name), or the words `after` it make it a bound ("$25.00 or more":
    a threshold, owners.toml bounds_after)."""
    found = _owned(clause, after)
    return found[0] if found and found[1] else None


def unowned_name(clause: str, after: str = "") -> str | None:
    """The figure's name without an owner ("exercise price") where a rule of the firm's list
    says it has one and its words name none of their own ("(the "Old Options") for options
    with an exercise price of"): counsel names whose it is; None otherwise."""
    found = _owned(clause, after)
    return found[0] if found and not found[1] else None


def _owned(clause: str, after: str) -> tuple[str, bool] | None:
    """(name, True) with the owner its words name; (bare name, False) where a rule ties the
    noun to an owner and the words name none; None where no rule does."""
    if after and _bounds_after().match(after):
        return None
    clause = " ".join(clause.split())
    bare = None
    for pattern, label in _rules():
        match = pattern.match(clause)
        if match:
            owner = _owner(match.group("owner"), after)
            if owner and "{owner}" in label and " which " not in label:
                owner = _noun_phrase(owner)  # "of {owner}": a noun's, never a clause's
            if owner:
                return label.format(owner=owner), True
            if owner is not None and bare is None:  # "" : its words name no owner of their own
                bare = _bare(label)
    return (bare, False) if bare else None


def owned_before(text: str, at: int, end: int) -> str | None:
    """Whose the figure at `at` is, by the words of its clause before it ("new options (the
    "Repriced Options") with an exercise price of $6.25"): read before its sentence, whose
    words may name another figure ("of more than $9.00"); None when they do not say."""
    found = _owned_before(text, at, end)
    return f"the {found[0]}" if found and found[1] else None


def unowned_before(text: str, at: int, end: int) -> str | None:
    """The figure's name without an owner where its words name none (unowned_name)."""
    found = _owned_before(text, at, end)
    return found[0] if found and not found[1] else None


def unowned_at(sentence: str, start: int, end: int) -> str | None:
    """unowned_name of the figure at [start, end) of its sentence, read as fact_label reads
    it: the words of its clause before it, and all its sentence says after it."""
    return unowned_name(re.split(r"[,;:(]", sentence[:start])[-1], sentence[end:])


def _owned_before(text: str, at: int, end: int) -> tuple[str, bool] | None:
    if at < 0:
        return None
    before = re.split(r"[,;:(]", text[sentence_start(text, at) : at])[-1]
    return _owned(before, text[end : end + 60])


def _bare(label: str) -> str:
    """'exercise price' from "exercise price of {owner}"; 'rate' from "rate at which {owner}"."""
    said = label.split("{owner}")[0]
    return re.sub(r"\s+(?:of|on|at\s+which)\s*$", "", said.strip())


# a defined term right after the figure (and its unit) names what has it: "options with an
# exercise price of $5.50 per share (the "Repriced Options")"
_DEFINED_AFTER = compiled(
    r"^\s*(?:(?:per|a|an|each)\s+[\w-]+\s+){0,2}\(\s*(?:the\s+|each\s+|an?\s+)?[\"“]"
    r"(?P<term>[^\"“”]{1,60})[\"”]\s*\)",
    re.I,
)
# a word joining the owner to words before it that are not its own ("… (the "Old Options")
# for options"): the owner is after it
_JOINING = frozenset("for into to from by with under than".split())
# a word between what is given and what is received ("Old Options for New Options")
_EXCHANGED = frozenset(("for", "into"))


def _owner(words: str, after: str = "") -> str | None:
    """'the New Options' from "The New Options"; "each New Option"; "dividends on the
    Preferred Shares" from "Dividends on the Preferred Shares". Words after another phrase's
    defined term ("the "Old Options") for options") are no owner of that term: the owner is
    the term the figure's own words define after it ("(the "Repriced Options")"), else ""
    (its words name none; counsel does); None where the words are no owner at all."""
    closed = max(words.rfind(")"), words.rfind("”"), words.rfind('"'))
    if closed >= 0 and words[closed + 1 :].strip():  # a defined term, then words of their own
        rest = words[closed + 1 :].split()
        if rest and rest[0].lower() in _JOINING:
            defined = _DEFINED_AFTER.match(after)
            return f"the {defined['term']}" if defined else ""
    tokens = re.sub(r"[\"“”()]", "", words).split()  # the owner's defined term, bare
    given = [i for i, t in enumerate(tokens) if i and t.lower() in _EXCHANGED]
    if given and any(t[:1].isupper() for t in tokens[1 : given[-1]]):
        # "all Old Options for New Options": the owner is what the defined term is exchanged
        # for ("options granted for services" is one owner)
        rest = [t for t in tokens[given[-1] + 1 :] if t.lower() not in ("the", "all", "each")]
        defined = _DEFINED_AFTER.match(after)
        if defined:
            return f"the {defined['term']}"
        capitals = bool(rest) and all(t[:1].isupper() for t in rest)
        return " ".join(["the", *rest]) if capitals else ""
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


# a defined term, then a word joining the figure's own words to it: "(the "Old Options") for"
_TERM_THEN_JOINING = compiled(
    r"[\"“](?P<term>[^\"“”]{1,60})[\"”]\s*\)?\s+(?:for|into|to|from|by|with|under|than)\s", re.I
)


def term_before_at(sentence: str, start: int) -> str | None:
    """The defined term the words of the figure's clause stand after ("(the "Old Options") for
    options with an exercise price of $5.50"): another phrase's term, never the figure's
    owner; None where its clause has none."""
    found = list(_TERM_THEN_JOINING.finditer(sentence[:start]))
    if not found or re.search(r"[,;:(]", sentence[found[-1].end() : start]):
        return None
    return found[-1]["term"]


def _noun_phrase(owner: str) -> str:
    """The owner if it is a noun phrase; else the defined term its clause ends on ("a New
    Option" of "the you will receive a New Option" → "the New Option"); else "" (its words
    name no owner: counsel does). A clause is told by a word a noun phrase never holds
    (owners.toml `clause_words`: "you", "will")."""
    tokens = owner.split()
    said = [i for i, t in enumerate(tokens) if t.casefold() in _clause_words()]
    if not said:
        return owner
    rest = tokens[said[-1] + 1 :]
    heads = [i for i, t in enumerate(rest) if t.casefold() in _HEADS]
    tail = rest[heads[-1] + 1 :] if heads else []
    if tail and all(t[:1].isupper() for t in tail):
        return " ".join(["the", *tail])
    return ""


_HEADS = frozenset("a an the each every all any".split())


@cache
def _clause_words() -> frozenset[str]:
    data = read_toml(resource_path("plain", "owners.toml"))
    return frozenset(str(w).casefold() for w in data.get("clause_words", []))


def owner_nouns() -> tuple[str, ...]:
    """The nouns the firm's list ties to an owner ("exercise price", "term"), longest first."""
    rules = read_toml(resource_path("plain", "owners.toml")).get("owned", [])
    nouns = {_bare(str(rule["label"])) for rule in rules}
    return tuple(sorted((n for n in nouns if n and n != "rate"), key=len, reverse=True))
