"""A file is named in a refusal by what it holds when its name says otherwise: EDGAR HTML
saved as .txt, EDGAR text saved as .htm, a Word document saved as .htm, a ZIP archive of
other files saved as .docx. Counsel sees why the file is not what its name says."""

from __future__ import annotations

import io
import sys
import zipfile
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from documents import as_docx, as_text, offer

from amendtool.core.errors import InputError
from amendtool.io.load import load_document

EMPTY_HTML = "<html><body><div><p> </p></div></body></html>\n"
EMPTY_TEXT = "   \n<PAGE>\n  \n"


def _zip(parts: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _truncated_word() -> bytes:
    word = as_docx(offer())
    return word[: len(word) // 2]


CASES = {
    # file name: (content, the start of the line)
    "page.txt": (EMPTY_HTML, "page.txt (EDGAR HTML, named .txt): holds no text"),
    "filing.htm": (EMPTY_TEXT, "filing.htm (EDGAR text, named .htm): holds no text"),
    "offer.htm": (_truncated_word(), "offer.htm (a Word document, named .htm): is damaged"),
    "offer.txt": (_truncated_word(), "offer.txt (a Word document, named .txt): is damaged"),
    "bundle.htm": (
        _zip({"readme.txt": b"hello"}),
        "bundle.htm: is a ZIP archive of other files (readme.txt), not a Word document",
    ),
    "bundle.docx": (
        _zip({"readme.txt": b"hello", "notes/a.txt": b"x"}),
        "bundle.docx: is a ZIP archive of other files (notes/a.txt, readme.txt), not a Word",
    ),
    "offer": (EMPTY_HTML, "offer (EDGAR HTML): holds no text"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_a_refusal_names_the_file_by_what_it_holds(name: str, tmp_path: Path) -> None:
    content, said = CASES[name]
    path = tmp_path / name
    (path.write_bytes if isinstance(content, bytes) else path.write_text)(content)
    with pytest.raises(InputError) as refused:
        load_document(path)
    message = str(refused.value)
    assert message.startswith(said), message
    assert "\n" not in message


@pytest.mark.parametrize(
    ("name", "content"),
    [("offer.txt", EMPTY_TEXT), ("offer.htm", EMPTY_HTML), ("offer.docx", _truncated_word())],
)
def test_a_file_that_is_what_its_name_says_is_named_plainly(
    name: str, content: str | bytes, tmp_path: Path
) -> None:
    path = tmp_path / name
    (path.write_bytes if isinstance(content, bytes) else path.write_text)(content)
    with pytest.raises(InputError) as refused:
        load_document(path)
    assert str(refused.value).startswith(f"{name}: ")


def test_archive_names_in_the_line_are_made_safe(tmp_path: Path) -> None:
    path = tmp_path / "odd.docx"
    path.write_bytes(_zip({"\u202eevil\x1b[31m" + "x" * 200: b"", "b.txt": b""}))
    with pytest.raises(InputError) as refused:
        load_document(path)
    message = str(refused.value)
    assert "\u202e" not in message and "\x1b" not in message
    assert len(message) < 300


def test_a_readable_file_under_another_name_is_still_read(tmp_path: Path) -> None:
    path = tmp_path / "offer.htm"
    path.write_text(as_text(offer()), encoding="utf-8")
    assert any("café" in p.text for s in load_document(path).sections for p in s.paragraphs)
