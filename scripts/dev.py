"""Sets up a virtual environment and runs the app or the tests; the same on Linux, macOS, Windows.

python scripts/dev.py demo    # set up, then open the app on the bundled sample
python scripts/dev.py test    # set up, then run ruff, mypy and the whole test suite
"""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")


def ensure_env() -> None:
    if not PYTHON.exists():
        print("creating .venv …", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    stamp = VENV / ".installed"
    inputs = [ROOT / "pyproject.toml", ROOT / "requirements.lock"]
    newest = max(p.stat().st_mtime for p in inputs if p.exists())
    if stamp.exists() and stamp.stat().st_mtime >= newest:
        return
    pip = [str(PYTHON), "-m", "pip", "install", "--disable-pip-version-check", "-q"]
    subprocess.check_call([*pip, "-c", str(ROOT / "requirements.lock"), "-e", f"{ROOT}[test]"])
    stamp.touch()


def workers(args: list[str]) -> list[str]:
    """The whole suite runs on every core (pytest-xdist), a test file to a worker so that its
    tests keep their order; arguments naming the workers (or none, `-n 0`) are kept as given.
    A worker that dies (a crash in Qt) ends the run, failed, naming its test: xdist's
    replacement of a crashed worker under `--dist loadfile` can wait forever for work that
    never comes (pytest-xdist issue 784), a run that never ends instead of one that fails."""
    if any(a == "-n" or a.startswith(("-n", "--numprocesses")) for a in args):
        return args
    return ["-n", "auto", "--dist", "loadfile", "--max-worker-restart", "0", *args]


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "test"
    ensure_env()
    if command == "--setup-only":
        return 0
    if command == "demo":
        return subprocess.call([str(PYTHON), "-m", "amendtool", "--demo", *argv[1:]])
    if command == "test":
        env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
        for check in (["ruff", "check", "amendtool", "tests"], ["mypy"]):
            code = subprocess.call([str(PYTHON), "-m", *check], cwd=ROOT)
            if code:
                return code
        return subprocess.call([str(PYTHON), "-m", "pytest", *workers(argv[1:])], cwd=ROOT, env=env)
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
