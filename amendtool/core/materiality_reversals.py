"""A negation or a limiting word put in or taken out: never a clarifying change.

"The New Options are approved by the board" → "… are not approved", "You may withdraw" →
"You may not withdraw", "Holders may tender" → "Only holders may tender", a clause opening
"unless" or "except" taken out: each edit flips or narrows a right, a fact or a promise,
though it changes no amount or date and may be printed in general disclosure. Whatever the
other rules propose as clarifying, such an item is proposed material (5 business days), its
reason naming the word, for counsel to decide. The words, group by group, are the firm's
(rules.toml [reversals]); words of one group exchanged ("may not" → "cannot"), a phrase of one
meaning said another way and a disclaimer taken out are no reversal.
"""

from __future__ import annotations

import dataclasses
from collections import Counter

from amendtool.core.changes import compare, item_texts, unit_of, what_it_does
from amendtool.core.items import AmendmentItem, ItemKind, Materiality
from amendtool.core.materiality_clarifying import Proposal
from amendtool.core.materiality_rules import Rules
from amendtool.core.materiality_same_meaning import meaning_words
from amendtool.core.pattern_store import compiled
from amendtool.core.rule_words import Words
from amendtool.core.segment import sentences
from amendtool.core.templates import fill
from amendtool.core.typography import fold_typography
from amendtool.core.unit_alignment import opcodes, ratio

_WORD = compiled(r"[\w'’]+")
_PAIRED_AT = 0.5  # sentences this alike (by their words) are one sentence edited
_STEM = 4  # "contain" and "contains" are one word when a negation is taken out between
_NOT_TEXT = (ItemKind.FILE_EXHIBIT, ItemKind.RENUMBER_SECTIONS, ItemKind.RENUMBER_PARAGRAPHS)


def never_clarifying(item: AmendmentItem, proposal: Proposal, rules: Rules) -> Proposal:
    """`proposal`, or material with the reason why when it is clarifying and an edited
    sentence of the item gains or loses a word that reverses or limits it."""
    if proposal.materiality is not Materiality.CLARIFYING or item.kind in _NOT_TEXT:
        return proposal
    if rules.negations.pattern is None and not rules.limits:
        return proposal
    old, new = item_texts(item)
    found = reversal(old, new, rules)
    if found is None:
        return proposal
    word, put_in = found
    template = rules.reversal_reasons.get("reason_in" if put_in else "reason_out", "")
    what = what_it_does(compare(old, new, unit_of(item)))
    reason = fill(template, word=word, what=what) if template else f"“{word}”: {what}"
    return dataclasses.replace(proposal, materiality=Materiality.MATERIAL, reason=reason)


def reversal(old: str, new: str, rules: Rules) -> tuple[str, bool] | None:
    """(the word, put in?) for the first edited sentence that gains or loses a negation in a
    clause that otherwise stays, or a limiting word anywhere; None when none does. Sentences
    only one side has (a sentence added or taken out whole) are read by the other rules."""
    for before, after in _edited_pairs(old, new):
        if rules.disclaimers.search(before) or rules.disclaimers.search(after):
            continue  # a disclaimer ("should not be relied upon") is the clarifying rules'
        was, now = meaning_words(before, rules), meaning_words(after, rules)
        for tag, i1, i2, j1, j2 in opcodes(was, now):
            if tag == "equal":
                continue
            taken, put = " ".join(was[i1:i2]), " ".join(now[j1:j2])
            found = _differs(rules.negations, taken, put)
            if found is not None and _only_negated(taken, put, rules):
                return found
            for words in rules.limits:
                found = _differs(words, taken, put)
                if found is not None:
                    return found
    return None


def _differs(words: Words, taken: str, put: str) -> tuple[str, bool] | None:
    """(a word of the list, put in?) when the two texts hold the list's words a different
    number of times."""
    was, now = Counter(words.found(taken)), Counter(words.found(put))
    if was.total() == now.total():
        return None
    put_in = now.total() > was.total()
    more = now if put_in else was
    return next(iter((now - was) if put_in else (was - now) or more)), put_in


def _only_negated(taken: str, put: str, rules: Rules) -> bool:
    """The words taken out and put in are the same but for negations and the words they
    bring along ("are approved" → "are not approved", "does not contain" → "contains")."""

    def rest(text: str) -> list[str]:
        left = rules.negations.pattern.sub(" ", text) if rules.negations.pattern else text
        words = [w for w in _WORD.findall(left) if not rules.with_negation.matches_word(w)]
        return sorted(w[:_STEM] for w in words)

    return rest(taken) == rest(put)


def _edited_pairs(old: str, new: str) -> list[tuple[str, str]]:
    """Each sentence only the old text has, with the new text's sentence most like it (by
    their words), when they are alike enough to be one sentence edited."""
    folded_old = [fold_typography(s) for s in sentences(old) if s.strip()]
    folded_new = [fold_typography(s) for s in sentences(new) if s.strip()]
    kept_old, kept_new = set(folded_old), set(folded_new)
    gone = [s for s in folded_old if s not in kept_new]
    come = [s for s in folded_new if s not in kept_old]
    pairs: list[tuple[str, str]] = []
    for before in gone:
        words = _WORD.findall(before.casefold())
        scored = [(ratio(words, _WORD.findall(after.casefold())), after) for after in come]
        best = max(scored, default=None, key=lambda pair: pair[0])
        if best is not None and best[0] >= _PAIRED_AT:
            pairs.append((before, best[1]))
            come.remove(best[1])
    return pairs
