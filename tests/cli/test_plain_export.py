"""A plain notice with a placeholder left: `draft` writes and warns, `check` names it,
`export` refuses (even with --force) until counsel has written every paragraph."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import SAMPLES


def amendtool(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "amendtool", *args], capture_output=True, text=True, timeout=120
    )


def test_export_refuses_until_every_placeholder_is_written(tmp_path: Path) -> None:
    from amendtool.io.project_file import load_project, save_project

    project = tmp_path / "p.amend"
    drafted = amendtool(
        "draft",
        str(SAMPLES / "offer-to-exchange.txt"),
        str(SAMPLES / "offer-to-exchange-revised.txt"),
        "--filing",
        str(SAMPLES / "filing.toml"),
        "--out",
        str(tmp_path / "draft"),
        "--project",
        str(project),
    )
    assert drafted.returncode == 0, drafted.stderr
    waiting = [
        line.split(":")[2].strip()
        for line in drafted.stderr.splitlines()
        if "the notice's plain paragraph still has a placeholder" in line
    ]
    assert waiting == ["item A", "item C", "item D"]  # E and F only clarify
    assert (tmp_path / "draft" / "employee-notice.docx").exists()

    checked = amendtool("check", str(project))
    assert checked.returncode == 1
    assert "error: item D: the notice's plain paragraph still has a placeholder" in checked.stderr

    refused = amendtool("export", str(project), "--out", str(tmp_path / "out"), "--force")
    assert refused.returncode == 1 and not (tmp_path / "out").exists()
    assert (
        "export refused: the employee notice still has a placeholder for counsel in item A, "
        "item C, item D; write those paragraphs first"
    ) in refused.stderr

    saved = load_project(project)
    for item in saved.items:
        item.set_plain_summary("We changed this to make the offer clearer for you.")
    save_project(saved, project)
    exported = amendtool("export", str(project), "--out", str(tmp_path / "out"))
    assert exported.returncode == 0, exported.stderr
    assert (tmp_path / "out" / "employee-notice.docx").exists()
