"""A negation or a limiting word put in or taken out of a sentence ("are approved" → "are not
approved", "may" → "may not", "only", "unless", "except", "no longer") reverses or narrows
what the sentence says: the change is never proposed clarifying, in whatever section it is
printed; words of one group exchanged, or the same said in other words, stay clarifying."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from amendtool.core.items import Materiality
from amendtool.core.materiality import propose
from amendtool.core.materiality_reversals import reversal
from amendtool.core.materiality_rules import house_rules
from tests.support.materiality import drafted

# general disclosure, the company's description, insiders', a title no rule names
HEADINGS = [
    "14. Miscellaneous.",
    "16. Additional Information.",
    "9. Information Concerning Acme.",
    "10. Interests of Directors and Officers.",
    "3. Background.",
]
# (a sentence, the same sentence reversed or limited, the word that does it)
PHRASINGS = [
    (
        "The new options are approved by the board.",
        "The new options are not approved by the board.",
        "not",
    ),
    ("You may obtain copies from us.", "You may not obtain copies from us.", "not"),
    ("We will update this document.", "We will no longer update this document.", "no longer"),
    (
        "The plan has been approved by the stockholders.",
        "The plan has never been approved by the stockholders.",
        "never",
    ),
    ("Holders in Canada may tender.", "Only holders in Canada may tender.", "only"),
    (
        "We are required to file reports with the SEC.",
        "We are not required to file reports with the SEC.",
        "not",
    ),
    (
        "You may obtain copies at our website.",
        "You may obtain copies at our website unless we say otherwise.",
        "unless",
    ),
    (
        "Copies are available to every holder.",
        "Copies are available to every holder except holders in Canada.",
        "except",
    ),
    (
        "Our directors will take part in the offer.",
        "Our directors will not take part in the offer.",
        "not",
    ),
    ("We can answer your questions.", "We can't answer your questions.", "can't"),
]
OPENING = "This section says where the offer stands."


@settings(max_examples=60, deadline=None)
@given(
    heading=st.sampled_from(HEADINGS),
    phrasing=st.sampled_from(PHRASINGS),
    put_in=st.booleans(),
    curly=st.booleans(),
)
def test_a_reversal_is_never_proposed_clarifying(
    heading: str, phrasing: tuple[str, str, str], put_in: bool, curly: bool
) -> None:
    plain, reversed_, word = phrasing
    if curly:
        plain, reversed_ = (s.replace("'", "’") for s in (plain, reversed_))
    old, new = (plain, reversed_) if put_in else (reversed_, plain)
    (item,) = drafted(heading, [OPENING, old], [OPENING, new])
    proposal = propose(item)
    assert proposal.materiality is not Materiality.CLARIFYING, proposal.reason
    if proposal.materiality is Materiality.MATERIAL and "never clarifying" in proposal.reason:
        assert ("Puts in" if put_in else "Takes out") in proposal.reason
        assert word.replace("'", "") in proposal.reason.replace("'", "").replace("’", "")


def test_words_of_one_group_exchanged_are_no_reversal() -> None:
    rules = house_rules()
    same = [
        (
            "Directors may not participate in the offer.",
            "Directors cannot participate in the offer.",
        ),
        ("Copies are sent only by mail.", "Copies are sent solely by mail."),
        (
            "We will not be deemed to have accepted them.",
            "We are not deemed to have accepted them.",
        ),
        ("Copies are free of charge.", "Copies are at no cost."),
    ]
    for old, new in same:
        assert reversal(old, new, rules) is None, (old, new)


def test_a_sentence_added_whole_is_read_by_its_own_words() -> None:
    """Only an edited sentence is read for a reversal: a new sentence is no edit of another."""
    old = "We will update this document."
    new = f"{old} Our auditors did not review the pro forma figures for the latest quarter."
    assert reversal(old, new, house_rules()) is None


def test_a_disclaimer_taken_out_stays_clarifying() -> None:
    old = "This summary is for general information only and should not be relied upon."
    new = "This summary is for general information."
    assert reversal(old, new, house_rules()) is None


def test_a_negation_with_a_clause_of_its_own_is_read_by_its_words() -> None:
    """ "… by the NYSE and do not include accrued dividends" adds disclosure; it reverses
    nothing the sentence said. Taken out of a clause that stays, a negation still flips it."""
    rules = house_rules()
    old = "Prices are as reported by the NYSE."
    assert (
        reversal(old, "Prices are as reported by the NYSE and do not include dividends.", rules)
        is None
    )
    flipped = reversal(
        "This offer does not contain all of it.", "This offer contains all of it.", rules
    )
    assert flipped == ("not", False)


def test_the_words_are_the_firms_to_adjust() -> None:
    rules = house_rules()
    assert any(words.matches_word("unless") for words in rules.limits)
    assert rules.negations.matches_word("no longer")
    assert "reason_in" in rules.reversal_reasons and "reason_out" in rules.reversal_reasons
