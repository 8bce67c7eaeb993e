"""kill -9 at any point of a series command's write phase: the project and the outputs it
records are both new or both old.

`amend` writes Amendment No. 2's outputs into its own folder (holding counsel's notes) and
saves the project that records them. Killed just before a random one of its file-system writes,
then opened again as counsel would (the project read, DIR's interrupted change finished),
the project's last amendment is the one whose set DIR holds. The next run then completes.

AMENDTOOL_FAULT_RUNS sets the number of kills (default 12); AMENDTOOL_FAULT_SEED repeats a run.
"""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from documents import as_text, edited, exportable_filing, offer
from test_fault_injection import run_jobs

from amendtool.io.leftovers import recover
from amendtool.io.output_set import read_manifest
from amendtool.io.project_file import load_project
from amendtool.io.project_outputs import PENDING

SECOND = "A further term applies to every new option."


@pytest.fixture(scope="module")
def first_amendment(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Amendment No. 1 drafted into a project with its outputs; the revision and filing
    details of Amendment No. 2."""
    folder = tmp_path_factory.mktemp("series-fault")
    original, revised = folder / "original.txt", folder / "revised.txt"
    original.write_text(as_text(offer()), encoding="utf-8")
    revised.write_text(as_text(edited(offer())), encoding="utf-8")
    second = folder / "revised-2.txt"
    second.write_text(as_text(edited(offer(extra=SECOND))), encoding="utf-8")
    filing = exportable_filing(folder)
    filing_2 = folder / "filing-2.toml"
    text = exportable_filing(folder, "(a)(7)").read_text(encoding="utf-8")
    filing_2.write_text(text.replace("number = 1", "number = 2", 1), "utf-8")
    project, out = folder / "offer.amend", folder / "out"
    command = [sys.executable, "-m", "amendtool", "draft", str(original), str(revised)]
    command += ["--filing", str(filing), "--out", str(out), "--project", str(project)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert load_project(project).series.current.outputs["token"] == read_manifest(out)["token"]
    return {"project": project, "out": out, "revised": second, "filing": filing_2}


def amend_job(world: dict[str, Path], run: Path, kill_at: int) -> dict[str, object]:
    argv = ["amend", str(run / "offer.amend"), str(world["revised"])]
    argv += ["--filing", str(world["filing"]), "--out", str(run / "out-2")]
    return {
        "argv": argv,
        "cwd": str(run),
        "root": str(run),
        "kill_at": kill_at,
        "count_file": str(run / f"count-{kill_at}"),
    }


def copy_world(world: dict[str, Path], run: Path) -> Path:
    run.mkdir(parents=True)
    shutil.copy2(world["project"], run / "offer.amend")
    shutil.copytree(world["out"], run / "out")
    (run / "out-2").mkdir()
    (run / "out-2" / "notes.txt").write_text("counsel's notes\n", encoding="utf-8")
    return run


def consistent(run: Path) -> str:
    """'old', 'new', or what is wrong, after the project and DIR are opened again."""
    recover(run / "out-2")  # what the next export into DIR does first
    project = load_project(run / "offer.amend")  # finishes an interrupted save first
    left = [p.name for p in run.iterdir() if PENDING in p.name]
    if left:
        return f"neither: left beside the project: {left}"
    numbers = [a.number for a in project.series.amendments]
    first = project.series.amendments[0].outputs.get("token")
    if first != read_manifest(run / "out").get("token"):
        return "neither: Amendment No. 1's folder changed"
    held = read_manifest(run / "out-2").get("token")
    if numbers == [1]:
        return "old" if held is None else f"neither: the project is old, out-2 holds {held}"
    recorded = project.series.current.outputs.get("token")
    if numbers != [1, 2] or held != recorded:
        return f"neither: the project (amendments {numbers}) records {recorded}, DIR holds {held}"
    return "new"


def test_a_killed_amend_leaves_project_and_outputs_both_old_or_both_new(
    first_amendment: dict[str, Path], tmp_path: Path
) -> None:
    runs = int(os.environ.get("AMENDTOOL_FAULT_RUNS", "12"))
    seed = int(os.environ.get("AMENDTOOL_FAULT_SEED", random.randrange(10**6)))
    probe = copy_world(first_amendment, tmp_path / "probe")
    total = run_jobs([amend_job(first_amendment, probe, 0)], tmp_path / "p")
    assert total[0]["exit"] == 0, total
    assert consistent(probe) == "new"
    writes = int(total[0]["count"])  # type: ignore[call-overload]
    # the last writes are the ones between the outputs and the project: always among them
    tail = set(range(max(1, writes - 3), writes + 1))
    chosen = random.Random(seed).sample(range(1, writes + 1), min(runs, writes))
    points = sorted(tail | set(chosen))
    folders = [copy_world(first_amendment, tmp_path / f"run-{i}") for i in range(len(points))]
    jobs = [amend_job(first_amendment, f, p) for f, p in zip(folders, points, strict=True)]
    results = run_jobs(jobs, tmp_path / "kills")
    problems, outcomes = [], []
    for folder, point, result in zip(folders, points, results, strict=True):
        assert result["killed"], f"amend was not killed at write {point}: {result}"
        outcomes.append(found := consistent(folder))
        if found not in ("old", "new"):
            problems.append(f"killed at write {point} of {writes}: {found}")
    again = run_jobs([amend_job(first_amendment, f, 0) for f in folders], tmp_path / "next")
    for folder, result in zip(folders, again, strict=True):
        assert result["exit"] == 0, result
        if (found := consistent(folder)) != "new":
            problems.append(f"after the next run: {found}")
    print(f"seed {seed}, {writes} writes, killed at {points}: {outcomes}")
    assert "old" in outcomes and "new" in outcomes, outcomes
    assert not problems, f"seed {seed}:\n" + "\n".join(problems)


def test_a_failed_write_of_the_outputs_leaves_the_project_as_it_was(
    first_amendment: dict[str, Path], tmp_path: Path
) -> None:
    run = copy_world(first_amendment, tmp_path / "run")
    before = (run / "offer.amend").read_bytes()
    shutil.rmtree(run / "out-2")
    (run / "out-2").write_text("a file where the folder should be\n", encoding="utf-8")
    argv = amend_job(first_amendment, run, 0)["argv"]
    done = subprocess.run(
        [sys.executable, "-m", "amendtool", *argv],  # type: ignore[misc]
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 2, done.stderr
    assert (run / "offer.amend").read_bytes() == before
    assert not [p.name for p in run.iterdir() if PENDING in p.name]
