"""A revised offer that changes nothing has no amendment to draft: `draft` refuses in one
line and writes nothing, whether the files are the same file, copies, or the same text
saved another way."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import SAMPLES
from tests.support.series_cli import run

ORIGINAL = SAMPLES / "offer-to-exchange.docx"
TEXT = Path(__file__).parents[1] / "io" / "top_folios" / "original.txt"


def _same_file(tmp_path: Path) -> tuple[Path, Path]:
    return ORIGINAL, ORIGINAL


def _copy(tmp_path: Path) -> tuple[Path, Path]:
    copy = tmp_path / "copy.docx"
    copy.write_bytes(ORIGINAL.read_bytes())
    return ORIGINAL, copy


def _saved_another_way(tmp_path: Path) -> tuple[Path, Path]:
    resaved = tmp_path / "resaved.txt"
    resaved.write_bytes(TEXT.read_text().replace("\n", "\r\n").encode("utf-16"))
    return TEXT, resaved


CASES: dict[str, Callable[[Path], tuple[Path, Path]]] = {
    "the same file": _same_file,
    "a copy": _copy,
    "the same text saved another way": _saved_another_way,
}


@pytest.mark.parametrize("case", CASES)
def test_a_revision_without_changes_is_refused_and_nothing_is_written(
    case: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    original, revised = CASES[case](tmp_path)
    out, project = tmp_path / "out", tmp_path / "offer.amend"
    status, stdout, err = run(
        capsys, "draft", original, revised, "--filing", SAMPLES / "filing.toml",
        "--out", out, "--project", project,
    )  # fmt: skip
    assert status == 2, stdout + err
    [line] = err.strip().splitlines()
    assert "the revised file has no changes from the original" in line, line
    assert revised.name in line
    assert stdout == ""
    assert not out.exists() and not project.exists()
