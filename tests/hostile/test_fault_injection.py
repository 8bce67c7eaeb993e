"""kill -9 at any point of the write phase: the set in DIR is wholly old or wholly new.

A folder holds a complete earlier export (exhibit (a)(11)) and counsel's own file; an export
whose exhibit became (a)(12) is killed just before a random one of its file-system writes.
Where DIR can be swapped in one step the set is checked at once; where files are moved one
by one (DIR holding a folder) it is checked once the next run's recovery has run. Then the
next export runs and nothing of the interrupted one survives.

AMENDTOOL_FAULT_RUNS sets the number of kills per kind of folder (default 20 in all);
AMENDTOOL_FAULT_SEED repeats a run.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from documents import as_text, edited, exportable_filing, offer

from amendtool.io.leftovers import recover
from amendtool.io.output_set import MANIFEST, read_manifest, staging_folders

ROOT = Path(__file__).resolve().parents[2]
RUNS = {"swap": 12, "journal": 5, "new": 3}
USER_FILE = "counsel-notes.txt"


def _runs_per_kind() -> dict[str, int]:
    total = int(os.environ.get("AMENDTOOL_FAULT_RUNS", "0"))
    if not total:
        return RUNS
    return {kind: max(1, total * share // 20) for kind, share in RUNS.items()}


def run_jobs(jobs: list[dict[str, object]], work: Path) -> list[dict[str, object]]:
    work.mkdir(parents=True, exist_ok=True)
    jobs_file, results_file = work / "jobs.json", work / "results.json"
    jobs_file.write_text(json.dumps(jobs), encoding="utf-8")
    runner = Path(__file__).parent / "fault_runner.py"
    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONDONTWRITEBYTECODE="1")
    subprocess.run(
        [sys.executable, str(runner), str(jobs_file), str(results_file)],
        check=True,
        timeout=1800,
        env=env,
    )
    return json.loads(results_file.read_text(encoding="utf-8"))


def export_job(
    project: Path, out: Path, root: Path, kill_at: int, counts: Path
) -> dict[str, object]:
    counts.mkdir(parents=True, exist_ok=True)
    return {
        "argv": ["export", str(project), "--out", str(out), "--force"],
        "cwd": str(counts),
        "root": str(root),
        "kill_at": kill_at,
        "count_file": str(counts / f"count-{abs(hash((str(out), kill_at)))}"),
    }


@pytest.fixture(scope="module")
def projects(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A project whose notice is exhibit (a)(11), the same with (a)(12), and the export
    the second must give (the reference)."""
    folder = tmp_path_factory.mktemp("fault-world")
    original, revised = folder / "original.txt", folder / "revised.txt"
    original.write_text(as_text(offer()), encoding="utf-8")
    revised.write_text(as_text(edited(offer())), encoding="utf-8")
    made: dict[str, Path] = {}
    for label, exhibit in (("old", "(a)(11)"), ("new", "(a)(12)")):
        filing = exportable_filing(folder, exhibit)
        made[label] = folder / f"{label}.amend"
        command = [sys.executable, "-m", "amendtool", "draft", str(original), str(revised)]
        command += ["--filing", str(filing), "--out", str(folder / f"draft-{label}")]
        command += ["--project", str(made[label])]
        done = subprocess.run(command, capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr
    # one project, its notice's exhibit changed: its later export replaces its earlier one
    data = json.loads(made["new"].read_text(encoding="utf-8"))
    data["identity"] = json.loads(made["old"].read_text(encoding="utf-8"))["identity"]
    made["new"].write_text(json.dumps(data), encoding="utf-8")
    reference = folder / "reference"
    run_jobs([export_job(made["new"], reference, folder, 0, folder / "counts")], folder / "ref")
    made["reference"] = reference
    return made


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file in `folder` and below, by relative path."""
    if not folder.exists():
        return {}
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.is_symlink()
    }


def state(out: Path, before: dict[str, bytes], reference: Path, user: dict[str, bytes]) -> str:
    """'old', 'new', or what is wrong."""
    now = snapshot(out)
    if now == before:
        return "old"
    manifest = read_manifest(out)
    expected = read_manifest(reference)
    if not manifest:
        return f"neither: no manifest, files {sorted(now)}"
    listed = manifest["files"]
    assert isinstance(listed, dict)
    if sorted(listed) != sorted(expected["files"]):  # type: ignore[arg-type]
        return f"neither: manifest lists {sorted(listed)}"
    for name, digest in listed.items():
        if hashlib.sha256(now.get(name, b"")).hexdigest() != digest:
            return f"neither: {name} is not the file the manifest names"
    if now["items.json"] != (reference / "items.json").read_bytes():
        return "neither: items.json is not the new export's"
    ours = set(listed) | {MANIFEST}
    others = {k: v for k, v in now.items() if k not in ours}
    if others != user:
        return f"neither: counsel's files changed: {sorted(others)} vs {sorted(user)}"
    return "new"


@pytest.fixture(scope="module")
def earlier_export(projects: dict[str, Path]) -> Path:
    """A complete (a)(11) export with counsel's own file beside it, copied for each run."""
    folder = projects["old"].parent / "earlier"
    counts = projects["old"].parent / "counts"
    run_jobs([export_job(projects["old"], folder, folder.parent, 0, counts)], counts / "setup")
    (folder / USER_FILE).write_text("counsel's own notes\n", encoding="utf-8")
    assert (folder / "exhibit-a11.txt").exists()
    return folder


def prepare(kind: str, out: Path, earlier: Path) -> dict[str, bytes]:
    """DIR as the kind needs it: the earlier export (and, for 'journal', a folder of
    counsel's, which a one-step swap must not move); none for 'new'."""
    if kind == "new":
        return {}
    shutil.copytree(earlier, out)
    if kind == "journal":
        (out / "drafts").mkdir()
        (out / "drafts" / "v1.txt").write_text("an earlier draft\n", encoding="utf-8")
    return snapshot(out)


@pytest.mark.parametrize("kind", ["swap", "journal", "new"])
def test_killed_exports_leave_the_set_wholly_old_or_wholly_new(
    kind: str, projects: dict[str, Path], earlier_export: Path, tmp_path: Path
) -> None:
    runs = _runs_per_kind()[kind]
    seed = int(os.environ.get("AMENDTOOL_FAULT_SEED", random.randrange(10**6)))
    chooser = random.Random(seed)
    counts = tmp_path / "counts"
    # how many writes a whole export makes into such a folder
    probe = tmp_path / "probe" / "out"
    probe.parent.mkdir()
    prepare(kind, probe, earlier_export)
    total = run_jobs([export_job(projects["new"], probe, probe.parent, 0, counts)], counts / "p")
    writes = int(total[0]["count"])  # type: ignore[call-overload]
    assert writes > 3, f"the export made only {writes} writes"
    points = sorted(chooser.sample(range(1, writes + 1), min(runs, writes)))
    outs, befores, jobs = [], [], []
    for index, point in enumerate(points):
        out = tmp_path / f"run-{index}" / "out"
        out.parent.mkdir()
        befores.append(prepare(kind, out, earlier_export))
        outs.append(out)
        jobs.append(export_job(projects["new"], out, out.parent, point, counts))
    results = run_jobs(jobs, counts / "kills")
    outcomes: dict[str, int] = {}
    problems = []
    user = {k: v for k, v in befores[0].items() if not _ours(k, befores[0])} if befores[0] else {}
    for out, before, point, result in zip(outs, befores, points, results, strict=True):
        assert result["killed"], f"the export was not killed at write {point}: {result}"
        if kind == "journal":
            recover(out)  # what the next run does first
        found = state(out, before, projects["reference"], user)
        outcomes[found] = outcomes.get(found, 0) + 1
        if found not in ("old", "new"):
            problems.append(f"killed at write {point} of {writes}: {found}")
    nexts = [export_job(projects["new"], out, out.parent, 0, counts) for out in outs]
    for out, result in zip(outs, run_jobs(nexts, counts / "next"), strict=True):
        assert result["exit"] == 0, result
        if (found := state(out, {}, projects["reference"], user)) != "new":
            problems.append(f"after the next run: {found}")
        if left := staging_folders(out):
            problems.append(f"after the next run, left: {[p.name for p in left]}")
    print(f"{kind}: seed {seed}, {writes} writes, killed at {points}: {outcomes}")
    assert not problems, f"seed {seed}:\n" + "\n".join(problems)


def _ours(name: str, files: dict[str, bytes]) -> bool:
    manifest = json.loads(files.get(MANIFEST, b"{}") or b"{}")
    return name in manifest.get("files", {}) or name == MANIFEST


def test_a_staging_folder_without_amendtools_manifest_is_never_touched(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    stranger = tmp_path / ".out.amendtool-123456789abc"
    stranger.mkdir()
    (stranger / "keep.txt").write_text("not amendtool's", encoding="utf-8")
    recover(out)
    assert (stranger / "keep.txt").exists()
    shutil.rmtree(stranger)
