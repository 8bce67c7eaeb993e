"""Starts the frozen build headless: --version, `draft` on the bundled sample (its items.json
must equal the installed package's), and the window offscreen on the demo.

    QT_QPA_PLATFORM=offscreen python packaging/smoke_test.py dist/amendtool
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "resources" / "samples"


def run(command: list[str]) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        command,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{result.stderr}")
    return result


def main(bundle: Path) -> int:
    suffix = ".exe" if sys.platform == "win32" else ""
    cli = bundle / f"amendtool-cli{suffix}"
    print(run([str(cli), "--version"]).stdout.strip())
    out = Path(tempfile.mkdtemp())
    args = [
        "draft",
        str(SAMPLES / "offer-to-exchange.docx"),
        str(SAMPLES / "offer-to-exchange-revised.docx"),
        "--filing",
        str(SAMPLES / "filing.toml"),
    ]
    run([str(cli), *args, "--out", str(out / "frozen")])
    run([sys.executable, "-m", "amendtool", *args, "--out", str(out / "package")])
    frozen = json.loads((out / "frozen" / "items.json").read_text())
    package = json.loads((out / "package" / "items.json").read_text())
    if frozen != package:
        raise SystemExit("the frozen build drafts other items than the package")
    names = sorted(p.name for p in (out / "frozen").iterdir())
    print(f"draft: {len(frozen['items'])} items, same as the package; wrote {', '.join(names)}")
    gui = bundle / f"amendtool{suffix}"
    print(run([str(gui), "--self-test"]).stdout.strip())
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
