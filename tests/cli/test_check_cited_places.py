"""A project whose item cites a plausible but wrong place (a page or a section name edited
by hand, or left from an older original) fails `check`: each item's place is counted again
from the original and every one that differs is an error naming the item and both places."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from amendtool.core.items import letter
from tests.conftest import SAMPLES
from tests.support.series_cli import filing_toml, run


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    folder = tmp_path_factory.mktemp("drafted")
    project = folder / "offer.amend"
    from amendtool.cli import main

    argv = ["draft", str(SAMPLES / "offer-to-exchange.txt")]
    argv += [str(SAMPLES / "offer-to-exchange-revised.txt"), "--filing"]
    filing = filing_toml(folder / "filing.toml")  # the precedent's notice: a clean check
    argv += [str(filing), "--out", str(folder / "out"), "--project", str(project)]
    assert main(argv) == 0
    data: dict[str, Any] = json.loads(project.read_text(encoding="utf-8"))
    return data


def _changes(data: dict[str, Any]) -> list[dict[str, Any]]:
    return [i for i in data["amendments"][0]["items"] if i["kind"] != "file_exhibit"]


def _edited(data: dict[str, Any], edit: str) -> tuple[dict[str, Any], int]:
    """The project with one item's page or section name changed to another the offer has."""
    data = copy.deepcopy(data)
    items = _changes(data)
    if edit == "page":
        index = next(i for i, item in enumerate(items) if item.get("page"))
        items[index]["page"] = str(int(items[index]["page"]) + 1)
    else:
        index = next(i for i, item in enumerate(items) if item["locator"]["section_name"])
        names = {i["locator"]["section_name"] for i in items} - {None, ""}
        other = sorted(names - {items[index]["locator"]["section_name"]})
        wrong = other[0] if other else "Conditions of the Offer"
        items[index]["locator"][edit] = wrong
    return data, index


def test_a_project_as_drafted_cites_its_places(
    capsys: pytest.CaptureFixture[str], drafted: dict[str, Any], tmp_path: Path
) -> None:
    path = tmp_path / "as-drafted.amend"
    path.write_text(json.dumps(drafted), encoding="utf-8")
    status, _, err = run(capsys, "check", path)
    assert status == 0 and "counted again from the original" not in err, err


@pytest.mark.parametrize("edit", ["page", "section_name"])
def test_a_wrong_cited_place_is_an_error_naming_the_item(
    edit: str, capsys: pytest.CaptureFixture[str], drafted: dict[str, Any], tmp_path: Path
) -> None:
    data, index = _edited(drafted, edit)
    path = tmp_path / "edited.amend"
    path.write_text(json.dumps(data), encoding="utf-8")
    status, _, err = run(capsys, "check", path)
    assert status == 1, err
    said = [line for line in err.splitlines() if "counted again from the original" in line]
    assert len(said) == 1 and f"item {letter(index)}" in said[0], err
    assert "error" in said[0]
