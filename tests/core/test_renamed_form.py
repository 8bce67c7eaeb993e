"""An amendment that renames the form holders return ("Election Form" to "Election and
Release Form") leaves the filing details' name for it (filing.toml [offer]
transmittal_document) behind: the notice's answers would tell employees their "Election
Form" still counts, naming a form the offer no longer has. The checks say so, with both
names."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from amendtool.core.amendment import Amendment, draft_amendment
from amendtool.core.checks import run_checks
from amendtool.core.filing import FilingDetails, load_filing
from tests.support.builders import Spec, doc

SENTENCE = "To exchange your options, you must deliver a properly completed and signed {} to us."


def offer(form: str) -> Spec:
    return [
        ("", ["Acme Widgets, Inc. is offering to exchange eligible options for new options."]),
        ("3. Procedures for Electing to Exchange Options", [SENTENCE.format(form)]),
    ]


@pytest.fixture
def filing(example_filing_toml: Path) -> FilingDetails:
    details = load_filing(example_filing_toml)
    return dataclasses.replace(details, transmittal_document="Election Form")


def drafted(filing: FilingDetails, new: str) -> Amendment:
    return draft_amendment(doc(offer("Election Form")), doc(offer(new)), filing)


def renamed(amendment: Amendment) -> list[str]:
    return [f.message for f in run_checks(amendment) if f.code == "renamed_form"]


def test_a_renamed_form_left_in_the_filing_details_is_named(filing: FilingDetails) -> None:
    amendment = drafted(filing, "Election and Release Form")
    assert renamed(amendment) == [
        "item A: renames the “Election Form” the “Election and Release Form”, but the filing "
        "details' “Transmittal or election form” (offer.transmittal_document) is still “Election "
        "Form”: set it to the new name"
    ]


def test_the_new_name_in_the_filing_details_is_quiet(filing: FilingDetails) -> None:
    named = dataclasses.replace(filing, transmittal_document="Election and Release Form")
    assert renamed(drafted(named, "Election and Release Form")) == []
    assert renamed(drafted(filing, "Election Form")) == []


def _given(filing: FilingDetails, name: str) -> FilingDetails:
    """The filing details with counsel's name for the form, given in filing.toml."""
    return dataclasses.replace(
        filing, transmittal_document=name, terms_given=filing.terms_given | {"transmittal_document"}
    )


def _names_the_form(amendment: Amendment) -> list[str]:
    """Every finding of `check` that speaks of the form's name in the filing details."""
    return [
        f.message
        for f in run_checks(amendment)
        if "transmittal_document" in f.message or f.code == "renamed_form"
    ]


@pytest.mark.parametrize("new", ["Election and Release Form", "Election and Transmittal Letter"])
def test_the_new_name_of_a_renamed_form_is_right_with_no_warning(
    filing: FilingDetails, new: str
) -> None:
    assert _names_the_form(drafted(_given(filing, new), new)) == []
    # the old name gets the one warning, naming the new
    [said] = _names_the_form(drafted(_given(filing, "Election Form"), new))
    assert f"the “{new}”" in said and "set it to the new name" in said


def test_a_name_the_offer_never_gives_is_still_named(filing: FilingDetails) -> None:
    other = _given(filing, "Consent Form")
    [said] = _names_the_form(drafted(other, "Election and Release Form"))
    assert '"Consent Form" never appears in the original' in said


@pytest.mark.parametrize("held", ["Election Form", "Election and Release Form"])
def test_the_exhibit_previously_filed_keeps_the_name_it_was_filed_under(
    filing: FilingDetails, held: str
) -> None:
    """The exhibit index and the opening describe the form as filed with the Schedule TO
    (it is not refiled): both say the name it was filed under, whichever name counsel gives."""
    from amendtool.core.filing_document import schedule_to_blocks

    amendment = drafted(_given(filing, held), "Election and Release Form")
    [form] = [e for e in amendment.previously_filed() if e.label == filing.election_form_exhibit]
    assert "Election Form" in form.description and "Release" not in form.description
    opening = next(
        b.text for b in schedule_to_blocks(amendment) if "amends and supplements" in b.text
    )
    assert '"Election Form"' in opening and "Release" not in opening
