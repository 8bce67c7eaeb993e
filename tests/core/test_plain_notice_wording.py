"""The plain notice's own sentences: a date is named by its sentence's subject ("The
settlement date is expected to be …"), never left for counsel to name; a bound on a number
of securities is said as "the maximum number of …", never "The maximum Eligible RSUs is now
…"; and an offer whose cover prints its deadline in capitals ("ON JULY 10, 2026") is
answered "Yes. The deadline is still …", as any other offer whose deadline stays."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from amendtool.core.filing import load_filing
from amendtool.core.plain_answers import deadline_answer
from amendtool.core.plain_facts import fact_changes
from amendtool.core.plain_review import review
from tests.support.materiality import amended

OLD = (
    "Lakeshore is offering to purchase for cash up to 1,200,000 outstanding restricted stock "
    'units (the "Eligible RSUs") held by eligible employees.'
)


def test_a_bound_on_securities_is_said_as_a_number_of_them() -> None:
    [change] = fact_changes(OLD, OLD.replace("1,200,000", "1,500,000"))[0]
    assert change.label == "maximum number of Eligible RSUs"


def test_a_deadline_printed_in_capitals_is_still_the_deadline(example_filing_toml: Path) -> None:
    filing = dataclasses.replace(
        load_filing(example_filing_toml), notice_style="plain", notice_explanation=""
    )
    moment = filing.expiration_local
    legend = (
        f"THE OFFER EXPIRES AT {moment:%-I:%M} P.M., EASTERN TIME, ON {moment:%B}".upper()
        + f" {moment.day}, {moment.year}, UNLESS THE OFFER IS EXTENDED."
    )
    amendment = amended(
        filing, "1. Eligibility", [OLD], [OLD.replace("for cash", "in cash")], legend
    )
    assert deadline_answer(amendment).startswith("Yes. The deadline is still")


def test_a_date_is_named_by_the_subject_its_sentence_gives_it() -> None:
    old = "The settlement date is expected to be August 18, 2026."
    [change] = fact_changes(old, old.replace("August 18", "August 20"))[0]
    assert (change.label, change.specific) == ("settlement date", True)


def test_the_passive_voice_warning_names_the_passive_words() -> None:
    """A long sentence whose opening is active says where its passive part is."""
    text = (
        "These amendments do not change the material terms of the Option Exchange Program "
        "and are intended solely to clarify our disclosure."
    )
    [problem] = [p for p in review([text]) if p.kind == "passive"]
    assert problem.message.startswith("passive voice (“are intended”): “These amendments")


def test_an_amount_of_the_companys_finances_is_named_by_what_it_is_of() -> None:
    old = "As of March 31, 2026, the Company had $1.2 billion of total indebtedness."
    changes = fact_changes(old, old.replace("1.2 billion", "1.3 billion"))[0]
    assert [(c.label, c.specific) for c in changes] == [("total indebtedness", True)]
