"""A refusal names the file so that counsel knows which one was meant and says what to do:
a device or a folder by its whole path ("/dev/zero", not "zero"), a document by its name;
and every refusal of a damaged or hostile file gives a step to take."""

from __future__ import annotations

from pathlib import Path

import pytest

from amendtool.core.errors import InputError
from amendtool.io.load import load_document


def test_a_device_or_a_folder_is_named_by_its_whole_path(tmp_path: Path) -> None:
    assert str(InputError("/dev/zero", "is not a regular file")).startswith("/dev/zero: ")
    assert str(InputError(tmp_path, "is a folder")).startswith(f"{tmp_path}: ")
    document = tmp_path / "orig.txt"
    document.write_text("An offer.", encoding="utf-8")
    assert str(InputError(document, "is damaged")).startswith("orig.txt: ")


def test_a_zip_bomb_and_a_deep_project_are_refused_with_a_step(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import zipfile

    from amendtool.io import safe_zip

    monkeypatch.setattr(safe_zip, "MAX_PART", 2**16)  # a part larger than any offer's
    bomb = tmp_path / "bomb.docx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<" + "a" * 2**17 + "/>")
    with pytest.raises(InputError) as refused:
        load_document(bomb)
    said = str(refused.value)
    assert "zip bomb" in said and "ask for the document again" in said, said
    from amendtool.io.project_file import load_project

    deep = tmp_path / "deep.amend"
    deep.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    with pytest.raises(InputError) as refused:
        load_project(deep)
    said = str(refused.value)
    assert "nested too deeply" in said and "; " in said.split("deeply", 1)[1], said
