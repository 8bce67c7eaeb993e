"""Two projects in one folder propose the same export folder for the same amendment number
and date: the second project's export never replaces the first one's files without a word.
The folder's manifest names the project that wrote it, by the identity saved in the project
file, so the project's own re-export (the app exports through a temporary copy of it) is
written again."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from amendtool.core.amendment import draft_amendment
from amendtool.core.filing import load_filing
from amendtool.io.load import load_document
from amendtool.io.output_set import read_manifest
from amendtool.io.project_file import Project, load_project, save_project
from amendtool.io.publish import publish
from amendtool.io.safe_write import WriteError
from tests.conftest import SAMPLES
from tests.support.series_cli import filing_toml, run


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> Project:
    """The sample's amendment, its notice in the precedent's form (nothing left to write)."""
    original = load_document(SAMPLES / "offer-to-exchange.txt")
    revised = load_document(SAMPLES / "offer-to-exchange-revised.txt")
    filing = load_filing(filing_toml(tmp_path_factory.mktemp("filing") / "filing.toml"))
    amendment = draft_amendment(original, revised, filing)
    return Project(original, revised, amendment.items, filing)


def _project(drafted: Project, path: Path) -> Path:
    """A project of its own (a new identity) holding the drafted amendment."""
    project = Project(drafted.original, drafted.revised, drafted.items, drafted.filing)
    save_project(project, path)
    return path


def _export(capsys: pytest.CaptureFixture[str], project: Path, out: Path) -> tuple[int, str]:
    status, _, err = run(capsys, "export", project, "--out", out, "--only", "items.json", "--force")
    return status, err


def test_another_projects_export_is_refused_in_one_line_and_left_as_it_was(
    capsys: pytest.CaptureFixture[str], drafted: Project, tmp_path: Path
) -> None:
    first = _project(drafted, tmp_path / "g1.amend")
    second = _project(drafted, tmp_path / "g4.amend")
    out = tmp_path / "Amendment No. 1 (2026-03-05)"
    assert _export(capsys, first, out) == (0, "")
    assert read_manifest(out)["project"] == load_project(first).series.identity
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    status, err = _export(capsys, second, out)
    assert status == 2
    [line] = err.strip().splitlines()
    assert "another project" in line and "new folder" in line, line
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_a_projects_own_folder_is_written_again_through_a_temporary_copy(
    capsys: pytest.CaptureFixture[str], drafted: Project, tmp_path: Path
) -> None:
    project = _project(drafted, tmp_path / "g1.amend")
    out = tmp_path / "out"
    assert _export(capsys, project, out) == (0, "")
    copy = tmp_path / "work" / "export.amend"  # as the app exports: a copy of the project
    copy.parent.mkdir()
    save_project(load_project(project), copy)
    status, err = _export(capsys, copy, out)
    assert status == 0, err


def test_a_project_saved_before_projects_had_an_identity_exports_again(
    capsys: pytest.CaptureFixture[str], drafted: Project, tmp_path: Path
) -> None:
    project = _project(drafted, tmp_path / "old.amend")
    data = json.loads(project.read_text(encoding="utf-8"))
    del data["identity"]
    project.write_text(json.dumps(data), encoding="utf-8")
    out = tmp_path / "out"
    assert _export(capsys, project, out) == (0, "")
    status, err = _export(capsys, project, out)
    assert status == 0, err


def test_outputs_of_no_project_or_another_are_never_published_over_a_projects(
    tmp_path: Path,
) -> None:
    out = tmp_path / "out"
    publish(out, {"items.json": b"ours"}, {"items.json"}, owner="a1")
    for other in ("b2", None):
        with pytest.raises(WriteError, match="another project"):
            publish(out, {"items.json": b"theirs"}, {"items.json"}, owner=other)
    assert (out / "items.json").read_bytes() == b"ours"
    publish(out, {"items.json": b"again"}, {"items.json"}, owner="a1")
    assert (out / "items.json").read_bytes() == b"again"
