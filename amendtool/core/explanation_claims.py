"""Whether the amendment's explanation says its changes only clarify or change nothing of
substance: the claim a material item contradicts. Counsel write it many ways ("solely to
clarify", "do not change the terms of the offer", "The terms of the offer remain
unchanged", "These changes are immaterial"); a sentence about some of the changes only
("certain clarifying changes", "All other terms remain unchanged") claims nothing. The
phrases are the firm's (rules.toml [explanation])."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from amendtool.core.amendment import Amendment
from amendtool.core.filing_document import notice_blocks
from amendtool.core.layout import Role
from amendtool.core.materiality_rules import Rules, house_rules, house_table
from amendtool.core.rule_words import Words
from amendtool.core.segment import sentences


@dataclass(frozen=True)
class _NoChange:
    """A sentence with a word of each list says nothing in the offer's terms changes."""

    negations: Words
    verbs: Words
    objects: Words
    partial: Words


@cache
def _no_change() -> _NoChange:
    table = house_table("explanation") or {}
    return _NoChange(
        Words(table.get("unchanged_negations", [])),
        Words(table.get("unchanged_verbs", [])),
        Words(table.get("unchanged_objects", [])),
        Words(table.get("partial", [])),
    )


def explanation_claim(amendment: Amendment, rules: Rules | None = None) -> str | None:
    """The words with which the amendment's explanation says its changes only clarify."""
    rules = rules or house_rules()
    texts = [amendment.filing.notice_explanation]
    texts += [b.text for b in notice_blocks(amendment) if b.role is Role.BODY]
    for text in texts:
        for sentence in sentences(text or ""):
            claim = sentence_claim(sentence, rules)
            if claim:
                return claim
    return None


def sentence_claim(sentence: str, rules: Rules) -> str | None:
    """The claim one sentence makes, as it words it; None for a sentence that says the
    changes do more than clarify, or speaks of some of them only."""
    no_change = _no_change()
    if rules.claim_denials.search(sentence) or no_change.partial.search(sentence):
        return None  # "not intended solely to clarify", "certain clarifying changes"
    claim = rules.claims.search(sentence)
    if claim is None and all(
        words.search(sentence)
        for words in (no_change.negations, no_change.verbs, no_change.objects)
    ):
        return " ".join(sentence.split())  # "None of these changes affects the terms"
    if claim is None and not rules.changes.search(sentence):
        claim = rules.clarify.search(sentence)  # "to clarify the offer"
    return claim
