"""`export --progress` is read back by the app: a line of it must stay one line and say the
path it names exactly, whatever the folder is called (a newline, an escape sequence, a
right-to-left override, a byte that is not UTF-8), and the app must read it back the same
even when the lines arrive in pieces."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from documents import exportable_filing, text_pair

from amendtool.io.progress_lines import ProgressReader, progress_line, written_line

NAMES = {
    "newline": "out\nwritten /etc/passwd",
    "escape": "out\x1b[2J",
    "override": "out\u202etxt.exe",
    "not utf-8": "out\udcff",
    "spaces and percent": "out 100% done",
}


@pytest.mark.parametrize("kind", NAMES)
def test_the_progress_lines_name_every_written_file_exactly(tmp_path: Path, kind: str) -> None:
    original, revised = text_pair(tmp_path)
    filing = exportable_filing(tmp_path)
    project, out = tmp_path / "p.amend", tmp_path / NAMES[kind]
    draft = ["draft", str(original), str(revised), "--filing", str(filing)]
    done = run(*draft, "--out", str(tmp_path / "first"), "--project", str(project))
    assert done.returncode == 0, done.stderr
    exported = run("export", str(project), "--out", os.fsencode(out), "--progress")
    assert exported.returncode == 0, exported.stderr
    lines = exported.stdout.split(b"\n")
    assert all(line.isascii() and line.decode().isprintable() for line in lines), lines
    reader = ProgressReader()
    events = [e for i in range(0, len(exported.stdout), 7) for e in reader.feed(
        exported.stdout[i : i + 7]
    )]  # fmt: skip
    written = [path for kind_, path in events if kind_ == "written"]
    assert sorted(written) == sorted(p for p in out.iterdir() if not p.name.startswith("."))
    assert any(kind_ == "progress" for kind_, _ in events)


def test_a_line_says_its_name_once_encoded_and_reads_back() -> None:
    name = "redline\n.docx"
    assert progress_line(name, 1, 9) == "progress redline%0A.docx 1 9"
    reader = ProgressReader()
    assert reader.feed(progress_line(name, 1, 9).encode() + b"\n") == [("progress", (name, 1, 9))]
    path = Path("/tmp/a\u202eb/\x1b.docx")
    assert reader.feed(written_line(path).encode()[:5]) == []
    assert reader.feed(written_line(path).encode()[5:] + b"\n") == [("written", path)]


def run(*args: str | bytes) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable.encode(), b"-m", b"amendtool", *(os.fsencode(a) for a in args)],
        capture_output=True,
        timeout=300,
    )
