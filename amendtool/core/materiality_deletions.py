"""A whole section taken out: never proposed as clarifying by its title alone.

A catch-all section ("Miscellaneous") may hold the offer's reach ("not made in any
jurisdiction in which …"), a right or a condition: taking it out is proposed material, for
counsel to read. A section whose own sentences are general disclosure (a legend on
forward-looking statements, which the staff often asks to take out) keeps its proposal.
"""

from __future__ import annotations

import dataclasses
import re

from amendtool.core.items import AmendmentItem, ItemKind, Materiality
from amendtool.core.materiality_clarifying import Proposal, lower_first
from amendtool.core.materiality_rules import Rules
from amendtool.core.templates import fill


def section_taken_out(item: AmendmentItem, proposal: Proposal, rules: Rules) -> Proposal:
    """`proposal`, or material with the reason why when it takes out a whole section that
    its own words do not show to be general disclosure."""
    if item.kind is not ItemKind.DELETE_SECTION or proposal.materiality is not (
        Materiality.CLARIFYING
    ):
        return proposal
    if _only_disclosure(item, rules):
        return proposal
    reason = fill(rules.deleted_section, reason=lower_first(proposal.reason))
    return dataclasses.replace(proposal, materiality=Materiality.MATERIAL, reason=reason)


def _only_disclosure(item: AmendmentItem, rules: Rules) -> bool:
    """The section's own sentences, a run-in title aside ("17. MISCELLANEOUS. We …"), are
    general disclosure: a catch-all title says nothing of what was in it."""
    title = re.escape(item.locator.section_name.split(". ", 1)[-1].strip())
    run_in = rf"^\s*(?:\d+\.\s*)?{title}\W*" if title else "^$"
    subject = rules.subject_of(re.sub(run_in, "", item.old_text, count=1, flags=re.I))
    return subject is not None and subject.kind == "disclosure"
