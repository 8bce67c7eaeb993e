"""A path given as "" (an unset variable in a script) is no folder and no file: `--out ""`
wrote every output into the current folder, `--project ""` saved nothing and said nothing.
Each is one line naming the option, exit 2, before anything is read or written."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.conftest import SAMPLES
from tests.support.series_cli import run

ORIGINAL = SAMPLES / "offer-to-exchange.txt"
REVISED = SAMPLES / "offer-to-exchange-revised.txt"
FILING = SAMPLES / "filing.toml"
P = "p.amend"

CASES = [
    (["draft", ORIGINAL, REVISED, "--filing", FILING, "--out", ""],
     "--out is empty; give a folder"),
    (["draft", ORIGINAL, REVISED, "--filing", FILING, "--out", "o", "--project", ""],
     "--project is empty; give a file"),
    (["draft", ORIGINAL, REVISED, "--filing", "", "--out", "o"], "--filing is empty; give a file"),
    (["draft", "", REVISED, "--filing", FILING, "--out", "o"], "ORIGINAL is empty; give a file"),
    (["draft", ORIGINAL, "", "--filing", FILING, "--out", "o"], "REVISED is empty; give a file"),
    (["export", P, "--out", ""], "--out is empty; give a folder"),
    (["export", "", "--out", "o"], "PROJECT is empty; give a file"),
    (["check", "", REVISED, "--filing", FILING], "a file given is empty; give a file"),
    (["check", ORIGINAL, REVISED, "--filing", ""], "--filing is empty; give a file"),
    (["outline", ""], "FILE is empty; give a file"),
    (["history", P, "--docx", ""], "--docx is empty; give a file"),
    (["plain", P, "A", "--file", ""], "--file is empty; give a file"),
    (["classify", "", "A", "--clear"], "PROJECT.amend is empty; give a file"),
    (["amend", P, REVISED, "--filing", FILING, "--out", ""], "--out is empty; give a folder"),
    (["extend", P, "--to", "2026-05-07 23:59", "--filing", FILING, "--out", ""],
     "--out is empty; give a folder"),
    (["results", P, "--filing", "", "--out", "o"], "--filing is empty; give a file"),
    (["filed", ""], "PROJECT is empty; give a file"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("argv", "said"), CASES, ids=[" ".join(getattr(a, "name", str(a)) for a in c[0]) for c in CASES]
)
def test_an_empty_path_is_refused_in_one_line(
    argv: list[str | Path],
    said: str,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    status, out, err = run(capsys, *argv)
    assert status == 2, err
    assert err.strip() == f"amendtool: {said}", err
    assert out == ""
    assert os.listdir(tmp_path) == []
