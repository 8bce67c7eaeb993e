"""A change that moves the offer's expiration: an extension is its own class, moving it
earlier or taking it out is material, and whatever else the item changes is weighed with
it (a price restated with the new date makes it consideration)."""

from __future__ import annotations

from amendtool.core.changes import Change, compare
from amendtool.core.consideration_reasons import consideration_reason
from amendtool.core.expirations import (
    changed_expirations,
    extends,
    moves_expiration,
    only_restates_expiration,
)
from amendtool.core.facts import mask_moments
from amendtool.core.materiality_clarifying import C, K, M, Proposal, lower_first
from amendtool.core.materiality_decisions import consideration_facts, decide
from amendtool.core.materiality_rules import Rules, Subject
from amendtool.core.pattern_store import compiled
from amendtool.core.quoted_figures import shouted
from amendtool.core.segment import sentences


def expiration_proposal(old: str, new: str, rules: Rules) -> Proposal | None:
    """An item that moves the offer's expiration: an extension by itself is its own class
    (rules.toml [expiration] class); moving it earlier or taking it out is material."""
    moved = changed_expirations(old, new, "America/New_York", rules)
    if moved is None:
        return None
    gone, came = moved
    # named by its sentence: the offer's expiration, or a deadline of its own ("withdrawal")
    named = rules.deadline_of(_sentence_of(new, came[0].text) if came else "")
    if gone:
        named = rules.deadline_of(_sentence_of(old, gone[0].text))
    was, now = (ordinary_deadline(d[0].text) if d else "" for d in (gone, came))
    if gone and came:
        moves = f"Extends {named}" if extends(moved) else f"Moves {named} earlier"
        reason = f"{moves}, from {was} to {now}"
    elif came:
        reason = f"States {named} as {now}"
    else:
        reason = f"Takes out the statement of {named} ({was})"
    return Proposal(rules.expiration_class if extends(moved) else M, reason, expiration=True)


_NAMES = compiled(
    r"\b(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|eastern|central"
    r"|mountain|pacific|atlantic|alaska|hawaii|daylight|standard|time|new york city|greenwich"
    r"|mean|coordinated|universal)\b"
)


def ordinary_deadline(printed: str) -> str:
    """A deadline a cover prints in capitals ("5:00 P.M., EASTERN TIME, ON MAY 14, 2026") as
    the offer's body prints it ("5:00 p.m., Eastern Time, on May 14, 2026"): a reason is read
    beside the item, in the list of items and in messages, never shouted."""
    if not shouted(printed):
        return printed
    small = printed.lower()
    said = _NAMES.sub(lambda m: " ".join(w.capitalize() for w in m[0].split()), small)
    return _CITY_TIME.sub(lambda m: m[0].lower(), said)


# "time" after a place's name is the time kept there, said in small letters as the offers'
# bodies say it ("New York City time"); after a zone's own name it is part of the name
# ("Eastern Time", "Eastern Standard Time")
_CITY_TIME = compiled(r"(?<=\bNew York City )Time\b")


def _sentence_of(text: str, printed: str) -> str:
    """The sentence of `text` that prints `printed` (the text itself if none does)."""
    return next((s for s in sentences(text) if printed in s), text)


def with_expiration(
    expiration: Proposal, change: Change, subject: Subject | None, rules: Rules, where: str
) -> Proposal:
    """An item that moves the expiration and may change more: a price restated with it
    makes it consideration; other words of substance make it at least material. The rest
    is read without the moments moved (a weekday goes with its date), and where it is
    printed never makes it consideration: a section's title ("Eligibility; … Expiration
    Date") speaks of the section, not of this sentence."""
    others = compare(mask_moments(change.old), mask_moments(change.new), change.unit)
    terms = subject.kind == "terms" if subject else rules.terms.search(change.text)
    chosen = consideration_facts(others, rules) if terms and others.facts else None
    if chosen is not None:
        reason, key = consideration_reason(chosen, rules, f"{where}. {change.text}")
        return Proposal(K, f"{reason}; also {lower_first(expiration.reason)}", True, key)
    restates = only_restates_expiration(change, rules)
    if not restates and not moves_expiration(
        change.old, change.new, rules
    ):  # a date stated or no longer printed
        rest = decide(others, subject, rules, "")
        if rest.materiality is not C:
            reason = f"{rest.reason}; also {lower_first(expiration.reason)}"
            return Proposal(rest.materiality, reason, True)
    already = rules.days(expiration.materiality) >= rules.days(M)  # a firm's "material"
    if already or restates:
        return expiration
    rest = decide(others, subject, rules, "")
    if rules.days(rest.materiality) <= rules.days(expiration.materiality):
        rest = Proposal(M, f"Changes more than the expiration: {lower_first(rest.reason)}")
    return Proposal(rest.materiality, f"{rest.reason}; also {lower_first(expiration.reason)}", True)
