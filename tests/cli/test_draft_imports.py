"""A draft imports only what drafting and writing its files need: what describes the machine
for a failure's log (the platform module) is imported when a failure is logged, the system
library that swaps an output folder in place when a folder is swapped, the HTML parser when
a web page is read; never on a first draft of Word files that succeeds. Counted by the
modules the run loaded, never timed."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from amendtool.io.failure_reports import write_crash_log
from tests.conftest import SAMPLES

NOT_NEEDED = ("platform", "traceback", "ctypes", "lxml.html")


def test_a_first_draft_of_word_files_imports_none_of_what_it_does_not_use(
    tmp_path: Path,
) -> None:
    script = textwrap.dedent(f"""
        import sys
        from amendtool.cli import main
        code = main([
            "draft", r"{SAMPLES / "offer-to-exchange.docx"}",
            r"{SAMPLES / "offer-to-exchange-revised.docx"}",
            "--filing", r"{SAMPLES / "filing.toml"}", "--out", r"{tmp_path / "out"}",
        ])
        print("exit", code)
        print(*[m for m in {NOT_NEEDED!r} if m in sys.modules])
    """)
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=300
    )
    lines = result.stdout.splitlines()
    assert "exit 0" in lines, result.stderr
    assert lines[-1] == ""  # none of them loaded
    assert (tmp_path / "out" / "items.json").exists()


def test_a_failure_log_still_names_the_python_and_the_machine(tmp_path: Path) -> None:
    try:
        raise RuntimeError("an error amendtool did not foresee")
    except RuntimeError as error:
        path = write_crash_log(error, "drafting")
    assert path is not None
    text = path.read_text(encoding="utf-8")
    assert f"Python {sys.version.split()[0]}" in text
    assert "RuntimeError: an error amendtool did not foresee" in text
    path.unlink()


def test_a_draft_into_a_folder_it_wrote_before_still_swaps_the_set_in(tmp_path: Path) -> None:
    """The folder swapped in place loads the system library when it is needed."""
    from amendtool.cli import main

    out = tmp_path / "out"
    args = [
        "draft",
        str(SAMPLES / "offer-to-exchange.docx"),
        str(SAMPLES / "offer-to-exchange-revised.docx"),
        "--filing",
        str(SAMPLES / "filing.toml"),
        "--out",
        str(out),
    ]
    assert main(args) == 0
    first = (out / "items.json").read_bytes()
    assert main(args) == 0
    assert (out / "items.json").read_bytes() == first
