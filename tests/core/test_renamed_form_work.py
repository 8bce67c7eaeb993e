"""The check for a renamed form reads the facts of only the items whose old text names the
form the filing details hold, and of those only the paragraphs that may name a document
(counted, not timed): on a long revision most items do not, and reading every item's facts
twice was a tenth of a second; a restated section with a list of 20,000 grants had every
row's figures read (3 s)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from amendtool.core import plain_fact_reading
from amendtool.core.amendment import draft_amendment
from amendtool.core.filing import load_filing
from amendtool.core.stale_terms import check_stale_terms
from tests.support.builders import doc

FORM = "To exchange your options, you must deliver a properly completed and signed {} to us."
OTHER = "The offer will expire at 5:00 p.m., New York City time, on {}."


def test_only_items_naming_the_form_are_read(
    example_filing_toml: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    filing = dataclasses.replace(
        load_filing(example_filing_toml), transmittal_document="Election Form"
    )

    def offer(form: str, day: str) -> list[tuple[str, list[str]]]:
        return [
            ("", ["Acme Widgets, Inc. is offering to exchange eligible options."]),
            ("3. Procedures", [FORM.format(form)]),
            ("4. Expiration", [OTHER.format(day)]),
        ]

    amendment = draft_amendment(
        doc(offer("Election Form", "December 4, 2026")),
        doc(offer("Election and Release Form", "December 11, 2026")),
        filing,
    )
    assert len(amendment.change_items) == 2
    read: list[str] = []
    real = plain_fact_reading._facts_in

    def counted(text: str):  # type: ignore[no-untyped-def]
        read.append(text)
        return real(text)

    monkeypatch.setattr(plain_fact_reading, "_facts_in", counted)
    said = [f.message for f in check_stale_terms(amendment) if f.code == "renamed_form"]
    assert len(said) == 1 and "Election and Release Form" in said[0]
    assert len(read) == 2 and all("Form" in text for text in read)
