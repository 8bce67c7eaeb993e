"""The command line's top level: one line for every failure, never a traceback, and nothing
written before everything that can fail has been done."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from documents import as_text, exportable_filing, offer, text_pair

from amendtool import cli
from amendtool.core.ordinals import ordinal_word

ROOT = Path(__file__).resolve().parents[2]
SAMPLE_FILING = ROOT / "resources" / "samples" / "filing.toml"


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Path, Path]:
    return text_pair(tmp_path)


def amendtool(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)  # a mistaken command must never try to open the app
    return subprocess.run(
        [sys.executable, "-m", "amendtool", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=cwd,
    )


def one_line(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr
    return lines[0]


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["drat", "a.docx", "b.docx"], "unknown command 'drat'"),
        (["--bogus"], "unknown option '--bogus'"),
        (["offer.docx", "revised.docx"], "unknown command 'offer.docx'"),
        (["--demo", "offer.docx"], "unknown command 'offer.docx'"),
        (["draft", "a.docx"], "draft needs REVISED, --filing and --out; usage: amendtool draft"),
        (["export"], "export needs PROJECT and --out; usage: amendtool export"),
    ],
)
def test_a_mistyped_command_line_is_one_line_and_opens_nothing(args: list[str], said: str) -> None:
    result = amendtool(*args)
    assert result.returncode == 2
    assert said in one_line(result.stderr)


def test_a_reader_that_stops_early_ends_nothing_in_a_traceback(tmp_path: Path) -> None:
    spec = offer(sections=3000)  # more than a pipe holds
    path = tmp_path / "long.txt"
    path.write_text(as_text(spec), encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, "-m", "amendtool", "outline", "--json", str(path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.readline()  # like `| head -1`
    process.stdout.close()
    stderr = process.stderr.read()
    process.stderr.close()
    assert process.wait(timeout=120) == 0
    assert "Traceback" not in stderr and "BrokenPipe" not in stderr


def test_an_unforeseen_error_is_one_line_naming_the_log_with_the_details(
    pair: tuple[Path, Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from amendtool.core import outline

    def broken(document: object) -> list[object]:
        raise ZeroDivisionError("a defect")

    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setattr(outline, "outline_rows", broken)
    code = cli.main(["outline", str(pair[0])])
    line = one_line(capsys.readouterr().err)
    assert code == 3
    assert "internal error (ZeroDivisionError)" in line
    logs = list((tmp_path / "state" / "amendtool").glob("amendtool-error-*.log"))
    assert len(logs) == 1 and str(logs[0]) in line
    details = logs[0].read_text(encoding="utf-8")
    assert "Traceback" in details and "a defect" in details and "outline" in details


def test_a_project_that_cannot_be_saved_fails_before_any_output_is_written(
    pair: tuple[Path, Path], tmp_path: Path
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where a folder is expected", encoding="utf-8")
    out = tmp_path / "out"
    result = amendtool(
        "draft", *map(str, pair), "--filing", str(SAMPLE_FILING), "--out", str(out),
        "--project", str(blocker / "p.amend"),
    )  # fmt: skip
    assert result.returncode == 2
    assert "p.amend" in one_line(result.stderr)
    assert not out.exists()
    assert not [p for p in tmp_path.iterdir() if ".amendtool-" in p.name]


@pytest.mark.parametrize("code", [errno.EROFS, errno.ENOSPC, errno.EACCES])
def test_a_read_only_or_full_output_folder_is_one_line_and_leaves_it_as_it_was(
    code: int,
    pair: tuple[Path, Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from amendtool.io import output_set

    out = tmp_path / "out"
    argv = ["draft", *map(str, pair), "--filing", str(SAMPLE_FILING), "--out", str(out)]
    assert cli.main(argv) == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    capsys.readouterr()

    def refused(path: Path, data: bytes) -> None:
        raise OSError(code, os.strerror(code), str(path))

    monkeypatch.setattr(output_set, "write_file", refused)
    import amendtool.io.publish as publish

    monkeypatch.setattr(publish, "write_file", refused)
    assert cli.main(argv) == 2
    line = one_line(capsys.readouterr().err)
    assert "out: folder cannot be written" in line and os.strerror(code) in line
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    assert not [p for p in tmp_path.iterdir() if ".amendtool-" in p.name]


def test_a_project_whose_original_changed_or_vanished_is_an_error_naming_it(
    pair: tuple[Path, Path], tmp_path: Path
) -> None:
    project, out = tmp_path / "p.amend", tmp_path / "out"
    done = amendtool(
        "draft", *map(str, pair), "--filing", str(exportable_filing(tmp_path)), "--out", str(out),
        "--project", str(project),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert amendtool("check", str(project)).returncode == 0
    pair[0].write_text(as_text(offer()).replace("vest over two", "vest over three"), "utf-8")
    checked = amendtool("check", str(project))
    assert checked.returncode == 1
    assert "the original original.txt has changed since the project was drafted" in (checked.stderr)
    refused = amendtool("export", str(project), "--out", str(tmp_path / "second"))
    assert refused.returncode == 1 and not (tmp_path / "second").exists()
    pair[0].unlink()
    forced = amendtool("export", str(project), "--out", str(tmp_path / "third"), "--force")
    assert forced.returncode == 0, forced.stderr
    assert "the original original.txt is no longer at" in forced.stderr
    assert "made from the text saved in the project" in forced.stderr
    assert (tmp_path / "third" / "redline.docx").exists()


def test_the_original_found_beside_a_moved_project_is_the_original(
    pair: tuple[Path, Path], tmp_path: Path
) -> None:
    project = tmp_path / "p.amend"
    done = amendtool(
        "draft", *map(str, pair), "--filing", str(exportable_filing(tmp_path)), "--out",
        str(tmp_path / "out"), "--project", str(project),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    moved = tmp_path / "moved"
    moved.mkdir()
    for path in (project, *pair):
        path.rename(moved / path.name)
    assert amendtool("check", str(moved / "p.amend")).returncode == 0


@pytest.mark.parametrize(
    ("n", "words"),
    [
        (999, "nine hundred ninety-ninth"),
        (1000, "one thousandth"),
        (1001, "one thousand first"),
        (1234, "one thousand two hundred thirty-fourth"),
        (20_000, "twenty thousandth"),
        (1_000_000, "one millionth"),
    ],
)
def test_paragraphs_past_the_thousandth_have_ordinal_words(n: int, words: str) -> None:
    assert ordinal_word(n) == words
