"""A project re-saved by an editor as UTF-16 or UTF-32 ("Unicode" in Notepad, with or without
its byte-order mark) is intact: it opens as saved, with a note of how it was read, as a
Windows-1252 project does; it is never called damaged."""

from __future__ import annotations

from pathlib import Path

import pytest

from amendtool.io.project_file import load_project, save_project
from tests.io.test_project_file import ORIGINAL, project


@pytest.mark.parametrize(
    ("codec", "named"),
    [("utf-16", "UTF-16"), ("utf-16-le", "UTF-16"), ("utf-16-be", "UTF-16"), ("utf-32", "UTF-32")],
)
def test_a_project_saved_as_utf16_or_utf32_opens_with_a_note(
    tmp_path: Path, codec: str, named: str
) -> None:
    path = tmp_path / "p.amend"
    save_project(project(), path)
    path.write_bytes(path.read_text(encoding="utf-8").encode(codec))
    loaded = load_project(path)
    assert loaded.original == ORIGINAL  # "Halvorsen Networks, Inc. — … “Eligible Options”."
    [note] = [n for n in loaded.notices if named in n]
    assert "p.amend" in note and "damaged" not in note
