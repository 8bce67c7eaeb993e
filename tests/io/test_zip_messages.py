"""What a package that is no Word document is said to be: an empty archive is called
empty (it was "other files ()"), and a ZIP64 archive's part count is never printed as the
65,535 its end record holds in place of the real one."""

from __future__ import annotations

import io
import struct
import zipfile
from pathlib import Path

import pytest

from amendtool.core.errors import InputError
from amendtool.io.load import load_document
from amendtool.io.safe_zip import _check_part_count


def test_an_empty_archive_is_called_empty(tmp_path: Path) -> None:
    path = tmp_path / "offer.docx"
    with zipfile.ZipFile(path, "w"):
        pass
    with pytest.raises(InputError) as refused:
        load_document(path)
    assert "an empty ZIP archive, not a Word document" in str(refused.value)
    assert "()" not in str(refused.value)


@pytest.mark.parametrize(
    ("entries", "said"), [(0xFFFF, "has 65,535 parts or more,"), (9_000, "has 9,000 parts,")]
)
def test_a_runaway_part_count_is_said_as_read(entries: int, said: str) -> None:
    end = b"PK\x05\x06" + struct.pack("<HHHHIIH", 0, 0, entries, entries, 0, 0, 0)
    with pytest.raises(InputError) as refused:
        _check_part_count(Path("offer.docx"), memoryview(io.BytesIO(b"x" * 40 + end).getvalue()))
    assert said in str(refused.value)
