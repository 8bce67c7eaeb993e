"""Changes that say when, not who or what: a reworded definition of one of the offer's
deadlines, or an edit whose words put in or taken out only say when something happens. The
title of the section they are printed in ("Eligibility") does not make them a change in
the securities sought; their own words decide (rules.toml [when])."""

from __future__ import annotations

from functools import cache

from amendtool.core.changes import Change
from amendtool.core.materiality_rules import Rules, Words, house_table
from amendtool.core.templates import fill

_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})


@cache
def _when() -> tuple[Words, Words, Words, str, Words] | None:
    table = house_table("when")
    if not table:
        return None
    return (
        Words(sorted(table["deadlines"], key=len, reverse=True)),
        Words(table["defines"]),
        Words(table["timing"]),
        str(table["reason"]),
        Words(table.get("conditions", [])),
    )


def defined_deadline(change: Change, rules: Rules) -> str | None:
    """The reason for a change of a deadline's definition ("The term “expiration date” means
    …, or any later date to which we extend the offer") that names no figure and puts in or
    takes out no word of who or what is eligible or of what holders receive; None otherwise."""
    when = _when()
    if when is None or change.facts:
        return None
    deadlines, defines, _, reason, _ = when
    said = [s for s in change.sentences or [change.old, change.new] if s.strip()]
    named = [_defined_in(s, deadlines, defines) for s in said]
    if not said or not all(named):
        return None
    if names_who_or_what(change, rules):
        return None
    return fill(reason, deadline=str(named[0]).casefold())


def only_when(change: Change, rules: Rules) -> bool:
    """Every word the edit puts in or takes out says when something happens ("promptly
    after" → "on"), or is one of the harmless words, in sentences that set no condition on
    holders ("if", "must"): no word of who or what."""
    when = _when()
    if when is None or not change.words or change.facts:
        return False
    timing, conditions = when[2], when[4]
    if any(conditions.search(s) for s in change.sentences or [change.old, change.new]):
        return False
    return all(timing.matches_word(w) or rules.harmless.matches_word(w) for w in change.words)


def names_who_or_what(change: Change, rules: Rules) -> bool:
    """The words put in or taken out name who or what is eligible, what holders receive or
    a term of the offer ("and options granted after that date are not eligible")."""
    lists = (
        rules.terms,
        rules.eligibility,
        rules.participation,
        rules.consideration,
        rules.forms,
        rules.receives,
    )
    pieces = [p for pair in change.edits for p in pair if p.strip()]
    return any(words.search(p) for words in lists for p in pieces)


def _defined_in(sentence: str, deadlines: Words, defines: Words) -> str | None:
    """The deadline the sentence defines: named in quotation marks ('(the "Expiration
    Date")') or with a defining word ("means", "refers to")."""
    deadline = deadlines.search(sentence)
    if deadline is None:
        return None
    folded = sentence.translate(_QUOTES).casefold()
    quoted = f'"{deadline.casefold()}"' in folded or f"'{deadline.casefold()}'" in folded
    return deadline if quoted or defines.search(sentence) else None
