"""A revised file refused as no revision of the original says which file is which: the
revised file and the original are named as such, and when both have the same name each is
told by its folder (never "orig.txt keeps 21% of the words of orig.txt")."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from amendtool.core.errors import InputError
from amendtool.core.model import Document
from amendtool.core.unrelated_revision import refuse_unrelated
from tests.core.test_heading_marks import ORIGINAL


def filed_as(path: Path) -> Document:
    original = copy.deepcopy(ORIGINAL)
    original.source = str(path)
    return original


def unrelated() -> Document:
    other = copy.deepcopy(ORIGINAL)
    for paragraph in other.paragraphs():
        paragraph.text = "An unrelated letter about lunch."
    return other


def test_two_files_of_one_name_are_told_apart_by_their_folders(tmp_path: Path) -> None:
    original = filed_as(tmp_path / "filed" / "orig.txt")
    with pytest.raises(InputError) as raised:
        refuse_unrelated(original, unrelated(), tmp_path / "elsewhere" / "orig.txt")
    said = str(raised.value)
    assert said.startswith("orig.txt: the revised file")
    assert "of the words of the original" in said
    assert str(tmp_path / "filed") in said and str(tmp_path / "elsewhere") in said
    assert "not a revision of it" in said


def test_two_files_of_different_names_are_named_as_original_and_revised(tmp_path: Path) -> None:
    original = filed_as(tmp_path / "offer.txt")
    with pytest.raises(InputError) as raised:
        refuse_unrelated(original, unrelated(), tmp_path / "email.txt")
    said = str(raised.value)
    assert said.startswith("email.txt: the revised file keeps ")
    assert "of the words of the original (offer.txt)" in said
    assert str(tmp_path) not in said  # a folder only where the names alone cannot tell
