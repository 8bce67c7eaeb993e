"""A zip bomb is refused from the sizes its headers give, before any of it is inflated: the
count of paragraphs that guards the reader ran first and inflated a 6 GB part whole (15 s)
to reach the same refusal."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from amendtool.core.errors import InputError
from amendtool.io import work_budget
from amendtool.io.load import load_document


def test_a_zip_bomb_is_refused_before_its_parts_are_inflated(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", b"<Types/>")
        body = b"<w:document><w:body>" + b" " * (40 * 2**20) + b"</w:body></w:document>"
        archive.writestr("word/document.xml", body)
    path = tmp_path / "offer.docx"
    path.write_bytes(buffer.getvalue())

    def inflated(data: bytes) -> int:
        raise AssertionError("a part of the package was inflated before its sizes were read")

    monkeypatch.setattr(work_budget, "_word_units", inflated)
    with pytest.raises(InputError, match="zip bomb"):
        load_document(path)
