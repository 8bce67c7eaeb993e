"""A path whose bytes are not UTF-8 (a Linux file or folder name from another system) is a
path like any other: the project that records it (its original, its outputs' folder) saves,
opens and finds the file again, with no internal error."""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from documents import exportable_filing, text_pair

from amendtool import cli
from amendtool.io.project_file import load_project


def test_a_project_records_paths_that_are_not_utf8_and_finds_them_again(tmp_path: Path) -> None:
    original, revised = text_pair(tmp_path)
    odd = Path(os.fsdecode(os.fsencode(tmp_path) + b"/offer-\xff\xfe.txt"))
    original.rename(odd)
    out = Path(os.fsdecode(os.fsencode(tmp_path) + b"/out-\xe9"))
    project = tmp_path / "p.amend"
    argv = ["draft", str(odd), str(revised), "--filing", str(exportable_filing(tmp_path))]
    assert cli.main([*argv, "--out", str(out), "--project", str(project)]) == 0
    project.read_bytes().decode("utf-8")  # the project is UTF-8 text
    loaded = load_project(project)
    assert loaded.original.source == str(odd)
    assert loaded.current.outputs["folder"] == str(out.resolve())
    assert cli.main(["check", str(project)]) == 0
    assert cli.main(["export", str(project), "--out", str(out)]) == 0
