"""A reference or a defined name in parentheses belongs to the sentence it follows.

Offers close a sentence or an answer with "(Section 3)" or "(see Section 9)", and name a party
as 'Acme Widgets, Inc. (the "Company")'. Counsel counts such a parenthetical as part of the
sentence before it: a change inside it amends that sentence, never a "sentence" that reads
"(Section 3)". A parenthetical that is a sentence of its own ("(See Section 9.)") and a list
marker ("(i)", "(a)") start a new one.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from amendtool.core.segment import sentences

# sentences as offers print them, each ending in its own stop
PLAIN = [
    "You may withdraw your tendered options at any time before the expiration date.",
    "The offer is made by Acme Widgets, Inc.",
    "Our principal office is in the U.S.",
    "See Sec. 3 of the plan for the vesting schedule.",
    "Options granted under Amendment No. 2 to the 1998 Plan are eligible.",
    'We refer to it as the "Offer."',
    "We refer to it as the “Election Form.”",
    "The offer expires at 5:00 p.m. Eastern Time on May 3, 2026.",
    'Acme Widgets, Inc. (the "Company") is making the offer.',
    "Acme Holdings Corp. (“Holdings”) owns all of our shares.",
    'Employees in the U.S. (the "U.S. Employees") may participate.',
    "Wells Fargo Bank, N.A. (the “Depositary”) will hold tendered shares.",
]
# references that close the sentence before them
TRAILING = [
    "(Section 3)",
    "(see Section 9)",
    "(See Section 9)",
    "(see “Risk Factors”)",
    "(Sections 3 and 4)",
    "(see Section 9 below)",
    "[see Section 12]",
]


def test_a_trailing_reference_stays_with_its_sentence() -> None:
    assert sentences("You may withdraw at any time. (Section 3)") == [
        "You may withdraw at any time. (Section 3)"
    ]
    assert sentences("You may withdraw at any time. (see Section 9) We will pay promptly.") == [
        "You may withdraw at any time. (see Section 9)",
        "We will pay promptly.",
    ]


def test_a_defined_name_after_a_corporate_suffix_is_inside_the_sentence() -> None:
    text = 'The offer is made by Acme Widgets, Inc. (the "Company"). It expires on May 3.'
    assert sentences(text) == [
        'The offer is made by Acme Widgets, Inc. (the "Company").',
        "It expires on May 3.",
    ]


def test_a_parenthetical_sentence_and_a_list_marker_start_a_new_sentence() -> None:
    assert sentences("You may withdraw. (See Section 9.) We will pay.") == [
        "You may withdraw.",
        "(See Section 9.)",
        "We will pay.",
    ]
    assert sentences("You may do one of the following. (i) Tender all. (ii) Tender none.") == [
        "You may do one of the following.",
        "(i) Tender all.",
        "(ii) Tender none.",
    ]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(PLAIN), st.one_of(st.none(), st.sampled_from(TRAILING))),
        min_size=1,
        max_size=6,
    )
)
def test_a_run_of_sentences_with_references_splits_back(
    run: list[tuple[str, str | None]],
) -> None:
    expected = [f"{plain} {ref}" if ref else plain for plain, ref in run]
    kept = [expected[0]]
    for sentence in expected[1:]:
        # after a suffix that may end a sentence or a name, only a plain starter ends it
        if kept[-1].endswith(("Inc.", "U.S.", "p.m.")) and not sentence.startswith(
            ("You ", "The ", "Our ", "We ", "See ")
        ):
            continue
        kept.append(sentence)
    assert sentences(" ".join(kept)) == kept
