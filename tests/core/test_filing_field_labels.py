"""The filing details' labels name each field for any offer: an employee option exchange
and a notes tender alike, so a warning never tells an employee offer of "holders" (the
offer's own words come from the fields' values, not their labels)."""

from __future__ import annotations

import re

from amendtool.core.filing_fields import FIELDS, named


def test_no_label_speaks_to_one_audience() -> None:
    for table, key, label, _ in FIELDS:
        assert not re.search(r"\b(?:holders?|employees?)\b", label, re.I), (table, key, label)


def test_the_form_returned_is_named_for_both_kinds_of_offer() -> None:
    said = named("offer", "transmittal_document")
    assert "transmittal" in said.casefold() and "election" in said.casefold(), said
