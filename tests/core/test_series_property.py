"""Random series of amendments: each drafted from the offer as amended by the earlier ones,
the whole series applied to the original gives the last revision, and every item cites
what an earlier amendment did through that amendment."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from amendtool.core.apply import TextDocument, apply_items
from amendtool.core.filing import load_filing
from amendtool.core.series import Series
from tests.conftest import SAMPLES
from tests.core.test_roundtrip_property import EXAMPLES, Spec, documents, edit
from tests.support.builders import doc

FILING = load_filing(SAMPLES / "filing.toml")
DOUBLED_PAGE = re.compile(r"on page \S+ on page")


@st.composite
def series_specs(draw: st.DrawFn) -> list[Spec]:
    """The original, then the offer as each of two to three amendments leaves it."""
    specs = [draw(documents())]
    for _ in range(draw(st.integers(2, 3))):
        revised = specs[-1]
        for _ in range(draw(st.integers(1, 4))):
            revised = draw(edit(revised))
        specs.append(revised)
    return specs


@settings(
    max_examples=max(EXAMPLES // 4, 20),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(series_specs())
def test_a_random_series_applied_to_the_original_gives_the_last_revision(
    specs: list[Spec],
) -> None:
    original = doc(specs[0])
    series = Series(original)
    for number, spec in enumerate(specs[1:], start=1):
        filing = dataclasses.replace(
            FILING, amendment_number=number, amendment_date=dt.date(2026, 4, number)
        )
        series.draft(doc(spec), filing)
    items = [item for amendment in series.amendments for item in amendment.items]
    final = apply_items(TextDocument.from_document(original), items)
    last = TextDocument.from_document(doc(specs[-1]))
    # the product's own invariant, as check applies it: a paragraph broken only inside a
    # sentence and joined again is layout, kept, never an item
    assert final.same_text(last), (final.comparable(), last.comparable())
    for index, entry in enumerate(series.amendments):
        base = TextDocument.from_document(series.base(index))
        applied = apply_items(base, entry.items)
        revised = TextDocument.from_document(doc(specs[index + 1]))
        assert applied.same_text(revised), (applied.comparable(), revised.comparable())
        amendment = series.amendment(index)
        assert amendment is not None
        for item in amendment.change_items:
            text = amendment.filing_instruction(item)
            loc = item.locator
            assert not DOUBLED_PAGE.search(text), text
            assert all(n < entry.number for n in loc.amended_by)
            if loc.inserted_by is not None:
                assert loc.inserted_by < entry.number
                named = f"Amendment No. {loc.inserted_by}"
                assert named in text, text
            for n in loc.amended_by:
                # an insertion stands beside what it follows, which it does not change
                if item.kind.value not in ("insert_paragraph", "insert_table", "insert_row"):
                    assert f"Amendment No. {n}" in text, text
