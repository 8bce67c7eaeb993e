"""A worked example ("For example, if you hold 300 options, you would receive 100 New RSUs")
illustrates the offer's terms; it is not one. A change in it changes no right, amount or date
of the offer, so it is never a change in the consideration; holders may still read it as a
term, so it is material unless its figures keep the proportion the unchanged terms give them
(600 options and 200 New RSUs for 300 and 100), which is clarifying. The words that make a
sentence an example, the classes and the reasons are the firm's (rules.toml [examples])."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from amendtool.core.changes import Change
from amendtool.core.example_asides import term_text, without_addresses
from amendtool.core.fact_names import describe_facts
from amendtool.core.facts import changed_facts, extract
from amendtool.core.items import AmendmentItem, ItemKind, Materiality, letter
from amendtool.core.materiality_clarifying import Proposal, lower_first
from amendtool.core.materiality_rules import Rules, Words, house_table
from amendtool.core.segment import split_sentences

_FIGURES = ("count", "money", "number")  # what an example's proportion is read from
EXAMPLE = "example"  # a proposal's `change` that marks a worked example


@dataclass(frozen=True)
class Examples:
    """The firm's rule for a changed example ("for example, if you hold ..."): its words,
    classes and reasons."""

    words: Words
    asides: Words
    leads: frozenset[str]
    materiality: Materiality
    reason: str
    follows: Materiality
    follows_reason: str


@cache
def _examples() -> Examples | None:
    table = house_table("examples")
    if not table:
        return None
    return Examples(
        Words(table["words"]),
        Words(table.get("asides", [])),
        frozenset(str(w).lower() for w in table.get("leads", [])),
        Materiality(table["class"]),
        str(table["reason"]),
        Materiality(table["follows_class"]),
        str(table["follows_reason"]),
    )


def worked_example(change: Change, rules: Rules) -> Proposal | None:
    """The proposal for a change whose every changed sentence is an example and whose
    figures change only in its examples; None for any other change (a term stated outright,
    or beside an example, is no example)."""
    examples = _examples()
    if examples is None or change.whole or not change.facts:
        return None
    said = [s for s in change.sentences if s.strip()] or [change.old, change.new]
    if not all(examples.words.search(without_addresses(s)) for s in said):
        return None
    stated = [
        term_text(t, examples.words, examples.asides, examples.leads)
        for t in (change.old, change.new)
    ]
    if any(changed_facts(*stated)):
        return None  # the term the sentence states changes: that change decides
    what = lower_first(describe_facts((change.removed, change.added), rules, change.text))
    old, new = _proportions(change.old, examples), _proportions(change.new, examples)
    marked = (EXAMPLE, what, "")
    if old and old == new and not change.words:
        return Proposal(examples.follows, f"{examples.follows_reason}: {what}", change=marked)
    return Proposal(examples.materiality, f"{examples.reason}: {what}", change=marked)


def examples_of_changed_terms(items: list[AmendmentItem], proposals: list[Proposal]) -> None:
    """A worked example changed in an amendment that changes the consideration elsewhere
    restates that change (the payment under the new amount, the RSUs under the new ratio):
    a change in the consideration too, naming the item whose terms it follows."""
    lettered = [i for i in items if i.kind is not ItemKind.FILE_EXHIBIT]
    letters = {id(item): letter(n) for n, item in enumerate(lettered)}
    terms = [
        (letters[id(item)], proposal.change[0] if proposal.change else "")
        for item, proposal in zip(items, proposals, strict=True)
        if proposal.materiality is Materiality.CONSIDERATION
        and not _is_example(proposal)
        and id(item) in letters
    ]
    if not terms:
        return
    examples = _examples()
    for index, proposal in enumerate(proposals):
        if not _is_example(proposal) or proposal.change is None or examples is None:
            continue
        if proposal.materiality is examples.follows:
            continue  # its figures keep the unchanged terms' proportion: it follows no change
        kinds = {f.kind for f in extract(items[index].new_text)} - {"number"}
        # it illustrates a term only through figures of the kind that term changes (a new
        # ratio or price), never a count of shares the offer covers, changed elsewhere
        tied = [name for name, kind in terms if kind == "ratio" or kind in kinds - {"count"}]
        if not tied:
            continue
        proposals[index] = Proposal(
            Materiality.CONSIDERATION,
            f"Restates in a worked example the change in the consideration (item "
            f"{tied[0]}): {proposal.change[1]}",
        )


def _is_example(proposal: Proposal) -> bool:
    return proposal.change is not None and proposal.change[0] == EXAMPLE


def _proportions(text: str, examples: Examples) -> list[Decimal]:
    """The proportion of the first figure to each other one, in each example sentence of
    the text ("300 options … 100 New RSUs": 3); empty when a sentence has no two figures."""
    out: list[Decimal] = []
    for start, end in split_sentences(text):
        sentence = text[start:end]
        if not examples.words.search(sentence):
            continue
        figures = [Decimal(f.value) for f in extract(sentence) if f.kind in _FIGURES]
        if len(figures) < 2 or not all(figures):
            return []
        out += [(figures[0] / other).normalize() for other in figures[1:]]
    return out


def example_wording() -> tuple[Words, str, str] | None:
    """The words that make a sentence an example, and the check's messages when its figures
    no longer follow the offer's exchange ratio: a changed example's and one left as it was
    (rules.toml [examples] `contradicts`, `stale`)."""
    examples = _examples()
    if examples is None:
        return None
    table = house_table("examples") or {}
    return examples.words, str(table.get("contradicts", "")), str(table.get("stale", ""))
