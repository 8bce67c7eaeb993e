"""Counsel's own file in the output folder under the name of an output ("redline.docx",
the manifest) is never written over: one line naming it, exit 2, the folder as it was. A file
the folder's manifest lists as amendtool's (an earlier export) is replaced as before, unless
counsel changed it since (tests/cli/test_changed_outputs_kept.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import SAMPLES
from tests.support.series_cli import filing_toml, run

ORIGINAL = SAMPLES / "offer-to-exchange.txt"
REVISED = SAMPLES / "offer-to-exchange-revised.txt"
OWN = b"counsel's own notes"


def _listing(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir()}


@pytest.fixture(scope="module")
def output_names(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """Every name a draft of the sample writes in DIR, its manifest too."""
    from amendtool.cli import main

    folder = tmp_path_factory.mktemp("names")
    filing = filing_toml(folder / "filing.toml")
    argv = ["draft", str(ORIGINAL), str(REVISED), "--filing", str(filing)]
    assert main([*argv, "--out", str(folder / "out")]) in (0, 1)
    return sorted(p.name for p in (folder / "out").iterdir())


def _draft(capsys: pytest.CaptureFixture[str], folder: Path, out: Path) -> tuple[int, str]:
    filing = filing_toml(folder / "filing.toml")
    status, _, err = run(capsys, "draft", ORIGINAL, REVISED, "--filing", filing, "--out", out)
    return status, err


def test_every_output_name_is_known(output_names: list[str]) -> None:
    assert ".amendtool-manifest.json" in output_names and "redline.docx" in output_names
    assert len(output_names) == 10, output_names  # nine outputs and the manifest


def test_counsel_file_under_each_output_name_is_left_as_it_was(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, output_names: list[str]
) -> None:
    for name in output_names:
        out = tmp_path / name.strip(".").replace(".", "-")
        out.mkdir()
        (out / name).write_bytes(OWN)
        status, err = _draft(capsys, tmp_path, out)
        lines = [line for line in err.splitlines() if line.strip()]
        assert status == 2, (name, err)
        assert lines == [
            f"amendtool: {name}: is not a file amendtool wrote here; move it or choose "
            "another folder"
        ], (name, err)
        assert _listing(out) == {name: OWN}, name


def test_counsel_files_are_all_named_in_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out = tmp_path / "own"
    out.mkdir()
    for name in ("redline.docx", "items.json"):
        (out / name).write_bytes(OWN)
    status, err = _draft(capsys, tmp_path, out)
    assert status == 2, err
    assert err.strip() == (
        "amendtool: items.json: is not a file amendtool wrote here, nor is redline.docx; "
        "move them or choose another folder"
    )
    assert _listing(out) == {"items.json": OWN, "redline.docx": OWN}


def test_files_of_an_earlier_export_are_replaced(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out = tmp_path / "out"
    status, err = _draft(capsys, tmp_path, out)
    assert status in (0, 1), err
    (out / "notes.docx").write_bytes(OWN)  # counsel's own file of another name: kept
    manifest = (out / ".amendtool-manifest.json").read_bytes()
    status, err = _draft(capsys, tmp_path, out)  # listed, as written: replaced
    assert status in (0, 1), err
    assert (out / ".amendtool-manifest.json").read_bytes() != manifest  # a new set
    assert (out / "redline.docx").read_bytes().startswith(b"PK")
    assert (out / "notes.docx").read_bytes() == OWN


def test_a_project_named_as_the_manifest_in_dir_is_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out = tmp_path / "out"
    filing = filing_toml(tmp_path / "filing.toml")
    project = out / ".amendtool-manifest.json"
    status, _, err = run(
        capsys, "draft", ORIGINAL, REVISED, "--filing", filing, "--out", out, "--project", project
    )
    assert status == 2, err
    assert "has the name of a file amendtool writes in the output folder" in err
    assert not out.exists()


def test_publish_refuses_a_file_it_did_not_write(tmp_path: Path) -> None:
    """The core every export goes through (the app's too), not only the command line."""
    from amendtool.io.publish import publish
    from amendtool.io.safe_write import WriteError

    out = tmp_path / "out"
    out.mkdir()
    (out / "redline.docx").write_bytes(OWN)
    with pytest.raises(WriteError, match=r"redline\.docx: is not a file amendtool wrote here"):
        publish(out, {"redline.docx": b"new"}, {"redline.docx"})
    assert _listing(out) == {"redline.docx": OWN}
