"""What the operating system refuses (a name too long, a full or read-only disk, a path
through a file) is one line naming the file, shortened when its name is long, and saying
what to do."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from documents import as_text, edited, offer

from amendtool.guard import known_problem

SAMPLE_FILING = Path(__file__).resolve().parents[2] / "resources" / "samples" / "filing.toml"


@pytest.mark.parametrize(
    ("code", "advice"),
    [
        (errno.ENAMETOOLONG, "choose a shorter name"),
        (errno.ENOSPC, "free some space"),
        (errno.EROFS, "read-only"),
        (errno.EACCES, "choose a folder you can write to"),
        (errno.ENOTDIR, "not a folder"),
        (errno.ELOOP, "links"),
    ],
)
def test_each_refusal_of_the_system_says_what_to_do(code: int, advice: str) -> None:
    line = known_problem(OSError(code, os.strerror(code), "/somewhere/offer-out"))
    assert line is not None and line.startswith("offer-out: ")
    assert os.strerror(code) in line and advice in line


def test_a_long_name_is_shortened_in_the_line() -> None:
    name = "d" * 300
    line = known_problem(OSError(errno.ENAMETOOLONG, "File name too long", f"/x/{name}"))
    assert line is not None and len(line) < 200
    assert line.startswith("ddddd") and "…" in line


def test_an_output_folder_with_too_long_a_name_is_one_line(tmp_path: Path) -> None:
    original, revised = tmp_path / "offer.txt", tmp_path / "revised.txt"
    original.write_text(as_text(offer()), encoding="utf-8")
    revised.write_text(as_text(edited(offer())), encoding="utf-8")
    out = tmp_path / ("d" * 300)
    command = [sys.executable, "-m", "amendtool", "draft", str(original), str(revised)]
    command += ["--filing", str(SAMPLE_FILING), "--out", str(out)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert done.returncode == 2, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and len(lines[0]) < 200 and "shorter name" in lines[0], lines
    assert sorted(p.name for p in tmp_path.iterdir()) == ["offer.txt", "revised.txt"]


def test_a_refused_document_with_a_long_name_is_named_shortened(tmp_path: Path) -> None:
    from amendtool.core.errors import InputError
    from amendtool.io.load import load_document

    path = tmp_path / ("offer-" + "x" * 200 + ".txt")
    path.write_text("", encoding="utf-8")
    with pytest.raises(InputError) as refused:
        load_document(path)
    message = str(refused.value)
    assert message.startswith("offer-xxx") and "…" in message and "x.txt: " in message
    assert len(message) < 220
