"""The outline check reads the revised draft for the sections the items delete once, and not
at all when no item deletes one (most amendments): it read every paragraph of a 300-page
revision twice, folding its spaces, to find sections no item deleted. Counted, not timed."""

from __future__ import annotations

import pytest

from amendtool.core import outline_checks
from amendtool.core.amendment import draft_amendment
from amendtool.core.filing import load_filing
from amendtool.core.items import ItemKind
from tests.conftest import SAMPLES
from tests.core.test_deleted_section_not_lost import SECTION_2, offer
from tests.support.builders import doc


def _amendment(three: bool):  # type: ignore[no-untyped-def]
    revised_two = [SECTION_2[0].replace("completed", "signed")]
    return draft_amendment(
        doc(offer(SECTION_2)),
        doc(offer(revised_two, three=three)),
        load_filing(SAMPLES / "filing.toml"),
    )


def _counted(monkeypatch: pytest.MonkeyPatch, amendment) -> list[int]:  # type: ignore[no-untyped-def]
    reads = [0]
    paragraphs = amendment.revised.paragraphs

    def counted():  # type: ignore[no-untyped-def]
        reads[0] += 1
        return paragraphs()

    monkeypatch.setattr(amendment.revised, "paragraphs", counted)
    return reads


def test_no_section_deleted_reads_no_paragraph_for_one(monkeypatch: pytest.MonkeyPatch) -> None:
    amendment = _amendment(three=True)
    assert ItemKind.DELETE_SECTION not in {i.kind for i in amendment.change_items}
    reads = _counted(monkeypatch, amendment)
    items = amendment.change_items
    assert (
        outline_checks.deleted_numbers(amendment.original, amendment.revised, items) == frozenset()
    )
    assert reads[0] == 0


def test_the_deleted_sections_are_worked_out_once(monkeypatch: pytest.MonkeyPatch) -> None:
    amendment = _amendment(three=False)
    assert ItemKind.DELETE_SECTION in {i.kind for i in amendment.change_items}
    calls = [0]
    deleted_numbers = outline_checks.deleted_numbers

    def counted(*args):  # type: ignore[no-untyped-def]
        calls[0] += 1
        return deleted_numbers(*args)

    monkeypatch.setattr(outline_checks, "deleted_numbers", counted)
    found = outline_checks.outline_findings(
        amendment.original, amendment.revised, amendment.change_items
    )
    assert found == [] and calls[0] == 1
    assert deleted_numbers(amendment.original, amendment.revised, amendment.change_items) == {3}
