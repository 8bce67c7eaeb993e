"""`amendtool classify`: counsel records an item's class (and why) from the command line, as
in the app's item panel; check lists it as counsel's choice and times the offer by it;
--clear goes back to the tool's proposal; a filed amendment is refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from amendtool.io.project_file import load_project, save_project
from tests.support.series_cli import first_amendment, run


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return first_amendment(tmp_path)


def test_counsel_classifies_an_item_with_a_reason_and_clears_it(
    capsys: pytest.CaptureFixture[str], project: Path
) -> None:
    before = load_project(project).items[0]
    wanted = "clarifying" if before.materiality.value != "clarifying" else "material"
    status, out, err = run(
        capsys, "classify", project, "a", wanted, "--reason", "Only restates the summary."
    )
    assert status == 0, err
    assert f"item A: {wanted}, counsel's choice" in out
    item = load_project(project).items[0]
    assert item.materiality.value == wanted and item.counsel_materiality
    assert item.counsel_reason == "Only restates the summary."
    assert item.materiality_proposed == before.materiality_proposed  # the proposal stays beside
    _, listed, _ = run(capsys, "check", project)
    line = next(x for x in listed.splitlines() if x.strip().startswith("A "))
    assert "counsel" in line and "Only restates the summary." in line

    status, out, err = run(capsys, "classify", project, "A", "--clear")
    assert status == 0, err
    assert "item A: the tool's proposal again" in out
    item = load_project(project).items[0]
    assert not item.counsel_materiality and item.counsel_reason is None
    assert item.materiality == before.materiality_proposed


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (("Z", "material"), "has no item Z"),
        (("A", "urgent"), "urgent"),
        (("A",), "--clear"),
    ],
)
def test_a_wrong_item_or_class_is_refused_in_one_line(
    capsys: pytest.CaptureFixture[str], project: Path, args: tuple[str, ...], named: str
) -> None:
    saved = project.read_bytes()
    status, _, err = run(capsys, "classify", project, *args)
    assert status == 2, err
    assert named in err and "Traceback" not in err
    assert project.read_bytes() == saved


def test_a_filed_amendment_is_not_reclassified(
    capsys: pytest.CaptureFixture[str], project: Path
) -> None:
    loaded = load_project(project)
    loaded.series.file(len(loaded.series.amendments) - 1)
    save_project(loaded, project)
    saved = project.read_bytes()
    status, _, err = run(capsys, "classify", project, "A", "clarifying")
    assert status == 2
    [line] = err.strip().splitlines()
    assert "filed" in line and "offer.amend" in line
    assert project.read_bytes() == saved


def test_counsels_reason_is_kept_when_the_same_pair_is_drafted_again(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from tests.cli.test_check_timing import threshold_pair

    original, revised, filing = threshold_pair(tmp_path)
    project = tmp_path / "p.amend"
    draft = ("draft", original, revised, "--filing", filing, "--out", tmp_path / "out")
    status, _, err = run(capsys, *draft, "--project", project)
    assert status == 0, err
    reason = "The threshold only restates the board's earlier decision."
    status, _, err = run(capsys, "classify", project, "A", "clarifying", "--reason", reason)
    assert status == 0, err

    status, _, err = run(capsys, *draft, "--project", project)
    assert status == 0, err
    item = load_project(project).items[0]
    assert item.counsel_materiality and item.counsel_reason == reason
    _, listed, _ = run(capsys, "check", project)
    line = next(x for x in listed.splitlines() if x.strip().startswith("A "))
    assert f"counsel: {reason}" in line
