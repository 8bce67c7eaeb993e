"""What a figure the firm's list does not name is, for the plain notice: the nearest words
of its sentence that say it ("the date by which you must deliver your election"); kept apart
from the labels read from the words just before a figure.
"""

from __future__ import annotations

import re
from functools import cache

from amendtool.core.pattern_store import compiled
from amendtool.core.plain_labels import FUNCTION_WORDS, as_label, opens_with_a_defined_term
from amendtool.core.resource_toml import read_toml
from amendtool.resources import resource_path

# the opening of a clause that says what a figure is by who does what with it: "we will pay
# you", "each tendering holder will receive", "the offer website will close"
_CLAUSE_OPENERS = frozenset(
    """we you each every the our your its their holders employees eligible any all this
    tendering participating""".split()
)
_LEADING = compiled(r"^(?:(?:and|but|or|then|so)\s+|\(?[a-z]{1,4}\)\s+)", re.I)  # "(c) "
# a figure the offer defines: "$1,055 in cash (the "Tender Offer Consideration")"
_DEFINED = compiled(r"^[^.;:()]{0,40}?\(the\s+[\"“]([^\"”]{3,60})[\"”]\)")
_LAST_PREPOSITION = compiled(
    r"\s+(at|on|by|before|after|until|for|to|in|over|within|during|below|above|under|beyond)"
    r"\s*$",
    re.I,
)
# "the date by which …", "the period over which …": the clause said after its preposition
# "the amount below which …"
_RELATIVE_PREPOSITIONS: tuple[str, ...] = ("by", "before", "after", "until", "for", "over")
_RELATIVE_PREPOSITIONS += ("within", "during", "below", "above", "under", "beyond")
# a bound ends a clause before its figure ("extend the offer for at least"): it is said as
# "minimum" or "maximum" before the name, never inside it
_TRAILING_BOUND = compiled(
    r"\s+(?:at least|not less than|no less than|a minimum of|up to|no more than|not more than|"
    r"at most|a maximum of|approximately|about)\s*$",
    re.I,
)
# the figure's own kind before it ("vest over a period of 24 months", "a term of 5 years"):
# named by the clause that holds it, "the period over which …"
_NOUN_OF = compiled(r"\s+(?:a|an|the)\s+(?:period|term)\s+of\s*$", re.I)
_OF_PHRASE = compiled(r"^\s*of\s+")
_PHRASE_NOUNS = {"money": "amount", "time": "time", "date": "date", "percent": "percentage"}
_PHRASE_NOUNS |= {"number": "number", "count": "period"}
_LEADING_PREPOSITIONS = frozenset("within for during after before until by in".split())
# where a clause stops naming ("a notice confirming which …", "the options that …")
_NAME_ENDS = frozenset("which that who whom whose if unless when because where while".split())
_PERIOD = compiled(r"\b(?:day|week|month|year|hour)s?\b", re.I)
# a percentage someone holds ("Harlow Partners, L.P. holds 18% of our common stock") is not
# named by what it is of alone: that would read as a term of the offer
_HOLDS = compiled(r"\b(?:holds?|held|owns?|owned|controls?|controlled)\b", re.I)
_LONGEST_CLAUSE = 8  # words: a longer one is a sentence, not a name
# a parenthetical inside a clause ("Osprey Holdings Corp. (the "Company") is offering …"):
# read past, never cut inside
_PARENTHETICAL = compiled(r"\s*\([^()]*\)")
# a figure's time or date said without its preposition reads as English ("the time the
# offer will expire"); any other figure keeps it ("the amount on which the Offer is
# conditioned", never "the amount the Offer is conditioned")
_DROPPED_FOR = {"time": ("at", "on", "in"), "date": ("at", "on", "in")}
# function words that may end a clause that names a figure ("the amount we will pay you")
_VERBS_THAT_END = frozenset("you we they it us them".split())


def _main_clause(noun: str, preposition: str, after: str) -> str | None:
    """'the period within which we will send you a notice', from "Within two business days
    after the expiration date, we will send you a notice confirming …"."""
    parts = re.split(r"[,;:]", after, maxsplit=1)
    if len(parts) < 2:
        return None
    kept: list[str] = []
    for word in re.split(r"[.;:(]", parts[1])[0].split():
        if word.lower() in _NAME_ENDS or (word.endswith("ing") and len(word) > 5):
            break
        kept.append(word)
    if not 2 <= len(kept) <= _LONGEST_CLAUSE or kept[0].lower() not in _CLAUSE_OPENERS:
        return None
    return f"{noun} {preposition} which {as_label(' '.join(kept))}"


def noun_phrase(sentence: str, start: int, end: int, kind: str) -> str | None:
    """What a figure the firm's list does not name is, from the nearest words of its
    sentence that say it: "the percentage of the options" (after it), "the amount we will pay
    you", "the date by which you must deliver your election" (the clause before it); None
    when they do not (then counsel names it)."""
    noun = _PHRASE_NOUNS.get(kind)
    if kind == "count" and not _PERIOD.search(sentence[start:end]):
        return count_phrase(sentence, start, end)  # "285 shares": by what its clause says
    if noun is None:
        return None
    defined = _DEFINED.match(sentence[end:])
    if defined:
        return defined.group(1)
    if kind in ("date", "money"):
        named = _subject_or_object(sentence, start, end)
        if named:  # "The settlement date is expected to be …", "$1.3 billion of indebtedness"
            return named
    if kind == "number":
        return None  # a bare number is no "number we …": only a noun of its own names it
    after = _OF_PHRASE.match(sentence[end:])
    held = _HOLDS.search(re.split(r"[;:(]|\.\s", sentence[:start])[-1])
    if after and kind == "percent" and not held:  # "25% of the options are held …"
        kept: list[str] = []
        for word in re.split(r"\s+", re.split(r"[.,;:()]", sentence[end + after.end() :])[0]):
            if not word or (kept and word.lower() in FUNCTION_WORDS) or len(kept) == 4:
                break
            kept.append(word)
        if kept and kept[-1].lower() not in FUNCTION_WORDS:
            return f"{noun} of {as_label(' '.join(kept))}"
    clause = _LEADING.sub("", re.split(r"[,;:(]", _before(sentence, start))[-1].strip())
    clause = _TRAILING_BOUND.sub("", " " + clause).strip()
    clause = _NOUN_OF.sub("", " " + clause).strip()  # "over a period of": said "over which"
    if clause.lower() in _LEADING_PREPOSITIONS:  # "Within two business days …, we will …"
        return _main_clause(noun, clause.lower(), sentence[end:])
    preposition = _LAST_PREPOSITION.search(" " + clause)
    core = clause[: preposition.start() - 1].strip() if preposition else clause
    if noun == "period":  # "deliver a notice of withdrawal [to the stock administration team]"
        core = _without_trailing_phrases(core)
    words = core.split()
    if not 2 <= len(words) <= _LONGEST_CLAUSE or words[0].lower() not in _CLAUSE_OPENERS:
        return None
    if words[-1].lower() in FUNCTION_WORDS - _VERBS_THAT_END:
        return None  # "the Preferred Stock carries an": a clause cut before its noun
    said = as_label(core)
    word = preposition.group(1).lower() if preposition else ""
    if word and (word in _RELATIVE_PREPOSITIONS or word not in _DROPPED_FOR.get(kind, ())):
        return f"{noun} {word} which {said}"
    return f"{noun} {said}"


# a phrase saying to whom, where or how an act is done, which the act names a period without
# ("you must deliver a notice of withdrawal to the stock administration team")
_TRAILING_PHRASE = compiled(r"\s+(?:to|with|at|from|by|in|on)\s+(?:the|a|an|our|your|its)\s")


def _without_trailing_phrases(core: str) -> str:
    """A clause too long to name a period, shortened by its last phrases of whom or where
    while it is too long and keeps its verb and object; as it is otherwise."""
    while len(core.split()) > _LONGEST_CLAUSE:
        found = [m.start() for m in _TRAILING_PHRASE.finditer(core)]
        if not found or len(core[: found[-1]].split()) < 3:
            break
        core = core[: found[-1]]
    return core


# "The settlement date is expected to be": the subject whose value the figure states
_SUBJECT = compiled(
    r"(?:^|[.;:]\s+)the\s+(?P<noun>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3})\s+"
    r"(?:is|are|will be|is expected to be|are expected to be|is now|was)\s+(?:approximately\s+)?$",
    re.IGNORECASE,
)
# "$1.3 billion of total indebtedness": what an amount is of
_AMOUNT_OF = compiled(r"^\s+of\s+(?P<noun>(?:total|aggregate|outstanding|net)\s+[a-z]+)\b", re.I)


def _subject_or_object(sentence: str, start: int, end: int) -> str | None:
    """A figure's name as its sentence says it in plain words around it; None otherwise."""
    subject = _SUBJECT.search(_before(sentence, start))
    if subject and subject["noun"].split()[-1].lower() not in FUNCTION_WORDS:
        return as_label(subject["noun"])
    of = _AMOUNT_OF.match(sentence[end:])
    return as_label(of["noun"]) if of else None


def _before(sentence: str, start: int) -> str:
    """The words of the sentence before a figure with each whole parenthetical taken out,
    so that a clause is never read from inside one ('the "Company") is offering')."""
    return _PARENTHETICAL.sub("", sentence[:start])


# words a noun phrase cannot end on: a name cut there leaves its sentence without its
# object ("the percentage of the options outstanding under is now 12.8%")
_OPEN_ENDS = frozenset(
    """a an the of to by for in on at from as than with under pursuant upon into within
    over through between among after before during without against about per and or nor
    which that whose""".split()
)


def whole_name(label: str, specific: bool, kind: str) -> tuple[str, bool]:
    """A figure's name as the notice may print it: a noun phrase whose quotation marks and
    parentheses are balanced and that ends on a word of its own, not on a preposition
    (those are dropped); any other (a clause cut inside a parenthetical or a quotation, a
    name with nothing left) is left to counsel, named only by the kind of figure it is."""
    bound = next((b for b in ("minimum ", "maximum ") if label.startswith(b)), "")
    generic = bound + _PHRASE_NOUNS.get(kind, "figure"), False
    words = label.split()
    while len(words) > 1 and words[-1].lower() in _OPEN_ENDS:
        words.pop()
    if len(words) < len(label.split()):
        if words[-1].lower() in _PHRASE_NOUNS.values():  # "percentage of": no name left
            return generic
        label = " ".join(words)
    opened = label.count("(") - label.count(")")
    quotes = label.count('"') % 2 or label.count("“") != label.count("”")
    if not opened and not quotes:
        return label, specific
    return generic


@cache
def _pronouns() -> tuple[tuple[re.Pattern[str], str], ...]:
    data = read_toml(resource_path("plain", "meanings.toml"))
    return tuple(
        (
            re.compile(
                r"\b(?P<verb>"
                + "|".join(map(re.escape, rule["verbs"]))
                + r")\s+"
                + re.escape(str(rule["word"]))
                + r"\b",
                re.I,
            ),
            str(rule["means"]),
        )
        for rule in data.get("pronoun", [])
    )


def pronouns_named(label: str) -> str:
    """A label with each pronoun the firm's list resolves said by what it stands for ("the
    period for which we will keep it open" → "… keep the offer open"), from
    resources/plain/meanings.toml [[pronoun]]."""
    for pattern, means in _pronouns():
        label = pattern.sub(rf"\g<verb> {means}", label)
    return label


# words after a count that describe what it counts without a verb ("shares subject to
# Eligible Options", "options outstanding")
_DESCRIBED = compiled(r"^(?:subject to|covered by|held by|outstanding|eligible|issuable)\b", re.I)
_PEOPLE = frozenset("employees holders participants persons directors officers".split())
_THERE = compiled(r"^there\s+(?:are|were|is|was|will be)$", re.I)
_RELATIVE_OPENING = compiled(r"^(?:who|that|which|whose)\s+\w", re.I)
_APPROXIMATELY = compiled(r"\s*\b(?:approximately|about|roughly|some|an aggregate of)$", re.I)


def count_phrase(sentence: str, start: int, end: int) -> str | None:
    """'number of shares of our common stock the offer covers' for "The offer covers
    1,400,000 shares of our common stock", 'number of employees who hold Eligible Options'
    for "1,400,000 employees hold Eligible Options": what a count counts, said with its
    clause; None when the clause says no more than the count (then counsel names it)."""
    printed = sentence[start:end].split()
    unit = as_label(printed[-1])
    unit = unit if unit[1:] != unit[1:].lower() else unit.lower()  # RSUs, shares
    rest = re.split(r"[,;:()]|\.(?:\s|$)", sentence[end:])[0].strip()
    of = re.match(r"of\s+((?:[\w'’-]+\s*){1,4})", rest)
    counted = f"{unit} of {of.group(1).strip()}" if of else unit
    rest = rest[of.end() :].strip() if of else rest
    clause = _LEADING.sub("", re.split(r"[,;:(]", _before(sentence, start))[-1].strip())
    clause = _APPROXIMATELY.sub("", _TRAILING_BOUND.sub("", " " + clause)).strip()
    if not clause or _THERE.match(clause):  # the count opens its clause: what follows says
        words = rest.split()
        if not 1 <= len(words) <= _LONGEST_CLAUSE or re.search(r"\d", rest):
            return None
        if _DESCRIBED.match(rest):
            return f"number of {counted} {as_label(rest)}"
        if _RELATIVE_OPENING.match(rest):  # "There are 340 employees who hold …"
            return f"number of {counted} {as_label(rest)}"
        if _THERE.match(clause):
            return None
        who = "who" if unit.lower() in _PEOPLE else "that"
        return f"number of {counted} {who} {as_label(rest)}"
    words = clause.split()
    if not 2 <= len(words) <= _LONGEST_CLAUSE or re.search(r"\d", clause):
        return None
    if _LAST_PREPOSITION.search(" " + clause) or words[-1].lower() in _NAME_ENDS:
        return None  # "extend the offer for 5 shares": the count is no object of the verb
    if words[0].lower() not in _CLAUSE_OPENERS and not words[0][:1].isupper():
        return None
    purpose = re.match(r"to\s+\w+(?:\s+[\w-]+){0,3}$", rest)
    said = clause if opens_with_a_defined_term(clause) else as_label(clause)
    said += f" {purpose.group(0)}" if purpose else ""
    return f"number of {counted} {said}"
