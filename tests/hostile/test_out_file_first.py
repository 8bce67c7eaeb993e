"""A file given as the output folder is the first thing said, with exit status 2: before
the checks' findings (an export refused for the notice's placeholders, exit 1), before
the project or the documents are read, for every command that writes outputs."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from documents import text_pair

from amendtool import cli

ROOT = Path(__file__).resolve().parents[2]
SAMPLE_FILING = ROOT / "resources" / "samples" / "filing.toml"


@pytest.fixture
def project(tmp_path: Path) -> dict[str, Path]:
    original, revised = text_pair(tmp_path)
    filing = tmp_path / "filing.toml"
    filing.write_text(SAMPLE_FILING.read_text(encoding="utf-8"), encoding="utf-8")
    amend = tmp_path / "offer.amend"
    argv = ["draft", str(original), str(revised), "--filing", str(filing)]
    code = cli.main([*argv, "--out", str(tmp_path / "out"), "--project", str(amend)])
    assert code == 0
    items = tmp_path / "items.json"
    items.write_text("{}", encoding="utf-8")
    return {
        "original": original,
        "revised": revised,
        "filing": filing,
        "project": amend,
        "file": items,
    }


def commands(p: dict[str, Path]) -> dict[str, list[str]]:
    filing = ["--filing", str(p["filing"])]
    return {
        "draft": ["draft", str(p["original"]), str(p["revised"]), "--filing", str(p["filing"])],
        "export": ["export", str(p["project"])],
        "amend": ["amend", str(p["project"]), str(p["revised"]), "--filing", str(p["filing"])],
        "extend": ["extend", str(p["project"]), "--to", "2026-05-07 23:59", *filing],
        "results": ["results", str(p["project"]), "--filing", str(p["filing"])],
    }


@pytest.mark.parametrize("command", ["draft", "export", "amend", "extend", "results"])
@pytest.mark.parametrize("under", ["", "outputs", "../"])
def test_a_file_as_the_output_folder_is_refused_first(
    command: str, under: str, project: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    """Also as "no-such-folder/../items.json": the file, whether or not the folder named
    before ".." exists (the set was staged beside it, then left there)."""
    capsys.readouterr()
    before = project["project"].read_bytes()
    beside = sorted(p.name for p in project["file"].parent.iterdir())
    out = project["file"]
    if under == "outputs":
        out = out / "outputs"
    elif under:
        out = out.parent / "no-such-folder" / ".." / out.name
    code = cli.main([*commands(project)[command], "--out", str(out)])
    err = capsys.readouterr().err
    lines = [line for line in err.splitlines() if line.strip()]
    assert code == 2, err
    assert lines == [lines[0]] and "items.json: is a file, not a folder" in lines[0], err
    assert project["file"].read_text(encoding="utf-8") == "{}"
    assert project["project"].read_bytes() == before
    assert sorted(p.name for p in project["file"].parent.iterdir()) == beside


@pytest.mark.parametrize("kind", ["device", "named pipe"])
def test_a_device_or_a_pipe_as_the_output_folder_is_named_by_its_path(
    kind: str, project: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """ "null: is a file" named neither the thing given nor what it is: a device or a pipe is
    said by its whole path, as the documents given are, and for what it is."""
    if kind == "device":
        out = Path(os.devnull)
    else:
        out = tmp_path / "pipe"
        os.mkfifo(out)
    capsys.readouterr()
    code = cli.main([*commands(project)["draft"], "--out", str(out)])
    err = capsys.readouterr().err.strip()
    assert code == 2, err
    assert err == (
        f"amendtool: {out}: is a {kind}, not a folder; give --out a folder (it is made if it "
        "does not exist)"
    ), err
