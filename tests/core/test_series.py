"""A series of amendments: each drafted from the offer as amended by the earlier ones, citing
the offer as filed, and text an earlier amendment put in through that amendment."""

from __future__ import annotations

import pytest

from amendtool.core.apply import TextDocument, apply_items
from amendtool.core.filing_document import schedule_to_blocks
from amendtool.core.layout import Role, plain_text
from amendtool.core.model import Document
from amendtool.core.series import LockedError, Series
from tests.support.series import EXHIBIT, SECTION_17, three_amendments


@pytest.fixture(scope="module")
def three() -> tuple[Series, list[Document]]:
    return three_amendments()


def instructions(series: Series, index: int) -> list[str]:
    amendment = series.amendment(index)
    assert amendment is not None
    return [amendment.filing_instruction(i) for i in amendment.change_items]


def test_each_item_cites_the_offer_as_filed_or_through_the_amendment_that_put_it_in(
    three: tuple[Series, list[Document]],
) -> None:
    series, _ = three
    first = instructions(series, 0)
    assert (
        f"The following paragraph has been inserted immediately after the first paragraph in "
        f"{SECTION_17} on page 30{EXHIBIT}:"
    ) in first
    assert instructions(series, 1) == [
        f"The paragraph inserted by Amendment No. 1 immediately after the first paragraph in "
        f"{SECTION_17} on page 30{EXHIBIT} has been deleted in its entirety and has been "
        "replaced with the following:"
    ]
    assert instructions(series, 2) == [
        f"The second sentence of the first paragraph in {SECTION_17} on page 30{EXHIBIT}, as "
        "amended by Amendment No. 1, has been deleted in its entirety."
    ]
    notice = series.amendment(2)
    assert notice is not None
    assert notice.notice_instruction(notice.change_items[0]) == (
        f"The second sentence of the first paragraph in {SECTION_17} on page 30, as amended by "
        "Amendment No. 1, has been deleted in its entirety."
    )


def test_the_whole_series_applied_to_the_original_gives_the_final_text(
    three: tuple[Series, list[Document]],
) -> None:
    series, documents = three
    items = [item for amendment in series.amendments for item in amendment.items]
    final = apply_items(TextDocument.from_document(documents[0]), items)
    assert final.same_text(TextDocument.from_document(documents[3]))
    for index, amendment in enumerate(series.amendments):
        # each amendment takes the offer as amended before it to its own revision
        base = TextDocument.from_document(series.base(index))
        assert apply_items(base, amendment.items).same_text(
            TextDocument.from_document(documents[index + 1])
        )


def test_the_introduction_names_the_earlier_amendments_with_their_dates(
    three: tuple[Series, list[Document]],
) -> None:
    series, _ = three
    amendment = series.amendment(2)
    assert amendment is not None
    opening = next(
        b.text for b in schedule_to_blocks(amendment) if b.text.startswith("This Amendment No. 3")
    )
    assert (
        "filed with the Securities and Exchange Commission on March 26, 2026, as amended by "
        "Amendment No. 1 filed on April 4, 2026 and Amendment No. 2 filed on April 7, 2026, by "
        "Halvorsen Networks, Inc."
    ) in opening


def test_the_exhibit_index_lists_every_exhibit_earlier_ones_as_previously_filed(
    three: tuple[Series, list[Document]],
) -> None:
    series, _ = three
    amendment = series.amendment(2)
    assert amendment is not None
    blocks = schedule_to_blocks(amendment)
    rows = [b.cells for b in blocks if b.role is Role.TABLE_ROW and b.document == "filing"]
    assert [r[0] for r in rows][-5:] == ["(a)(1)*", "(a)(3)*", "(a)(6)*", "(a)(7)*", "(a)(8)"]
    assert "Notice of Amendment to Offer to Exchange dated April 4, 2026." in rows[-3]
    assert "* Previously filed." in plain_text(blocks)


def test_a_filed_amendment_is_locked(three: tuple[Series, list[Document]]) -> None:
    series, documents = three
    assert [a.status.value for a in series.amendments] == ["filed", "filed", "draft"]
    with pytest.raises(LockedError, match=r"Amendment No\. 1 has been filed"):
        series.redraft(0, documents[2])
    series.redraft(2, documents[3])  # the draft may be drafted again


def test_filing_details_out_of_step_with_the_series_are_errors(
    three: tuple[Series, list[Document]],
) -> None:
    import dataclasses
    import datetime as dt

    from amendtool.core.checks import run_checks

    series, _ = three
    entry = series.amendments[2]
    assert entry.filing is not None
    kept = entry.filing
    assert not [f for f in run_checks(series.amendment(2)) if f.code.startswith("series_")]
    entry.filing = dataclasses.replace(kept, amendment_number=4, amendment_date=dt.date(2026, 4, 1))
    try:
        amendment = series.amendment(2)
        assert amendment is not None
        messages = {f.code: f.message for f in run_checks(amendment) if f.severity == "error"}
    finally:
        entry.filing = kept
    assert messages["series_number"].endswith(
        "it follows Amendment No. 2 in this project: set amendment.number = 3"
    )
    assert "dated April 1, 2026, before Amendment No. 2 (April 7, 2026)" in messages["series_date"]


def test_a_section_added_after_one_an_earlier_amendment_added() -> None:
    """No. 1 adds a section; No. 2 adds another before it: the new section is named apart
    from the one No. 1 added, and the series still gives the last revision."""
    import dataclasses
    import datetime as dt

    from amendtool.core.filing import load_filing
    from tests.conftest import SAMPLES
    from tests.support.builders import doc

    first = [("1. Eligibility", ["Options are eligible."]), ("2. Terms", ["The terms apply."])]
    second = [*first, ("3. Miscellaneous", ["We may amend the offer."])]
    third = [
        *first,
        ("3. Tax Matters", ["Consult your advisor."]),
        ("4. Miscellaneous", ["We may amend the offer."]),
    ]
    filing = load_filing(SAMPLES / "filing.toml")
    series = Series(doc(first))
    for number, spec in enumerate([second, third], start=1):
        details = dataclasses.replace(
            filing, amendment_number=number, amendment_date=dt.date(2026, 4, number)
        )
        series.draft(doc(spec), details)
    ids = [s.id for s in series.base(2).sections]
    assert len(ids) == len(set(ids)) == 4
    items = [item for amendment in series.amendments for item in amendment.items]
    final = apply_items(TextDocument.from_document(series.original), items)
    assert final.same_text(TextDocument.from_document(doc(third)))
