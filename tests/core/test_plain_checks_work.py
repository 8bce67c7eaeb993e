"""Checks of the plain notice that read only some paragraphs read only those: the figures
every change replaces are worked out for counsel's own paragraphs (none written, none
read), and whether a paragraph says rights are unchanged only where a change it speaks for
is classed other than clarifying. Work is counted, never timed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from amendtool.core import plain_replaced_values, plain_rights
from amendtool.core.checks import run_checks
from amendtool.core.plain_checks import check_plain_notice
from tests.core.test_plain_rights import _amendment


@pytest.fixture
def read(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[Any]]:
    counted: dict[str, list[Any]] = {"replaced": [], "unchanged": []}
    replaced, unchanged = plain_replaced_values.replaced_values, plain_rights.says_unchanged

    def counting_replaced(items: Any) -> Any:
        counted["replaced"].append(items)
        return replaced(items)

    def counting_unchanged(text: str) -> Any:
        counted["unchanged"].append(text)
        return unchanged(text)

    monkeypatch.setattr(plain_replaced_values, "replaced_values", counting_replaced)
    monkeypatch.setattr(plain_rights, "says_unchanged", counting_unchanged)
    return counted


def test_the_tools_paragraphs_on_clarifying_changes_are_not_read_for_either(
    example_filing_toml: Path, read: dict[str, list[Any]]
) -> None:
    amendment = _amendment(example_filing_toml, "wording-only")
    assert check_plain_notice(amendment) == check_plain_notice(amendment)
    assert read == {"replaced": [], "unchanged": []}


def test_counsels_paragraph_on_a_material_change_is_read_for_both(
    example_filing_toml: Path, read: dict[str, list[Any]]
) -> None:
    amendment = _amendment(example_filing_toml, "threshold-and-words")
    [item] = amendment.change_items
    item.set_plain_summary("The threshold is now 20%. This does not change your rights.")
    assert [f for f in run_checks(amendment) if f.code == plain_rights.CODE]
    assert len(read["replaced"]) == 1 and len(read["unchanged"]) == 1
