"""Each offer of the corpus read for its own name of what it gives: counsel's word in
filing.toml is kept wherever the offer uses it, and a filing.toml left at "New Options"
for an offer that defines another term (an RSU exchange's "RSUs", "New RSUs") has the notice
say the offer's term, and the check warn."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from amendtool.core.amendment import draft_amendment
from amendtool.core.notice_document import offer_terms
from amendtool.core.offer_consideration import consideration_named, offer_consideration
from amendtool.core.wording_checks import check_terms
from tests.corpus.test_corpus import CASES, drafted


@pytest.fixture(scope="session")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("corpus-consideration")


@pytest.mark.parametrize("name", CASES)
def test_counsels_word_for_the_consideration_is_kept(name: str, scratch: Path) -> None:
    original, _, amendment = drafted(name, scratch)
    assert consideration_named(amendment.filing, original) == amendment.filing.consideration
    assert offer_terms(amendment)["consideration"] == amendment.filing.consideration


@pytest.mark.parametrize("name", CASES)
def test_a_consideration_copied_from_an_option_exchange_is_named_as_the_offer_names_it(
    name: str, scratch: Path
) -> None:
    original, revised, amendment = drafted(name, scratch)
    theirs = offer_consideration(original, amendment.filing.tendered)
    copied = dataclasses.replace(amendment.filing, consideration="New Options")
    amendment = draft_amendment(original, revised, copied)
    said = offer_terms(amendment)["consideration"]
    warned = [f for f in check_terms(amendment) if "offer.consideration" in f.message]
    if theirs is None or theirs == "New Options":
        assert said == "New Options"
    else:
        assert said == theirs
        assert warned and f'"{theirs}"' in warned[0].message
