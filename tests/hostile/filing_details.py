"""The bundled sample's filing details with one value typed otherwise, read by the core or
given to `amendtool draft` on the small offer: how counsel's mistakes in filing.toml reach
the tool."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

from documents import SAMPLE_FILING, as_text, edited, offer

SAMPLE = SAMPLE_FILING.read_text(encoding="utf-8")


def sample_with(old: str, new: str) -> str:
    """The sample's filing.toml with the first `old` typed as `new`."""
    assert old in SAMPLE, old
    return SAMPLE.replace(old, new, 1)


def sample_data(old: str, new: str) -> dict[str, Any]:
    """The same, as the TOML reader hands it to the core."""
    return tomllib.loads(sample_with(old, new))


def draft_with(tmp_path: Path, filing_text: str) -> tuple[subprocess.CompletedProcess[str], Path]:
    """`amendtool draft` of the small offer and its edit with these filing details: the run
    and the --out folder it was given."""
    original, revised = tmp_path / "offer.txt", tmp_path / "revised.txt"
    original.write_text(as_text(offer()), encoding="utf-8")
    revised.write_text(as_text(edited(offer())), encoding="utf-8")
    filing = tmp_path / "filing.toml"
    filing.write_text(filing_text, encoding="utf-8")
    out = tmp_path / "out"
    command = [sys.executable, "-m", "amendtool", "draft", str(original), str(revised)]
    command += ["--filing", str(filing), "--out", str(out)]
    return subprocess.run(command, capture_output=True, text=True, timeout=300), out
