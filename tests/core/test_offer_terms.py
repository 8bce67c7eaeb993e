"""The filing's opening paragraph and the notice speak the offer's own language: what is
offered, what holders tender and the form they return come from filing.toml ([offer]
consideration, tendered, transmittal_document), the option-exchange words by default, and
a check says when the original never uses the words configured."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from amendtool.core.amendment import draft_amendment
from amendtool.core.checks import run_checks
from amendtool.core.filing import filing_from_dict
from amendtool.core.filing_document import notice_blocks, schedule_to_blocks
from amendtool.core.filing_fields import named
from amendtool.core.layout import Role
from tests.support.builders import doc

OPTIONS = [
    ("", ["We are offering to exchange Eligible Options for New Options."]),
    (
        "1. Eligibility",
        [
            "You may tender your Eligible Options by returning the Election Form. "
            "The New Options will be granted on the first business day after the offer ends."
        ],
    ),
]
PREFERRED = [
    ("", ["We are offering to purchase for cash any and all of the Shares."]),
    (
        "1. Terms of the Offer",
        [
            "Holders may tender Shares by delivering a Letter of Transmittal. We will pay the "
            "Purchase Price promptly after the expiration date."
        ],
    ),
]
PREFERRED_TERMS = {
    "consideration": "Purchase Price",
    "tendered": "Shares",
    "transmittal_document": "Letter of Transmittal",
}


@pytest.fixture
def data(example_filing_toml: Path) -> dict[str, Any]:
    return tomllib.loads(example_filing_toml.read_text())


def texts(data: dict[str, Any], spec: list[tuple[str, list[str]]]) -> tuple[str, str, list]:  # type: ignore[type-arg]
    filing = filing_from_dict(data)
    revised = [
        (h, [p.replace("promptly", "within three business days") for p in ps]) for h, ps in spec
    ]
    amendment = draft_amendment(doc(spec), doc(revised), filing)
    opening = next(
        b.text
        for b in schedule_to_blocks(amendment)
        if b.role is Role.BODY and b.text.startswith("This Amendment")
    )
    notice = " ".join(b.text for b in notice_blocks(amendment))
    return opening, notice, run_checks(amendment)


def test_the_defaults_are_the_option_exchange_words(data: dict[str, Any]) -> None:
    filing = filing_from_dict(data)
    assert (filing.consideration, filing.tendered, filing.transmittal_document) == (
        "New Options",
        "Eligible Options",
        "Election Form",
    )
    opening, notice, findings = texts(data, OPTIONS)
    assert "The New Options will be granted upon the terms and subject to the conditions" in opening
    assert 'the related election form (the "Election Form" and, together with' in opening
    assert "the deadline for submitting your Election Form in the" in notice
    assert [f for f in findings if f.code == "terms"] == []


def test_a_preferred_stock_tender_speaks_of_its_own_terms(data: dict[str, Any]) -> None:
    data["offer"].update(PREFERRED_TERMS)
    data["offer"]["description"] = (
        "the offer by the Company to purchase for cash any and all of its Series A Preferred "
        'Stock (the "Shares")'
    )
    opening, notice, findings = texts(data, PREFERRED)
    assert "The Purchase Price will be paid upon the terms and subject to the conditions" in opening
    assert '(the "Letter of Transmittal" and, together with' in opening
    assert "your Letter of Transmittal" in notice
    for text in (opening, notice):
        assert "Election Form" not in text and "New Options" not in text
    assert [f for f in findings if f.code == "terms"] == []


def test_an_rsu_exchange_grants_its_own_awards(data: dict[str, Any]) -> None:
    data["offer"].update({"consideration": "New RSUs", "tendered": "Eligible RSUs"})
    filing = filing_from_dict(data)
    assert filing.consideration == "New RSUs"
    amendment = draft_amendment(doc(OPTIONS), doc(OPTIONS), filing)
    opening = " ".join(b.text for b in schedule_to_blocks(amendment))
    assert "The New RSUs will be granted upon the terms" in opening


def test_defaults_the_original_never_uses_refuse_export(data: dict[str, Any]) -> None:
    # the option-exchange defaults, left in place for a preferred-stock tender: the opening
    # and the notice would grant "New Options" against an "Election Form"; an error
    for key in ("consideration", "tendered", "transmittal_document"):
        data["offer"].pop(key, None)
    _, _, findings = texts(data, PREFERRED)
    terms = [f for f in findings if f.code == "terms"]
    assert terms and all(f.severity == "error" for f in terms)
    message = " ".join(f.message for f in terms)
    for key, value in (
        ("consideration", "New Options"),
        ("tendered", "Eligible Options"),
        ("transmittal_document", "Election Form"),
    ):
        # named as the form labels the field, its filing.toml key in brackets
        assert f'{named("offer", key)} "{value}"' in message


def test_the_terms_are_written_back_to_filing_toml(data: dict[str, Any]) -> None:
    data["offer"].update(PREFERRED_TERMS)
    written = filing_from_dict(data).to_toml_dict()["offer"]
    assert {k: written[k] for k in PREFERRED_TERMS} == PREFERRED_TERMS


def test_a_term_counsel_set_that_the_original_never_uses_is_a_warning(
    data: dict[str, Any],
) -> None:
    data["offer"].update(PREFERRED_TERMS | {"consideration": "Offer Price"})
    _, _, findings = texts(data, PREFERRED)
    terms = [f for f in findings if f.code == "terms"]
    assert [f.severity for f in terms] == ["warning"]
    assert f'{named("offer", "consideration")} "Offer Price"' in terms[0].message


def test_defaults_left_out_stay_out_when_written_back(data: dict[str, Any]) -> None:
    for key in ("consideration", "tendered", "transmittal_document"):
        data["offer"].pop(key, None)
    written = filing_from_dict(data).to_toml_dict()["offer"]
    assert "consideration" not in written and "transmittal_document" not in written
    assert filing_from_dict(data).consideration == "New Options"
