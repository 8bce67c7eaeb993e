"""`amendtool classify`: counsel records an item's class (and why) from the command line, as
in the app's item panel; check lists it as counsel's choice and times the offer by it;
--clear goes back to the tool's proposal; a filed amendment is refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from amendtool.io.project_file import load_project, save_project
from tests.conftest import SAMPLES
from tests.support.series_cli import filing_toml, first_amendment, run


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


def test_extension_is_refused_for_an_item_that_moves_no_expiration(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Item A extends the offer (its cover line moves to April 30); item B changes the
    threshold only: "extension" would time nothing for it, so it is refused, in one line
    that says why, and the project is not touched."""
    text = (SAMPLES / "offer-to-exchange.txt").read_text(encoding="utf-8")
    original, revised = tmp_path / "o.txt", tmp_path / "r.txt"
    original.write_text(text, encoding="utf-8")
    moved = text.replace("ON APRIL 23, 2026, UNLESS", "ON APRIL 30, 2026, UNLESS")
    revised.write_text(moved.replace("$12.00", "$11.00", 1), encoding="utf-8")
    project = tmp_path / "p.amend"
    details = filing_toml(tmp_path / "filing.toml")
    status, _, err = run(
        capsys, "draft", original, revised, "--filing", details,
        "--out", tmp_path / "out", "--project", project,
    )  # fmt: skip
    assert status == 0, err
    extending, other = load_project(project).items[:2]
    assert "APRIL 30" in extending.new_text and "$11.00" in other.new_text

    saved = project.read_bytes()
    status, _, err = run(capsys, "classify", project, "B", "extension")
    assert status == 2
    [line] = err.strip().splitlines()
    assert "item B moves no expiration date or time, so it cannot be classed an extension" in line
    assert "choose clarifying, material or consideration" in line
    assert project.read_bytes() == saved

    status, out, err = run(capsys, "classify", project, "A", "extension")
    assert status == 0, err
    assert "item A: extension, counsel's choice" in out


@pytest.mark.parametrize("typed", ["counsel: test", "Counsel: counsel: test", "Reason: test"])
def test_a_reason_typed_with_counsels_label_is_not_labelled_twice(
    capsys: pytest.CaptureFixture[str], project: Path, typed: str
) -> None:
    status, _, err = run(capsys, "classify", project, "a", "material", "--reason", typed)
    assert status == 0, err
    assert load_project(project).items[0].counsel_reason == "test"
    _, listed, _ = run(capsys, "check", project)
    line = next(x for x in listed.splitlines() if x.strip().startswith("A "))
    assert "counsel: test;" in line and "counsel: counsel" not in line.lower(), line
