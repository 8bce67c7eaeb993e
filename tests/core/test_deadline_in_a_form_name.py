"""A date the offer gives for returning its form is the expiration when it is the expiration:
"You must complete the Election and Withdrawal Form and deliver it … before 11:59 p.m. …
on April 23, 2026", moved with the extension, was told as "The withdrawal deadline is now …
You have more time to withdraw", classed material ("changes a date") and left out of the
extension. A word of a form's name ("Withdrawal") never makes its date a withdrawal
deadline; the date is told once with the other restatements of the expiration, and the
check names a plain paragraph that calls the expiration the withdrawal deadline."""

from __future__ import annotations

from pathlib import Path

import pytest

from amendtool.core.amendment import Amendment, draft_amendment
from amendtool.core.checks import run_checks
from amendtool.core.items import Materiality
from amendtool.core.plain_notice import plain_paragraphs
from tests.support.builders import Spec, doc
from tests.support.plain import plain_filing

DEADLINE = "11:59 p.m., Eastern Time, on April {day}, 2026"
OFFER: Spec = [
    (
        "",
        [
            f"The offer and withdrawal rights expire at {DEADLINE}, unless we extend the offer.",
            'To participate, you must complete and return the {form} (the "{form}") before the '
            "offer expires.",
        ],
    ),
    (
        "Summary Term Sheet",
        [
            "Q1. How do I participate?",
            "You must complete the {form} and deliver it to Stock Plan Administration before "
            f"{DEADLINE}.",
        ],
    ),
    ("1. Expiration Date", [f"The offer will expire at {DEADLINE}, unless we extend it."]),
    ("2. Withdrawal Rights", ["You may withdraw your election by delivering a new {form}."]),
]
# the form's name before and after: renamed to a name with "Withdrawal" in it, or so named
FORMS = [
    ("Election Form", "Election and Withdrawal Form"),
    ("Election and Withdrawal Form", "Election and Withdrawal Form"),
    ("Withdrawal and Election Form", "Withdrawal and Election Form"),
]


def _offer(form: str, day: int) -> Spec:
    return [(h, [p.replace("{form}", form).format(day=day) for p in ps]) for h, ps in OFFER]


def _extended(example_filing_toml: Path, old: str, new: str) -> Amendment:
    filing = plain_filing(example_filing_toml, transmittal_document=old)
    return draft_amendment(doc(_offer(old, 23)), doc(_offer(new, 30)), filing)


def _answer_item(amendment: Amendment) -> int:
    return next(n for n, item in enumerate(amendment.change_items) if "Stock Plan" in item.new_text)


@pytest.mark.parametrize(("old", "new"), FORMS)
def test_the_date_to_return_the_form_moves_with_the_extension(
    example_filing_toml: Path, old: str, new: str
) -> None:
    amendment = _extended(example_filing_toml, old, new)
    item = amendment.change_items[_answer_item(amendment)]
    assert item.materiality is Materiality.EXTENSION, item.materiality_reason
    assert "withdrawal deadline" not in item.materiality_reason.casefold()


@pytest.mark.parametrize(("old", "new"), FORMS)
def test_the_date_to_return_the_form_is_told_with_the_expiration(
    example_filing_toml: Path, old: str, new: str
) -> None:
    amendment = _extended(example_filing_toml, old, new)
    paragraphs = plain_paragraphs(amendment)
    said = " ".join(p.heading + " " + p.text for p in paragraphs)
    assert "withdrawal deadline" not in said.casefold(), said
    assert "more time to withdraw" not in said, said
    answer = _answer_item(amendment)
    [told] = [p for p in paragraphs if answer in p.items and "April 30" in p.text]
    cover = next(n for n, i in enumerate(amendment.change_items) if "offer and" in i.new_text)
    assert cover in told.items, (told.heading, told.items)
    assert told.text.count("April 30") == 1, told.text


def test_the_check_names_a_paragraph_calling_the_expiration_the_withdrawal_deadline(
    example_filing_toml: Path,
) -> None:
    amendment = _extended(example_filing_toml, "Election Form", "Election and Withdrawal Form")
    item = amendment.change_items[_answer_item(amendment)]
    item.set_plain_summary(
        "The withdrawal deadline is now 11:59 p.m., Eastern Time, on Thursday, April 30, 2026. "
        "You have more time to withdraw your Eligible Options."
    )
    found = [f for f in run_checks(amendment) if f.severity == "error"]
    assert any("withdrawal deadline" in f.message and "expiration" in f.message for f in found), [
        f.message for f in found
    ]


def test_a_true_withdrawal_deadline_before_the_expiration_is_not_named_an_error(
    example_filing_toml: Path,
) -> None:
    """A date to withdraw by that is not the expiration is no error of the paragraph's."""
    amendment = _extended(example_filing_toml, "Election Form", "Election Form")
    item = amendment.change_items[_answer_item(amendment)]
    item.set_plain_summary("You can withdraw your election until Friday, April 10, 2026.")
    found = [f for f in run_checks(amendment) if "withdrawal deadline" in f.message]
    assert found == []
