"""Whose a changed figure is comes from the words of the sentence that state it, never from
another phrase's defined term that happens to stand before it: in "options … (the "Old
Options") for options with an exercise price of $6.25 per share (the "Repriced Options")",
$6.25 is the Repriced Options' price; "the exercise price of the Old Options" would tell holders
their old options were repriced without any tender. Where the sentence does not say whose it
is, the notice leaves counsel a placeholder (which export does not let pass) and Item 4 names
no owner ("an exercise price")."""

from __future__ import annotations

from pathlib import Path

import pytest

from amendtool.core.amendment import Amendment, draft_amendment
from amendtool.core.checks import run_checks
from amendtool.core.plain_figure_claims import OWNER_CODE
from amendtool.core.plain_notice import plain_paragraphs
from amendtool.core.plain_owners import owned_before
from amendtool.core.series_amendment import supplements
from tests.support.builders import Spec, doc
from tests.support.plain import plain_filing

# the owner's defined term after the figure and its unit
DEFINED_AFTER = (
    'Cascade Microsystems, Inc. (the "Company") is offering to exchange all outstanding '
    "options granted under its 1994 Stock Option Plan that have an exercise price of more "
    'than $9.00 per share (the "Old Options") for options with an exercise price of {price} '
    'per share (the "Repriced Options"), upon the terms described in this Offer.'
)
# no defined term names the options the price is of
UNDEFINED = (
    'Cascade Microsystems, Inc. (the "Company") is offering to exchange all outstanding '
    "options granted under its 1994 Stock Option Plan that have an exercise price of more "
    'than $9.00 per share (the "Old Options") for options with an exercise price of {price} '
    "per share, upon the terms described in this Offer."
)
SECTION = "1. Number of Options; Expiration Date"
TEXT = ["The offer expires at 5:00 p.m., Pacific Time, on July 3, 1998."]


def _drafted(example_filing_toml: Path, cover: str) -> Amendment:
    before: Spec = [("", [cover.format(price="$6.25")]), (SECTION, TEXT)]
    after: Spec = [("", [cover.format(price="$5.50")]), (SECTION, TEXT)]
    return draft_amendment(doc(before), doc(after), plain_filing(example_filing_toml))


def _notice(amendment: Amendment) -> str:
    return " ".join(f"{p.heading} {p.text}" for p in plain_paragraphs(amendment))


def _item4(amendment: Amendment) -> str:
    return " ".join(s.text for s in supplements(amendment) if s.heading.startswith("Item 4."))


def test_the_owner_before_the_figure_is_no_other_phrases_term() -> None:
    text = DEFINED_AFTER.format(price="$5.50")
    at = text.index("$5.50")
    assert owned_before(text, at, at + 5) == "the exercise price of the Repriced Options"
    text = UNDEFINED.format(price="$5.50")
    at = text.index("$5.50")
    assert owned_before(text, at, at + 5) is None


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        (
            "We will exchange all Old Options for New Options with an exercise price of $5.50.",
            "the exercise price of the New Options",
        ),
        ("We will exchange all Old Options for new options with an exercise price of $5.50.", None),
        ("We will exchange Old Options into options having an exercise price of $5.50.", None),
        ("The New Options will have an exercise price of $5.50.", None),  # named by its noun
        (
            "Options granted for services with an exercise price of $5.50 are eligible.",
            "the exercise price of the options granted for services",  # one owner
        ),
        (
            "Dividends on the Preferred Shares accrue at 7.5% a year.",
            "the accrual rate of the dividends on the Preferred Shares",  # no "for": as before
        ),
    ],
)
def test_an_owner_after_for_is_the_phrase_after_it(text: str, owner: str | None) -> None:
    """ "Old Options for New Options with an exercise price of $5.50": the price is the New
    Options'; "for new options" names no owner counsel can be sure of."""
    figure = "$5.50" if "$5.50" in text else "7.5%"
    at = text.index(figure)
    said = owned_before(text, at, at + len(figure))
    assert said == owner, said


def test_the_notice_and_item_4_name_the_repriced_options(example_filing_toml: Path) -> None:
    amendment = _drafted(example_filing_toml, DEFINED_AFTER)
    said, item4 = _notice(amendment), _item4(amendment)
    assert "Old Options" not in said, said
    assert "exercise price of the Repriced Options is now $5.50 per share" in said, said
    assert "Old Options" not in item4, item4
    assert "exercise price of the Repriced Options from $6.25" in item4, item4
    (item,) = amendment.change_items
    assert "Old Options" not in item.materiality_reason, item.materiality_reason


def test_an_owner_its_sentence_does_not_name_is_left_to_counsel(
    example_filing_toml: Path,
) -> None:
    amendment = _drafted(example_filing_toml, UNDEFINED)
    said, item4 = _notice(amendment), _item4(amendment)
    assert "Old Options" not in said, said
    assert "[name this exercise price" in said, said
    # Item 4 names no owner (counsel has no place to write one over it): "an exercise price"
    assert "Old Options" not in item4, item4
    assert "decrease an exercise price from $6.25" in item4, item4
    (item,) = amendment.change_items
    assert "Old Options" not in item.materiality_reason, item.materiality_reason
    errors = [f.message for f in run_checks(amendment) if f.severity == "error"]
    assert any("item A" in m and "[name this exercise price" in m for m in errors), errors


# counsel's paragraph, as `amendtool plain` keeps it: the check reads it against the change
@pytest.mark.parametrize(
    ("cover", "written", "wrong"),
    [
        (DEFINED_AFTER, "The exercise price of the Old Options is now $5.50 per share.", True),
        (DEFINED_AFTER, "The exercise price of the New Options is now $5.50 per share.", True),
        (DEFINED_AFTER, "The exercise price of the Repriced Options is now $5.50.", False),
        (UNDEFINED, "The exercise price of the Old Options is now $5.50 per share.", True),
        (UNDEFINED, "The exercise price of the Repriced Options is now $5.50.", True),
        (UNDEFINED, "The exercise price of the options you receive is now $5.50.", False),
    ],
)
def test_a_paragraph_naming_another_owner_is_an_error(
    example_filing_toml: Path, cover: str, written: str, wrong: bool
) -> None:
    amendment = _drafted(example_filing_toml, cover)
    amendment.change_items[0].set_plain_summary(written)
    found = [f for f in run_checks(amendment) if f.code == OWNER_CODE]
    assert bool(found) is wrong, [f.message for f in found]
    assert all(f.severity == "error" and f.item == 0 for f in found)


def test_the_tools_own_paragraph_is_checked_too(example_filing_toml: Path) -> None:
    """What the tool wrote before (its owner read from another phrase) is caught by the
    check, whoever writes it."""
    amendment = _drafted(example_filing_toml, DEFINED_AFTER)
    assert not [f for f in run_checks(amendment) if f.code == OWNER_CODE]
    said = "The exercise price of the Old Options for options is now $5.50 per share."
    amendment.change_items[0].set_plain_summary(said)
    assert [f.item for f in run_checks(amendment) if f.code == OWNER_CODE] == [0]


def test_an_owner_its_section_names_is_the_offers(example_filing_toml: Path) -> None:
    """A section "2. Terms of the New Options" names whose price its sentence states:
    counsel saying so is no invented owner; another term still is."""
    before: Spec = [
        ("", ["Cascade offers to exchange options for New Options."]),
        ("2. Terms of the New Options", ["The exercise price will be $6.25 per share."]),
        (SECTION, TEXT),
    ]
    after = [(h, [p.replace("$6.25", "$5.50") for p in ps]) for h, ps in before]
    for written, wrong in [
        ("The exercise price of the New Options is now $5.50 per share.", False),
        ("The exercise price of the Old Options is now $5.50 per share.", True),
    ]:
        amendment = draft_amendment(doc(before), doc(after), plain_filing(example_filing_toml))
        (item,) = amendment.change_items
        item.set_plain_summary(written)
        found = [f.message for f in run_checks(amendment) if f.code == OWNER_CODE]
        assert bool(found) is wrong, (written, found)
