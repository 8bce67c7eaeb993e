"""A project file damaged or edited by hand: a key or a value taken out anywhere gives either
the project (what is left reads) or one line naming the file and the broken entry in
counsel's words, exit 2 — never a Python exception's name ("KeyError: 'kind'")."""

from __future__ import annotations

import copy
import json
import random
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from amendtool.cli import main
from amendtool.core.errors import InputError
from amendtool.io.project_file import load_project

# what only a programmer reads: an exception's name, a Python type, a constructor's complaint
PYTHON_WORDS = re.compile(
    r"\b\w*(Error|Exception)\b|NoneType|\bdict\b|\bstr\b|__\w+__|positional|keyword argument"
)


def _paths(value: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Every key, and the first entry of every list, down to the leaves."""
    if isinstance(value, dict):
        for key, inner in value.items():
            yield (*path, key)
            yield from _paths(inner, (*path, key))
    elif isinstance(value, list) and value:
        yield (*path, 0)
        yield from _paths(value[0], (*path, 0))


def _spoiled(base: dict[str, Any], path: tuple[Any, ...], how: str) -> dict[str, Any]:
    data = copy.deepcopy(base)
    container = data
    for step in path[:-1]:
        container = container[step]
    if how == "deleted":
        del container[path[-1]]
    else:
        container[path[-1]] = None
    return data


def _refused(base: dict[str, Any], folder: Path, where: tuple[Any, ...]) -> str:
    """The line a project with the key at `where` taken out is refused with."""
    path = folder / "damaged.amend"
    path.write_text(json.dumps(_spoiled(base, where, "deleted")), encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_project(path)
    return str(caught.value)


def _said_in_words(line: str, name: str) -> None:
    assert line.startswith(f"{name}: "), line
    assert not PYTHON_WORDS.search(line), line
    assert "\n" not in line


def test_every_key_taken_out_reads_or_is_refused_in_words(
    base: dict[str, Any], tmp_path: Path
) -> None:
    path = tmp_path / "damaged.amend"
    refused = 0
    for how in ("deleted", "emptied"):
        for where in _paths(base):
            path.write_text(json.dumps(_spoiled(base, where, how)), encoding="utf-8")
            try:
                load_project(path)
            except InputError as exc:
                _said_in_words(str(exc), "damaged.amend")
                refused += 1
    assert refused > 50  # the property was tried on damage that matters


def test_an_item_without_its_kind_is_named_as_counsel_sees_it(
    base: dict[str, Any], tmp_path: Path
) -> None:
    line = _refused(base, tmp_path, ("amendments", 0, "items", 0, "kind"))
    assert "Amendment No. 1, item 1" in line
    assert '"kind" is missing' in line
    assert "open a recovery copy" in line


@pytest.mark.parametrize("seed", range(3))
def test_random_damage_through_the_command_line_is_one_line_and_exit_2(
    base: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str], seed: int
) -> None:
    """Several keys and values taken out at once, at random (the seed is the test's)."""
    chosen = random.Random(seed)
    data = base
    for _ in range(4):
        where = chosen.choice(list(_paths(data)))
        data = _spoiled(data, where, chosen.choice(("deleted", "emptied")))
    path = tmp_path / "random.amend"
    path.write_text(json.dumps(data), encoding="utf-8")
    code = main(["check", str(path)])
    err = capsys.readouterr().err
    assert code in (0, 1, 2), err
    if code == 2:
        lines = err.strip().splitlines()
        assert len(lines) == 1, lines
        _said_in_words(lines[0], "amendtool: random.amend")


def test_a_field_missing_inside_an_items_place_is_named_by_its_path(
    base: dict[str, Any], tmp_path: Path
) -> None:
    line = _refused(base, tmp_path, ("amendments", 0, "items", 0, "locator", "section_id"))
    assert 'Amendment No. 1, item 1: "locator.section_id" is missing' in line, line
    assert "(amendments[0].items[0].locator.section_id)" in line


def _whole_numbers(value: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """The place of every whole number in the project (the first entry of each list)."""
    if isinstance(value, int) and not isinstance(value, bool):
        yield path
    elif isinstance(value, dict):
        for key, inner in value.items():
            yield from _whole_numbers(inner, (*path, key))
    elif isinstance(value, list) and value:
        yield from _whole_numbers(value[0], (*path, 0))


@pytest.mark.parametrize("digits", [31, 100_000])
def test_every_whole_number_of_absurd_size_is_one_line_naming_the_damage(
    base: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str], digits: int
) -> None:
    places = list(_whole_numbers(base))
    assert ("schema_version",) in places and ("amendments", 0, "number") in places
    path = tmp_path / "numbers.amend"
    for where in places:
        data = copy.deepcopy(base)
        container = data
        for step in where[:-1]:
            container = container[step]
        container[where[-1]] = "RUNAWAY"
        path.write_text(json.dumps(data).replace('"RUNAWAY"', "9" * digits), encoding="utf-8")
        assert main(["check", str(path)]) == 2, where
        lines = capsys.readouterr().err.strip().splitlines()
        assert len(lines) == 1, (where, lines)
        _said_in_words(lines[0], "amendtool: numbers.amend")
        assert "damaged" in lines[0] and "9" * 40 not in lines[0], (where, lines[0])


def test_an_amendment_numbered_past_any_offer_is_refused(
    base: dict[str, Any], tmp_path: Path
) -> None:
    data = copy.deepcopy(base)
    data["amendments"][0]["number"] = 10**9
    path = tmp_path / "numbered.amend"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_project(path)
    line = str(caught.value)
    _said_in_words(line, "numbered.amend")
    assert "(amendments[0].number)" in line, line
