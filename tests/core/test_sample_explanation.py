"""The bundled sample says of its own changes what they are: its notice's explanation does
not call material changes clarifying; and an explanation that does is warned about, item by
item, whatever words it uses to say so."""

from __future__ import annotations

import dataclasses

import pytest

from amendtool.core.amendment import Amendment, draft_amendment
from amendtool.core.checks import run_checks
from amendtool.core.filing import load_filing
from amendtool.core.items import Materiality
from amendtool.io.load import load_document
from tests.conftest import SAMPLES


@pytest.fixture(scope="module")
def sample() -> Amendment:
    return draft_amendment(
        load_document(SAMPLES / "offer-to-exchange.docx"),
        load_document(SAMPLES / "offer-to-exchange-revised.docx"),
        load_filing(SAMPLES / "filing.toml"),
    )


def test_the_sample_explanation_agrees_with_its_items(sample: Amendment) -> None:
    material = [i for i in sample.change_items if i.materiality is not Materiality.CLARIFYING]
    assert material, "the sample no longer has a material change to explain"
    assert [f.message for f in run_checks(sample) if f.code == "explanation"] == []
    assert sample.filing.notice_explanation, "the sample's notice explains nothing"


@pytest.mark.parametrize(
    "explanation",
    [
        "These amendments are intended solely to clarify ambiguities in the offer.",
        "These amendments do not change the material terms of the program.",
        "The changes below are clarifying changes only.",
        "These amendments do not materially change the offer.",
        "The changes are non-substantive and made for clarification purposes.",
        "These changes are technical in nature.",
    ],
)
def test_an_explanation_that_says_only_clarify_is_warned_about_for_each_material_item(
    sample: Amendment, explanation: str
) -> None:
    filing = dataclasses.replace(sample.filing, notice_explanation=explanation)
    amendment = dataclasses.replace(sample, filing=filing)
    warned = [f.item for f in run_checks(amendment) if f.code == "explanation"]
    material = [
        index
        for index, item in enumerate(amendment.change_items)
        if item.materiality is not Materiality.CLARIFYING
    ]
    assert warned == material and all(f is not None for f in warned)
