"""A project saved before the sentence reader changed (it counted a trailing "(Section 3)"
as a sentence of its own) holds items whose places no longer resolve in their own texts.
On opening, such a draft's items are read again from its own original and draft (the texts
are the truth, the places are derived), counsel's decisions stay with their changes, and
one line says so; export no longer refuses with "locator does not resolve"."""

from __future__ import annotations

from pathlib import Path

from amendtool.core.checks import check_consistency
from amendtool.core.items import Materiality
from amendtool.io.project_file import load_project
from tests.support.counted_before import REASON, WORDING, counted_before


def test_an_item_counted_by_the_earlier_reader_is_read_again_with_its_decisions(
    example_filing_toml: Path, tmp_path: Path
) -> None:
    path = tmp_path / "counted-before.amend"
    amendment = counted_before(example_filing_toml, path)
    opened = load_project(path)
    assert check_consistency(opened.original, opened.revised, opened.items) == []
    [again] = opened.items
    assert again.locator.sentence == 2 and again.locator.sentence_count == 3
    assert again.materiality is Materiality.CONSIDERATION and again.counsel_materiality
    assert again.counsel_reason == REASON
    assert again.filing_override == WORDING and again.override_basis == again.substance()
    [line] = [n for n in opened.notices if "read again" in n]
    assert f"Amendment No. {amendment.filing.amendment_number}:" in line and "decisions" in line
