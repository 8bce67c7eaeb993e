"""The same criterion said in other words: the company called by another name its cover
defines for it ("us" → "Corvella"), a word or phrase the firm's rules list as meaning the same
("remain" → "stay", "holder of record" → "registered holder"), or, in a sentence that says who
is eligible before and after, the condition framed otherwise ("You are an eligible employee
if you are employed …" → "To be eligible, you must be employed …"). The same people are
eligible, and the same rights, amounts and dates apply: clarifying."""

from __future__ import annotations

import re

from amendtool.core.changes import Change, shown_words
from amendtool.core.facts import mask_facts, mask_references
from amendtool.core.materiality_rules import Rules, Words
from amendtool.core.typography import fold_typography

_TOKEN = re.compile(r"[\w'’]+(?:-[\w'’]+)*")
_PARTY = " partyname "  # what any name of the company reads as
_SHOWN_AT_MOST = 160  # a longer list of edits is summed up


def same_in_other_words(change: Change, rules: Rules) -> str | None:
    """The reason, when the old and new text say the same thing in other words; else None.
    A fact, a reference or a whole text added or taken out is never this."""
    if change.whole or change.facts or change.old_refs != change.new_refs or not change.words:
        return None
    framed = all(rules.eligibility.search(t) for t in (change.old, change.new))
    if _read(change.old, rules, framed) != _read(change.new, rules, framed):
        return None
    shown = shown_words(change)
    if len(shown) > _SHOWN_AT_MOST:
        shown = "rewords the sentence"
    why = "the same people are eligible" if framed else "no right, amount or date changes"
    return f"Says the same in other words ({shown}); {why}"


def _read(text: str, rules: Rules, framed: bool) -> list[str]:
    """The words that carry the meaning, in order: names of the company as one, each group
    of the same meaning as one, harmless words (and a condition's framing) left out."""
    text = mask_facts(mask_references(fold_typography(text))).casefold()
    text = _replace(rules.parties, text, _PARTY)
    for index, group in enumerate(rules.same_meaning):
        text = _replace(group, text, f" samemeaning{index} ")
    if framed:
        text = _replace(rules.condition_framing, text, " ")
    return [w for w in _TOKEN.findall(text) if not rules.harmless.matches_word(w)]


def _replace(words: Words, text: str, by: str) -> str:
    return words.pattern.sub(by, text) if words.pattern is not None else text
