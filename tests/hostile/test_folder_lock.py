"""One export at a time into a folder: a second one is refused in one line while the first
writes, a lock left by a killed run blocks nothing, and two runs started together leave one
whole set, never a mix."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from documents import SAMPLE_FILING, as_text, edited, offer

from amendtool.cli import main
from amendtool.io.folder_lock import folder_lock
from amendtool.io.output_set import MANIFEST, digest

BUSY = "another export is writing to out; wait for it or choose another folder"


def documents(folder: Path) -> tuple[Path, Path]:
    original, revised = folder / "offer.txt", folder / "revised.txt"
    original.write_text(as_text(offer()), encoding="utf-8")
    revised.write_text(as_text(edited(offer())), encoding="utf-8")
    return original, revised


def draft_argv(folder: Path, revised: Path | None = None) -> list[str]:
    original, edited_offer = (
        documents(folder) if revised is None else (folder / "offer.txt", revised)
    )
    return ["draft", str(original), str(edited_offer), "--filing", str(SAMPLE_FILING),
            "--out", str(folder / "out")]  # fmt: skip


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def test_an_export_into_a_folder_another_is_writing_to_is_refused_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = draft_argv(tmp_path)
    assert main(argv) == 0
    out = tmp_path / "out"
    before, beside = snapshot(out), sorted(p.name for p in tmp_path.iterdir())
    capsys.readouterr()
    with folder_lock(out):
        assert main(argv) == 2
    lines = capsys.readouterr().err.strip().splitlines()
    assert lines == [f"amendtool: {BUSY}"]
    assert snapshot(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == beside  # no lock, no staging left


def test_a_lock_held_by_a_killed_run_blocks_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time; from pathlib import Path; from amendtool.io.folder_lock import "
         "folder_lock\nwith folder_lock(Path(sys.argv[1])):\n print('held', flush=True)\n "
         "time.sleep(600)", str(out)],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    argv = draft_argv(tmp_path)
    assert main(argv) == 2 and BUSY in capsys.readouterr().err
    os.kill(holder.pid, signal.SIGKILL)
    holder.communicate()
    assert main(argv) == 0, capsys.readouterr().err
    assert (out / MANIFEST).exists()


def test_two_exports_started_together_leave_one_whole_set(tmp_path: Path) -> None:
    _original, first = documents(tmp_path)
    second = tmp_path / "second.txt"
    second.write_text(as_text(edited(offer(extra="A sentence only the second has."))), "utf-8")
    out = tmp_path / "out"
    for _ in range(3):
        runs = [
            subprocess.Popen(
                [sys.executable, "-m", "amendtool", *draft_argv(tmp_path, revised)],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for revised in (first, second)
        ]
        results = [(run.communicate(timeout=300)[1], run.returncode) for run in runs]
        assert any(code == 0 for _, code in results), results
        for err, code in results:
            assert code == 0 or (code == 2 and err.strip().endswith(BUSY)), (code, err)
        manifest = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
        for name, recorded in manifest["files"].items():
            assert digest((out / name).read_bytes()) == recorded, name  # one run's set
        items = (out / "items.json").read_text(encoding="utf-8")
        filing = (out / "schedule-to-amendment.txt").read_text(encoding="ascii")
        assert ("only the second has" in items) == ("only the second" in " ".join(filing.split()))
        assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []
