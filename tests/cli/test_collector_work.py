"""The garbage collector walks the objects a draft keeps (every paragraph, every fact read)
far less often than at Python's default: counted as collections in one draft of the sample
by the command as counsel runs it, never timed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"

COUNT = """
import gc, sys
done = [0]
gc.callbacks.append(lambda phase, info: done.__setitem__(0, done[0] + (phase == "stop")))
from amendtool.__main__ import main
if sys.argv[1] == "default":
    import amendtool.__main__ as entry
    entry.COLLECT_EVERY = 700  # Python's own
code = main(sys.argv[2:])
print(code, done[0])
"""


def collections(threshold: str, out: Path) -> int:
    argv = [sys.executable, "-c", COUNT, threshold, "draft"]
    argv += [str(SAMPLES / "offer-to-exchange.txt"), str(SAMPLES / "offer-to-exchange-revised.txt")]
    argv += ["--filing", str(SAMPLES / "filing.toml"), "--out", str(out)]
    done = subprocess.run(argv, capture_output=True, text=True, check=True)
    code, count = done.stdout.split()[-2:]
    assert code in ("0", "1"), done.stderr  # drafted (with findings or without)
    return int(count)


def test_a_draft_runs_the_collector_a_fraction_as_often_as_python_would(tmp_path: Path) -> None:
    ours, default = collections("ours", tmp_path / "a"), collections("default", tmp_path / "b")
    assert ours > 0 and ours * 5 <= default, (ours, default)
