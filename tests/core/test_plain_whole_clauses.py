"""Every sentence the plain notice writes on a changed figure reads as English: the name it
takes from the offer is a whole noun phrase, never cut inside a parenthetical ('The maximum
amount the "Company") is offering to purchase') and never a clause that lost its
preposition ("The minimum amount the Offer is conditioned"); where the tool cannot name the
figure, counsel does (a marked placeholder)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from amendtool.core.plain_facts import fact_changes
from amendtool.core.plain_summary import fact_sentences
from amendtool.core.wording import house_wording


def _said(old: str, new: str) -> list[str]:
    changes, _ = fact_changes(old, new)
    return fact_sentences(changes, house_wording())


def _balanced(sentence: str) -> bool:
    """Parentheses open and close in order; straight and curly quotation marks pair."""
    depth = 0
    for char in sentence:
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth < 0:
            return False
    curly = sentence.count("“") == sentence.count("”")
    return depth == 0 and sentence.count('"') % 2 == 0 and curly


def test_a_name_is_never_cut_inside_a_defined_term() -> None:
    old = (
        'Osprey Holdings Corp. (the "Company") is offering to purchase up to $50,000,000 '
        'aggregate principal amount of its outstanding Notes (the "Notes") for cash.'
    )
    said = _said(old, old.replace("$50,000,000", "$75,000,000"))
    assert said, old
    assert all(_balanced(s) for s in said), said
    assert '"Company")' not in " ".join(said), said
    assert said[0].endswith("is now $75,000,000. It was $50,000,000."), said


def test_a_clause_keeps_the_preposition_its_verb_needs() -> None:
    old = "The Offer is conditioned on at least $20,000,000 aggregate principal amount."
    said = " ".join(_said(old, old.replace("$20,000,000", "$10,000,000")))
    assert "The minimum amount on which the Offer is conditioned is now $10,000,000." in said


def test_a_time_said_without_its_preposition_still_reads() -> None:
    old = "The offer website will close at 5:00 p.m. on the last day."
    said = " ".join(_said(old, old.replace("5:00", "6:00")))
    assert "at which" not in said, said
    assert "is now 6:00 p.m." in said, said


_SUBJECTS = st.sampled_from(
    [
        'Osprey Holdings Corp. (the "Company")',
        "Kestrel, Inc. (“Kestrel”)",
        'The Company (as defined in Section 1 (the "Terms"))',
        "We",
        "The Offer",
        "Each holder (other than an affiliate)",
    ]
)
_VERBS = st.sampled_from(
    [
        ("is offering to purchase", ""),
        ("is conditioned", "on"),
        ("will pay", ""),
        ("will accept Notes", "up to"),
        ("may increase the cap", "to"),
        ("will purchase Notes", "at"),
        ("relies", "on"),
    ]
)
_AMOUNTS = st.sampled_from([("$50,000,000", "$75,000,000"), ("$26.50", "$27.00")])
_TAILS = st.sampled_from(
    [
        " aggregate principal amount of Notes (the “Notes”)",
        ' in cash (the "Purchase Price")',
        "",
        ", plus accrued and unpaid interest",
    ]
)


@settings(max_examples=80, deadline=None)
@given(_SUBJECTS, _VERBS, _AMOUNTS, _TAILS)
def test_every_sentence_on_a_changed_figure_is_whole(
    subject: str, verb: tuple[str, str], amounts: tuple[str, str], tail: str
) -> None:
    said_verb, preposition = verb
    between = f" {preposition}" if preposition else ""
    old_amount, new_amount = amounts
    old = f"{subject} {said_verb}{between} {old_amount}{tail}."
    said = _said(old, old.replace(old_amount, new_amount))
    assert said, old
    for sentence in said:
        assert _balanced(sentence), (old, sentence)
        named = re.match(r"^The (.+?) (?:is|are) now ", sentence)
        if named is None or "[" in named[1]:
            continue
        name = named[1]
        # a clause whose verb takes its figure by a preposition keeps it ("on which")
        if preposition in ("on", "to", "at") and said_verb.split()[-1] in name:
            assert f"{preposition} which" in name, (old, sentence)
