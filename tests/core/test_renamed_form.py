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
        "Form”, and the notice's answers name it so: set it to the new name"
    ]


def test_the_new_name_in_the_filing_details_is_quiet(filing: FilingDetails) -> None:
    named = dataclasses.replace(filing, transmittal_document="Election and Release Form")
    assert renamed(drafted(named, "Election and Release Form")) == []
    assert renamed(drafted(filing, "Election Form")) == []
