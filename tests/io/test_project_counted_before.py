"""A project saved before the sentence reader changed (it counted a trailing "(Section 3)"
as a sentence of its own) holds items whose places no longer resolve in their own texts.
On opening, such a draft's items are read again from its own original and draft (the texts
are the truth, the places are derived), counsel's decisions stay with their changes, and
one line says so; export no longer refuses with "locator does not resolve"."""

from __future__ import annotations

from pathlib import Path

from amendtool.core.amendment import draft_amendment
from amendtool.core.checks import check_consistency
from amendtool.core.filing import load_filing
from amendtool.core.items import Materiality
from amendtool.io.project_file import Project, load_project, save_project
from tests.support.builders import doc

FRONT = ("", ["Halverton offers to exchange options for new options."])
OLD = "We may extend the offer. You may withdraw at any time. The offer is voluntary."
NEW = "We may extend the offer. You may withdraw until the offer ends. The offer is voluntary."
WORDING = "The second sentence of Section 1 is replaced as follows:"


def test_an_item_counted_by_the_earlier_reader_is_read_again_with_its_decisions(
    example_filing_toml: Path, tmp_path: Path
) -> None:
    original = doc([FRONT, ("1. Withdrawal Rights", [OLD])])
    revised = doc([FRONT, ("1. Withdrawal Rights", [NEW])])
    amendment = draft_amendment(original, revised, load_filing(example_filing_toml))
    [item] = amendment.items
    assert item.locator.sentence == 2 and item.locator.sentence_count == 3
    # as the earlier reader counted it: one sentence more before the change, and counsel's
    # decisions recorded for the change so counted
    item.locator.sentence, item.locator.sentence_count = 3, 4
    item.choose_materiality(Materiality.CONSIDERATION, "counsel's reason")
    item.set_overrides(WORDING, None)
    assert check_consistency(original, revised, [item])  # it does not resolve
    path = tmp_path / "counted-before.amend"
    save_project(Project(original, revised, [item], amendment.filing), path)

    opened = load_project(path)
    assert check_consistency(opened.original, opened.revised, opened.items) == []
    [again] = opened.items
    assert again.locator.sentence == 2 and again.locator.sentence_count == 3
    assert again.materiality is Materiality.CONSIDERATION and again.counsel_materiality
    assert again.counsel_reason == "counsel's reason"
    assert again.filing_override == WORDING and again.override_basis == again.substance()
    [line] = [n for n in opened.notices if "read again" in n]
    assert f"Amendment No. {amendment.filing.amendment_number}:" in line and "decisions" in line
