"""Amendment No. 1's exhibit index lists the statement's exhibits filed before it (the offer
document and the form holders return) as "Previously filed", beside its own: no earlier
amendment can be missing from the project, so the list is whole."""

from __future__ import annotations

import dataclasses

from amendtool.core.amendment import draft_amendment
from amendtool.core.checks import run_checks
from amendtool.core.filing import load_filing
from amendtool.core.filing_document import schedule_to_blocks
from amendtool.core.layout import Role, plain_text
from amendtool.core.series import Series
from amendtool.io.load import load_document
from tests.conftest import SAMPLES


def rows(blocks: list) -> list[tuple[str, ...]]:  # type: ignore[type-arg]
    return [tuple(b.cells) for b in blocks if b.role is Role.TABLE_ROW and b.document == "filing"]


def test_amendment_no_1_lists_the_statements_exhibits_as_previously_filed() -> None:
    original = load_document(SAMPLES / "offer-to-exchange.docx")
    revised = load_document(SAMPLES / "offer-to-exchange-revised.docx")
    filing = load_filing(SAMPLES / "filing.toml")
    assert filing.amendment_number == 1
    for amendment in (
        draft_amendment(original, revised, filing),  # a project of one amendment
        _first_of_series(original, revised, filing),
    ):
        blocks = schedule_to_blocks(amendment)
        index = rows(blocks)
        assert [r[0] for r in index] == ["(a)(1)*", "(a)(3)*", "(a)(6)"]
        assert index[0][1].startswith("Offer to Exchange, dated March 26, 2026")
        assert "Notice of Amendment to Offer to Exchange" in index[2][1]
        assert "* Previously filed." in plain_text(blocks)


def test_amendment_no_1_numbering_its_notice_as_a_filed_exhibit_is_an_error() -> None:
    original = load_document(SAMPLES / "offer-to-exchange.docx")
    revised = load_document(SAMPLES / "offer-to-exchange-revised.docx")
    filing = dataclasses.replace(load_filing(SAMPLES / "filing.toml"), notice_exhibit="(a)(3)")
    findings = run_checks(draft_amendment(original, revised, filing))
    assert [f for f in findings if f.code == "series_exhibit" and "(a)(3)" in f.message]


def _first_of_series(original, revised, filing):  # type: ignore[no-untyped-def]
    series = Series(original)
    series.draft(revised, filing)
    return series.amendment(0)
