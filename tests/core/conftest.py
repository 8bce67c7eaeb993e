"""Fixtures the core's work-counting tests share."""

from __future__ import annotations

import dataclasses
import difflib
from collections import Counter
from pathlib import Path

import pytest

from amendtool.core.amendment import Amendment, draft_amendment
from amendtool.core.filing import load_filing
from amendtool.io.load import load_document
from tests.conftest import SAMPLES


@pytest.fixture(scope="module")
def plain_sample(example_filing_toml: Path) -> Amendment:
    """The sample pair drafted with the example filing's details and the plain notice."""
    details = load_filing(example_filing_toml)
    return draft_amendment(
        load_document(SAMPLES / "offer-to-exchange.docx"),
        load_document(SAMPLES / "offer-to-exchange-revised.docx"),
        dataclasses.replace(details, notice_style="plain"),
    )


@pytest.fixture
def searched(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """The units difflib looks through for a longest match, over all its searches."""
    seen: Counter[str] = Counter()
    find = difflib.SequenceMatcher.find_longest_match

    def counted(self, alo=0, ahi=None, blo=0, bhi=None):  # type: ignore[no-untyped-def]
        ahi = len(self.a) if ahi is None else ahi
        seen["units"] += ahi - alo
        return find(self, alo, ahi, blo, bhi)

    monkeypatch.setattr(difflib.SequenceMatcher, "find_longest_match", counted)
    return seen
