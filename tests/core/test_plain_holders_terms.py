"""A holders' notice names the term a changed amount measures: "The purchase price for each
$1,000 principal amount of Notes is now $1,025.00", never "The notes validly tendered is
now …" (the thing bought is no measure). The name keeps the offer's defined terms as
printed, its verb agrees with what it measures, and a sentence the tool cannot name is a
placeholder for counsel, never a guess. Checked over the holders' terms: a price per note
or per share, a principal amount, a consent payment, an early tender premium."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from amendtool.core.plain_facts import fact_changes
from amendtool.core.plain_summary import fact_sentences
from amendtool.core.plain_units import MEASURES
from amendtool.core.wording import house_wording

_SAID = re.compile(r"^The (?P<name>.+?) (?P<verb>is|are) now (?P<new>.+?)\. (?:It was|They were) ")


def _sentence(old: str, new: str) -> str:
    changes, _ = fact_changes(old, new)
    (change,) = [c for c in changes if c.kind == "money"]
    return fact_sentences([change], house_wording())[0]


def test_the_testers_notes_price_names_the_purchase_price() -> None:
    frame = (
        "The purchase price for each $1,000 principal amount of Notes validly tendered "
        'will be {} (the "Purchase Price").'
    )
    said = _sentence(frame.format("$1,015.00"), frame.format("$1,025.00"))
    assert said == (
        "The purchase price for each $1,000 principal amount of Notes is now $1,025.00. "
        "It was $1,015.00."
    )


MEASURED = [
    "purchase price",
    "early tender premium",
    "consent payment",
    "tender offer consideration",
    "total consideration",
    "price",
]
UNITS = [
    "for each $1,000 principal amount of Notes",
    "per $1,000 principal amount of Notes",
    "per Preferred Share",
    "per Share",
    "for each Note",
]
SHAPES = [
    "The {measure} {unit} validly tendered will be {amount}.",
    "The {measure} {unit} tendered and accepted will be {amount}.",
    "Holders who validly tender will receive the {measure} of {amount} {unit}.",
    "The {measure} {unit} will be {amount} in cash.",
    "We will pay a {measure} of {amount} {unit} validly tendered.",
]


@settings(max_examples=150, deadline=None, derandomize=True)
@given(
    st.sampled_from(MEASURED),
    st.sampled_from(UNITS),
    st.sampled_from(SHAPES),
    st.sampled_from([("$1,015.00", "$1,025.00"), ("$30.00", "$50.00"), ("$25.50", "$26.25")]),
)
def test_a_holders_amount_is_named_by_its_measure_in_the_offers_words(
    measure: str, unit: str, shape: str, amounts: tuple[str, str]
) -> None:
    old, new = (shape.format(measure=measure, unit=unit, amount=a) for a in amounts)
    said = _sentence(old, new)
    if said.startswith("The [name this"):
        return  # counsel names it: export stops on the placeholder
    match = _SAID.match(said)
    assert match, said
    name = match["name"]
    # what the amount measures, not the securities bought
    assert measure in name, (shape, said)
    assert any(w in MEASURES for w in measure.split()), said
    # defined terms as printed: "Notes", "Preferred Share" never lowered
    for term in re.findall(r"\b(?:Notes?|Preferred Share|Share)\b", unit):
        assert term in said, (term, said)
    assert not re.search(r"\b(?:notes|preferred share)\b", said), said
    # a measure is one thing: "is now", whatever the unit counts
    assert match["verb"] == "is", said
    # no clause of the offer's sentence left in the name
    assert not re.search(r"\b(?:validly|tendered|accepted|will)\b", name), said


def test_an_amount_whose_sentence_names_no_measure_is_left_to_counsel() -> None:
    frame = "Holders of Notes validly tendered will be {} richer."
    changes, _ = fact_changes(frame.format("$10.00"), frame.format("$12.00"))
    (said,) = fact_sentences(changes, house_wording())
    assert said.startswith("The [name this amount"), said


def test_a_unit_opening_the_sentence_names_the_series_of_notes() -> None:
    """ "For each $1,000 principal amount of 2009 Notes you will receive …": the notice keeps
    the unit and the series, so holders of the 2011 Notes do not read it as theirs."""
    frame = (
        "For each $1,000 principal amount of 2009 Notes you will receive the Total "
        "Consideration of {}, which includes an early tender payment of $30.00."
    )
    said = _sentence(frame.format("$1,025.00"), frame.format("$1,030.00"))
    assert said == (
        "The Total Consideration for each $1,000 principal amount of 2009 Notes is now "
        "$1,030.00. It was $1,025.00."
    )


def test_a_series_named_by_its_rate_and_maturity_is_kept_whole() -> None:
    frame = (
        "The purchase price per $1,000 principal amount of 5.25% Senior Notes due 2031 "
        "validly tendered will be {}."
    )
    said = _sentence(frame.format("$1,015.00"), frame.format("$1,025.00"))
    assert said == (
        "The purchase price per $1,000 principal amount of 5.25% Senior Notes due 2031 is now "
        "$1,025.00. It was $1,015.00."
    )


def test_a_date_the_offers_defined_term_is_said_to_be_is_named_by_it() -> None:
    """ "… on the Price Determination Date, which is 2:00 p.m. … on June 18, 2004": the
    notice names the date by the offer's term, never a placeholder for counsel."""
    old = (
        "The Total Consideration will be set on the Price Determination Date, which is "
        "2:00 p.m., New York City time, on June 18, 2004."
    )
    changes, _ = fact_changes(old, old.replace("June 18", "June 25"))
    (said,) = fact_sentences(changes, house_wording())
    assert said.startswith("The Price Determination Date is now ")
    assert "June 25, 2004" in said and "[" not in said
