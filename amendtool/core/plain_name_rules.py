"""What a date or an amount measures by the verb of its own clause, from the firm's list
(resources/plain/meanings.toml [[name]]): "Options granted before June 30, 2001 are
eligible" names a cut-off date for eligible options, "We will pay you on June 5" a payment
date; words inside a phrase naming another act ("not accepted for payment") name nothing.
"""

from __future__ import annotations

import re
from functools import cache

from amendtool.core.pattern_store import compiled
from amendtool.core.resource_toml import read_toml
from amendtool.core.rule_words import Words
from amendtool.resources import resource_path

_Found = re.Pattern[str] | None
_Name = tuple[str, re.Pattern[str], str, _Found, _Found, _Found]


@cache
def _names() -> tuple[_Name, ...]:
    """The firm's rules: kind, words, label, the words one of which the sentence must hold
    (`when`), if any, the phrases in which its words name another act (`not_in`), and the
    words the figure must follow (`right_after`)."""
    data = read_toml(resource_path("plain", "meanings.toml"))

    def words(listed: list[str]) -> re.Pattern[str]:
        return re.compile(r"\b(?:" + "|".join(map(re.escape, listed)) + r")\b", re.I)

    return tuple(
        (
            str(rule["kind"]),
            words(rule["words"]),
            str(rule["label"]),
            words(rule["when"]) if rule.get("when") else None,
            Words(rule["not_in"]).pattern if rule.get("not_in") else None,
            re.compile(rf"{words(rule['right_after']).pattern}\s*$", re.I)
            if rule.get("right_after")
            else None,
        )
        for rule in data.get("name", [])
    )


_CLAUSE_END = compiled(
    r"[,;:.()]|\b(?:if|unless|when|whether|because|provided|so long as|until|and|or|but|"
    r"which|who|that)\b",
    re.I,
)


# a verb and the preposition of the date it is read with, words between ("RSUs granted under
# the Bramble Software, Inc. 2020 Plan before"): within one clause, at most 120 characters
_GRANTED_THEN = compiled(
    r"\b(?P<verb>granted)\b[^;:()]{1,120}?\s(?P<when>on or before|on or after|before|after|"
    r"prior to|between)\s+$",
    re.I,
)


def named(
    kind: str, sentence: str, start: int = 0, end: int | None = None, counted: str = ""
) -> tuple[str, bool] | None:
    """What a date or an amount at [start, end) measures, from the verb of its own clause
    (the firm's list, resources/plain/meanings.toml [[name]]): the words nearest before it,
    or after it before its clause ends ("… on June 5 if we accept them for payment" is not
    a payment date); None when its clause names none. `counted`: what a count counts
    ("shares"), for the list's "{counted}"."""
    end = len(sentence) if end is None else end
    before = sentence[:start]
    if kind == "date":  # "granted under the 2020 Plan before July 1": granted before it
        before = _GRANTED_THEN.sub(r"\g<verb> \g<when> ", before)
    after = sentence[end:]
    cut = _CLAUSE_END.search(after)
    after = after[: cut.start()] if cut else after
    if kind == "period" and (origin := _counted_from().search(after)):
        after = after[: origin.start()]  # "… after the offer expires": where it counts from
    best: tuple[int, str] | None = None
    for rule_kind, words, label, when, not_in, right_after in _names():
        if rule_kind != kind or (when is not None and not when.search(sentence)):
            continue
        if right_after is not None and not right_after.search(before):
            continue  # "within 30 days", not "at least five days after"
        ahead, behind = _masked(before, not_in), _masked(after, not_in)
        distances = [len(before) - m.end() for m in words.finditer(ahead)]
        distances += [m.start() for m in words.finditer(behind)]
        if distances and (best is None or min(distances) < best[0]):
            best = min(distances), label
    if best is None:
        return None
    return best[1].replace("{counted}", counted).replace("{options}", options_named(sentence)), True


def _masked(text: str, phrases: re.Pattern[str] | None) -> str:
    """The text with the phrases in which a rule's words name another act ("accepted for
    payment" is no payment) blanked, every other word where it stood."""
    if phrases is None:
        return text
    return phrases.sub(lambda m: " " * len(m.group(0)), text.replace("’", "'"))


def options_named(sentence: str) -> str:
    """The options as the sentence calls them ("outstanding options"): a count of shares
    under options is never said to be of eligible options where the sentence does not say
    so (the firm's list, resources/plain/meanings.toml [options])."""
    found = [q for q in _qualifiers() if re.search(rf"\b{re.escape(q)}\b", sentence, re.I)]
    return " ".join([*found, "options"])


@cache
def _counted_from() -> re.Pattern[str]:
    """The words after which a period's sentence names the point it counts from ("within
    30 days after the offer expires"), not what it measures (meanings.toml [period])."""
    data = read_toml(resource_path("plain", "meanings.toml"))
    return Words(data.get("period", {}).get("counted_from", [])).pattern or re.compile("(?!)")


@cache
def _qualifiers() -> tuple[str, ...]:
    data = read_toml(resource_path("plain", "meanings.toml"))
    return tuple(str(q) for q in data.get("options", {}).get("qualifiers", []))
