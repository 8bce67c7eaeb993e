"""A figure's name in the plain notice is a whole phrase: one read from the words after the
figure is never cut after a preposition ("the percentage of the options outstanding under
is now 12.8%"), whatever the words that follow."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from amendtool.core.plain_facts import fact_changes

PREPOSITIONS = ["under", "pursuant to", "by", "in", "from", "with", "for", "on", "of"]
OPEN_ENDS = {p.split()[0] for p in PREPOSITIONS} | {"the", "a", "an", "and", "or", "pursuant"}
SENTENCE = (
    "As of April 17, 2026, Eligible Options to purchase up to 3,400,000 shares were "
    "outstanding, representing approximately {} of the options {} {} the 2019 Stock Plan."
)


def labels(old: str, new: str) -> list[str]:
    return [c.label for c in fact_changes(old, new)[0]]


@pytest.mark.parametrize("verb", ["outstanding", "granted", "issued", "held"])
@pytest.mark.parametrize("preposition", PREPOSITIONS)
def test_a_percentage_is_never_named_with_a_dangling_preposition(
    verb: str, preposition: str
) -> None:
    old = SENTENCE.format("11.2%", verb, preposition)
    new = SENTENCE.format("12.8%", verb, preposition)
    (label,) = labels(old, new)
    assert label.split()[-1].lower() not in OPEN_ENDS, label


def test_the_options_outstanding_are_named_as_such() -> None:
    old = SENTENCE.format("11.2%", "outstanding", "under")
    (label,) = labels(old, old.replace("11.2%", "12.8%"))
    assert label == "percentage of the options outstanding"


@settings(max_examples=40, deadline=None)
@given(
    words=st.lists(
        st.sampled_from(
            ["shares", "options", "outstanding", "held", "granted", "our", "plan", *PREPOSITIONS]
        ),
        min_size=1,
        max_size=6,
    )
)
def test_any_words_after_a_percentage_name_it_whole(words: list[str]) -> None:
    old = f"This represents 11.2% of the {' '.join(words)} the Company."
    for label in labels(old, old.replace("11.2%", "12.8%")):
        assert label.split()[-1].lower() not in OPEN_ENDS, label
