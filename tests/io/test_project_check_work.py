"""Opening a project checks each saved paragraph against its dataclass's annotations, read
once for the dataclass: read for each paragraph (each annotation compiled anew), a project
of 100,000 paragraphs took a minute of CPU to be refused. Counted, never timed."""

from __future__ import annotations

import contextlib
import copy
import io
import json
import typing
from pathlib import Path
from typing import Any

import pytest

from amendtool.cli import main
from amendtool.io.project_file import load_project
from tests.conftest import SAMPLES


@pytest.fixture(scope="module")
def project_data(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    folder = tmp_path_factory.mktemp("project")
    project = folder / "offer.amend"
    argv = ["draft", str(SAMPLES / "offer-to-exchange.txt")]
    argv += [str(SAMPLES / "offer-to-exchange-revised.txt"), "--filing"]
    argv += [str(SAMPLES / "filing.toml"), "--out", str(folder / "out"), "--project", str(project)]
    with contextlib.redirect_stderr(io.StringIO()), contextlib.redirect_stdout(io.StringIO()):
        assert main(argv) == 0
    data: dict[str, Any] = json.loads(project.read_text(encoding="utf-8"))
    return data


def _annotations_read(data: dict[str, Any], extra: int, folder: Path) -> int:
    """Dataclass annotations read while opening the project with `extra` more paragraphs."""
    changed = copy.deepcopy(data)
    revised = changed["amendments"][0]["revised"]
    section = next(s for s in revised["sections"] if s["paragraphs"])
    first = section["paragraphs"][0]
    section["paragraphs"] += [dict(first, id=f"more-{i}", text=f"More {i}.") for i in range(extra)]
    path = folder / f"more-{extra}.amend"
    path.write_text(json.dumps(changed), encoding="utf-8")
    read = 0
    get_type_hints = typing.get_type_hints

    def counted(*args: Any, **named: Any) -> Any:
        nonlocal read
        read += 1
        return get_type_hints(*args, **named)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(typing, "get_type_hints", counted)
        opened = load_project(path)
    assert len(opened.series.current.revised.paragraphs()) >= extra  # every one was read
    return read


def test_a_project_is_checked_in_work_that_does_not_grow_with_its_annotations(
    project_data: dict[str, Any], tmp_path: Path
) -> None:
    _annotations_read(project_data, 1, tmp_path)  # read once, on first use
    few = _annotations_read(project_data, 20, tmp_path)
    many = _annotations_read(project_data, 80, tmp_path)
    assert many <= few, (few, many)


def _annotations_taken_apart(data: dict[str, Any], extra: int, folder: Path) -> int:
    """Annotations taken apart (typing.get_origin) while the project with `extra` more
    paragraphs is checked, each kind's check worked out anew."""
    from amendtool.io import project_checks

    changed = copy.deepcopy(data)
    revised = changed["amendments"][0]["revised"]
    section = next(s for s in revised["sections"] if s["paragraphs"])
    first = section["paragraphs"][0]
    section["paragraphs"] += [dict(first, id=f"more-{i}", text=f"More {i}.") for i in range(extra)]
    path = folder / f"apart-{extra}.amend"
    path.write_text(json.dumps(changed), encoding="utf-8")
    taken = 0
    get_origin = typing.get_origin

    def counted(hint: Any) -> Any:
        nonlocal taken
        taken += 1
        return get_origin(hint)

    project_checks._checker.cache_clear()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(typing, "get_origin", counted)
        opened = load_project(path)
    assert len(opened.series.current.revised.paragraphs()) >= extra  # every one was checked
    return taken


def test_each_annotation_is_taken_apart_once_not_for_each_paragraph(
    project_data: dict[str, Any], tmp_path: Path
) -> None:
    """A project of a 20,000-row table took seconds to open, each of its values checked by
    taking its annotation apart again; worked out once a kind, the work is the same for 20
    paragraphs more as for 200."""
    few = _annotations_taken_apart(project_data, 20, tmp_path)
    many = _annotations_taken_apart(project_data, 200, tmp_path)
    assert many == few, (few, many)
