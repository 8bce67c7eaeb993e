"""`python -m amendtool COMMAND` ends without the interpreter's teardown (the last collection,
every module's objects freed), and nothing it writes or says is lost: the same exit status,
the same stdout and stderr when both are pipes, the same files, the caches still written.
Compared with the same command ended the ordinary way; counted, never timed."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import SAMPLES

ROOT = Path(__file__).resolve().parents[2]
ORDINARY = "import sys; from amendtool.__main__ import main; sys.exit(main(sys.argv[1:]))"
# an object whose freeing says so: printed only when the interpreter tears the module down
TORN = (
    "import os, sys, runpy\n"
    "class Torn:\n"
    "    def __del__(self): os.write(2, b'torn down\\n')\n"
    "sys.modules['torn'] = type(sys)('torn'); sys.modules['torn'].held = Torn()\n"
    "sys.argv = ['amendtool', *sys.argv[1:]]\n"
    "runpy.run_module('amendtool', run_name='__main__', alter_sys=True)\n"
)
PAIR = [str(SAMPLES / "offer-to-exchange.docx"), str(SAMPLES / "offer-to-exchange-revised.docx")]
FILING = ["--filing", str(SAMPLES / "filing.toml")]


def run(start: list[str], args: list[str], home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "XDG_CACHE_HOME": str(home / "cache"), "PYTHONPATH": str(ROOT)}
    env["XDG_STATE_HOME"] = str(home / "state")
    argv = [sys.executable, *start, *args]
    return subprocess.run(argv, capture_output=True, text=True, env=env, cwd=ROOT, timeout=600)


# what differs between any two runs: the time written, a Word file's hash, the set's token
STAMPED = re.compile(rb'\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ?|"[0-9a-f]{64}"|"[0-9a-f]{12}"')


def files(folder: Path) -> dict[str, bytes]:
    """Every file's bytes (a Word file's part by part), what differs between runs masked."""
    found = {}
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        name = str(path.relative_to(folder))
        if path.suffix == ".docx":
            with zipfile.ZipFile(path) as held:
                found |= {f"{name}/{part}": held.read(part) for part in held.namelist()}
        else:
            found[name] = path.read_bytes()
    return {name: STAMPED.sub(b"-", data) for name, data in found.items()}


@pytest.mark.parametrize(
    ("args", "status"),
    [
        (["check", *PAIR, *FILING], 1),  # findings
        (["draft", str(SAMPLES / "missing.docx"), PAIR[1], *FILING, "--out", "OUT"], 2),
        (["draft", *PAIR, *FILING, "--out", "OUT"], 0),
    ],
)
def test_a_command_ends_as_it_did_with_everything_said_and_written(
    tmp_path: Path, args: list[str], status: int
) -> None:
    ended = {}
    for way, start in (("fast", ["-m", "amendtool"]), ("ordinary", ["-c", ORDINARY])):
        home = tmp_path / way
        done = run(start, [a.replace("OUT", str(home / "out")) for a in args], home)
        written = files(home / "out") if (home / "out").exists() else {}
        stored = sorted(p.name for p in (home / "cache").rglob("*") if p.is_file())
        ended[way] = (done.returncode, done.stdout.replace(str(home), "HOME"), written, stored)
        ended[way + " stderr"] = done.stderr.replace(str(home), "HOME")
    assert ended["fast"][0] == status
    assert ended["fast"] == ended["ordinary"]
    assert ended["fast stderr"] == ended["ordinary stderr"]
    assert ended["fast"][3]  # the pattern store and resource files kept for the next run


def test_the_interpreter_is_not_torn_down_after_a_command(tmp_path: Path) -> None:
    done = run(["-c", TORN], ["check", *PAIR, *FILING], tmp_path)
    assert done.returncode == 1, done.stderr
    assert "torn down" not in done.stderr
    assert "clarifying" in done.stdout  # the table of items, all of it


def test_argparse_s_own_exit_ends_the_ordinary_way(tmp_path: Path) -> None:
    """`--version` (and `--help`) end in argparse's own exit, the ordinary way, as before."""
    done = run(["-c", TORN], ["--version"], tmp_path)
    assert done.returncode == 0 and "amendtool" in done.stdout
    assert "torn down" in done.stderr


@pytest.mark.parametrize("entry", ["pyproject", "launcher"])
def test_the_installed_command_and_the_frozen_app_end_the_same_way(
    tmp_path: Path, entry: str
) -> None:
    """The `amendtool` command pip installs (pyproject's script) and the frozen app's launcher
    end a command as `python -m amendtool` does: status and output kept, no teardown."""
    if entry == "pyproject":
        import tomllib

        target = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
        module, function = target["amendtool"].split(":")
        start = f"import importlib; importlib.import_module('{module}').{function}()\n"
    else:
        start = "runpy.run_path('packaging/launcher.py', run_name='__main__')\n"
    script = TORN.replace(
        "runpy.run_module('amendtool', run_name='__main__', alter_sys=True)\n", start
    )
    done = run(["-c", script], ["check", *PAIR, *FILING], tmp_path)
    assert done.returncode == 1, done.stderr
    assert "torn down" not in done.stderr
    assert "clarifying" in done.stdout
