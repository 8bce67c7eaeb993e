"""A draft parses each resource file (the wording, rules and word lists counsel may edit) at
most once, and a second run parses none of them: Python's TOML reader is pure Python, and
a draft of the sample pair spent a tenth of its run parsing the same files, some four times
over. Counted as the texts handed to the parser, never timed."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "resources" / "samples"

DRAFT = """
import sys, tomllib
parsed = []
loads = tomllib.loads
def counting_loads(text, **options):
    parsed.append(text)
    return loads(text, **options)
def counting_load(handle, **options):
    return counting_loads(handle.read().decode(), **options)
tomllib.loads, tomllib.load = counting_loads, counting_load
from amendtool.__main__ import main
code = main(sys.argv[1:])
print("PARSED", repr(parsed))
sys.exit(code)
"""


def _names_parsed(tmp_path: Path, out: str) -> Counter[str]:
    """The resource files (and filing.toml) one `amendtool draft` of the sample pair parsed,
    each with how many times."""
    env = {
        **os.environ,
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "HOME": str(tmp_path),
    }
    argv = [
        str(SAMPLES / "offer-to-exchange.docx"),
        str(SAMPLES / "offer-to-exchange-revised.docx"),
        "--filing",
        str(SAMPLES / "filing.toml"),
        "--out",
        str(tmp_path / out),
    ]
    run = subprocess.run(
        [sys.executable, "-c", DRAFT, "draft", *argv],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
    )
    assert run.returncode == 0, run.stderr
    line = next(x for x in run.stdout.splitlines() if x.startswith("PARSED "))
    texts: list[str] = ast.literal_eval(line.removeprefix("PARSED "))
    files = {
        path.read_text(encoding="utf-8"): str(path.relative_to(ROOT / "resources"))
        for path in (ROOT / "resources").rglob("*.toml")
    }
    return Counter(files.get(text, "another text") for text in texts)


def test_a_draft_parses_each_resource_file_once_and_a_second_run_none(tmp_path: Path) -> None:
    first = _names_parsed(tmp_path, "first")
    assert first["materiality/rules.toml"] == 1 and first["wording/standard.toml"] == 1
    assert {name: n for name, n in first.items() if n > 1} == {}
    # filing.toml is the user's own input, read by core/filing.py as it always was
    assert _names_parsed(tmp_path, "second") == Counter({"samples/filing.toml": 1})
