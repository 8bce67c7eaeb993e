"""The same criterion said in other words: the company called by another name its cover
defines for it ("us" → "Corvella"), a word or phrase the firm's rules list as meaning the same
("remain" → "stay", "holder of record" → "registered holder"), or, in a sentence that says who
is eligible before and after, the condition framed otherwise ("You are an eligible employee
if you are employed …" → "To be eligible, you must be employed …"). The same people are
eligible, and the same rights, amounts and dates apply: clarifying. So is a vesting sentence
rewritten around the same schedule and the same condition of continued service, in any order
("The New Options will vest as to one-third of the shares on each of the first three
anniversaries …, subject to your continued service" → "One-third of the shares subject to each
New Option will vest on each of the first three anniversaries …, if you remain in service")."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from amendtool.core.changes import Change, shown_words
from amendtool.core.facts import facts_of, mask_facts, mask_references
from amendtool.core.materiality_rules import Rules, Words, house_table
from amendtool.core.pattern_store import compiled
from amendtool.core.small_letter_search import in_small_letters
from amendtool.core.typography import fold_typography
from amendtool.core.vesting_schedules import (
    LENGTH,
    SHARE,
    installments_of,
    length_in_months,
    months_to_last,
    share_of_each,
)

_TOKEN = compiled(r"[\w'’]+(?:-[\w'’]+)*")
_PARTY = " partyname "  # what any name of the company reads as
_SHOWN_AT_MOST = 160  # a longer list of edits is summed up


def same_in_other_words(change: Change, rules: Rules) -> str | None:
    """The reason, when the old and new text say the same thing in other words; else None.
    A fact, or a whole text added or taken out, is never this; a cross-reference pointed
    elsewhere beside the rewording is said in the reason."""
    if change.whole or change.facts or not change.words:
        return None
    if any(w[:1].isdigit() for w in change.words):
        return None  # the year of a plan's name (named_years.py): another plan, other options
    if rearranged(change.old, change.new) and change.old_refs == change.new_refs:
        return (
            "Says the same in another order (its clauses moved); no right, amount or date changes"
        )
    framed = all(rules.eligibility.search(t) for t in (change.old, change.new))
    if _read(change.old, rules, framed) != _read(change.new, rules, framed):
        return None
    shown = shown_words(change)
    if len(shown) > _SHOWN_AT_MOST:
        shown = "rewords the sentence"
    why = "the same people are eligible" if framed else "no right, amount or date changes"
    if change.old_refs == change.new_refs:
        return f"Says the same in other words ({shown}); {why}"
    old = ", ".join(r for r in change.old_refs if r not in change.new_refs) or "none"
    new = ", ".join(r for r in change.new_refs if r not in change.old_refs) or "none"
    return f"Says the same in other words ({shown}), with a cross-reference ({old} → {new}); {why}"


_CLAUSE_MARK = compiled(r"[,;:]")


def rearranged(old: str, new: str) -> bool:
    """The same words, whose clauses only stand in another order: each clause of one text
    (between its commas) is printed whole, in its own order, in the other ("For every two
    Eligible Options you exchange, you will receive one New Option"). Words that change
    places inside a clause ("employees who are not officers" → "officers who are not
    employees") are no such rearrangement."""
    a, b = (fold_typography(t).casefold() for t in (old, new))
    words_a, words_b = _TOKEN.findall(a), _TOKEN.findall(b)
    if words_a == words_b or Counter(words_a) != Counter(words_b):
        return False
    for text, other in ((a, words_b), (b, words_a)):
        clauses = [c for c in (_TOKEN.findall(part) for part in _CLAUSE_MARK.split(text)) if c]
        printed = f" {' '.join(other)} "
        if len(clauses) > 1 and all(f" {' '.join(c)} " in printed for c in clauses):
            return True
    return False


def same_schedule_in_other_words(change: Change, rules: Rules) -> str | None:
    """The reason, when both texts state the same schedule (no fact changed) and the same
    words besides, in any order, once each group of one meaning is read as one, the framing
    of a vesting sentence ("will", "subject to each") and the share each installment vests
    ("Half of the New RSUs") left out; else None."""
    if change.whole or change.facts or change.old_refs != change.new_refs or not change.words:
        return None
    schedules = facts_of(change.new, "schedule")
    if not schedules or not facts_of(change.old, "schedule"):
        return None
    installments = installments_of(schedules[0].value)
    length = months_to_last(schedules[0].value)

    def unstated(text: str) -> str:
        """`text` without a length that only restates the schedule's ("over 36 months"),
        unless the schedule is read from it ("in three annual installments over three years")."""
        left = LENGTH.sub(lambda m: " " if length_in_months(m) == length else m[0], text)
        kept = [f.value for f in facts_of(left, "schedule")]
        return left if schedules[0].value in kept else text

    old, new = (
        _read(unstated(t), rules, installments=installments) for t in (change.old, change.new)
    )
    if Counter(old) != Counter(new):
        return None
    what = "vesting schedule" if "vest" in change.text.lower() else "installments"
    shown = shown_words(change)
    if len(shown) > _SHOWN_AT_MOST:
        shown = "rewords the sentence"
    return (
        f"States the same {what} in other words, on the same condition ({shown}); no right, "
        "amount or date changes"
    )


def _read(text: str, rules: Rules, framed: bool = False, installments: int = 0) -> list[str]:
    """The words that carry the meaning: each group of one meaning as one word (the longest
    phrases first), names of the company as one, harmless words left out; in a condition of
    eligibility its framing, in a vesting sentence its framing and the share each of its
    `installments` vests, with nouns read in the singular (its words may be in any order).
    Read once for each text and these rules: a proposal's tests, and the proposals of items
    that edit one sentence, ask about the same sentences again."""
    kept = rules.meanings
    key = (text, framed, installments)
    if key not in kept:
        if len(kept) >= _MEANINGS_KEPT:
            kept.clear()
        kept[key] = tuple(_reading(text, rules, framed, installments))
    return list(kept[key])


_MEANINGS_KEPT = 4096  # texts one set of rules keeps the reading of (a long revision's)


def _reading(text: str, rules: Rules, framed: bool, installments: int) -> list[str]:
    text = mask_facts(mask_references(fold_typography(text))).casefold()
    if rules.future_tense.pattern is not None:  # "will not be deemed": "not be deemed"
        text = rules.future_tense.pattern.sub(lambda m: m[0].split(None, 1)[1], text)
    groups = sorted(
        enumerate(rules.same_meaning), key=lambda g: -max(map(len, g[1].phrases), default=0)
    )
    # letters of ASCII, and marks with no capital (the masks' "¤", "§"): each list's phrases
    # are found letter for letter, and a list none of whose first words the text holds is
    # not searched (what replaces a phrase is in ASCII: the text stays so)
    plain = in_small_letters(text) is not None
    for index, group in groups:
        text = _replace(group, text, f" samemeaning{index} ", plain)
    text = _replace(_being(), text, " is ", plain)
    text = _replace(rules.parties, text, _PARTY, plain)
    if framed:
        text = _replace(rules.condition_framing, text, " ", plain)
    if installments:
        text = _replace(rules.schedule_framing, text, " ", plain)
        text = SHARE.sub(lambda m: " " if share_of_each(m["share"], installments) else m[0], text)
    # "e-mail" and "email" are one word: a hyphen inside a word is typography
    words = [w.replace("-", "") for w in _TOKEN.findall(text) if not rules.harmless.matches_word(w)]
    return [re.sub(r"(?<=\w\w\w)s$", "", w) for w in words] if installments else words


def meaning_words(text: str, rules: Rules) -> list[str]:
    """The words of `text` that carry its meaning, each group of one meaning as one word
    (see `_read`): what another rule compares when wording alone changed."""
    return _read(text, rules)


@cache
def _being() -> Words:
    """Phrases read as "is" ("will be treated as" ordinary income): rules.toml [clarifying]."""
    return Words((house_table("clarifying") or {}).get("being", []))


def _replace(words: Words, text: str, by: str, plain: bool = False) -> str:
    """`text` (casefolded) with each phrase of `words` replaced `by`. ASCII text, all in
    small letters, is read by the list's pattern in small letters: the same matches, and the
    engine need not fold each letter it compares (each group, each sentence read). `plain`:
    the text is letters of ASCII and marks with no capital (`in_small_letters`), so a list
    none of whose phrases' first words it holds has nothing to replace."""
    if plain and words.leads is not None and not any(lead in text for lead in words.leads):
        return text
    if words.small is not None and text.isascii():
        return words.small.sub(by, text)
    return words.pattern.sub(by, text) if words.pattern is not None else text
