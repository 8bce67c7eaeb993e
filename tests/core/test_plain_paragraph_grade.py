"""Each paragraph of the plain notice is held to the reading grade of the plain-English
settings, not only the notice as a whole: one dense paragraph among short ones reads as
badly to the employee who needs it, and the overall grade hides it. The finding names the
paragraph, so counsel (and the app's Checks panel, which shows the same findings) can find
it."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from amendtool.core.amendment import Amendment
from amendtool.core.checks import run_checks
from amendtool.core.filing import FilingDetails
from amendtool.core.plain_english import plain_rules, readability
from tests.support.plain import lowered, plain_filing

DENSE = (
    "Notwithstanding the foregoing, eligibility determinations concerning outstanding "
    "compensatory instruments necessarily incorporate considerations regarding "
    "international regulatory jurisdictions, administrative practicalities and "
    "organizational classifications applicable to individual participants."
)


@pytest.fixture
def filing(example_filing_toml: Path) -> FilingDetails:
    return plain_filing(
        example_filing_toml, notice_delivery="We sent this notice to you by e-mail."
    )


def grade_findings(amendment: Amendment) -> list[str]:
    return [
        f.message
        for f in run_checks(amendment)
        if f.code == "plain_english" and "reads at grade" in f.message
    ]


def test_a_dense_paragraph_of_counsel_is_named_with_its_grade(filing: FilingDetails) -> None:
    amendment = lowered(filing)
    assert grade_findings(amendment) == []
    amendment.change_items[0].set_plain_summary(DENSE)
    grade = readability([DENSE]).grade
    assert grade > plain_rules().grade
    found = [(f.item, f.message) for f in run_checks(amendment) if "reads at grade" in f.message]
    assert (
        0,
        f"item A: the notice's plain paragraph reads at grade {grade:.1f} "
        f"(at most {plain_rules().grade:g}): use shorter sentences and everyday words",
    ) in found


def test_a_dense_paragraph_from_the_filing_details_is_named(filing: FilingDetails) -> None:
    amendment = lowered(dataclasses.replace(filing, notice_delivery=DENSE))
    messages = grade_findings(amendment)
    grade = readability([DENSE]).grade
    assert len(messages) == 1, messages
    assert messages[0].startswith(
        "the plain notice's paragraph beginning “Notwithstanding the foregoing, "
        "eligibility determinations …” (the notice's delivery paragraph (filing details)) "
        f"reads at grade {grade:.1f}"
    ), messages


def test_the_overall_grade_does_not_hide_one_dense_paragraph(filing: FilingDetails) -> None:
    """Short plain paragraphs around it keep the notice's grade within the limit."""
    amendment = lowered(dataclasses.replace(filing, notice_delivery=DENSE))
    overall = [m for m in grade_findings(amendment) if m.startswith("the plain notice reads")]
    assert overall == []
    assert grade_findings(amendment)


def test_an_email_address_is_not_read_as_a_long_word() -> None:
    """A contact's address is a name, not words a reader sounds out: counted as one."""
    plain = "Please contact People Services at (716) 218-6550 or us."
    with_address = "Please contact People Services at (716) 218-6550 or peopleservices@mpower.com."
    site = "Please contact People Services at (716) 218-6550 or https://www.mpowerexchange.com."
    assert readability([with_address]).grade == readability([plain]).grade
    assert readability([site]).grade == readability([plain]).grade


def test_the_corpus_contact_paragraphs_read_within_the_limit(filing: FilingDetails) -> None:
    contact = "People Services at (716) 218-6550 or peopleservices@mpowercom.com"
    amendment = lowered(dataclasses.replace(filing, notice_contact=contact))
    assert not [m for m in grade_findings(amendment) if "contact" in m]


def test_a_short_line_is_not_graded_on_its_own(filing: FilingDetails) -> None:
    """The grade formula needs length to mean anything: a thirteen-word delivery line that
    reads at grade 10 by formula is not a finding (it still counts in the notice's grade)."""
    short = "We have sent this notice by e-mail to every holder of eligible options."
    score = readability([short])
    assert score.grade > plain_rules().grade and score.words < plain_rules().graded_paragraph
    amendment = lowered(dataclasses.replace(filing, notice_delivery=short))
    assert not [m for m in grade_findings(amendment) if "delivery" in m]
    amendment.change_items[0].set_plain_summary("Eligibility determinations necessarily vary.")
    assert not [m for m in grade_findings(amendment) if m.startswith("item A")]
