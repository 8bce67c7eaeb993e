"""The check for a changed term still stated elsewhere reads the offer once, however many
terms the revision changes: it read every sentence of the offer again for each term, and a
revision with sections rewritten, full of figures, changes dozens. Counted, not timed."""

from __future__ import annotations

from pathlib import Path

import pytest

from amendtool.core import stale_terms
from amendtool.core.amendment import draft_amendment
from amendtool.core.filing import FilingDetails
from amendtool.core.stated_values import StatedValues
from tests.core.test_stale_terms import THRESHOLD
from tests.support.april_filing import april_filing
from tests.support.builders import Spec, doc

FILLER = [f"Paragraph {n} of the offer describes the procedures in words." for n in range(40)]


def _offer(prices: list[str]) -> Spec:
    return [
        ("", ["Halvorsen offers to exchange options.", THRESHOLD.format("$20.00")]),
        ("1. Eligibility", [THRESHOLD.format(p) for p in prices]),
        ("2. Procedures", FILLER),
    ]


@pytest.fixture
def filing(example_filing_toml: Path) -> FilingDetails:
    return april_filing(example_filing_toml, "the offer to exchange options")


def _read(filing: FilingDetails, monkeypatch: pytest.MonkeyPatch, terms: int) -> tuple[int, int]:
    old = [f"${20 + n}.00" for n in range(terms)]
    new = [f"${30 + n}.50" for n in range(terms)]
    amendment = draft_amendment(doc(_offer(old)), doc(_offer(new)), filing)
    made: list[StatedValues] = []
    calls = 0
    states = stale_terms._states

    def counted(*args, **kwargs):  # type: ignore[no-untyped-def]
        nonlocal calls
        calls += 1
        return states(*args, **kwargs)

    class Counted(StatedValues):
        def __post_init__(self) -> None:
            made.append(self)

    monkeypatch.setattr(stale_terms, "_states", counted)
    monkeypatch.setattr(stale_terms, "StatedValues", Counted)
    found = stale_terms.check_stale_terms(amendment)
    assert any("$20.00" in f.message for f in found), found  # the cover still states it
    return sum(s.paragraphs_read for s in made), calls


def test_the_offer_is_read_once_for_every_term_changed(
    filing: FilingDetails, monkeypatch: pytest.MonkeyPatch
) -> None:
    paragraphs = len(FILLER) + 8
    one = _read(filing, monkeypatch, 1)
    six = _read(filing, monkeypatch, 6)
    assert one[0] <= paragraphs and six[0] == one[0], (one, six)
    assert six[1] <= 6 * 2, six  # each term reads the paragraphs stating its old value
