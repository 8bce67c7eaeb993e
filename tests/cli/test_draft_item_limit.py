"""A revision that would take more items than a project holds is refused by `draft` before
anything is written: a project saved with 5,006 items was then refused by `check`, `export`
and a second `draft` as "changed outside amendtool"."""

from __future__ import annotations

from pathlib import Path

import pytest

from amendtool.core import text_limits
from tests.conftest import SAMPLES
from tests.support.series_cli import run


def _offers(tmp_path: Path, sections: int) -> tuple[Path, Path]:
    original, revised = tmp_path / "orig.txt", tmp_path / "rev.txt"
    for path, verb in ((original, "elect"), (revised, "choose")):
        text = "".join(
            f"{n}. Matter {n}\n\nThe holder may {verb} to exchange option {n} now.\n\n"
            for n in range(1, sections + 1)
        )
        path.write_text(text, encoding="utf-8")
    return original, revised


def test_more_items_than_a_project_holds_are_refused_before_writing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(text_limits, "MAX_ITEMS", 5)
    original, revised = _offers(tmp_path, 8)
    out, project = tmp_path / "out", tmp_path / "offer.amend"
    status, _, err = run(
        capsys, "draft", original, revised, "--filing", SAMPLES / "filing.toml",
        "--out", out, "--project", project,
    )  # fmt: skip
    assert status == 2
    refusal = [line for line in err.splitlines() if "more than amendtool drafts" in line]
    assert refusal == [
        "amendtool: rev.txt: differs from the original in 8 places, more than amendtool "
        "drafts as one amendment (5 items): check that it is the revision of this original, "
        "or amend it in steps"
    ]
    assert not out.exists() and not project.exists()


def test_as_many_items_as_a_project_holds_are_drafted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(text_limits, "MAX_ITEMS", 5)
    original, revised = _offers(tmp_path, 5)
    out = tmp_path / "out"
    status, _, err = run(
        capsys, "draft", original, revised, "--filing", SAMPLES / "filing.toml", "--out", out
    )
    assert status in (0, 1), err
    assert (out / "items.json").exists()
    status, _, err = run(capsys, "check", out / "items.json")
    assert "more than amendtool drafts" not in err
