"""`amendtool check` lists findings, exits 1 on errors and 0 when clean; `export` refuses."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import SAMPLES


def amendtool(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "amendtool", *args], capture_output=True, text=True, timeout=120
    )


def precedent_filing(folder: Path, text: str | None = None) -> Path:
    """The sample's filing details with the notice in the precedent style (the filing's own
    instructions, numbered), which leaves no paragraph for counsel to write."""
    text = text if text is not None else (SAMPLES / "filing.toml").read_text()
    path = folder / "filing.toml"
    path.write_text(text.replace("[notice]\n", '[notice]\nstyle = "precedent"\n', 1))
    return path


def test_clean_pair_exits_0(tmp_path: Path) -> None:
    result = amendtool(
        "check",
        str(SAMPLES / "offer-to-exchange.docx"),
        str(SAMPLES / "offer-to-exchange-revised.docx"),
        "--filing",
        str(precedent_filing(tmp_path)),
    )
    assert result.returncode == 0, result.stderr
    assert "6 items checked: no errors" in result.stdout


def test_late_amendment_exits_1_and_export_refuses_without_force(tmp_path: Path) -> None:
    filing = (SAMPLES / "filing.toml").read_text().replace("date = 2026-04-09", "date = 2026-04-20")
    late = precedent_filing(tmp_path, filing)
    project = tmp_path / "p.amend"
    drafted = amendtool(
        "draft",
        str(SAMPLES / "offer-to-exchange.txt"),
        str(SAMPLES / "offer-to-exchange-revised.txt"),
        "--filing",
        str(late),
        "--out",
        str(tmp_path / "out"),
        "--project",
        str(project),
    )
    assert drafted.returncode == 0  # drafting always writes
    # one severity everywhere: what check and export call an error, the draft calls one too
    assert "error: after a material change" in drafted.stderr
    assert "warning: after a material change" not in drafted.stderr
    checked = amendtool("check", str(project))
    assert checked.returncode == 1
    assert "error: after a material change the offer must stay open 5 business days" in (
        checked.stderr
    )
    refused = amendtool("export", str(project), "--out", str(tmp_path / "export"))
    assert refused.returncode == 1 and not (tmp_path / "export").exists()
    forced = amendtool("export", str(project), "--out", str(tmp_path / "export"), "--force")
    assert forced.returncode == 0
    assert (tmp_path / "export" / "schedule-to-amendment.docx").exists()
    # written anyway, the error is still said as one (never demoted to a warning)
    assert "error: after a material change" in forced.stderr
    assert "warning: after a material change" not in forced.stderr


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="displays are Linux's concern")
def test_no_display_gives_a_clear_message_instead_of_a_crash() -> None:
    import os

    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    result = subprocess.run(
        [sys.executable, "-m", "amendtool"], capture_output=True, text=True, timeout=60, env=env
    )
    assert result.returncode == 2
    assert "no display to open the app on" in result.stderr


def test_redrafting_into_a_project_keeps_counsels_wording(tmp_path: Path) -> None:
    from amendtool.io.project_file import load_project, save_project

    project = tmp_path / "p.amend"
    args = (
        "draft",
        str(SAMPLES / "offer-to-exchange.txt"),
        str(SAMPLES / "offer-to-exchange-revised.txt"),
        "--filing",
        str(SAMPLES / "filing.toml"),
        "--out",
        str(tmp_path / "out"),
        "--project",
        str(project),
    )
    assert amendtool(*args).returncode == 0
    saved = load_project(project)
    saved.items[2].set_overrides("Counsel's instruction for item C:", None)
    save_project(saved, project)
    again = amendtool(*args)
    assert again.returncode == 0
    assert "kept counsel's wording or classification for 1 item(s)" in again.stderr
    import json

    items = json.loads((tmp_path / "out" / "items.json").read_text())["items"]
    assert items[2]["filing_text"] == "Counsel's instruction for item C:"


def test_a_redline_the_word_file_cannot_carry_leaves_the_filing_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from amendtool import cli
    from amendtool.io import redline_docx

    def refuse(amendment, *options):  # type: ignore[no-untyped-def]
        raise redline_docx.RedlineError("a table row changed on its own is not redlined")

    monkeypatch.setattr(redline_docx, "build_review_documents", refuse)
    code = cli.main(
        [
            "draft",
            str(SAMPLES / "offer-to-exchange.docx"),
            str(SAMPLES / "offer-to-exchange-revised.docx"),
            "--filing",
            str(SAMPLES / "filing.toml"),
            "--out",
            str(tmp_path),
        ]
    )
    assert code == 0
    written = {p.name for p in tmp_path.iterdir()}
    assert {"schedule-to-amendment.docx", "employee-notice.docx", "items.json"} <= written
    assert not {"redline.docx", "conformed-offer.docx"} & written
    assert "redline.docx not written: a table row changed" in capsys.readouterr().err
