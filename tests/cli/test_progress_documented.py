"""`export --progress` is documented as it is: `export --help` names it and its lines, and the
README gives the lines' real form (percent-encoded names, not escapes), which a program that
drives the export can rely on."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from amendtool.cli import main
from amendtool.io.progress_lines import progress_line, written_line

README = Path(__file__).resolve().parents[2] / "README.md"


def test_export_help_names_progress_and_its_lines(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["export", "--help"])
    assert done.value.code == 0
    shown = " ".join(capsys.readouterr().out.split())
    assert "--progress" in shown
    assert "progress NAME DONE TOTAL" in shown and "written PATH" in shown
    assert "percent-encoded" in shown


def test_the_readme_gives_the_lines_as_they_are_written() -> None:
    text = " ".join(README.read_text(encoding="utf-8").split())
    assert "[--progress]" in text
    assert "`progress NAME DONE TOTAL`" in text and "`written PATH`" in text
    # the README's examples are what the writer writes
    for example, line in (
        ("`progress exhibit-a11.htm 7 9`", progress_line("exhibit-a11.htm", 7, 9)),
        ("`written /tmp/Matter%201/items.json`", written_line(Path("/tmp/Matter 1/items.json"))),
        ("`%0A`", written_line(Path("a\nb")).split("a")[1][:3]),
        ("`%C3%A9`", written_line(Path("\u00e9"))[len("written ") :]),
    ):
        assert example in text, example
        assert example.strip("`") == line, (example, line)
    assert not re.search(r"--progress[^.]*\\x1b", text)
