"""A draft imports only what drafting and writing need: what describes the machine for a
failure's log (the platform module, a fifth of the time of reading a short offer) is
imported when a failure is logged, never on a run that succeeds. Counted by the modules
the run loaded, never timed."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from amendtool.io.failure_reports import write_crash_log
from tests.conftest import SAMPLES

ONLY_FOR_FAILURES = ("platform", "traceback")


def test_a_draft_that_succeeds_never_imports_what_only_a_failure_log_needs(
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
        print(*[m for m in {ONLY_FOR_FAILURES!r} if m in sys.modules])
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
