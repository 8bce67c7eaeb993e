"""The redline and the conformed copy are part of the set: a change the original's Word file
cannot carry is an error of `check`, and `export` refuses (exit 1, one line, nothing new in
DIR) rather than finish without them."""

from __future__ import annotations

from pathlib import Path

import pytest

from amendtool.io.redline_pieces import RedlineError
from tests.io.test_word_list_redline import CLAUSES, _styled
from tests.support.series_cli import filing_toml, run

CHANGED = [CLAUSES[0], "any change occurs that is significant to us; or", CLAUSES[2]]


def _drafted(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    original = _styled(tmp_path / "original.docx", CLAUSES)
    revised = _styled(tmp_path / "revised.docx", CHANGED)
    filing = filing_toml(tmp_path / "filing.toml")
    project = tmp_path / "p.amend"
    status, _, _ = run(
        capsys, "draft", original, revised, "--filing", filing, "--out", tmp_path / "draft",
        "--project", project,
    )  # fmt: skip
    assert status == 0
    return project


def test_a_list_clause_edited_gives_every_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = _drafted(tmp_path, capsys)
    assert {"redline.docx", "conformed-offer.docx"} <= {
        p.name for p in (tmp_path / "draft").iterdir()
    }
    status, out, _ = run(capsys, "check", project)
    assert (status, out.splitlines()[-1]) == (0, "1 item checked: no errors")
    status, out, err = run(capsys, "export", project, "--out", tmp_path / "export")
    assert status == 0, err
    assert "redline.docx" in out and "conformed-offer.docx" in out
    assert "not written" not in err


def _unwritable(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any change the Word file cannot carry (here every edit of a paragraph)."""

    def refuse(self, item) -> None:  # type: ignore[no-untyped-def]
        raise RedlineError("Section 1. Conditions of the Offer: the Word paragraph is locked")

    monkeypatch.setattr("amendtool.io.redline_docx._RedlineWriter._edit_paragraph", refuse)


def test_check_names_an_output_that_cannot_be_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    project = _drafted(tmp_path, capsys)
    _unwritable(monkeypatch)
    status, out, err = run(capsys, "check", project)
    assert status == 1
    assert "no errors" not in out
    errors = [line for line in err.splitlines() if line.startswith("amendtool: error:")]
    assert len(errors) == 1
    assert "item A: redline.docx and conformed-offer.docx cannot be written" in errors[0]
    assert "the Word paragraph is locked" in errors[0]


@pytest.mark.parametrize("force", [False, True])
def test_export_refuses_when_an_output_cannot_be_written(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    force: bool,
) -> None:
    project = _drafted(tmp_path, capsys)
    out_dir = tmp_path / "export"
    out_dir.mkdir()
    (out_dir / "keep.txt").write_text("counsel's own file\n", encoding="utf-8")
    before = project.read_bytes()
    _unwritable(monkeypatch)
    flags = ["--force"] if force else []
    status, out, err = run(capsys, "export", project, "--out", out_dir, *flags)
    assert status == 1
    assert out == ""
    refusals = [line for line in err.splitlines() if "export refused" in line]
    assert len(refusals) == 1
    assert [p.name for p in out_dir.iterdir()] == ["keep.txt"]
    assert project.read_bytes() == before
