"""Counsel's plain paragraph that says the opposite of its change's own words: "You will now
receive interest on the Purchase Price" on a typo corrected in "Holders will not receive
interest on the Purchase Price". Each modal verb phrase ("will not receive interest") of the
paragraph is read against the change's new text; the same verb on the same thing, said with
a negation in one and without in the other, is an error. A negation may stand on the thing
that acts as well as on the verb: "no Repriced Option will vest" says what "Your Repriced
Options will not vest" says (a quantity, "no more than", negates nothing). The words are the
firm's (resources/plain/polarity.toml)."""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from amendtool.core.items import AmendmentItem
from amendtool.core.resource_toml import read_toml
from amendtool.resources import resource_path


class _Phrase(NamedTuple):
    verb: str
    thing: str
    negated: bool
    printed: str


_MOST_WORDS = 5  # "none of your Repriced Options": the words a subject may have


class _Subjects(NamedTuple):
    """The negations that stand before what acts ("no", "none of"), the words after "no" that
    make it a quantity ("more"), and the words that end the clause it would negate."""

    negations: re.Pattern[str]
    quantities: frozenset[str]
    breaks: frozenset[str]


@cache
def _subjects() -> _Subjects:
    data = read_toml(resource_path("plain", "polarity.toml"))["subjects"]
    words = "|".join(re.escape(n) for n in sorted(data["negations"], key=len, reverse=True))
    return _Subjects(
        re.compile(rf"\b(?:{words})\b", re.IGNORECASE),
        frozenset(w.lower() for w in data["quantities"]),
        frozenset(w.lower() for w in data["breaks"]),
    )


def _subject_negation(before: str) -> str:
    """The words from a negation of what acts to the modal ("no Repriced Option "), read in
    the clause `before` ends; "" where the clause negates no subject."""
    rules = _subjects()
    clause = re.split(r"[.,;:!?()]", before)[-1]
    found = list(rules.negations.finditer(clause))
    if not found:
        return ""
    last = found[-1]
    after = clause[last.end() :].lower().split()
    if len(after) > _MOST_WORDS or (after and after[0] in rules.quantities):
        return ""
    if any(word in rules.breaks for word in after):
        return ""
    return clause[last.start() :]


@cache
def _same_verbs() -> dict[str, str]:
    """Each verb of a group that says the same act, as the group's first ("choose": "elect")."""
    groups = read_toml(resource_path("plain", "polarity.toml")).get("same_verbs", [])
    return {verb.lower(): group[0].lower() for group in groups for verb in group}


@cache
def _rules() -> tuple[re.Pattern[str], frozenset[str], dict[str, str]]:
    data = read_toml(resource_path("plain", "polarity.toml"))
    modals = "|".join(re.escape(m) for m in data["modals"])
    negations = "|".join(re.escape(n) for n in sorted(data["negations"], key=len, reverse=True))
    pattern = re.compile(
        rf"\b(?:(?:{modals})\s+(?:now\s+|still\s+|also\s+)*(?P<neg>(?:{negations})\s+)?"
        rf"|(?P<fused>cannot|won't|don't|doesn't)\s+)"
        r"(?P<verb>[a-z]+)\s+(?P<rest>(?:[\w'-]+\s+){0,4}[\w'-]+)",
        re.IGNORECASE,
    )
    return pattern, frozenset(s.lower() for s in data["skip"]), data["messages"]


def _phrases(text: str) -> list[_Phrase]:
    pattern, skip, _ = _rules()
    out = []
    text = " ".join(text.split())
    for match in pattern.finditer(text):
        words = [w.lower() for w in match.group("rest").split()]
        thing = next((w for w in words if w not in skip), "")
        if not thing:
            continue
        subject = _subject_negation(text[: match.start()])
        # "no Repriced Option will not vest": two negations say it will
        negated = bool(match.group("neg") or match.group("fused")) != bool(subject)
        printed = subject + match.group(0)
        verb = _same_verbs().get(match.group("verb").lower(), match.group("verb").lower())
        out.append(_Phrase(verb, thing, negated, printed))
    return out


def opposite_said(item: AmendmentItem, paragraph: str) -> list[str]:
    """What counsel's `paragraph` on `item` says the opposite of the change's new text."""
    if not item.new_text or not paragraph:
        return []
    theirs = _phrases(item.new_text)
    if not theirs:
        return []
    message = _rules()[2]["opposite"]
    found = []
    for said in _phrases(paragraph):
        for text in theirs:
            if (said.verb, said.thing) == (text.verb, text.thing) and said.negated != text.negated:
                found.append(message.format(says=said.printed, text=text.printed))
                break
    return found
