"""A Word package holding two parts of one name (two word/document.xml entries) is damaged:
Word refuses it or shows one of them, so what was read may not be what counsel sees. It is
refused as damaged, never read from either entry."""

from __future__ import annotations

import io
import sys
import warnings
import zipfile
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from documents import as_docx, offer
from test_input_gate import refused


def with_second(package: bytes, name: str, stored_as: str) -> bytes:
    """`package` with a second entry `stored_as` holding part `name` changed."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(package)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            target.writestr(info, source.read(info))
        changed = source.read(name).replace(b"usual one", b"other one")
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # zipfile warns of the duplicate it writes
            target.writestr(stored_as, changed)
    return out.getvalue()


@pytest.mark.parametrize(
    "stored_as", ["word/document.xml", "Word/Document.XML"], ids=["same", "other-case"]
)
def test_a_package_with_two_parts_of_one_name_is_refused_as_damaged(
    stored_as: str, tmp_path: Path
) -> None:
    path = tmp_path / "offer.docx"
    path.write_bytes(with_second(as_docx(offer()), "word/document.xml", stored_as))
    message = refused(path)
    assert "offer.docx" in message and "damaged" in message
    assert "word/document.xml" in message.lower()
