"""A form renamed by words put inside its name ("Letter of Transmittal" → "Letter of Election
and Transmittal") is a rename, as "Election Form" → "Election and Withdrawal Form" is: the
notice said 'we changed "of" to "of Election
and"', the filing details' old name got no warning and the new one a false one, and the
filing named the exhibit already filed by its new name. Every layout of a form's name: its
kind last ("Election Form") or first ("Letter of …", "Notice of …")."""

from __future__ import annotations

from pathlib import Path

import pytest

from amendtool.core.amendment import Amendment, draft_amendment
from amendtool.core.form_names import form_name_filed, form_name_now, form_rename
from amendtool.core.plain_notice import plain_paragraphs
from amendtool.core.stale_terms import check_stale_terms
from amendtool.core.wording_checks import check_terms
from tests.support.builders import Spec, doc
from tests.support.plain import holders_filing

OFFER: Spec = [
    ("", ["We are offering to purchase up to 1,500,000 Preferred Shares for cash."]),
    ("1. Terms of the Offer", ["We will purchase up to 1,500,000 Preferred Shares at $25.00."]),
    (
        "2. Procedures for Tendering",
        [
            "To tender Preferred Shares, a holder must deliver a properly completed {} to the "
            "depositary before the Expiration Date.",
        ],
    ),
]

RENAMES = [
    ("Letter of Transmittal", "Letter of Election and Transmittal"),
    ("Notice of Guaranteed Delivery", "Notice of Guaranteed Book-Entry Delivery"),
    ("Notice of Withdrawal", "Notice of Withdrawal and Revocation"),
    ("Election Form", "Election and Withdrawal Form"),
]


def _draft(example_filing_toml: Path, old: str, new: str, held: str) -> Amendment:
    filing = holders_filing(example_filing_toml, transmittal_document=held)
    original = [(h, [p.format(f"the {old}") for p in ps]) for h, ps in OFFER]
    revised = [(h, [p.format(f"the {new}") for p in ps]) for h, ps in OFFER]
    return draft_amendment(doc(original), doc(revised), filing)


@pytest.mark.parametrize(("old", "new"), RENAMES)
def test_words_put_inside_a_forms_name_rename_it(
    example_filing_toml: Path, old: str, new: str
) -> None:
    amendment = _draft(example_filing_toml, old, new, old)
    [paragraph] = plain_paragraphs(amendment)
    text = " ".join(paragraph.text.split())
    assert f"the {old}" in text and f"the {new}" in text, text
    assert "we changed" not in text.casefold(), text


@pytest.mark.parametrize(("old", "new"), RENAMES)
@pytest.mark.parametrize("held_is_old", [True, False])
def test_either_name_in_the_filing_details_is_read_as_the_rename(
    example_filing_toml: Path, old: str, new: str, held_is_old: bool
) -> None:
    held = old if held_is_old else new
    amendment = _draft(example_filing_toml, old, new, held)
    renamed = form_rename(amendment)
    assert renamed is not None and renamed.held_is_old is held_is_old, renamed
    # the exhibit already filed keeps its name; holders are told the new one
    assert (form_name_filed(amendment), form_name_now(amendment)) == (old, new)
    stale = [f.message for f in check_stale_terms(amendment) if f.code == "renamed_form"]
    assert bool(stale) is held_is_old, stale  # the old name is told to be set anew
    never = [f.message for f in check_terms(amendment) if "transmittal_document" in f.message]
    assert never == [], never  # the new name is right
