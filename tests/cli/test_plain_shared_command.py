"""`amendtool plain` on an item of a group that shares one notice paragraph (tester08
finding 6): it says which items share it, and counsel's paragraph written on another of
them is replaced, said so, never kept unprinted."""

from __future__ import annotations

from pathlib import Path

from amendtool.core.amendment import draft_amendment
from amendtool.io.project_file import Project, save_project
from tests.cli.test_plain_command import amendtool
from tests.core.test_plain_shared_paragraph import COVERS, OFFER, SECTION_WORDS
from tests.support.builders import doc
from tests.support.plain import plain_filing, revised


def test_plain_writes_the_paragraph_of_every_item_sharing_it(
    tmp_path: Path, example_filing_toml: Path
) -> None:
    new = revised(revised(OFFER, "$20.00", "$17.50"), "Directors", "Officers")
    drafted = draft_amendment(doc(OFFER), doc(new), plain_filing(example_filing_toml))
    project = tmp_path / "shared.amend"
    save_project(Project(drafted.original, drafted.revised, drafted.items, drafted.filing), project)
    first = amendtool("plain", str(project), "A", "--text", COVERS)
    assert first.returncode == 0, first.stderr
    assert "item A: it is the notice's one paragraph on items A, B and C" in first.stdout
    checked = amendtool("check", str(project))
    assert "placeholder" not in checked.stderr, checked.stderr
    second = amendtool("plain", str(project), "C", "--text", SECTION_WORDS)
    assert "(it replaces counsel's paragraph on item A)" in second.stdout, second.stdout
    checked = amendtool("check", str(project))
    assert "is not printed" not in checked.stderr, checked.stderr
